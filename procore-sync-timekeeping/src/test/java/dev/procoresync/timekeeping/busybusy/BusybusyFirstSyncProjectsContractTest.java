package dev.procoresync.timekeeping.busybusy;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.contract.CancellationBoundary;
import dev.procoresync.testkit.contract.TargetRecord;
import dev.procoresync.testkit.contract.UpsertFlowContract;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.Fault;
import dev.procoresync.timekeeping.model.Location;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The first sync's busybusy -> Procore project step (top-level busybusy projects Procore lacks
 * become Procore projects, written through the batch sync endpoint) passes the kit's upsert
 * contract against the fake Procore.
 */
class BusybusyFirstSyncProjectsContractTest extends UpsertFlowContract<Location> {
  private static final int WINDOW = 5;
  private static final Set<String> WRITES = Set.of("POST", "PATCH", "PUT", "DELETE");
  private FakeProcore procore;
  private CompanyClient company;

  @BeforeEach
  void start() {
    procore = FakeProcore.start();
    company =
        procore
            .clientBuilder()
            .retryPolicy(RetryPolicy.defaults().withJitter(0))
            .build()
            .forCompany(procore.companyId());
  }

  @AfterEach
  void stop() {
    procore.close();
  }

  @Override
  protected Location input(int i) {
    return Location.builder()
        .id("bb-project-" + i)
        .name("Site " + i)
        .code("S-" + i)
        .address(i + " Mill Rd")
        .city("Boulder")
        .state("CO")
        .postalCode("80301")
        .build();
  }

  @Override
  protected Location changed(Location input) {
    return input.toBuilder().address(input.address().orElseThrow() + " Unit 2").build();
  }

  @Override
  protected String keyOf(Location input) {
    return ProcoreProjectTarget.ORIGIN_PREFIX + input.id();
  }

  @Override
  protected String digestOf(Location input) {
    return input.name() + "|" + input.code().orElse("") + "|" + input.address().orElse("");
  }

  @Override
  protected SyncReport run(List<Location> inputs, RunOptions options) {
    return BusybusyFirstSync.projectsToProcore(company, procore.clock(), WINDOW, inputs, options);
  }

  @Override
  protected List<TargetRecord> targetHolds() {
    return procore.all("projects").stream()
        .filter(n -> n.path("origin_id").asText().startsWith(ProcoreProjectTarget.ORIGIN_PREFIX))
        .map(
            n ->
                new TargetRecord(
                    n.get("origin_id").asText(),
                    n.path("name").asText()
                        + "|"
                        + n.path("project_number").asText()
                        + "|"
                        + n.path("address").asText()))
        .toList();
  }

  @Override
  protected long writeCount() {
    return procore.requests().stream()
        .filter(r -> r.path().contains("projects") && WRITES.contains(r.method()))
        .count();
  }

  @Override
  protected void failNextWrite() {
    procore.failNext("PATCH /rest/v1.0/projects/sync", 5, Fault.serverError());
  }

  @Override
  protected CancellationBoundary cancellationBoundary() {
    return CancellationBoundary.writeWindow(WINDOW);
  }
}
