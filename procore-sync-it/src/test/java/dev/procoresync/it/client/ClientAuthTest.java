package dev.procoresync.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.client.ProcoreCredentials;
import dev.procoresync.core.error.ProcoreUnauthorizedException;
import dev.procoresync.core.state.InMemorySyncStateStore;
import dev.procoresync.core.state.TokenPair;
import dev.procoresync.core.state.TokenStore;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.FakeProcoreTest;
import dev.procoresync.testkit.procore.Fault;
import dev.procoresync.testkit.procore.Fixtures;
import dev.procoresync.testkit.procore.HeldTokenRequest;
import dev.procoresync.testkit.procore.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

@FakeProcoreTest
class ClientAuthTest {

  private static String bearer(RecordedRequest r) {
    return r.header("Authorization").orElseThrow().substring("Bearer ".length());
  }

  @Test
  void tokenRequestsAreFormUrlEncodedAndCarryNoCompanyHeader(FakeProcore fake) {
    fake.givenVendor(Fixtures.vendor("Acme"));
    FakeClients.builder(fake)
        .userAgentSuffix("acme-bridge/2.1")
        .build()
        .forCompany(fake.companyId())
        .vendors()
        .list()
        .stream()
        .count();

    RecordedRequest token = fake.requests("POST /oauth/token").get(0);
    assertTrue(
        token.header("Content-Type").orElseThrow().startsWith("application/x-www-form-urlencoded"));
    assertTrue(token.body().contains("grant_type=client_credentials"));
    for (RecordedRequest r : fake.requests("/rest/**")) {
      assertEquals(Long.toString(fake.companyId()), r.header("Procore-Company-Id").orElseThrow());
      assertTrue(r.header("User-Agent").orElseThrow().endsWith(" acme-bridge/2.1"));
      assertTrue(r.header("User-Agent").orElseThrow().startsWith("procore-sync/"));
    }
  }

  @Test
  void refreshRotationIsSingleFlightAcross16Threads(FakeProcore fake) throws Exception {
    long id = fake.givenVendor(Fixtures.vendor("Acme"));
    InMemorySyncStateStore store = InMemorySyncStateStore.create(fake.clock());
    ProcoreClient client =
        FakeClients.builder(fake)
            .credentials(
                ProcoreCredentials.refreshToken(
                    fake.clientId(), fake.clientSecret(), fake.refreshToken()))
            .tokenStore(store)
            .build();
    CompanyClient company = client.forCompany(fake.companyId());
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      for (int round = 0; round < 50; round++) {
        // every round starts with an expired access token: the next call must refresh
        fake.clock().advance(Duration.ofSeconds(5400 + 60));
        int tokenRequestsBefore = fake.requestCount("POST /oauth/token");
        HeldTokenRequest held = fake.holdNextTokenRequest();
        CyclicBarrier barrier = new CyclicBarrier(16);
        List<Future<String>> results = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
          results.add(
              pool.submit(
                  () -> {
                    barrier.await(10, TimeUnit.SECONDS);
                    return company.vendors().get(id).name();
                  }));
        }
        assertTrue(held.awaitArrival(Duration.ofSeconds(10)), "round " + round);
        held.release();
        for (Future<String> f : results) {
          assertEquals("Acme", f.get(30, TimeUnit.SECONDS));
        }
        assertEquals(
            1, fake.requestCount("POST /oauth/token") - tokenRequestsBefore, "round " + round);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(50, fake.requestCount("POST /oauth/token"));
    assertEquals(800, fake.requestCount("GET /rest/v1.0/vendors/{id}"));
    assertTrue(
        fake.requests().stream().noneMatch(r -> r.status() == 401), "no call used a stale token");
  }

  @Test
  void aRefusedTokenTriggersOneRefreshAndOneRetry(FakeProcore fake) {
    long id = fake.givenVendor(Fixtures.vendor("Acme"));
    CompanyClient company = FakeClients.client(fake).forCompany(fake.companyId());
    company.vendors().get(id);
    String first = bearer(fake.requests("GET /rest/v1.0/vendors/{id}").get(0));
    fake.revoke(first);

    assertEquals("Acme", company.vendors().get(id).name());

    List<RecordedRequest> gets = fake.requests("GET /rest/v1.0/vendors/{id}");
    assertEquals(3, gets.size());
    assertEquals(401, gets.get(1).status());
    assertNotEquals(first, bearer(gets.get(2)));
    assertEquals(2, fake.requestCount("POST /oauth/token"));
  }

  @Test
  void a401AfterTheRefreshIsNeverLooped(FakeProcore fake) {
    long id = fake.givenVendor(Fixtures.vendor("Acme"));
    fake.failNext("GET /rest/v1.0/vendors/{id}", 5, Fault.status(401));
    CompanyClient company = FakeClients.client(fake).forCompany(fake.companyId());

    ProcoreUnauthorizedException e =
        assertThrows(ProcoreUnauthorizedException.class, () -> company.vendors().get(id));

    assertEquals(401, e.status());
    assertEquals(2, fake.requestCount("GET /rest/v1.0/vendors/{id}"));
    assertEquals(2, fake.requestCount("POST /oauth/token"));
  }

  @Test
  void theNewPairIsStoredBeforeItIsUsed(FakeProcore fake) {
    long id = fake.givenVendor(Fixtures.vendor("Acme"));
    String api = "GET /rest/v1.0/vendors/{id}";
    // what the store saw, in order: each pair stored, with the API requests the fake had served
    // then
    List<String> events = new CopyOnWriteArrayList<>();
    InMemorySyncStateStore inner = InMemorySyncStateStore.create(fake.clock());
    TokenStore recording =
        new TokenStore() {
          @Override
          public Optional<TokenPair> token(String key) {
            return inner.token(key);
          }

          @Override
          public boolean compareAndSet(String key, @Nullable TokenPair expected, TokenPair next) {
            int servedBefore = fake.requests(api).size();
            boolean ok = inner.compareAndSet(key, expected, next);
            if (ok) {
              events.add("stored " + next.accessToken() + " after " + servedBefore + " requests");
            }
            return ok;
          }
        };
    CompanyClient company =
        FakeClients.builder(fake).tokenStore(recording).build().forCompany(fake.companyId());

    company.vendors().get(id);

    List<RecordedRequest> served = fake.requests(api);
    assertEquals(1, served.size());
    assertEquals(
        List.of("stored " + bearer(served.get(0)) + " after 0 requests"),
        events,
        "the pair is in the store before any API request carries its token");
  }

  @Test
  void whenCompareAndSetLosesTheWinnersPairIsUsed(FakeProcore fake) {
    long id = fake.givenVendor(Fixtures.vendor("Acme"));
    String winner = fake.accessToken();
    InMemorySyncStateStore inner = InMemorySyncStateStore.create(fake.clock());
    TokenStore racing =
        new TokenStore() {
          @Override
          public Optional<TokenPair> token(String key) {
            return inner.token(key);
          }

          @Override
          public boolean compareAndSet(String key, @Nullable TokenPair expected, TokenPair next) {
            // another process stores its pair just before us
            inner.compareAndSet(
                key,
                expected,
                TokenPair.of(winner, Optional.empty(), fake.clock().instant().plusSeconds(5400)));
            return inner.compareAndSet(key, expected, next);
          }
        };
    CompanyClient company =
        FakeClients.builder(fake).tokenStore(racing).build().forCompany(fake.companyId());

    company.vendors().get(id);

    assertEquals(winner, bearer(fake.requests("GET /rest/v1.0/vendors/{id}").get(0)));
  }

  @Test
  void authorizationCodeIsExchangedOnceThenRefreshed(FakeProcore fake) {
    long id = fake.givenVendor(Fixtures.vendor("Acme"));
    CompanyClient company =
        FakeClients.builder(fake)
            .credentials(
                ProcoreCredentials.authorizationCode(
                    fake.clientId(),
                    fake.clientSecret(),
                    fake.authorizationCode(),
                    "urn:ietf:wg:oauth:2.0:oob"))
            .build()
            .forCompany(fake.companyId());
    company.vendors().get(id);
    fake.clock().advance(Duration.ofHours(2));
    company.vendors().get(id);

    List<RecordedRequest> tokens = fake.requests("POST /oauth/token");
    assertEquals(2, tokens.size());
    assertTrue(tokens.get(0).body().contains("grant_type=authorization_code"));
    assertTrue(tokens.get(1).body().contains("grant_type=refresh_token"));
  }

  @Test
  void wrongSecretFailsWithoutLeakingIt(FakeProcore fake) {
    CompanyClient company =
        FakeClients.builder(fake)
            .credentials(ProcoreCredentials.clientCredentials(fake.clientId(), "wr0ng-s3cr3t"))
            .build()
            .forCompany(fake.companyId());

    ProcoreUnauthorizedException e =
        assertThrows(
            ProcoreUnauthorizedException.class, () -> company.vendors().list().stream().count());

    assertFalse(e.getMessage().contains("wr0ng-s3cr3t"), e.getMessage());
    assertTrue(e.getMessage().contains("/oauth/token"), e.getMessage());
  }

  @Test
  void theRequestListenerSeesTheTokenRequestToo(FakeProcore fake) {
    FakeClients.Events events = new FakeClients.Events();
    CompanyClient company =
        FakeClients.builder(fake).requestListener(events::add).build().forCompany(fake.companyId());
    fake.failNext("POST /oauth/token", 1, Fault.serverError());

    company.projects().list().stream().count();

    assertEquals("POST", events.all.get(0).method());
    assertEquals("/oauth/token", events.all.get(0).path());
    assertEquals(200, events.all.get(0).status());
    assertEquals(1, events.all.get(0).retries(), "the 500 before the token was retried once");
    assertEquals("GET", events.last().method());
  }
}
