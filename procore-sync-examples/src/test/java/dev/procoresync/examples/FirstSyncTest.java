package dev.procoresync.examples;

// [testkit-imports]
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.flow.VendorUpsertFlow;
import dev.procoresync.core.model.VendorUpdate;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.FakeProcoreTest;
import dev.procoresync.testkit.procore.Fault;
import java.util.List;
import org.junit.jupiter.api.Test;

// [testkit-imports]

/** The README's "Testing your sync with the testkit" test, compiled and run here. */
// [testkit]
@FakeProcoreTest
class FirstSyncTest {
  private static final List<VendorUpdate> VENDORS =
      List.of(VendorUpdate.builder().originId("erp:vendor:V-1").name("Acme Concrete").build());

  @Test
  void pushesVendorsOnceAndNeverTwice(FakeProcore procore) {
    // a real client, pointed at the fake and running on its clock: waits never sleep
    ProcoreClient client = procore.clientBuilder().build();
    VendorUpsertFlow flow = VendorUpsertFlow.create(client.forCompany(procore.companyId()));

    SyncReport first = flow.run(VENDORS, v -> v, RunOptions.defaults());
    SyncReport second = flow.run(VENDORS, v -> v, RunOptions.defaults());

    assertEquals(1, first.count(Outcome.CREATED));
    assertEquals(1, second.count(Outcome.UNCHANGED));
    procore.verifyRequests("PATCH /rest/v1.0/vendors/sync", 1); // the rerun wrote nothing
  }

  @Test
  void survivesAnOutage(FakeProcore procore) {
    ProcoreClient client = procore.clientBuilder().build();
    procore.failNext("PATCH /rest/v1.0/vendors/sync", 2, Fault.serverError());
    VendorUpsertFlow flow = VendorUpsertFlow.create(client.forCompany(procore.companyId()));

    SyncReport report = flow.run(VENDORS, v -> v, RunOptions.defaults());

    assertEquals(1, report.count(Outcome.CREATED)); // retried with backoff, on the fake clock
    procore.verifyRequests("PATCH /rest/v1.0/vendors/sync", 3);
  }
}
// [testkit]
