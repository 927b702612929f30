package dev.procoresync.core.http;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads an HTTP {@code Retry-After} value: delay seconds ({@code "120"}, also with a fraction) or
 * an HTTP date ({@code "Wed, 21 Oct 2026 07:28:00 GMT"}).
 *
 * <p>Never throws on what a server sends: an unreadable value is empty, a negative delay or a date
 * in the past is zero, and a delay too large to represent is capped at {@link #LONGEST} (so that it
 * is always longer than any retry policy's {@code maxRateLimitWait} and fails fast).
 *
 * <pre>{@code
 * Optional<Duration> wait = RetryAfter.parse(response.header("Retry-After"), clock.instant());
 * }</pre>
 */
public final class RetryAfter {
  /** The longest delay this parser returns: about one hundred years. */
  public static final Duration LONGEST = Duration.ofDays(36_525);

  private RetryAfter() {}

  /**
   * Parses a {@code Retry-After} value.
   *
   * @param value the header value, or {@code null} when absent
   * @param now the current instant, to turn a date into a delay
   * @return the delay (zero to {@link #LONGEST}), or empty when absent or unreadable
   * @throws NullPointerException when {@code now} is null
   */
  public static Optional<Duration> parse(@Nullable String value, Instant now) {
    Objects.requireNonNull(now, "now");
    if (value == null) {
      return Optional.empty();
    }
    String v = value.trim();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (isDecimal(v)) {
      return Optional.of(seconds(v));
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      if (!at.isAfter(now)) {
        return Optional.of(Duration.ZERO);
      }
      Duration d = Duration.between(now, at);
      return Optional.of(d.compareTo(LONGEST) > 0 ? LONGEST : d);
    } catch (DateTimeException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  private static boolean isDecimal(String v) {
    int i = v.charAt(0) == '-' || v.charAt(0) == '+' ? 1 : 0;
    if (i == v.length()) {
      return false;
    }
    boolean digits = false;
    boolean dot = false;
    for (; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c >= '0' && c <= '9') {
        digits = true;
      } else if (c == '.' && !dot) {
        dot = true;
      } else {
        return false;
      }
    }
    return digits;
  }

  private static Duration seconds(String v) {
    if (v.charAt(0) == '-') {
      return Duration.ZERO;
    }
    String unsigned = v.charAt(0) == '+' ? v.substring(1) : v;
    int dot = unsigned.indexOf('.');
    String whole = dot < 0 ? unsigned : unsigned.substring(0, dot);
    String fraction = dot < 0 ? "" : unsigned.substring(dot + 1);
    String trimmed = whole.replaceFirst("^0+(?=\\d)", "");
    if (trimmed.length() > 12) {
      return LONGEST; // more than 30,000 years of seconds
    }
    long secs = trimmed.isEmpty() ? 0 : Long.parseLong(trimmed);
    long millis = 0;
    if (!fraction.isEmpty()) {
      String ms = (fraction + "000").substring(0, 3);
      millis = Long.parseLong(ms);
    }
    Duration d = Duration.ofSeconds(secs).plusMillis(millis);
    return d.compareTo(LONGEST) > 0 ? LONGEST : d;
  }
}
