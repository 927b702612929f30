package dev.procoresync.timekeeping.exaktime;

import dev.procoresync.core.model.ProjectUpdate;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.contract.CancellationBoundary;
import dev.procoresync.testkit.contract.TargetRecord;
import dev.procoresync.testkit.contract.UpsertFlowContract;
import dev.procoresync.testkit.http.Fault;
import dev.procoresync.testkit.procore.Fixtures;
import dev.procoresync.timekeeping.exaktime.flow.SyncLinxImportFlow;
import dev.procoresync.timekeeping.exaktime.model.SyncLinxOptions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The SyncLinx location import passes the kit's upsert contract: each input is a Procore project
 * (number P&lt;i&gt;, a name), put into the fake Procore before each run.
 */
class SyncLinxLocationsContractTest extends UpsertFlowContract<SyncLinxLocationsContractTest.Proj> {
  private static final int WINDOW = 5;
  private ExakTimeWorld w;
  private final Map<Integer, Long> ids = new HashMap<>();
  private final Map<Integer, String> names = new HashMap<>();

  /** A project of the contract. */
  record Proj(int i, String name) {}

  @BeforeEach
  void setUp() {
    w = new ExakTimeWorld();
  }

  @AfterEach
  void tearDown() {
    w.close();
  }

  private void seeded(Proj p) {
    Long id = ids.get(p.i());
    if (id == null) {
      ids.put(
          p.i(),
          w.procore.givenProject(Fixtures.project(p.name()).with("project_number", "P" + p.i())));
      names.put(p.i(), p.name());
    } else if (!names.get(p.i()).equals(p.name())) {
      w.company.projects().update(id, ProjectUpdate.builder().name(p.name()).build());
      names.put(p.i(), p.name());
    }
  }

  @Override
  protected Proj input(int i) {
    return new Proj(i, "Project " + i);
  }

  @Override
  protected Proj changed(Proj input) {
    return new Proj(input.i(), input.name() + " (renamed)");
  }

  @Override
  protected String keyOf(Proj input) {
    return "P" + input.i();
  }

  @Override
  protected String digestOf(Proj input) {
    return input.name();
  }

  @Override
  protected SyncReport run(List<Proj> inputs, RunOptions options) {
    inputs.forEach(this::seeded);
    return SyncLinxImportFlow.create(w.company, w.exak, w.clock)
        .withWindowSize(WINDOW)
        .importLocations(SyncLinxOptions.builder().importSubJobs(false).build(), options);
  }

  @Override
  protected List<TargetRecord> targetHolds() {
    return w.exakTime.all("Locations").stream()
        .map(l -> new TargetRecord(l.path("identifier").asText(), l.path("name").asText()))
        .toList();
  }

  @Override
  protected long writeCount() {
    return w.exakWrites();
  }

  @Override
  protected void failNextWrite() {
    w.exakTime.failNext("POST /v1/Time/Locations", 5, Fault.status(500));
    w.exakTime.failNext("PUT /v1/Time/Locations/{id}", 5, Fault.status(500));
  }

  @Override
  protected CancellationBoundary cancellationBoundary() {
    return CancellationBoundary.writeWindow(WINDOW);
  }
}
