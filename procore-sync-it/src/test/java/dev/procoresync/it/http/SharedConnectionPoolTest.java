package dev.procoresync.it.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.client.ProcoreCredentials;
import dev.procoresync.core.client.ProcoreEnvironment;
import dev.procoresync.core.http.ClientSideRateLimiter;
import dev.procoresync.core.http.HttpService;
import dev.procoresync.core.http.RequestEvent;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.FakeProcoreTest;
import dev.procoresync.testkit.procore.Fixtures;
import dev.procoresync.testkit.procore.RateLimit;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.EventListener;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/**
 * Procore and a second service (defined here) run on one host OkHttp client: one connection pool
 * instance, connections reused, separate rate-limit budgets; the host's interceptors never see a
 * secret.
 */
@FakeProcoreTest
class SharedConnectionPoolTest {

  @Test
  void procoreAndASecondServiceShareOnePoolAndKeepSeparateBudgets(FakeProcore fake)
      throws Exception {
    WireMockServer acme = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    acme.start();
    AtomicInteger connects = new AtomicInteger();
    ConnectionPool pool = new ConnectionPool();
    OkHttpClient host =
        new OkHttpClient.Builder()
            .connectionPool(pool)
            .eventListener(
                new EventListener() {
                  @Override
                  public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
                    connects.incrementAndGet();
                  }
                })
            .build();
    List<RequestEvent> events = new CopyOnWriteArrayList<>();
    try {
      acme.stubFor(get(urlPathEqualTo("/api/items")).willReturn(aResponse().withBody("{}")));
      long vendor = fake.givenVendor(Fixtures.vendor("Acme"));
      fake.rateLimit(RateLimit.of(600, 5));
      ProcoreClient procore =
          ProcoreClient.builder()
              .environment(ProcoreEnvironment.custom(fake.loginBaseUrl(), fake.apiBaseUrl()))
              .credentials(
                  ProcoreCredentials.clientCredentials(fake.clientId(), fake.clientSecret()))
              .okHttpClient(host)
              .clock(fake.clock())
              .sleeper(fake.clock().sleeper())
              .retryPolicy(RetryPolicy.defaults().withJitter(0))
              .requestListener(events::add)
              .build();
      HttpService second =
          HttpService.builder()
              .serviceName("acme")
              .baseUrl(acme.baseUrl() + "/api/")
              .okHttpClient(host)
              .clock(fake.clock())
              .sleeper(fake.clock().sleeper())
              .rateLimiter(
                  ClientSideRateLimiter.builder().window(100, Duration.ofSeconds(10)).build())
              .addRequestListener(events::add)
              .build();
      CompanyClient company = procore.forCompany(fake.companyId());

      assertSame(pool, procore.http().okHttpClient().connectionPool());
      assertSame(pool, second.okHttpClient().connectionPool());
      assertSame(host.dispatcher(), second.okHttpClient().dispatcher());

      for (int i = 0; i < 8; i++) {
        company.vendors().get(vendor);
        second.executeDiscarding(
            new Request.Builder().url(second.baseUrl().resolve("items")).build());
      }

      // Procore's budget (5 per 10 s) made its requests wait; the second service's never waited
      assertTrue(
          events.stream()
              .filter(e -> e.service().equals("procore"))
              .anyMatch(e -> !e.rateLimitWait().isZero()));
      assertTrue(
          events.stream()
              .filter(e -> e.service().equals("acme"))
              .allMatch(e -> e.rateLimitWait().isZero()),
          events.toString());
      assertTrue(
          events.stream()
              .filter(e -> e.service().equals("procore") && e.method().equals("GET"))
              .allMatch(e -> e.pathTemplate().equals("/rest/v1.0/vendors/{id}")),
          events.toString());
      // one server for Procore (login and API share it) and one for acme: two connections, reused
      assertEquals(2, connects.get(), "connections opened");
      assertTrue(pool.connectionCount() <= 2, "pool holds " + pool.connectionCount());

      procore.close();
      second.close();
      assertFalse(host.dispatcher().executorService().isShutdown(), "the host's pool stays open");
    } finally {
      acme.stop();
    }
  }

  @Test
  void aHostInterceptorThatLogsBodiesNeverSeesTheClientSecret(FakeProcore fake) {
    List<String> logged = new CopyOnWriteArrayList<>();
    Interceptor logger =
        chain -> {
          Request r = chain.request();
          StringBuilder line = new StringBuilder(r.method() + " " + r.url() + " " + r.headers());
          if (r.body() != null) {
            Buffer b = new Buffer();
            try {
              r.body().writeTo(b);
            } catch (IOException e) {
              throw new IllegalStateException(e);
            }
            line.append(b.readUtf8());
          }
          logged.add(line.toString());
          return chain.proceed(r);
        };
    OkHttpClient host =
        new OkHttpClient.Builder().addInterceptor(logger).addNetworkInterceptor(logger).build();
    long vendor = fake.givenVendor(Fixtures.vendor("Acme"));
    ProcoreClient procore =
        ProcoreClient.builder()
            .environment(ProcoreEnvironment.custom(fake.loginBaseUrl(), fake.apiBaseUrl()))
            .credentials(ProcoreCredentials.clientCredentials(fake.clientId(), fake.clientSecret()))
            .okHttpClient(host)
            .clock(fake.clock())
            .sleeper(fake.clock().sleeper())
            .build();

    procore.forCompany(fake.companyId()).vendors().get(vendor);

    assertEquals(1, fake.requestCount("POST /oauth/token"));
    List<String> all = new ArrayList<>(logged);
    assertFalse(all.isEmpty());
    assertTrue(all.stream().noneMatch(l -> l.contains(fake.clientSecret())), all.toString());
    assertTrue(all.stream().noneMatch(l -> l.contains("/oauth/token")), all.toString());
    // the application interceptor runs before authentication: it never sees the bearer token
    assertTrue(all.get(0).startsWith("GET ") && !all.get(0).contains("Authorization"), all.get(0));
  }
}
