package dev.procoresync.core.http;

import java.time.Instant;
import java.util.Objects;

/**
 * What one response said about the rate limit: {@code X-Rate-Limit-Limit}, {@code
 * X-Rate-Limit-Remaining} and {@code X-Rate-Limit-Reset}.
 *
 * <p>Procore reports whichever window (hourly, or the 10-second spike window) the caller is closer
 * to exhausting, so successive snapshots may describe different windows.
 */
public final class RateLimitSnapshot {
  private final long limit;
  private final long remaining;
  private final Instant reset;

  /**
   * Creates a snapshot.
   *
   * @param limit requests allowed in the window
   * @param remaining requests left in the window
   * @param reset when the window resets
   * @throws IllegalArgumentException when a count is negative
   */
  public RateLimitSnapshot(long limit, long remaining, Instant reset) {
    if (limit < 0 || remaining < 0) {
      throw new IllegalArgumentException(
          "limit and remaining must be >= 0, got limit=" + limit + ", remaining=" + remaining);
    }
    this.limit = limit;
    this.remaining = remaining;
    this.reset = Objects.requireNonNull(reset, "reset");
  }

  /**
   * Returns the requests allowed in the window.
   *
   * @return the limit
   */
  public long limit() {
    return limit;
  }

  /**
   * Returns the requests left in the window.
   *
   * @return the remaining count
   */
  public long remaining() {
    return remaining;
  }

  /**
   * Returns when the window resets.
   *
   * @return the reset instant
   */
  public Instant reset() {
    return reset;
  }

  @Override
  public String toString() {
    return "RateLimitSnapshot{" + remaining + "/" + limit + " until " + reset + "}";
  }
}
