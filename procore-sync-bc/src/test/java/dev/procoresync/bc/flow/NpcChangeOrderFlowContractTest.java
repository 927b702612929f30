package dev.procoresync.bc.flow;

import dev.procoresync.bc.mapping.BcChangeOrderRules;
import dev.procoresync.bc.mapping.ChangeOrderSource;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.state.InMemorySyncStateStore;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.bc.FakeBusinessCentral;
import dev.procoresync.testkit.bc.FakeBusinessCentralTest;
import dev.procoresync.testkit.contract.CancellationBoundary;
import dev.procoresync.testkit.contract.TargetRecord;
import dev.procoresync.testkit.contract.UpsertFlowContract;
import dev.procoresync.testkit.http.Fault;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.FakeProcoreTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/** Flow 6 passes the kit's upsert contract, Business Central being the target. */
@FakeProcoreTest
@FakeBusinessCentralTest
class NpcChangeOrderFlowContractTest extends UpsertFlowContract<ChangeOrderSource> {
  private static final int WINDOW = 5;
  private FakeProcore procore;
  private FakeBusinessCentral bc;
  private CompanyClient company;
  private long project;
  private final Map<Integer, ChangeOrderSource> inputs = new HashMap<>();

  @BeforeEach
  void attach(FakeProcore procore, FakeBusinessCentral bc) {
    this.procore = procore;
    this.bc = bc;
    project = ChangeOrderFixtures.seed(procore, bc);
    company = ProcoreHarness.company(procore);
  }

  @Override
  protected ChangeOrderSource input(int i) {
    return inputs.computeIfAbsent(
        i,
        n -> {
          long id =
              ChangeOrderFixtures.changeOrder(procore, project, "NPC contract " + n, "approved", 1);
          return new ChangeOrderSource(
              project, company.changeManagement().getPotentialChangeOrder(project, id));
        });
  }

  @Override
  protected ChangeOrderSource changed(ChangeOrderSource input) {
    return new ChangeOrderSource(
        input.projectId(),
        input.changeOrder().toBuilder()
            .title(input.changeOrder().title().orElseThrow() + " (revised)")
            .build());
  }

  @Override
  protected String keyOf(ChangeOrderSource input) {
    return input.key();
  }

  @Override
  protected String digestOf(ChangeOrderSource input) {
    return input.changeOrder().title().orElseThrow();
  }

  @Override
  protected SyncReport run(List<ChangeOrderSource> inputs, RunOptions options) {
    return NpcChangeOrderFlow.create(
            BcHarness.client(bc), company, InMemorySyncStateStore.create(), procore.clock())
        .withWindowSize(WINDOW)
        .run(inputs, options);
  }

  @Override
  protected List<TargetRecord> targetHolds() {
    return bc.all(dev.procoresync.testkit.bc.contract.BcApi.CUSTOM, "projects").stream()
        .filter(p -> p.path("npcChangeOrderId").asLong() > 0)
        .map(
            p ->
                new TargetRecord(
                    BcChangeOrderRules.key(p.path("npcChangeOrderId").asLong()),
                    p.path("displayName").asText()))
        .toList();
  }

  @Override
  protected long writeCount() {
    return BcHarness.writes(bc).size();
  }

  @Override
  protected void failNextWrite() {
    // a $batch POST is not resent: one fault fails one window
    bc.failNext("POST /v2.0/*/*/api/*/*/*/$batch", 1, Fault.status(503));
  }

  @Override
  protected CancellationBoundary cancellationBoundary() {
    return CancellationBoundary.writeWindow(WINDOW);
  }
}
