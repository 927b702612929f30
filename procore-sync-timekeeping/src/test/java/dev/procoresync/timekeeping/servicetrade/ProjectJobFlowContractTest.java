package dev.procoresync.timekeeping.servicetrade;

import dev.procoresync.core.model.Project;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.contract.CancellationBoundary;
import dev.procoresync.testkit.contract.TargetRecord;
import dev.procoresync.testkit.contract.UpsertFlowContract;
import dev.procoresync.testkit.http.Fault;
import dev.procoresync.timekeeping.servicetrade.flow.ProjectJobFlow;
import dev.procoresync.timekeeping.servicetrade.mapping.ProjectJobMapping;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The project-to-job flow passes the kit's upsert contract against the fake ServiceTrade. */
class ProjectJobFlowContractTest extends UpsertFlowContract<Project> {
  private static final int WINDOW = 5;
  private ServiceTradeWorld w;

  @BeforeEach
  void setUp() {
    w = new ServiceTradeWorld();
  }

  @AfterEach
  void tearDown() {
    w.close();
  }

  @Override
  protected Project input(int i) {
    return ProjectJobFlowTest.project(100 + i, "Project " + i);
  }

  @Override
  protected Project changed(Project input) {
    return input.toBuilder().name(input.name() + " (renamed)").build();
  }

  @Override
  protected String keyOf(Project input) {
    return ProjectJobMapping.key(input.id());
  }

  @Override
  protected String digestOf(Project input) {
    return input.name();
  }

  @Override
  protected SyncReport run(List<Project> inputs, RunOptions options) {
    return ProjectJobFlow.create(w.st, w.clock)
        .withWindowSize(WINDOW)
        .run(inputs, "construction", options);
  }

  @Override
  protected List<TargetRecord> targetHolds() {
    return w.serviceTrade.all("job").stream()
        .filter(j -> j.path("externalIds").hasNonNull("procore_project"))
        .map(
            j ->
                new TargetRecord(
                    ProjectJobMapping.key(j.path("externalIds").path("procore_project").asLong()),
                    j.path("name").asText()))
        .toList();
  }

  @Override
  protected long writeCount() {
    // one record of this flow is one job: its writes (a change also rewrites the location)
    return w.serviceTrade.requests().stream()
        .filter(r -> r.path().startsWith("/api/job") && !r.method().equals("GET"))
        .count();
  }

  @Override
  protected void failNextWrite() {
    w.serviceTrade.failNext("POST /api/job", 5, Fault.status(500));
    w.serviceTrade.failNext("PUT /api/job/{id}", 5, Fault.status(500));
  }

  @Override
  protected CancellationBoundary cancellationBoundary() {
    return CancellationBoundary.writeWindow(WINDOW);
  }
}
