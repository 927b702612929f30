package dev.procoresync.testkit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.testkit.FakeClock;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FaultsTest {
  private final FakeClock clock = FakeClock.create();
  private final AtomicInteger writes = new AtomicInteger();
  private final FakeServer server =
      FakeServer.builder()
          .clock(clock)
          .faultBodies(status -> Reply.text(status, "text/plain", "service error " + status))
          .routes(
              routes ->
                  routes
                      .post(
                          "/items",
                          ex -> {
                            writes.incrementAndGet();
                            return Reply.text(201, "text/plain", "created");
                          })
                      .get("/items", ex -> Reply.text(200, "text/plain", "list")))
          .start();

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> post(Duration timeout) {
    return Loopback.send("POST", server.baseUrl() + "/items", "{}", timeout);
  }

  @Test
  void aStatusFaultAnswersTheServicesBodyWithHeadersAndAppliesNothing() {
    server.failNext(
        "POST /items",
        2,
        Fault.status(503).withRetryAfter(Duration.ofMillis(1500)).withHeader("X-Why", "load"));

    HttpResponse<String> first = post(Duration.ofSeconds(60));
    HttpResponse<String> second = post(Duration.ofSeconds(60));
    HttpResponse<String> third = post(Duration.ofSeconds(60));

    assertEquals(503, first.statusCode());
    assertEquals("service error 503", first.body());
    assertEquals("2", first.headers().firstValue("Retry-After").orElseThrow());
    assertEquals("load", first.headers().firstValue("X-Why").orElseThrow());
    assertEquals(503, second.statusCode());
    assertEquals(201, third.statusCode());
    assertEquals(1, writes.get());
    assertEquals(0, server.pendingFaults());
  }

  @Test
  void aReplyFaultAnswersExactlyThatReply() {
    server.failNext("GET /items", 1, Fault.reply(Reply.text(418, "text/plain", "teapot")));
    HttpResponse<String> response = Loopback.get(server.baseUrl() + "/items");
    assertEquals(418, response.statusCode());
    assertEquals("teapot", response.body());
  }

  @Test
  void faultsApplyInTheOrderTheyWereRegisteredAndOnlyToMatchingRequests() {
    server.failNext("GET /items", 1, Fault.status(500));
    server.failNext("*", 1, Fault.status(502));
    assertEquals(500, Loopback.get(server.baseUrl() + "/items").statusCode());
    assertEquals(502, post(Duration.ofSeconds(60)).statusCode());
    assertEquals(200, Loopback.get(server.baseUrl() + "/items").statusCode());
    assertEquals(
        List.of(500, 502, 200), server.requests().stream().map(RecordedRequest::status).toList());
  }

  @Test
  void aResetGivesNoAnswerAppliesNothingAndIsJournaledAsZero() {
    server.failNext("POST /items", 1, Fault.connectionReset());
    assertThrows(UncheckedIOException.class, () -> post(Duration.ofSeconds(60)));
    assertEquals(0, writes.get());
    assertEquals(0, server.requests("POST /items").get(0).status());
  }

  @Test
  void aTimeoutAfterWriteAppliesTheWriteAndNeverAnswers() throws InterruptedException {
    server.failNext("POST /items", 1, Fault.timeoutAfterWrite());

    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> post(Duration.ofMillis(200)));

    assertInstanceOf(HttpTimeoutException.class, e.getCause());
    assertTrue(server.awaitRequests("POST /items", 1, Duration.ofSeconds(30)));
    assertEquals(1, writes.get());
    assertEquals(201, server.requests("POST /items").get(0).status());
    // the held request does not block other requests, nor close() (run by @AfterEach)
    assertEquals(200, Loopback.get(server.baseUrl() + "/items").statusCode());
  }

  @Test
  void aTimeoutAfterWriteWithARealDelayAnswersLate() throws InterruptedException {
    server.failNext("POST /items", 1, Fault.timeoutAfterWrite(Duration.ofMillis(300)));
    assertThrows(UncheckedIOException.class, () -> post(Duration.ofMillis(100)));
    assertTrue(server.awaitRequests("POST /items", 1, Duration.ofSeconds(30)));
    assertEquals(1, writes.get());
  }

  @Test
  void aStatusAfterRealTimeIsHeldThenAnswered() {
    server.failNext("POST /items", 1, Fault.status(504).afterRealTime(Duration.ofMillis(300)));
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> post(Duration.ofMillis(100)));
    assertInstanceOf(HttpTimeoutException.class, e.getCause());
    assertEquals(0, writes.get());
  }

  @Test
  void aClockDelayMovesTheFakeClockThenServes() {
    Instant start = clock.instant();
    server.failNext("GET /items", 1, Fault.clockDelay(Duration.ofMinutes(7)));
    assertEquals("list", Loopback.get(server.baseUrl() + "/items").body());
    assertEquals(start.plus(Duration.ofMinutes(7)), clock.instant());
    assertEquals(start, server.requests().get(0).receivedAt());
  }

  @Test
  void wrongArgumentsAreRefusedWithTheValue() {
    assertEquals(
        "times must be at least 1, got: 0",
        assertThrows(
                IllegalArgumentException.class, () -> server.failNext("*", 0, Fault.status(500)))
            .getMessage());
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> server.failNext("items", 1, Fault.status(500)))
            .getMessage()
            .contains("items"));
    assertEquals(
        "status must be 400-599, got: 200",
        assertThrows(IllegalArgumentException.class, () -> Fault.status(200)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Fault.clockDelay(Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class, () -> Fault.timeoutAfterWrite(Duration.ofMillis(-1)));
    assertThrows(IllegalStateException.class, () -> Fault.connectionReset().withHeader("a", "b"));
    assertThrows(
        IllegalArgumentException.class,
        () -> Fault.status(429).withRetryAfter(Duration.ofSeconds(-1)));
    assertEquals(0, server.pendingFaults());
  }
}
