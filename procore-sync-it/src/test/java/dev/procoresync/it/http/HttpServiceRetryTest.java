package dev.procoresync.it.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.procoresync.core.error.RateLimitWaitException;
import dev.procoresync.core.error.ServiceException;
import dev.procoresync.core.error.TransportException;
import dev.procoresync.core.http.ClientSideRateLimiter;
import dev.procoresync.core.http.HttpService;
import dev.procoresync.core.http.RateLimiter;
import dev.procoresync.core.http.RequestEvent;
import dev.procoresync.core.http.RequestTags;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.testkit.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The retry rule of the kit against a service defined here: which requests are resent, {@code
 * Retry-After} in seconds and as a date, huge values, and OkHttp never resending by itself.
 */
class HttpServiceRetryTest {
  private static final MediaType JSON = MediaType.get("application/json");
  private WireMockServer server;
  private final FakeClock clock = FakeClock.create();
  private final List<RequestEvent> events = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private HttpService.Builder builder() {
    return HttpService.builder()
        .serviceName("acme")
        .baseUrl(server.baseUrl() + "/api/")
        .clock(clock)
        .sleeper(clock.sleeper())
        .readTimeout(Duration.ofMillis(300))
        .retryPolicy(
            RetryPolicy.defaults()
                .withJitter(0)
                .withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(8)))
        .addRequestListener(events::add);
  }

  private void failThenSucceed(
      String path, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder first) {
    server.stubFor(
        post(urlPathEqualTo(path))
            .inScenario(path)
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(first)
            .willSetStateTo("answered"));
    server.stubFor(
        post(urlPathEqualTo(path))
            .inScenario(path)
            .whenScenarioStateIs("answered")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"ok\":true}")));
  }

  private Request postTo(HttpService s, String path, boolean safe) {
    Request.Builder b =
        new Request.Builder().url(s.baseUrl().resolve(path)).post(RequestBody.create("{}", JSON));
    if (safe) {
      RequestTags.markSafeToResend(b);
    }
    return b.build();
  }

  @Test
  void aPostMarkedSafeIsResentAfterA500AndAfterNoAnswer() {
    failThenSucceed("/api/graphql", aResponse().withStatus(500));
    failThenSucceed("/api/search", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    HttpService s = builder().build();
    Instant start = clock.instant();

    assertTrue(s.execute(postTo(s, "graphql", true), JsonNode.class).get("ok").asBoolean());
    assertTrue(s.execute(postTo(s, "search", true), JsonNode.class).get("ok").asBoolean());

    server.verify(2, postRequestedFor(urlPathEqualTo("/api/graphql")));
    server.verify(2, postRequestedFor(urlPathEqualTo("/api/search")));
    assertEquals(Duration.ofSeconds(2), Duration.between(start, clock.instant()));
    assertEquals(2, events.get(0).attempts());
    assertEquals(Duration.ofSeconds(1), events.get(0).backoffWait());
  }

  @Test
  void aPostNotMarkedIsNeverResent() {
    failThenSucceed("/api/orders", aResponse().withStatus(500));
    failThenSucceed("/api/invoices", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    failThenSucceed("/api/payments", aResponse().withStatus(503).withHeader("Retry-After", "0"));
    failThenSucceed("/api/slow", aResponse().withFixedDelay(1_000));
    HttpService s = builder().build();

    ServiceException e =
        assertThrows(ServiceException.class, () -> s.executeDiscarding(postTo(s, "orders", false)));
    assertEquals(500, e.status());
    assertThrows(TransportException.class, () -> s.executeDiscarding(postTo(s, "invoices", false)));
    assertEquals(
        503,
        assertThrows(
                ServiceException.class, () -> s.executeDiscarding(postTo(s, "payments", false)))
            .status());
    // a timeout after the request left: the outcome is unknown and the caller decides
    TransportException timeout =
        assertThrows(TransportException.class, () -> s.executeDiscarding(postTo(s, "slow", false)));
    assertTrue(timeout.getMessage().contains("got no answer"), timeout.getMessage());

    server.verify(1, postRequestedFor(urlPathEqualTo("/api/orders")));
    server.verify(1, postRequestedFor(urlPathEqualTo("/api/invoices")));
    server.verify(1, postRequestedFor(urlPathEqualTo("/api/payments")));
    server.verify(1, postRequestedFor(urlPathEqualTo("/api/slow")));
    assertTrue(events.stream().allMatch(ev -> ev.attempts() == 1), events.toString());
  }

  @Test
  void aStatusNamedNotResentOnGoesToTheCallerAtOnceEvenForAGet() {
    server.stubFor(get(urlPathEqualTo("/api/jobs")).willReturn(aResponse().withStatus(504)));
    server.stubFor(get(urlPathEqualTo("/api/items")).willReturn(aResponse().withStatus(502)));
    HttpService s = builder().notResentOn(504).build();

    ServiceException e =
        assertThrows(
            ServiceException.class,
            () -> s.executeDiscarding(new Request.Builder().url(s.baseUrl() + "jobs").build()));
    assertEquals(504, e.status());
    server.verify(1, getRequestedFor(urlPathEqualTo("/api/jobs")));
    assertThrows(
        ServiceException.class,
        () -> s.executeDiscarding(new Request.Builder().url(s.baseUrl() + "items").build()));
    server.verify(5, getRequestedFor(urlPathEqualTo("/api/items")));
    assertThrows(IllegalArgumentException.class, () -> HttpService.builder().notResentOn(600));
  }

  @Test
  void a503WithAHugeRetryAfterFailsAtOnceAndOkHttpNeverResendsIt() {
    server.stubFor(
        get(urlPathEqualTo("/api/items"))
            .willReturn(
                aResponse().withStatus(503).withHeader("Retry-After", "99999999999999999999")));
    server.stubFor(
        post(urlPathEqualTo("/api/items"))
            .willReturn(
                aResponse().withStatus(503).withHeader("Retry-After", "99999999999999999999")));
    HttpService s = builder().build();
    Instant start = clock.instant();

    ServiceException get =
        assertThrows(
            ServiceException.class,
            () ->
                s.executeDiscarding(
                    new Request.Builder().url(s.baseUrl().resolve("items")).build()));
    ServiceException post =
        assertThrows(ServiceException.class, () -> s.executeDiscarding(postTo(s, "items", false)));

    assertEquals(503, get.status());
    assertEquals(503, post.status());
    server.verify(1, getRequestedFor(urlPathEqualTo("/api/items")));
    server.verify(1, postRequestedFor(urlPathEqualTo("/api/items")));
    assertEquals(start, clock.instant(), "no year-long sleep");
  }

  @Test
  void aRetryAfterZeroOn503IsResentOnlyByThePipeline() {
    failThenSucceed("/api/query", aResponse().withStatus(503).withHeader("Retry-After", "0"));
    HttpService s = builder().retryPolicy(RetryPolicy.none()).build();
    // OkHttp's own follow-up would resend a 503 with Retry-After: 0; the pipeline, told not to
    // retry, must be the only one deciding
    assertEquals(
        503,
        assertThrows(ServiceException.class, () -> s.executeDiscarding(postTo(s, "query", true)))
            .status());
    server.verify(1, postRequestedFor(urlPathEqualTo("/api/query")));
  }

  @Test
  void retryAfterAsAnHttpDateIsWaitedOnTheClock() {
    Instant at = clock.instant().plusSeconds(42);
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atZone(ZoneOffset.UTC));
    server.stubFor(
        get(urlPathEqualTo("/api/items/1"))
            .inScenario("date")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", date))
            .willSetStateTo("ok"));
    server.stubFor(
        get(urlPathEqualTo("/api/items/1"))
            .inScenario("date")
            .whenScenarioStateIs("ok")
            .willReturn(
                aResponse().withHeader("Content-Type", "application/json").withBody("{\"id\":1}")));
    HttpService s = builder().build();

    s.execute(new Request.Builder().url(s.baseUrl().resolve("items/1")).build(), JsonNode.class);

    Duration waited = Duration.between(at.minusSeconds(42), clock.instant());
    assertTrue(waited.compareTo(Duration.ofSeconds(42)) >= 0, waited.toString());
    assertTrue(waited.compareTo(Duration.ofSeconds(44)) < 0, waited.toString());
    assertEquals("/api/items/{id}", events.get(0).pathTemplate());
    assertTrue(events.get(0).rateLimitWait().compareTo(Duration.ofSeconds(42)) >= 0);
  }

  @Test
  void aRateLimitWaitBeyondTheCapFailsAtOnceWithoutSending() {
    ClientSideRateLimiter limiter =
        ClientSideRateLimiter.builder().window(1, Duration.ofDays(365)).build();
    RateLimiter rl = limiter;
    server.stubFor(get(urlPathEqualTo("/api/items")).willReturn(aResponse().withBody("{}")));
    HttpService s = builder().rateLimiter(rl).build();
    Request r = new Request.Builder().url(s.baseUrl().resolve("items")).build();
    s.executeDiscarding(r);

    RateLimitWaitException e =
        assertThrows(RateLimitWaitException.class, () -> s.executeDiscarding(r));

    assertEquals("acme", e.service());
    assertTrue(e.requiredWait().compareTo(Duration.ofDays(364)) > 0, e.requiredWait().toString());
    assertEquals(Duration.ofHours(1), e.maxWait());
    server.verify(1, getRequestedFor(urlPathEqualTo("/api/items")));
  }

  @Test
  void anEmptyBodyWhereARecordIsExpectedIsADecodingException() {
    server.stubFor(get(urlPathEqualTo("/api/items/9")).willReturn(aResponse().withStatus(200)));
    HttpService s = builder().build();
    dev.procoresync.core.error.DecodingException e =
        assertThrows(
            dev.procoresync.core.error.DecodingException.class,
            () ->
                s.execute(
                    new Request.Builder().url(s.baseUrl().resolve("items/9")).build(),
                    JsonNode.class));
    assertTrue(e.getMessage().contains("empty answer"), e.getMessage());
  }

  @Test
  void requestOptionsSetATimeoutAnIdempotencyKeyAndHeaders() {
    server.stubFor(
        get(urlPathEqualTo("/api/items/2")).willReturn(aResponse().withBody("{\"id\":2}")));
    server.stubFor(
        get(urlPathEqualTo("/api/slow"))
            .willReturn(aResponse().withFixedDelay(1_000).withBody("{}")));
    HttpService s = builder().readTimeout(Duration.ofSeconds(10)).build();
    dev.procoresync.core.http.RequestOptions options =
        dev.procoresync.core.http.RequestOptions.builder()
            .timeout(Duration.ofMillis(200))
            .idempotencyKey("key-1")
            .header("X-Trace", "t-9")
            .build();
    HttpService withOptions = s.withOptions(options);

    withOptions.execute(
        new Request.Builder().url(s.baseUrl().resolve("items/2")).build(), JsonNode.class);
    assertThrows(
        TransportException.class,
        () ->
            withOptions.executeDiscarding(
                new Request.Builder().url(s.baseUrl().resolve("slow")).build()));

    server.verify(
        getRequestedFor(urlPathEqualTo("/api/items/2"))
            .withHeader(
                "Idempotency-Key", com.github.tomakehurst.wiremock.client.WireMock.equalTo("key-1"))
            .withHeader("X-Trace", com.github.tomakehurst.wiremock.client.WireMock.equalTo("t-9")));
    // the timed-out GET was retried as the policy allows, each attempt with the 200 ms timeout
    server.verify(5, getRequestedFor(urlPathEqualTo("/api/slow")));
  }
}
