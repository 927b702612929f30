package dev.procoresync.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.SyncFailure;
import dev.procoresync.core.client.SyncResult;
import dev.procoresync.core.model.Vendor;
import dev.procoresync.core.model.VendorUpdate;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.FakeProcoreTest;
import dev.procoresync.testkit.procore.Fault;
import dev.procoresync.testkit.procore.Fixtures;
import dev.procoresync.testkit.procore.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@FakeProcoreTest
class ClientSyncTest {

  private static List<VendorUpdate> vendors(int n) {
    List<VendorUpdate> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(
          VendorUpdate.builder()
              .name("Vendor " + i)
              .originId("bc:vendor:V" + i)
              .originCode("V" + i)
              .build());
    }
    return out;
  }

  @Test
  void tenThousandRecordsCostTenWritesAndOneTokenRequest(FakeProcore fake) {
    CompanyClient company = FakeClients.client(fake).forCompany(fake.companyId());

    SyncResult<Vendor> result = company.vendors().sync(vendors(10_000));

    assertTrue(result.isComplete(), result.failures().toString());
    assertEquals(10_000, result.entities().size());
    assertEquals(10, result.requests());
    assertEquals(10, fake.requestCount("PATCH /rest/v1.0/vendors/sync"));
    assertEquals(1, fake.requestCount("POST /oauth/token"));
    assertEquals(11, fake.requestCount(), "nothing else was sent");
    for (RecordedRequest r : fake.requests("PATCH /rest/v1.0/vendors/sync")) {
      assertEquals(1000, r.bodyJson().path("updates").size());
      assertEquals(fake.companyId(), r.bodyJson().path("company_id").asLong());
    }
    assertEquals(10_000, fake.all("vendors").size());
  }

  @Test
  void perItemErrorsComeBackTypedAndKeyedByOriginId(FakeProcore fake) {
    CompanyClient company = FakeClients.client(fake).forCompany(fake.companyId());
    List<VendorUpdate> items = new ArrayList<>(vendors(3));
    items.add(VendorUpdate.builder().originId("bc:vendor:NONAME").build());
    items.add(VendorUpdate.builder().id(987_654_321L).originId("bc:vendor:GONE").name("x").build());

    SyncResult<Vendor> result = company.vendors().sync(items);

    assertEquals(3, result.entities().size());
    assertEquals(2, result.failures().size());
    Map<String, SyncFailure> byOrigin = result.failuresByOriginId();
    SyncFailure noName = byOrigin.get("bc:vendor:NONAME");
    assertTrue(noName.fieldErrors().containsKey("name"), noName.toString());
    assertFalse(noName.retryable());
    assertTrue(noName.cause().isEmpty());
    SyncFailure gone = byOrigin.get("bc:vendor:GONE");
    assertEquals(987_654_321L, gone.id().orElseThrow());
    assertFalse(gone.message().isEmpty());
    assertEquals(1, fake.requestCount("PATCH /rest/v1.0/vendors/sync"), "refusals are not retried");
  }

  @Test
  void a413HalvesTheChunk(FakeProcore fake) {
    fake.failNext("PATCH /rest/v1.0/vendors/sync", 1, Fault.status(413));
    CompanyClient company = FakeClients.client(fake).forCompany(fake.companyId());

    SyncResult<Vendor> result = company.vendors().sync(vendors(10));

    assertTrue(result.isComplete(), result.failures().toString());
    assertEquals(10, result.entities().size());
    List<RecordedRequest> syncs = fake.requests("PATCH /rest/v1.0/vendors/sync");
    assertEquals(3, syncs.size());
    assertEquals(10, syncs.get(0).bodyJson().path("updates").size());
    assertEquals(5, syncs.get(1).bodyJson().path("updates").size());
    assertEquals(5, syncs.get(2).bodyJson().path("updates").size());
    assertEquals(3, result.requests());
  }

  @Test
  void chunkSizeIsConfigurable(FakeProcore fake) {
    CompanyClient company =
        FakeClients.builder(fake).syncChunkSize(400).build().forCompany(fake.companyId());

    SyncResult<Vendor> result = company.vendors().sync(vendors(1000));

    assertEquals(1000, result.entities().size());
    assertEquals(3, fake.requestCount("PATCH /rest/v1.0/vendors/sync"));
  }

  @Test
  void aFailedChunkIsReportedPerItemWithItsCause(FakeProcore fake) {
    fake.failNext("PATCH /rest/v1.0/vendors/sync", 10, Fault.serverError());
    CompanyClient company =
        FakeClients.builder(fake)
            .retryPolicy(dev.procoresync.core.http.RetryPolicy.defaults().withMaxRetries(1))
            .build()
            .forCompany(fake.companyId());

    SyncResult<Vendor> result = company.vendors().sync(vendors(4));

    assertEquals(4, result.failures().size());
    for (SyncFailure f : result.failures()) {
      assertTrue(f.retryable());
      assertEquals(
          500, ((dev.procoresync.core.error.ProcoreApiException) f.cause().orElseThrow()).status());
    }
    assertEquals(2, fake.requestCount("PATCH /rest/v1.0/vendors/sync"));
    fake.requests().stream().map(RecordedRequest::toString).forEach(s -> {});
  }

  @Test
  void existingRecordsAreMatchedByOriginId(FakeProcore fake) {
    fake.givenVendor(Fixtures.vendor("Old name").originId("bc:vendor:V0"));
    CompanyClient company = FakeClients.client(fake).forCompany(fake.companyId());

    SyncResult<Vendor> result = company.vendors().sync(vendors(1));

    assertEquals("Vendor 0", result.entities().get(0).name());
    assertEquals(1, fake.all("vendors").size());
  }
}
