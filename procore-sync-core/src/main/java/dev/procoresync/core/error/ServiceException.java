package dev.procoresync.core.error;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A service answered, and the answer was an error: it carries the service's name, the HTTP status,
 * the service's own error code and request id when it sent them, and whether resending the same
 * request may succeed.
 *
 * <p>Each connector's exceptions are subclasses (Procore's are {@link ProcoreApiException} and its
 * subclasses), so a host can handle any service's refusal in one place:
 *
 * <pre>{@code
 * try {
 *   flow.run(records, mapping, RunOptions.defaults());
 * } catch (ServiceException e) {
 *   log.warn("{} refused with {} ({}): {}", e.service(), e.status(),
 *       e.serviceErrorCode().orElse("-"), e.getMessage());
 * }
 * }</pre>
 */
public class ServiceException extends ProcoreSyncException {
  private static final long serialVersionUID = 1L;

  /** The service concerned. */
  private final String service;

  /** The HTTP status. */
  private final int status;

  /** The service's error code, or null. */
  private final @Nullable String serviceErrorCode;

  /** The service's request id, or null. */
  private final @Nullable String requestId;

  /** Whether a retry may succeed. */
  private final boolean retryable;

  /**
   * Creates a service exception.
   *
   * @param service the service's name, such as {@code "procore"} or {@code "business-central"}
   * @param status the HTTP status of the answer
   * @param serviceErrorCode the service's own error code (such as {@code "Request_EntityChanged"}),
   *     or {@code null} when it sent none
   * @param requestId the service's request id, or {@code null}
   * @param retryable whether resending the same request may succeed
   * @param message what went wrong, never a secret
   * @param cause the underlying failure, or {@code null}
   */
  public ServiceException(
      String service,
      int status,
      @Nullable String serviceErrorCode,
      @Nullable String requestId,
      boolean retryable,
      String message,
      @Nullable Throwable cause) {
    super(message, cause);
    this.service = Objects.requireNonNull(service, "service");
    this.status = status;
    this.serviceErrorCode = serviceErrorCode;
    this.requestId = requestId;
    this.retryable = retryable;
  }

  /**
   * Returns the name of the service that answered.
   *
   * @return the service's name, such as {@code "procore"}
   */
  public String service() {
    return service;
  }

  /**
   * Returns the HTTP status of the answer.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * Returns the service's own error code, when its answer carried one.
   *
   * @return the code, or empty
   */
  public Optional<String> serviceErrorCode() {
    return Optional.ofNullable(serviceErrorCode);
  }

  /**
   * Returns the service's request id, when its answer carried one (quote it to the vendor's
   * support).
   *
   * @return the request id, or empty
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * Tells whether resending the same request may succeed (throttling, a server error, a timeout on
   * the service's side).
   *
   * @return {@code true} when a retry may succeed
   */
  public boolean isRetryable() {
    return retryable;
  }
}
