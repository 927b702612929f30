package dev.procoresync.core.client;

import dev.procoresync.core.http.RateLimitSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import okhttp3.Headers;

/** Reads Procore's rate-limit and {@code Retry-After} headers. */
final class RateLimitHeaders {
  private RateLimitHeaders() {}

  /**
   * Reads {@code X-Rate-Limit-Limit/Remaining/Reset}.
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
    try {
      long l = Long.parseLong(limit.trim());
      long r = Math.max(0, Long.parseLong(remaining.trim()));
      long s = (long) Double.parseDouble(reset.trim());
      return Optional.of(new RateLimitSnapshot(Math.max(0, l), r, Instant.ofEpochSecond(s)));
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
    String value = headers.get("Retry-After");
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.trim();
    try {
      double seconds = Double.parseDouble(v);
      return Optional.of(Duration.ofMillis((long) Math.max(0, seconds * 1000)));
    } catch (NumberFormatException e) {
      try {
        Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration d = Duration.between(now, at);
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
      } catch (DateTimeParseException e2) {
        return Optional.empty();
      }
    }
  }
}
