package dev.procoresync.core.error;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 409 Conflict: a duplicate (such as an {@code origin_id} already used in the company) or a
 * concurrent change of the same record.
 */
public class ProcoreConflictException extends ProcoreApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the failure from the parts of the failed exchange.
   *
   * @param status the HTTP status
   * @param method the HTTP method
   * @param path the request path without its query string
   * @param procoreMessage Procore's own message, or empty
   * @param requestId Procore's request id, or {@code null}
   * @param details detail lines from the body, possibly empty
   */
  public ProcoreConflictException(
      int status,
      String method,
      String path,
      String procoreMessage,
      @Nullable String requestId,
      List<String> details) {
    super(status, method, path, procoreMessage, requestId, details);
  }

  /**
   * Creates the failure from the parts of the failed exchange, with Procore's error code.
   *
   * @param status the HTTP status
   * @param method the HTTP method
   * @param path the request path without its query string
   * @param procoreMessage Procore's own message, or empty
   * @param code Procore's error code, or {@code null}
   * @param requestId Procore's request id, or {@code null}
   * @param details detail lines from the body, possibly empty
   */
  public ProcoreConflictException(
      int status,
      String method,
      String path,
      String procoreMessage,
      @Nullable String code,
      @Nullable String requestId,
      List<String> details) {
    super(status, method, path, procoreMessage, code, requestId, details);
  }
}
