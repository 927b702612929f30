package dev.procoresync.testkit.procore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {
  private final FakeProcore procore = FakeProcore.start();
  private final Http http = new Http(procore);

  @AfterEach
  void stop() {
    procore.close();
  }

  @Test
  void nextNMatchingRequestsGet500ThenNormalService() {
    procore.failNext("GET /rest/v1.0/vendors", 2, Fault.serverError());
    assertEquals(200, http.get("/rest/v1.0/companies").status());
    assertEquals(500, http.get("/rest/v1.0/vendors").status());
    assertEquals(500, http.get("/rest/v1.0/vendors?page=2").status());
    assertEquals(200, http.get("/rest/v1.0/vendors").status());
    assertEquals(0, procore.pendingFaults());
  }

  @Test
  void serviceUnavailableCarriesRetryAfter() {
    procore.failNext("/rest/**", 1, Fault.serviceUnavailable(Duration.ofMillis(1500)));
    Http.Response response = http.get("/rest/v1.0/vendors");
    assertEquals(503, response.status());
    assertEquals("2", response.header("Retry-After"));
  }

  @Test
  void tooManyRequestsWithAndWithoutRetryAfter() {
    procore.failNext("*", 1, Fault.tooManyRequests(Duration.ofSeconds(30)));
    procore.failNext("*", 1, Fault.tooManyRequests());
    Http.Response first = http.get("/rest/v1.0/vendors");
    assertEquals(429, first.status());
    assertEquals("30", first.header("Retry-After"));
    Http.Response second = http.get("/rest/v1.0/vendors");
    assertEquals(429, second.status());
    assertNull(second.header("Retry-After"));
  }

  @Test
  void faultedWritesAreNotApplied() {
    procore.failNext("POST /rest/v1.0/vendors", 1, Fault.status(502));
    assertEquals(502, http.post("/rest/v1.0/vendors", "{\"vendor\":{\"name\":\"A\"}}").status());
    assertEquals(0, procore.all("vendors").size());
  }

  @Test
  void connectionResetGivesNoAnswerAndNoWrite() {
    procore.failNext("POST /rest/v1.0/vendors", 1, Fault.connectionReset());
    assertThrows(
        UncheckedIOException.class,
        () -> http.post("/rest/v1.0/vendors", "{\"vendor\":{\"name\":\"A\"}}"));
    assertEquals(0, procore.all("vendors").size());
    assertEquals(0, procore.requests().get(0).status());
  }

  @Test
  void delayBeyondTheClientTimeoutAppliesNothing() {
    procore.failNext("POST /rest/v1.0/vendors", 1, Fault.delay(Duration.ofMillis(300)));
    UncheckedIOException e =
        assertThrows(
            UncheckedIOException.class,
            () ->
                http.timeout(Duration.ofMillis(100))
                    .post("/rest/v1.0/vendors", "{\"vendor\":{\"name\":\"A\"}}"));
    assertInstanceOf(HttpTimeoutException.class, e.getCause());
    assertEquals(0, procore.all("vendors").size());
  }

  @Test
  void timeoutAfterWriteStoresTheRecordButTheClientNeverHears() throws InterruptedException {
    procore.failNext("POST /rest/v1.0/vendors", 1, Fault.timeoutAfterWrite(Duration.ofMillis(300)));
    UncheckedIOException e =
        assertThrows(
            UncheckedIOException.class,
            () ->
                http.timeout(Duration.ofMillis(100))
                    .post(
                        "/rest/v1.0/vendors",
                        "{\"vendor\":{\"name\":\"A\",\"origin_id\":\"bc:vendor:A\"}}"));
    assertInstanceOf(HttpTimeoutException.class, e.getCause());
    assertTrue(procore.awaitRequests("POST /rest/v1.0/vendors", 1, Duration.ofSeconds(30)));
    assertEquals(1, procore.all("vendors").size());
    assertEquals(
        1,
        http.timeout(Duration.ofSeconds(5))
            .get("/rest/v1.0/vendors?filters[origin_id]=bc:vendor:A")
            .json()
            .size());
  }

  @Test
  void badArgumentsAreRefusedWithTheValue() {
    assertThrows(IllegalArgumentException.class, () -> Fault.status(200));
    assertThrows(IllegalArgumentException.class, () -> Fault.delay(Duration.ZERO));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> procore.failNext("*", 0, Fault.serverError()));
    assertEquals("times must be at least 1, got: 0", e.getMessage());
  }
}
