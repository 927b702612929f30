package dev.procoresync.bc.client;

import dev.procoresync.core.error.ServiceException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Business Central answered with an error: its HTTP status and the {@code error.code} of its body
 * ({@code {"error":{"code":"Request_EntityChanged","message":"..."}}}), such as {@code
 * BadRequest_InvalidToken}, {@code Internal_RecordNotFound} or {@code
 * Application_FieldValidationException}.
 *
 * <pre>{@code
 * try {
 *   client.update(BcEntitySet.JOB_TASKS, id, etag, body);
 * } catch (BcServiceException e) {
 *   if (e.isStaleEtag()) { ... }
 * }
 * }</pre>
 */
public class BcServiceException extends ServiceException {
  private static final long serialVersionUID = 1L;

  /** The code Business Central sends when a record changed since its ETag was read. */
  public static final String ENTITY_CHANGED = "Request_EntityChanged";

  /** The code Business Central sends for a PATCH or DELETE without {@code If-Match}. */
  public static final String INVALID_TOKEN = "BadRequest_InvalidToken";

  /**
   * Creates the exception.
   *
   * @param status the HTTP status
   * @param code Business Central's {@code error.code}, if the body had one
   * @param requestId the request or correlation id, if any
   * @param retryable whether a later attempt may pass (429, 502, 503, 504)
   * @param message the message: method, path, status, code and Business Central's text
   * @param cause the cause, if any
   */
  public BcServiceException(
      int status,
      @Nullable String code,
      @Nullable String requestId,
      boolean retryable,
      String message,
      @Nullable Throwable cause) {
    super("business-central", status, code, requestId, retryable, message, cause);
  }

  /**
   * Returns Business Central's error code.
   *
   * @return the code, if the answer had one
   */
  public Optional<String> code() {
    return serviceErrorCode();
  }

  /**
   * Tells whether the record changed since its ETag was read: 409 {@code Request_EntityChanged}, or
   * an OData 412 Precondition Failed (treated the same).
   *
   * @return {@code true} for a stale ETag
   */
  public boolean isStaleEtag() {
    return status() == 412 || (status() == 409 && code().map(ENTITY_CHANGED::equals).orElse(true));
  }
}
