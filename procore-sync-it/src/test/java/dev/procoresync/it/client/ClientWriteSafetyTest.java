package dev.procoresync.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.model.Vendor;
import dev.procoresync.core.model.VendorUpdate;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.FakeProcoreTest;
import dev.procoresync.testkit.procore.Fault;
import dev.procoresync.testkit.procore.RecordedRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

@FakeProcoreTest
class ClientWriteSafetyTest {

  @Test
  void aCreateThatTimesOutAfterTheServerStoredItIsNotDuplicated(FakeProcore fake) {
    fake.failNext("POST /rest/v1.0/vendors", 1, Fault.timeoutAfterWrite(Duration.ofMillis(300)));
    CompanyClient company =
        FakeClients.builder(fake)
            .readTimeout(Duration.ofMillis(150))
            .build()
            .forCompany(fake.companyId());

    Vendor v =
        company
            .vendors()
            .create(VendorUpdate.builder().name("Acme").originId("bc:vendor:V0042").build());

    assertEquals("bc:vendor:V0042", v.originId().orElseThrow());
    assertEquals(1, fake.requestCount("POST /rest/v1.0/vendors"), "never sent twice");
    long stored =
        fake.all("vendors").stream()
            .filter(n -> "bc:vendor:V0042".equals(n.path("origin_id").asText()))
            .count();
    assertEquals(1, stored);
    assertEquals(v.id(), fake.all("vendors").get(0).path("id").asLong());
  }

  @Test
  void everyCreateCarriesOneIdempotencyToken(FakeProcore fake) {
    CompanyClient company = FakeClients.client(fake).forCompany(fake.companyId());
    company.vendors().create(VendorUpdate.builder().name("A").build());
    company.vendors().create(VendorUpdate.builder().name("B").build());

    List<RecordedRequest> posts = fake.requests("POST /rest/v1.0/vendors");
    String first = posts.get(0).header("Idempotency-Token").orElseThrow();
    String second = posts.get(1).header("Idempotency-Token").orElseThrow();
    assertTrue(!first.equals(second));
  }
}
