package dev.procoresync.core.client;

import dev.procoresync.core.http.RateLimitSnapshot;
import dev.procoresync.core.http.RetryAfter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import okhttp3.Headers;

/**
 * Reads Procore's rate-limit headers and {@code Retry-After}. Never throws on what a server sends.
 */
final class RateLimitHeaders {
  /** The latest reset accepted; later values are clamped to it (far beyond any wait cap). */
  private static final long MAX_EPOCH_SECOND =
      Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

  private RateLimitHeaders() {}

  /**
   * Reads {@code X-Rate-Limit-Limit/Remaining/Reset}. {@code X-Rate-Limit-Reset} is in whole unix
   * seconds, truncated: the window really resets within the second after it, so the snapshot's
   * reset is one second later (a client that waits until it is past the reset, not at it). A reset
   * with a fraction is taken as is.
   *
   * @param headers the response headers
   * @param now the current instant (unused; for the reader's signature)
   * @return the snapshot, or empty when a header is missing or not a number
   */
  public static Optional<RateLimitSnapshot> snapshot(Headers headers, Instant now) {
    return snapshot(headers);
  }

  /**
   * Reads {@code X-Rate-Limit-Limit/Remaining/Reset}; see {@link #snapshot(Headers, Instant)}.
   *
   * @param headers the response headers
   * @return the snapshot, or empty when a header is missing or not a number
   */
  public static Optional<RateLimitSnapshot> snapshot(Headers headers) {
    String limit = headers.get("X-Rate-Limit-Limit");
    String remaining = headers.get("X-Rate-Limit-Remaining");
    String reset = headers.get("X-Rate-Limit-Reset");
    if (limit == null || remaining == null || reset == null) {
      return Optional.empty();
    }
    Optional<BigDecimal> l = number(limit);
    Optional<BigDecimal> r = number(remaining);
    Optional<BigDecimal> s = number(reset);
    if (l.isEmpty() || r.isEmpty() || s.isEmpty()) {
      return Optional.empty();
    }
    Instant resetAt;
    BigDecimal seconds = s.get();
    if (seconds.signum() <= 0) {
      resetAt = Instant.EPOCH;
    } else if (seconds.compareTo(BigDecimal.valueOf(MAX_EPOCH_SECOND)) >= 0) {
      resetAt = Instant.ofEpochSecond(MAX_EPOCH_SECOND);
    } else {
      long whole = seconds.longValue();
      BigDecimal fraction = seconds.subtract(BigDecimal.valueOf(whole));
      resetAt =
          fraction.signum() == 0
              ? Instant.ofEpochSecond(whole).plusSeconds(1)
              : Instant.ofEpochSecond(whole, fraction.movePointRight(9).longValue());
    }
    return Optional.of(new RateLimitSnapshot(clampCount(l.get()), clampCount(r.get()), resetAt));
  }

  private static long clampCount(BigDecimal v) {
    if (v.signum() <= 0) {
      return 0;
    }
    return v.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : v.longValue();
  }

  private static Optional<BigDecimal> number(String value) {
    String v = value.trim();
    if (v.isEmpty() || v.length() > 400) {
      return Optional.empty();
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '.' && !(i == 0 && (c == '-' || c == '+'))) {
        return Optional.empty(); // no exponents: "1e999999999" would be costly
      }
    }
    try {
      return Optional.of(new BigDecimal(v));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads {@code Retry-After} (delay seconds or an HTTP date).
   *
   * @param headers the response headers
   * @param now the current instant, to turn a date into a delay
   * @return the delay (never negative), or empty when absent or unreadable
   */
  public static Optional<Duration> retryAfter(Headers headers, Instant now) {
    return RetryAfter.parse(headers.get("Retry-After"), now);
  }
}
