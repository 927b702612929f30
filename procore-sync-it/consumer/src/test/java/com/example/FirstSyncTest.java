package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.flow.VendorUpsertFlow;
import dev.procoresync.core.model.VendorUpdate;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.FakeProcoreTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A user's first test, in a project that knows procore-sync only through its BOM: the whole
 * dependency tree a user resolves (Retrofit, OkHttp, Kotlin, Jackson, the testkit's WireMock)
 * loads and runs a sync against the fake.
 */
@FakeProcoreTest
class FirstSyncTest {
  private static final List<VendorUpdate> VENDORS =
      List.of(
          VendorUpdate.builder().originId("erp:vendor:V-1").name("Acme Concrete").build());

  @Test
  void pushesVendorsOnceAndNeverTwice(FakeProcore procore) {
    ProcoreClient client = procore.clientBuilder().build();
    VendorUpsertFlow flow = VendorUpsertFlow.create(client.forCompany(procore.companyId()));

    SyncReport first = flow.run(VENDORS, v -> v, RunOptions.defaults());
    SyncReport second = flow.run(VENDORS, v -> v, RunOptions.defaults());

    assertEquals(1, first.count(Outcome.CREATED));
    assertEquals(1, second.count(Outcome.UNCHANGED));
    procore.verifyRequests("PATCH /rest/v1.0/vendors/sync", 1);
  }
}
