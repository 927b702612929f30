package dev.procoresync.it.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.sun.net.httpserver.HttpServer;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.client.ProcoreCredentials;
import dev.procoresync.core.client.ProcoreEnvironment;
import dev.procoresync.core.http.ClientSideRateLimiter;
import dev.procoresync.core.http.HttpService;
import dev.procoresync.core.http.RequestEvent;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.testkit.FakeClock;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/**
 * Both rate-limit adapters: the client-side limiter (Business Central's 5 in flight and 20 per
 * second, key tenant + client id) and Procore's headers (a reset truncated to whole seconds is
 * waited past, not up to).
 */
class HttpServiceRateLimitTest {

  @Test
  void atMostFiveRequestsAreInFlightPerKey() throws Exception {
    AtomicInteger current = new AtomicInteger();
    AtomicInteger max = new AtomicInteger();
    CountDownLatch fiveArrived = new CountDownLatch(5);
    CountDownLatch release = new CountDownLatch(1);
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    ExecutorService serverThreads = Executors.newFixedThreadPool(16);
    server.setExecutor(serverThreads);
    server.createContext(
        "/",
        exchange -> {
          int now = current.incrementAndGet();
          max.accumulateAndGet(now, Math::max);
          fiveArrived.countDown();
          try {
            release.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          current.decrementAndGet();
          byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    ClientSideRateLimiter limiter = ClientSideRateLimiter.businessCentral();
    FakeClock clock = FakeClock.create();
    HttpService bc =
        HttpService.builder()
            .serviceName("business-central")
            .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/v2.0/")
            .clock(clock)
            .sleeper(clock.sleeper())
            .rateLimiter(limiter)
            .rateLimitKey(r -> "tenant-1|client-1")
            .build();
    ExecutorService callers = Executors.newFixedThreadPool(12);
    List<Thread> callerThreads = new CopyOnWriteArrayList<>();
    try {
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        calls.add(
            callers.submit(
                () -> {
                  callerThreads.add(Thread.currentThread());
                  bc.executeDiscarding(
                      new Request.Builder().url(bc.baseUrl().resolve("companies")).build());
                  return null;
                }));
      }
      assertTrue(fiveArrived.await(30, TimeUnit.SECONDS), "five requests reach the service");
      // the seven others are parked on the limiter, not on their way to the server
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (parked(callerThreads) < 7 && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertEquals(7, parked(callerThreads));
      assertEquals(5, current.get());
      assertEquals(5, limiter.inFlight("tenant-1|client-1"));
      release.countDown();
      for (Future<?> f : calls) {
        f.get(30, TimeUnit.SECONDS);
      }
      assertEquals(5, max.get(), "never more than five at once");
      assertEquals(0, limiter.inFlight("tenant-1|client-1"));
    } finally {
      release.countDown();
      callers.shutdownNow();
      server.stop(0);
      serverThreads.shutdownNow();
      bc.close();
    }
  }

  private static long parked(List<Thread> threads) {
    return threads.stream()
        .filter(t -> t.getState() == Thread.State.WAITING)
        .filter(
            t ->
                java.util.Arrays.stream(t.getStackTrace())
                    .anyMatch(e -> e.getClassName().contains("Semaphore")))
        .count();
  }

  @Test
  void twentyRequestsPerSecondArePacedOnTheClock() {
    WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    try {
      server.stubFor(get(urlPathEqualTo("/v2.0/companies")).willReturn(aResponse().withBody("{}")));
      FakeClock clock = FakeClock.create();
      List<RequestEvent> events = new CopyOnWriteArrayList<>();
      List<Instant> sentAt = new CopyOnWriteArrayList<>();
      HttpService bc =
          HttpService.builder()
              .serviceName("business-central")
              .baseUrl(server.baseUrl() + "/v2.0/")
              .clock(clock)
              .sleeper(clock.sleeper())
              .rateLimiter(ClientSideRateLimiter.businessCentral())
              .addRequestListener(events::add)
              .build();
      Instant start = clock.instant();
      for (int i = 0; i < 50; i++) {
        bc.executeDiscarding(new Request.Builder().url(bc.baseUrl().resolve("companies")).build());
        sentAt.add(clock.instant());
      }
      assertEquals(Duration.ofSeconds(2), Duration.between(start, clock.instant()));
      for (int second = 0; second < 3; second++) {
        Instant from = start.plusSeconds(second);
        long inSecond =
            sentAt.stream()
                .filter(t -> !t.isBefore(from) && t.isBefore(from.plusSeconds(1)))
                .count();
        assertTrue(inSecond <= 20, "second " + second + ": " + inSecond);
      }
      assertEquals(Duration.ofSeconds(1), events.get(20).rateLimitWait());
      assertEquals("business-central", events.get(0).service());
    } finally {
      server.stop();
    }
  }

  @Test
  void procoreResetsTruncatedToWholeSecondsAreWaitedPast() {
    WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    try {
      FakeClock clock = FakeClock.create();
      clock.advance(Duration.ofMillis(500)); // the reset header cannot say x.5 s
      long reset = clock.instant().plusSeconds(10).getEpochSecond(); // truncated: real reset later
      server.stubFor(
          post(urlPathEqualTo("/oauth/token"))
              .willReturn(
                  aResponse()
                      .withHeader("Content-Type", "application/json")
                      .withBody("{\"access_token\":\"a\",\"expires_in\":5400}")));
      server.stubFor(
          get(urlPathEqualTo("/rest/v1.0/vendors/7"))
              .inScenario("window")
              .whenScenarioStateIs(Scenario.STARTED)
              .willReturn(
                  aResponse()
                      .withHeader("Content-Type", "application/json")
                      .withHeader("X-Rate-Limit-Limit", "25")
                      .withHeader("X-Rate-Limit-Remaining", "0")
                      .withHeader("X-Rate-Limit-Reset", Long.toString(reset))
                      .withBody("{\"id\":7,\"name\":\"Acme\"}"))
              .willSetStateTo("next"));
      server.stubFor(
          get(urlPathEqualTo("/rest/v1.0/vendors/7"))
              .inScenario("window")
              .whenScenarioStateIs("next")
              .willReturn(
                  aResponse()
                      .withHeader("Content-Type", "application/json")
                      .withBody("{\"id\":7,\"name\":\"Acme\"}")));
      ProcoreClient client =
          ProcoreClient.builder()
              .environment(ProcoreEnvironment.custom(server.baseUrl(), server.baseUrl()))
              .credentials(ProcoreCredentials.clientCredentials("c", "s"))
              .clock(clock)
              .sleeper(clock.sleeper())
              .retryPolicy(RetryPolicy.defaults().withJitter(0))
              .build();
      CompanyClient company = client.forCompany(1);
      company.vendors().get(7);
      Instant before = clock.instant();

      company.vendors().get(7);

      // header says reset at T (truncated from [T, T+1)): wait until T+1, not T
      assertEquals(Instant.ofEpochSecond(reset + 1), clock.instant());
      assertEquals(Duration.ofMillis(10_500), Duration.between(before, clock.instant()));
    } finally {
      server.stop();
    }
  }
}
