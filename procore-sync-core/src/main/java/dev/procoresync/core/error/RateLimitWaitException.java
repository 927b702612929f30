package dev.procoresync.core.error;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The client refused to wait for a rate limit: the wait a service asked for (its {@code
 * Retry-After}, or the reset of a spent rate-limit window) is longer than the retry policy's {@code
 * maxRateLimitWait}, so the request fails at once instead of sleeping for hours.
 *
 * <p>Nothing was sent for the request that failed. Try again after {@link #requiredWait()}, or
 * raise {@code RetryPolicy.withMaxRateLimitWait}.
 *
 * <pre>{@code
 * try {
 *   company.vendors().list().forEach(index::add);
 * } catch (RateLimitWaitException e) {
 *   scheduler.retryIn(e.requiredWait());
 * }
 * }</pre>
 */
public class RateLimitWaitException extends ClientException {
  private static final long serialVersionUID = 1L;

  /** The wait the rate limit requires. */
  private final Duration requiredWait;

  /** The longest wait the policy allows. */
  private final Duration maxWait;

  /**
   * Creates the failure.
   *
   * @param service the service whose rate limit is spent
   * @param message which request and which limit, never a secret
   * @param requiredWait the wait the rate limit requires
   * @param maxWait the longest wait the retry policy allows
   * @param cause the underlying failure, or {@code null}
   */
  public RateLimitWaitException(
      String service,
      String message,
      Duration requiredWait,
      Duration maxWait,
      @Nullable Throwable cause) {
    super(service, message, cause);
    this.requiredWait = Objects.requireNonNull(requiredWait, "requiredWait");
    this.maxWait = Objects.requireNonNull(maxWait, "maxWait");
  }

  /**
   * Returns how long the rate limit requires the caller to wait.
   *
   * @return the wait
   */
  public Duration requiredWait() {
    return requiredWait;
  }

  /**
   * Returns the longest wait the retry policy allows.
   *
   * @return the cap
   */
  public Duration maxWait() {
    return maxWait;
  }
}
