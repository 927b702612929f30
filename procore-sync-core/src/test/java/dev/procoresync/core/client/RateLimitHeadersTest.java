package dev.procoresync.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.http.RateLimitSnapshot;
import java.time.Duration;
import java.time.Instant;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class RateLimitHeadersTest {

  @Test
  void readsTheThreeHeaders() {
    RateLimitSnapshot s =
        RateLimitHeaders.snapshot(
                Headers.of(
                    "X-Rate-Limit-Limit", "25",
                    "X-Rate-Limit-Remaining", "3",
                    "X-Rate-Limit-Reset", "1767600010"))
            .orElseThrow();
    assertEquals(25, s.limit());
    assertEquals(3, s.remaining());
    // the header is truncated to whole seconds: the window is surely over one second later
    assertEquals(Instant.ofEpochSecond(1767600011), s.reset());
  }

  @Test
  void missingOrGarbledGivesEmpty() {
    assertTrue(RateLimitHeaders.snapshot(Headers.of("X-Rate-Limit-Limit", "25")).isEmpty());
    assertTrue(
        RateLimitHeaders.snapshot(
                Headers.of(
                    "X-Rate-Limit-Limit", "x",
                    "X-Rate-Limit-Remaining", "3",
                    "X-Rate-Limit-Reset", "1"))
            .isEmpty());
  }

  @Test
  void retryAfterSecondsOrDate() {
    Instant now = Instant.parse("2026-01-05T08:00:00Z");
    assertEquals(
        Duration.ofSeconds(12),
        RateLimitHeaders.retryAfter(Headers.of("Retry-After", "12"), now).orElseThrow());
    assertEquals(
        Duration.ofSeconds(30),
        RateLimitHeaders.retryAfter(Headers.of("Retry-After", "Mon, 05 Jan 2026 08:00:30 GMT"), now)
            .orElseThrow());
    assertTrue(RateLimitHeaders.retryAfter(Headers.of(), now).isEmpty());
  }

  @Test
  void hugeOrGarbageValuesNeverThrow() {
    RateLimitSnapshot far =
        RateLimitHeaders.snapshot(
                Headers.of(
                    "X-Rate-Limit-Limit", "99999999999999999999999",
                    "X-Rate-Limit-Remaining", "-3",
                    "X-Rate-Limit-Reset", "9".repeat(300)))
            .orElseThrow();
    assertEquals(Long.MAX_VALUE, far.limit());
    assertEquals(0, far.remaining());
    assertTrue(far.reset().isAfter(Instant.parse("9999-01-01T00:00:00Z")));
    assertTrue(
        RateLimitHeaders.snapshot(
                Headers.of(
                    "X-Rate-Limit-Limit", "25",
                    "X-Rate-Limit-Remaining", "3",
                    "X-Rate-Limit-Reset", "1e999999999"))
            .isEmpty());
    RateLimitSnapshot fraction =
        RateLimitHeaders.snapshot(
                Headers.of(
                    "X-Rate-Limit-Limit", "25",
                    "X-Rate-Limit-Remaining", "3",
                    "X-Rate-Limit-Reset", "1767600010.25"))
            .orElseThrow();
    assertEquals(Instant.ofEpochSecond(1767600010, 250_000_000), fraction.reset());
  }
}
