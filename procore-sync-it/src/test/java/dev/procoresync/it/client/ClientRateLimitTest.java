package dev.procoresync.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.FakeProcoreTest;
import dev.procoresync.testkit.procore.Fault;
import dev.procoresync.testkit.procore.Fixtures;
import dev.procoresync.testkit.procore.RateLimit;
import dev.procoresync.testkit.procore.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@FakeProcoreTest
class ClientRateLimitTest {

  private static long count429(FakeProcore fake) {
    return fake.requests().stream().filter(r -> r.status() == 429).count();
  }

  @Test
  void pacesOnTheSpikeWindowWithoutEarningA429(FakeProcore fake) {
    long id = fake.givenVendor(Fixtures.vendor("Acme"));
    fake.rateLimit(RateLimit.of(600, 25));
    FakeClients.Events events = new FakeClients.Events();
    CompanyClient company =
        FakeClients.builder(fake).requestListener(events::add).build().forCompany(fake.companyId());
    Instant start = fake.clock().instant();

    for (int i = 0; i < 60; i++) {
      company.vendors().get(id);
    }

    assertEquals(0, count429(fake), "paced before the limit");
    assertEquals(60, fake.requestCount("GET /rest/v1.0/vendors/{id}"));
    Duration elapsed = Duration.between(start, fake.clock().instant());
    assertTrue(
        elapsed.compareTo(Duration.ofSeconds(20)) >= 0, "two spike windows waited: " + elapsed);
    assertTrue(elapsed.compareTo(Duration.ofSeconds(40)) < 0, "no more than needed: " + elapsed);
    assertTrue(
        events.all.stream().anyMatch(e -> !e.rateLimitWait().isZero()),
        "the listener saw the wait");
  }

  @Test
  void pacesOnTheHourlyWindowWhenItIsNearer(FakeProcore fake) {
    long id = fake.givenVendor(Fixtures.vendor("Acme"));
    fake.rateLimit(RateLimit.of(30, 25));
    CompanyClient company = FakeClients.client(fake).forCompany(fake.companyId());
    Instant start = fake.clock().instant();

    for (int i = 0; i < 35; i++) {
      company.vendors().get(id);
    }

    assertEquals(0, count429(fake));
    Duration elapsed = Duration.between(start, fake.clock().instant());
    assertTrue(
        elapsed.compareTo(Duration.ofHours(1)) >= 0, "waited for the hourly reset: " + elapsed);
    assertTrue(elapsed.compareTo(Duration.ofMinutes(61)) < 0, elapsed.toString());
  }

  @Test
  void a429WithRetryAfterIsWaitedOutThenRetried(FakeProcore fake) {
    long id = fake.givenVendor(Fixtures.vendor("Acme"));
    fake.failNext("GET /rest/v1.0/vendors/{id}", 1, Fault.tooManyRequests(Duration.ofSeconds(30)));
    FakeClients.Events events = new FakeClients.Events();
    CompanyClient company =
        FakeClients.builder(fake).requestListener(events::add).build().forCompany(fake.companyId());
    Instant start = fake.clock().instant();

    assertEquals("Acme", company.vendors().get(id).name());

    Duration waited = Duration.between(start, fake.clock().instant());
    assertTrue(waited.compareTo(Duration.ofSeconds(30)) >= 0, waited.toString());
    assertTrue(waited.compareTo(Duration.ofSeconds(32)) < 0, "jitter stays small: " + waited);
    assertEquals(2, fake.requestCount("GET /rest/v1.0/vendors/{id}"));
    assertEquals(1, events.last().retries());
    assertTrue(events.last().rateLimitWait().compareTo(Duration.ofSeconds(30)) >= 0);
  }

  @Test
  void a429WithoutRetryAfterWaitsForTheReset(FakeProcore fake) {
    long id = fake.givenVendor(Fixtures.vendor("Acme"));
    fake.rateLimit(RateLimit.of(600, 25).withRetryAfter(false));
    // another client (with its own budget) spends the spike window first
    CompanyClient other = FakeClients.client(fake).forCompany(fake.companyId());
    for (int i = 0; i < 25; i++) {
      other.vendors().get(id);
    }
    CompanyClient company = FakeClients.client(fake).forCompany(fake.companyId());
    Instant start = fake.clock().instant();

    assertEquals("Acme", company.vendors().get(id).name());

    assertEquals(1, count429(fake));
    RecordedRequest refused =
        fake.requests().stream().filter(r -> r.status() == 429).findFirst().orElseThrow();
    assertTrue(refused.header("Retry-After").isEmpty());
    Duration waited = Duration.between(start, fake.clock().instant());
    assertTrue(waited.compareTo(Duration.ofSeconds(10)) >= 0, "until the spike reset: " + waited);
    assertTrue(waited.compareTo(Duration.ofSeconds(12)) < 0, waited.toString());
  }

  @Test
  void a503WithRetryAfterIsWaitedOut(FakeProcore fake) {
    long id = fake.givenVendor(Fixtures.vendor("Acme"));
    fake.failNext(
        "GET /rest/v1.0/vendors/{id}", 2, Fault.serviceUnavailable(Duration.ofSeconds(20)));
    CompanyClient company = FakeClients.client(fake).forCompany(fake.companyId());
    Instant start = fake.clock().instant();

    assertEquals("Acme", company.vendors().get(id).name());

    assertTrue(
        Duration.between(start, fake.clock().instant()).compareTo(Duration.ofSeconds(40)) >= 0);
    assertEquals(3, fake.requestCount("GET /rest/v1.0/vendors/{id}"));
  }

  @Test
  void budgetsAreSharedBetweenClients(FakeProcore fake) {
    long id = fake.givenVendor(Fixtures.vendor("Acme"));
    fake.rateLimit(RateLimit.of(600, 25));
    dev.procoresync.core.http.RateLimitBudget shared =
        dev.procoresync.core.http.RateLimitBudget.inMemory();
    dev.procoresync.core.state.InMemorySyncStateStore tokens =
        dev.procoresync.core.state.InMemorySyncStateStore.create(fake.clock());
    ProcoreClient a = FakeClients.builder(fake).rateLimitBudget(shared).tokenStore(tokens).build();
    ProcoreClient b = FakeClients.builder(fake).rateLimitBudget(shared).tokenStore(tokens).build();

    for (int i = 0; i < 20; i++) {
      a.forCompany(fake.companyId()).vendors().get(id);
      b.forCompany(fake.companyId()).vendors().get(id);
    }

    assertEquals(0, count429(fake), "one budget, no client overdraws it");
  }
}
