package dev.procoresync.core.error;

import java.util.Objects;

/**
 * The service answered with an error status.
 *
 * <p>The message carries the HTTP status, method, path, the service's own message and its request
 * id, so that a log line alone is enough to open a support ticket. Subclasses name the common cases
 * (not found, unauthorized, rate limited, validation, ...); catch this type for all of them.
 *
 * <pre>{@code
 * try {
 *   client.vendors().update(vendor);
 * } catch (ProcoreApiException e) {
 *   log.warn("Procore answered {}: {}", e.status(), e.getMessage());
 *   return RecordOutcome.failed("vendor " + key, e);
 * }
 * }</pre>
 */
public class ProcoreApiException extends ProcoreSyncException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status the service answered with. */
  private final int status;

  /**
   * Creates an API failure.
   *
   * @param status the HTTP status the service answered with (400 to 599)
   * @param message the full message: status, method, path, the service's message, request id
   */
  public ProcoreApiException(int status, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.status = status;
  }

  /**
   * Returns the HTTP status the service answered with.
   *
   * @return the status, for example {@code 404}
   */
  public int status() {
    return status;
  }
}
