package dev.procoresync.testkit.procore;

import java.time.Duration;
import java.util.Objects;

/**
 * Rate limiting of the fake, on its clock: Procore's hourly window and 10-second spike window. Off
 * by default. When on, every API response carries {@code X-Rate-Limit-Limit}, {@code -Remaining}
 * and {@code -Reset} (unix seconds) describing the window with fewer requests left, and a request
 * beyond either limit gets 429, with {@code Retry-After} unless turned off.
 *
 * <pre>{@code
 * procore.rateLimit(RateLimit.of(600, 25).withRetryAfter(false));
 * }</pre>
 */
public final class RateLimit {
  private final boolean enabled;
  private final int hourlyLimit;
  private final int spikeLimit;
  private final Duration hourlyWindow;
  private final Duration spikeWindow;
  private final boolean retryAfter;

  private RateLimit(
      boolean enabled,
      int hourlyLimit,
      int spikeLimit,
      Duration hourlyWindow,
      Duration spikeWindow,
      boolean retryAfter) {
    this.enabled = enabled;
    this.hourlyLimit = hourlyLimit;
    this.spikeLimit = spikeLimit;
    this.hourlyWindow = hourlyWindow;
    this.spikeWindow = spikeWindow;
    this.retryAfter = retryAfter;
  }

  /**
   * No rate limiting (the default): no {@code X-Rate-Limit-*} headers, no 429.
   *
   * @return the setting
   */
  public static RateLimit off() {
    return new RateLimit(false, 0, 0, Duration.ofHours(1), Duration.ofSeconds(10), true);
  }

  /**
   * Limits of {@code hourlyLimit} per hour and {@code spikeLimit} per 10 seconds, 429 with
   * Retry-After.
   *
   * @param hourlyLimit requests per hourly window, at least 1
   * @param spikeLimit requests per spike window, at least 1
   * @return the setting
   * @throws IllegalArgumentException when a limit is below 1
   */
  public static RateLimit of(int hourlyLimit, int spikeLimit) {
    if (hourlyLimit < 1) {
      throw new IllegalArgumentException("hourlyLimit must be at least 1, got: " + hourlyLimit);
    }
    if (spikeLimit < 1) {
      throw new IllegalArgumentException("spikeLimit must be at least 1, got: " + spikeLimit);
    }
    return new RateLimit(
        true, hourlyLimit, spikeLimit, Duration.ofHours(1), Duration.ofSeconds(10), true);
  }

  /**
   * Returns a copy whose 429 carries {@code Retry-After} or not.
   *
   * @param retryAfter whether 429 carries Retry-After
   * @return the copy
   */
  public RateLimit withRetryAfter(boolean retryAfter) {
    return new RateLimit(enabled, hourlyLimit, spikeLimit, hourlyWindow, spikeWindow, retryAfter);
  }

  /**
   * Returns a copy with other window lengths (Procore's are 1 hour and 10 seconds).
   *
   * @param hourlyWindow the long window
   * @param spikeWindow the short window
   * @return the copy
   * @throws IllegalArgumentException when a window is not positive
   */
  public RateLimit withWindows(Duration hourlyWindow, Duration spikeWindow) {
    Objects.requireNonNull(hourlyWindow, "hourlyWindow");
    Objects.requireNonNull(spikeWindow, "spikeWindow");
    if (hourlyWindow.isNegative()
        || hourlyWindow.isZero()
        || spikeWindow.isNegative()
        || spikeWindow.isZero()) {
      throw new IllegalArgumentException(
          "windows must be positive, got: " + hourlyWindow + ", " + spikeWindow);
    }
    return new RateLimit(enabled, hourlyLimit, spikeLimit, hourlyWindow, spikeWindow, retryAfter);
  }

  /**
   * Tells whether limiting is on.
   *
   * @return true when on
   */
  public boolean enabled() {
    return enabled;
  }

  /**
   * Returns the hourly limit.
   *
   * @return requests per hourly window
   */
  public int hourlyLimit() {
    return hourlyLimit;
  }

  /**
   * Returns the spike limit.
   *
   * @return requests per spike window
   */
  public int spikeLimit() {
    return spikeLimit;
  }

  /**
   * Returns the hourly window's length.
   *
   * @return the length
   */
  public Duration hourlyWindow() {
    return hourlyWindow;
  }

  /**
   * Returns the spike window's length.
   *
   * @return the length
   */
  public Duration spikeWindow() {
    return spikeWindow;
  }

  /**
   * Tells whether a 429 carries Retry-After.
   *
   * @return true when it does
   */
  public boolean retryAfter() {
    return retryAfter;
  }

  @Override
  public String toString() {
    return enabled
        ? "RateLimit["
            + hourlyLimit
            + "/"
            + hourlyWindow
            + ", "
            + spikeLimit
            + "/"
            + spikeWindow
            + ", Retry-After "
            + retryAfter
            + "]"
        : "RateLimit[off]";
  }
}
