package dev.procoresync.testkit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.procoresync.testkit.FakeClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RateWindowsTest {
  private final FakeClock clock = FakeClock.create();
  private final RateWindows limits = RateWindows.on(clock);
  private final AtomicInteger served = new AtomicInteger();
  private final FakeServer server =
      FakeServer.builder()
          .clock(clock)
          .routes(
              routes ->
                  routes
                      .filter(limits)
                      .get(
                          "/a",
                          ex -> {
                            served.incrementAndGet();
                            return Reply.empty(204);
                          }))
          .start();

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> call(String principal) {
    return Loopback.get(server.baseUrl() + "/a", "X-Principal", principal);
  }

  private static RatePolicy.Builder keyedByPrincipal() {
    return RatePolicy.builder().key(ex -> ex.header("X-Principal").orElse(""));
  }

  @Test
  void offLetsEverythingThroughWithoutHeaders() {
    for (int i = 0; i < 20; i++) {
      assertEquals(204, call("p").statusCode());
    }
    assertFalse(call("p").headers().firstValue("X-Rate-Limit-Limit").isPresent());
  }

  @Test
  void aFullWindowRefusesWithRetryAfterUntilItClosesOnTheClock() {
    limits.policy(
        keyedByPrincipal()
            .window(2, Duration.ofSeconds(10))
            .headers(RateHeaders.xRateLimit())
            .build());
    long opened = clock.instant().getEpochSecond();
    assertEquals("1", call("p").headers().firstValue("X-Rate-Limit-Remaining").orElseThrow());
    clock.advance(Duration.ofMillis(2500));
    assertEquals("0", call("p").headers().firstValue("X-Rate-Limit-Remaining").orElseThrow());

    HttpResponse<String> refused = call("p");

    assertEquals(429, refused.statusCode());
    assertEquals("8", refused.headers().firstValue("Retry-After").orElseThrow());
    assertEquals(
        Long.toString(opened + 10),
        refused.headers().firstValue("X-Rate-Limit-Reset").orElseThrow());
    assertEquals(2, served.get());
    clock.advance(Duration.ofMillis(7500));
    assertEquals(204, call("p").statusCode());
  }

  @Test
  void eachKeyHasItsOwnBudget() {
    limits.policy(keyedByPrincipal().window(1, Duration.ofMinutes(5)).build());
    assertEquals(204, call("tenant-a").statusCode());
    assertEquals(204, call("tenant-b").statusCode());
    assertEquals(429, call("tenant-a").statusCode());
    assertEquals(429, call("tenant-b").statusCode());
  }

  @Test
  void withoutRetryAfterAndWithoutHeadersAsBusinessCentralAnswers() {
    limits.policy(
        keyedByPrincipal()
            .window(1, Duration.ofMinutes(5))
            .retryAfter(false)
            .refusal(
                ex -> Reply.text(429, "application/json", "{\"error\":{\"code\":\"TooMany\"}}"))
            .build());
    call("p");
    HttpResponse<String> refused = call("p");
    assertEquals(429, refused.statusCode());
    assertEquals("{\"error\":{\"code\":\"TooMany\"}}", refused.body());
    assertFalse(refused.headers().firstValue("Retry-After").isPresent());
    assertFalse(refused.headers().firstValue("X-Rate-Limit-Remaining").isPresent());
  }

  @Test
  void theHeadersDescribeTheWindowWithFewestLeftAndARefusalCountsNothing() {
    limits.policy(
        keyedByPrincipal()
            .window(5, Duration.ofHours(1))
            .window(2, Duration.ofSeconds(10))
            .headers(RateHeaders.xRateLimit())
            .build());
    HttpResponse<String> first = call("p");
    assertEquals("2", first.headers().firstValue("X-Rate-Limit-Limit").orElseThrow());
    assertEquals("1", first.headers().firstValue("X-Rate-Limit-Remaining").orElseThrow());
    call("p");
    assertEquals(429, call("p").statusCode());
    clock.advance(Duration.ofSeconds(10));
    call("p");
    call("p");
    clock.advance(Duration.ofSeconds(10));
    HttpResponse<String> fifth = call("p");
    // the hourly window now has fewer left (0) than the spike window (1)
    assertEquals("5", fifth.headers().firstValue("X-Rate-Limit-Limit").orElseThrow());
    assertEquals("0", fifth.headers().firstValue("X-Rate-Limit-Remaining").orElseThrow());
    HttpResponse<String> refused = call("p");
    assertEquals(429, refused.statusCode());
    assertEquals("5", refused.headers().firstValue("X-Rate-Limit-Limit").orElseThrow());
    assertEquals(5, served.get());
  }

  @Test
  void aNewPolicyRestartsTheWindowsAndBadWindowsAreRefused() {
    limits.policy(keyedByPrincipal().window(1, Duration.ofMinutes(1)).build());
    call("p");
    assertEquals(429, call("p").statusCode());
    limits.policy(keyedByPrincipal().window(1, Duration.ofMinutes(1)).build());
    assertEquals(204, call("p").statusCode());
    assertEquals(
        "limit must be at least 1, got: 0",
        assertThrows(
                IllegalArgumentException.class,
                () -> RatePolicy.builder().window(0, Duration.ofSeconds(1)))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> RatePolicy.builder().window(1, Duration.ZERO));
    assertFalse(RatePolicy.off().enabled());
  }
}
