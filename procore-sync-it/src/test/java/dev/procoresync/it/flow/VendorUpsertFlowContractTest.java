package dev.procoresync.it.flow;

import dev.procoresync.core.flow.VendorUpsertFlow;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.it.flow.VendorUpsertFlowTest.ErpVendor;
import dev.procoresync.testkit.contract.CancellationBoundary;
import dev.procoresync.testkit.contract.TargetRecord;
import dev.procoresync.testkit.contract.UpsertFlowContract;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.FakeProcoreTest;
import dev.procoresync.testkit.procore.Fault;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/** The vendor upsert flow passes the upsert contract against the fake Procore. */
@FakeProcoreTest
class VendorUpsertFlowContractTest extends UpsertFlowContract<ErpVendor> {
  private static final int WINDOW = 5;
  private FakeProcore fake;

  @BeforeEach
  void attach(FakeProcore fake) {
    this.fake = fake;
  }

  @Override
  protected ErpVendor input(int i) {
    return ErpVendor.of(i + 1);
  }

  @Override
  protected ErpVendor changed(ErpVendor input) {
    return new ErpVendor(input.number(), input.name() + " Ltd", input.abbreviation());
  }

  @Override
  protected String keyOf(ErpVendor input) {
    return "erp:vendor:" + input.number();
  }

  @Override
  protected String digestOf(ErpVendor input) {
    return String.valueOf(input.name());
  }

  @Override
  protected SyncReport run(List<ErpVendor> inputs, RunOptions options) {
    return VendorUpsertFlow.create(FlowHarness.company(fake), fake.clock())
        .withWindowSize(WINDOW)
        .run(inputs, VendorUpsertFlowTest.MAPPING, options);
  }

  @Override
  protected List<TargetRecord> targetHolds() {
    return fake.all("vendors").stream()
        .filter(n -> n.hasNonNull("origin_id"))
        .map(n -> new TargetRecord(n.get("origin_id").asText(), n.path("name").asText()))
        .toList();
  }

  @Override
  protected long writeCount() {
    return FlowHarness.writes(fake).size();
  }

  @Override
  protected void failNextWrite() {
    // beyond the retry budget (1 try + 4 retries)
    fake.failNext("PATCH /rest/v1.0/vendors/sync", 5, Fault.serverError());
  }

  @Override
  protected CancellationBoundary cancellationBoundary() {
    return CancellationBoundary.writeWindow(WINDOW);
  }
}
