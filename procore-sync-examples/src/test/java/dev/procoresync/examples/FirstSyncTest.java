package dev.procoresync.examples;

// [testkit-imports]
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.client.ProcoreCredentials;
import dev.procoresync.core.client.ProcoreEnvironment;
import dev.procoresync.core.flow.VendorUpsertFlow;
import dev.procoresync.core.model.ImmutableVendorUpdate;
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
  private static ProcoreClient clientFor(FakeProcore procore) {
    return ProcoreClient.builder()
        .environment(ProcoreEnvironment.custom(procore.loginBaseUrl(), procore.apiBaseUrl()))
        .credentials(
            ProcoreCredentials.clientCredentials(procore.clientId(), procore.clientSecret()))
        .clock(procore.clock()) // the fake's clock: waits advance it instead of sleeping
        .sleeper(procore.clock().sleeper())
        .build();
  }

  private static final List<VendorUpdate> VENDORS =
      List.of(
          ImmutableVendorUpdate.builder().originId("erp:vendor:V-1").name("Acme Concrete").build());

  @Test
  void pushesVendorsOnceAndNeverTwice(FakeProcore procore) {
    VendorUpsertFlow flow =
        VendorUpsertFlow.create(clientFor(procore).forCompany(procore.companyId()));

    SyncReport first = flow.run(VENDORS, v -> v, RunOptions.defaults());
    SyncReport second = flow.run(VENDORS, v -> v, RunOptions.defaults());

    assertEquals(1, first.count(Outcome.CREATED));
    assertEquals(1, second.count(Outcome.UNCHANGED));
    procore.verifyRequests("PATCH /rest/v1.0/vendors/sync", 1); // the rerun wrote nothing
  }

  @Test
  void survivesAnOutage(FakeProcore procore) {
    procore.failNext(2, "PATCH /rest/v1.0/vendors/sync", Fault.serverError());
    VendorUpsertFlow flow =
        VendorUpsertFlow.create(clientFor(procore).forCompany(procore.companyId()));

    SyncReport report = flow.run(VENDORS, v -> v, RunOptions.defaults());

    assertEquals(1, report.count(Outcome.CREATED)); // retried with backoff, on the fake clock
    procore.verifyRequests("PATCH /rest/v1.0/vendors/sync", 3);
  }
}
// [testkit]
