package dev.procoresync.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.error.ProcoreServerException;
import dev.procoresync.core.error.ProcoreTransportException;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.core.model.Vendor;
import dev.procoresync.core.model.VendorUpdate;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.FakeProcoreTest;
import dev.procoresync.testkit.procore.Fault;
import dev.procoresync.testkit.procore.Fixtures;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@FakeProcoreTest
class ClientRetryTest {

  @Test
  void a500ThenSuccessIsRetriedWithBackoff(FakeProcore fake) {
    long id = fake.givenVendor(Fixtures.vendor("Acme"));
    fake.failNext("GET /rest/v1.0/vendors/{id}", 1, Fault.serverError());
    FakeClients.Events events = new FakeClients.Events();
    CompanyClient company =
        FakeClients.builder(fake)
            .retryPolicy(
                RetryPolicy.defaults()
                    .withJitter(0)
                    .withBackoff(Duration.ofMillis(500), Duration.ofSeconds(30)))
            .requestListener(events::add)
            .build()
            .forCompany(fake.companyId());
    Instant start = fake.clock().instant();

    assertEquals("Acme", company.vendors().get(id).name());

    assertEquals(2, fake.requestCount("GET /rest/v1.0/vendors/{id}"));
    assertEquals(Duration.ofMillis(500), Duration.between(start, fake.clock().instant()));
    assertEquals(1, events.last().retries());
    assertEquals(200, events.last().status());
    assertEquals(Duration.ofMillis(500), events.last().backoffWait());
  }

  @Test
  void backoffGrowsAndIsCappedThenGivesUp(FakeProcore fake) {
    long id = fake.givenVendor(Fixtures.vendor("Acme"));
    fake.failNext("GET /rest/v1.0/vendors/{id}", 10, Fault.serverError());
    CompanyClient company =
        FakeClients.builder(fake)
            .retryPolicy(
                RetryPolicy.defaults()
                    .withJitter(0)
                    .withMaxRetries(4)
                    .withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(3)))
            .build()
            .forCompany(fake.companyId());
    Instant start = fake.clock().instant();

    ProcoreServerException e =
        assertThrows(ProcoreServerException.class, () -> company.vendors().get(id));

    assertEquals(500, e.status());
    assertEquals(5, fake.requestCount("GET /rest/v1.0/vendors/{id}"));
    // 1 + 2 + 3 (capped) + 3 (capped)
    assertEquals(Duration.ofSeconds(9), Duration.between(start, fake.clock().instant()));
    assertTrue(e.getMessage().startsWith("500 on GET /rest/v1.0/vendors/" + id), e.getMessage());
  }

  @Test
  void a429OnACreateIsWaitedOutAndResentBecauseNothingWasStored(FakeProcore fake) {
    fake.failNext("POST /rest/v1.0/vendors", 1, Fault.tooManyRequests(Duration.ofSeconds(5)));
    CompanyClient company = FakeClients.client(fake).forCompany(fake.companyId());
    Instant start = fake.clock().instant();

    company.vendors().create(VendorUpdate.builder().name("Acme").build());

    assertEquals(2, fake.requestCount("POST /rest/v1.0/vendors"));
    assertEquals(1, fake.all("vendors").size());
    assertTrue(
        Duration.between(start, fake.clock().instant()).compareTo(Duration.ofSeconds(5)) >= 0);
  }

  @Test
  void a500OnACreateWithoutOriginIdIsNotResent(FakeProcore fake) {
    fake.failNext("POST /rest/v1.0/vendors", 1, Fault.serverError());
    CompanyClient company = FakeClients.client(fake).forCompany(fake.companyId());

    assertThrows(
        ProcoreServerException.class,
        () -> company.vendors().create(VendorUpdate.builder().name("Acme").build()));
    assertEquals(1, fake.requestCount("POST /rest/v1.0/vendors"));
  }

  @Test
  void aConnectionResetOnAReadIsRetried(FakeProcore fake) {
    long id = fake.givenVendor(Fixtures.vendor("Acme"));
    fake.failNext("GET /rest/v1.0/vendors/{id}", 1, Fault.connectionReset());
    CompanyClient company = FakeClients.client(fake).forCompany(fake.companyId());

    assertEquals("Acme", company.vendors().get(id).name());
    assertEquals(2, fake.requestCount("GET /rest/v1.0/vendors/{id}"));
  }

  @Test
  void aConnectionResetOnACreateWithoutOriginIdIsNotResent(FakeProcore fake) {
    fake.failNext("POST /rest/v1.0/vendors", 1, Fault.connectionReset());
    CompanyClient company = FakeClients.client(fake).forCompany(fake.companyId());

    assertThrows(
        ProcoreTransportException.class,
        () -> company.vendors().create(VendorUpdate.builder().name("Acme").build()));
    assertEquals(1, fake.requestCount("POST /rest/v1.0/vendors"));
  }

  @Test
  void aConnectionResetOnACreateWithOriginIdIsCheckedThenResent(FakeProcore fake) {
    fake.failNext("POST /rest/v1.0/vendors", 1, Fault.connectionReset());
    CompanyClient company = FakeClients.client(fake).forCompany(fake.companyId());

    Vendor v =
        company
            .vendors()
            .create(VendorUpdate.builder().name("Acme").originId("bc:vendor:V1").build());

    assertEquals("bc:vendor:V1", v.originId().orElseThrow());
    assertEquals(2, fake.requestCount("POST /rest/v1.0/vendors"));
    assertEquals(1, fake.requestCount("GET /rest/v1.0/vendors"), "looked up by origin id first");
    assertEquals(
        1,
        fake.all("vendors").stream()
            .filter(n -> "bc:vendor:V1".equals(n.path("origin_id").asText()))
            .count());
  }
}
