package dev.procoresync.core.error;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * 429 Too Many Requests (or a 503 with {@code Retry-After}) that was still answered after the
 * client waited and retried as its retry policy allows.
 *
 * <p>{@link #retryAfter()} says how long the service asked the caller to wait, when it said so.
 */
public class ProcoreRateLimitedException extends ProcoreApiException {
  private static final long serialVersionUID = 1L;

  /** How long the service asked to wait, or null when it did not say. */
  private final @Nullable Duration retryAfter;

  /**
   * Creates the failure from the parts of the failed exchange.
   *
   * @param status the HTTP status (429 or 503)
   * @param method the HTTP method
   * @param path the request path without its query string
   * @param procoreMessage Procore's own message, or empty
   * @param requestId Procore's request id, or {@code null}
   * @param details detail lines from the body, possibly empty
   * @param retryAfter how long the service asked to wait, or {@code null}
   */
  public ProcoreRateLimitedException(
      int status,
      String method,
      String path,
      String procoreMessage,
      @Nullable String requestId,
      List<String> details,
      @Nullable Duration retryAfter) {
    super(status, method, path, procoreMessage, requestId, details);
    this.retryAfter = retryAfter;
  }

  /**
   * Returns how long the service asked the caller to wait.
   *
   * @return the wait from {@code Retry-After} or the rate-limit reset, if known
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
