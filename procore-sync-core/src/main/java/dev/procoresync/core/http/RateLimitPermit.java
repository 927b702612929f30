package dev.procoresync.core.http;

import java.time.Duration;
import java.util.Objects;

/**
 * One attempt's reservation with a {@link RateLimiter}: how long to wait before sending, and the
 * in-flight slot (if the limiter counts them) to release once the answer came. Release exactly
 * once.
 *
 * <pre>{@code
 * RateLimitPermit permit = limiter.acquire(key, clock.instant());
 * try {
 *   sleeper.sleep(permit.waitTime());
 *   send();
 * } finally {
 *   permit.release();
 * }
 * }</pre>
 */
public interface RateLimitPermit {

  /**
   * Returns how long to wait before sending.
   *
   * @return the wait, zero to send at once
   */
  Duration waitTime();

  /** Releases the in-flight slot; does nothing for limiters without one. */
  void release();

  /**
   * Returns a permit without a slot.
   *
   * @param wait the wait, not negative
   * @return the permit
   * @throws IllegalArgumentException when the wait is negative
   */
  static RateLimitPermit of(Duration wait) {
    Objects.requireNonNull(wait, "wait");
    if (wait.isNegative()) {
      throw new IllegalArgumentException("wait must be >= 0, got " + wait);
    }
    return new RateLimitPermit() {
      @Override
      public Duration waitTime() {
        return wait;
      }

      @Override
      public void release() {}

      @Override
      public String toString() {
        return "RateLimitPermit{wait=" + wait + "}";
      }
    };
  }
}
