package dev.procoresync.bc.flow;

import dev.procoresync.bc.mapping.JournalLineRules;
import dev.procoresync.bc.mapping.ProjectLinks;
import dev.procoresync.bc.model.BcJobJournalLine;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.contract.CancellationBoundary;
import dev.procoresync.testkit.contract.TargetRecord;
import dev.procoresync.testkit.contract.UpsertFlowContract;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.FakeProcoreTest;
import dev.procoresync.testkit.procore.Fault;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/** The project journal flow passes the kit's upsert contract against the fake Procore. */
@FakeProcoreTest
class ProjectJournalFlowContractTest extends UpsertFlowContract<BcJobJournalLine> {
  private static final int WINDOW = 5;
  private FakeProcore fake;
  private long project;
  private ProjectLinks links;

  @BeforeEach
  void attach(FakeProcore fake) {
    this.fake = fake;
    project = ProcoreHarness.project(fake, "Contract", "01.1000.M", "01.2000.L");
    links = ProjectLinks.ofMap(Map.of("JOB000042", project));
  }

  @Override
  protected BcJobJournalLine input(int i) {
    return ProjectJournalFlowTest.line(i + 1);
  }

  @Override
  protected BcJobJournalLine changed(BcJobJournalLine input) {
    // a header-only change (the line item is as it was): one header sync, no line sync
    return input.toBuilder().postingDate(input.postingDate().orElseThrow().plusDays(1)).build();
  }

  @Override
  protected String keyOf(BcJobJournalLine input) {
    return JournalLineRules.key(input);
  }

  @Override
  protected String digestOf(BcJobJournalLine input) {
    return input.postingDate().orElseThrow().toString();
  }

  @Override
  protected SyncReport run(List<BcJobJournalLine> inputs, RunOptions options) {
    return ProjectJournalFlow.forRecords(ProcoreHarness.company(fake), fake.clock())
        .withWindowSize(WINDOW)
        .run(inputs, links, options);
  }

  @Override
  protected List<TargetRecord> targetHolds() {
    return fake.all("direct_costs").stream()
        .filter(n -> n.hasNonNull("origin_id"))
        .map(
            n -> new TargetRecord(n.get("origin_id").asText(), n.path("direct_cost_date").asText()))
        .toList();
  }

  @Override
  protected long writeCount() {
    return ProcoreHarness.writes(fake).size();
  }

  @Override
  protected void failNextWrite() {
    fake.failNext(
        "PATCH /rest/v1.0/projects/" + project + "/direct_costs/sync", 5, Fault.serverError());
  }

  @Override
  protected CancellationBoundary cancellationBoundary() {
    return CancellationBoundary.writeWindow(WINDOW);
  }
}
