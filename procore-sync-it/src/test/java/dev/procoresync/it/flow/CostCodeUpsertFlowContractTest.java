package dev.procoresync.it.flow;

import dev.procoresync.core.flow.CostCodeUpsertFlow;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.it.flow.CostCodeUpsertFlowTest.ErpCode;
import dev.procoresync.testkit.contract.CancellationBoundary;
import dev.procoresync.testkit.contract.TargetRecord;
import dev.procoresync.testkit.contract.UpsertFlowContract;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.FakeProcoreTest;
import dev.procoresync.testkit.procore.Fault;
import dev.procoresync.testkit.procore.Fixtures;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/**
 * The cost-code upsert flow passes the upsert contract against the fake Procore (on divisions, so
 * that its windows are the template's: the tiers are covered by {@link CostCodeUpsertFlowTest}).
 */
@FakeProcoreTest
class CostCodeUpsertFlowContractTest extends UpsertFlowContract<ErpCode> {
  private static final int WINDOW = 5;
  private FakeProcore fake;
  private long project;

  @BeforeEach
  void attach(FakeProcore fake) {
    this.fake = fake;
    this.project = fake.givenProject(Fixtures.project("Tower"));
  }

  @Override
  protected ErpCode input(int i) {
    String code = String.format("%03d", i);
    return new ErpCode("D-" + code, null, code, "Division " + i);
  }

  @Override
  protected ErpCode changed(ErpCode input) {
    return new ErpCode(input.id(), input.parent(), input.code(), input.name() + " (revised)");
  }

  @Override
  protected String keyOf(ErpCode input) {
    return "erp:cost_code:" + input.id();
  }

  @Override
  protected String digestOf(ErpCode input) {
    return input.code() + "|" + input.name();
  }

  @Override
  protected SyncReport run(List<ErpCode> inputs, RunOptions options) {
    return CostCodeUpsertFlow.create(FlowHarness.company(fake), fake.clock())
        .withWindowSize(WINDOW)
        .run(project, inputs, CostCodeUpsertFlowTest.MAPPING, options);
  }

  @Override
  protected List<TargetRecord> targetHolds() {
    return fake.all("cost_codes").stream()
        .filter(n -> n.hasNonNull("origin_id") && n.path("project_id").asLong() == project)
        .map(
            n ->
                new TargetRecord(
                    n.get("origin_id").asText(),
                    n.path("code").asText() + "|" + n.path("name").asText()))
        .toList();
  }

  @Override
  protected long writeCount() {
    return FlowHarness.writes(fake).size();
  }

  @Override
  protected void failNextWrite() {
    fake.failNext("PATCH /rest/v1.0/cost_codes/sync", 5, Fault.serverError());
  }

  @Override
  protected CancellationBoundary cancellationBoundary() {
    return CancellationBoundary.writeWindow(WINDOW);
  }
}
