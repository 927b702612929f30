package dev.procoresync.testkit.echo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.http.Fault;
import dev.procoresync.testkit.http.RecordedRequest;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A non-Procore service on the engine: routes, paging, faults, journal, rate window, extension. */
@EchoTest
class EchoFakeTest {

  @Test
  void servesItsRoutesBehindItsOwnKeyHeader(EchoFake echo, FakeClock clock) {
    assertSame(echo.clock(), clock);
    EchoClient client = new EchoClient(echo.baseUrl(), EchoFake.KEY);
    HttpResponse<String> echoed = client.get("/v2/echo/hello");
    assertEquals(200, echoed.statusCode());
    assertEquals("hello", echoed.body());
    assertTrue(echoed.headers().firstValue("Echo-Request-Id").orElseThrow().startsWith("fake-"));

    HttpResponse<String> refused = new EchoClient(echo.baseUrl(), "wrong").get("/v2/echo/hello");
    assertEquals(401, refused.statusCode());
    assertEquals("BadKey", EchoClient.json(refused).get("code").asText());

    HttpResponse<String> unknown = client.get("/v2/nothing");
    assertEquals(404, unknown.statusCode());
    assertEquals("NoSuchRoute", EchoClient.json(unknown).get("code").asText());
    // the second route set has no key filter
    assertEquals(200, new EchoClient(echo.baseUrl(), null).get("/health").statusCode());
    assertEquals(
        List.of(
            "GET /health",
            "GET /v2/echo/{text}",
            "GET /v2/words",
            "POST /v2/words",
            "GET /v2/words/{id}"),
        echo.routes());
  }

  @Test
  void pagesWithPageSizeAndTotal(EchoFake echo) {
    IntStream.rangeClosed(1, 23).forEach(i -> echo.givenWord("w" + i));
    EchoClient client = new EchoClient(echo.baseUrl(), EchoFake.KEY);

    List<String> words = client.allWords(10);

    assertEquals(IntStream.rangeClosed(1, 23).mapToObj(i -> "w" + i).toList(), words);
    echo.verifyRequests("GET /v2/words", 3);
    assertEquals("3", echo.requests("GET /v2/words").get(2).queryParam("page").orElseThrow());
    assertEquals(400, client.get("/v2/words?page=0").statusCode());
  }

  @Test
  void storesWithChangeTimesAndEtagsOnTheFakeClock(EchoFake echo, FakeClock clock) {
    EchoClient client = new EchoClient(echo.baseUrl(), EchoFake.KEY);
    clock.advance(Duration.ofMinutes(3));
    HttpResponse<String> created = client.post("/v2/words", "{\"text\":\"alpha\"}");
    assertEquals(201, created.statusCode());
    assertEquals(clock.instant().toString(), EchoClient.json(created).get("modifiedAt").asText());
    String id = EchoClient.json(created).get("id").asText();
    HttpResponse<String> shown = client.get("/v2/words/" + id);
    assertEquals(created.headers().firstValue("ETag"), shown.headers().firstValue("ETag"));
    assertEquals(422, client.post("/v2/words", "{}").statusCode());
    assertEquals(400, client.post("/v2/words", "{not json").statusCode());
  }

  @Test
  void faultsUseTheServicesErrorShapeAndAreConsumedInOrder(EchoFake echo) {
    EchoClient client = new EchoClient(echo.baseUrl(), EchoFake.KEY);
    echo.failNext(
        "GET /v2/echo/{text}", 1, Fault.status(503).withRetryAfter(Duration.ofSeconds(4)));
    echo.failNext("*", 1, Fault.connectionReset());

    HttpResponse<String> unavailable = client.get("/v2/echo/a");
    // (a POST: the JDK client silently resends a GET whose connection was reset)
    assertThrows(UncheckedIOException.class, () -> client.post("/v2/words", "{\"text\":\"b\"}"));
    HttpResponse<String> fine = client.get("/v2/echo/c");

    assertEquals(503, unavailable.statusCode());
    assertEquals("4", unavailable.headers().firstValue("Retry-After").orElseThrow());
    assertEquals("Injected", EchoClient.json(unavailable).get("code").asText());
    assertEquals(0, echo.words());
    assertEquals(200, fine.statusCode());
    assertEquals(
        List.of(503, 0, 200), echo.requests("*").stream().map(RecordedRequest::status).toList());
  }

  @Test
  void aTimeoutAfterWriteStoresTheWordButNeverAnswers(EchoFake echo) throws InterruptedException {
    echo.failNext("POST /v2/words", 1, Fault.timeoutAfterWrite());
    EchoClient client =
        new EchoClient(echo.baseUrl(), EchoFake.KEY).timeout(Duration.ofMillis(200));

    UncheckedIOException e =
        assertThrows(
            UncheckedIOException.class, () -> client.post("/v2/words", "{\"text\":\"x\"}"));

    assertInstanceOf(HttpTimeoutException.class, e.getCause());
    assertTrue(echo.awaitRequests("POST /v2/words", 1, Duration.ofSeconds(30)));
    assertEquals(1, echo.words());
    assertEquals(201, echo.requests("POST /v2/words").get(0).status());
  }

  @Test
  void aDelayOnTheFakeClockCostsNoRealTime(EchoFake echo, FakeClock clock) {
    Instant before = clock.instant();
    echo.failNext("GET /v2/echo/{text}", 1, Fault.clockDelay(Duration.ofHours(2)));

    assertEquals(
        200, new EchoClient(echo.baseUrl(), EchoFake.KEY).get("/v2/echo/slow").statusCode());

    assertEquals(before.plus(Duration.ofHours(2)), clock.instant());
  }

  @Test
  void rateWindowIsPerKeyWithoutRetryAfterAndReopensOnTheClock(EchoFake echo, FakeClock clock) {
    echo.limitTo(2);
    EchoClient client = new EchoClient(echo.baseUrl(), EchoFake.KEY);
    assertEquals(
        "1", client.get("/v2/echo/1").headers().firstValue("RateLimit-Remaining").orElseThrow());
    assertEquals(200, client.get("/v2/echo/2").statusCode());

    HttpResponse<String> refused = client.get("/v2/echo/3");

    assertEquals(429, refused.statusCode());
    assertEquals("Throttled", EchoClient.json(refused).get("code").asText());
    assertFalse(refused.headers().firstValue("Retry-After").isPresent());
    assertEquals("0", refused.headers().firstValue("RateLimit-Remaining").orElseThrow());
    assertEquals(
        Long.toString(clock.instant().plus(Duration.ofMinutes(1)).getEpochSecond()),
        refused.headers().firstValue("RateLimit-Reset").orElseThrow());
    clock.advance(Duration.ofMinutes(1));
    assertEquals(200, client.get("/v2/echo/5").statusCode());
  }
}
