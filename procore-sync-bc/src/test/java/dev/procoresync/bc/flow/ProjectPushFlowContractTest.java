package dev.procoresync.bc.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.bc.BcCompanyFixture;
import dev.procoresync.testkit.bc.FakeBusinessCentral;
import dev.procoresync.testkit.bc.FakeBusinessCentralTest;
import dev.procoresync.testkit.bc.contract.BcApi;
import dev.procoresync.testkit.contract.CancellationBoundary;
import dev.procoresync.testkit.contract.TargetRecord;
import dev.procoresync.testkit.contract.UpsertFlowContract;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.FakeProcoreTest;
import dev.procoresync.testkit.procore.Fault;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/**
 * The project push flow (flow 1) passes the kit's upsert contract between the fake Business Central
 * and the fake Procore, on its project stage. An input is a project as Business Central holds it,
 * with "Send to Procore" and no segment codes, job tasks or planning lines: {@link #run} puts the
 * inputs into the fake Business Central (a new project, or a new description of a project there)
 * and runs the flow, which reads them back through the client. The writes counted are both sides':
 * Procore's project {@code sync} and the Procore ids written back to Business Central. The later
 * stages (sub jobs, cost codes, budget lines) are covered by {@code ProjectPushFlowTest}.
 */
@FakeProcoreTest
@FakeBusinessCentralTest
class ProjectPushFlowContractTest extends UpsertFlowContract<ProjectPushFlowContractTest.Job> {
  private static final int WINDOW = 5;
  private FakeProcore procore;
  private FakeBusinessCentral bc;

  /**
   * A project of the contract: its No. and its description (the Procore project's name).
   *
   * @param number the project's No.
   * @param description the description
   */
  record Job(String number, String description) {}

  @BeforeEach
  void attach(FakeProcore procore, FakeBusinessCentral bc) {
    this.procore = procore;
    this.bc = bc;
  }

  @Override
  protected Job input(int i) {
    return new Job(String.format("JOB%06d", i + 1), "Main St " + (i + 1));
  }

  @Override
  protected Job changed(Job input) {
    return new Job(input.number(), input.description() + " (phase 2)");
  }

  @Override
  protected String keyOf(Job input) {
    return "bc:job:" + input.number();
  }

  @Override
  protected String digestOf(Job input) {
    return input.description();
  }

  @Override
  protected SyncReport run(List<Job> inputs, RunOptions options) {
    hold(inputs);
    return ProjectPushFlow.create(
            BcHarness.client(bc), ProcoreHarness.company(procore), procore.clock())
        .withWindowSize(WINDOW)
        .run(options);
  }

  /** Makes the fake Business Central hold exactly these projects, as a user would edit them. */
  private void hold(List<Job> inputs) {
    Map<String, JsonNode> held = new HashMap<>();
    for (JsonNode p : bc.all(BcApi.CUSTOM, "projects")) {
      held.put(p.path("number").asText(), p);
    }
    for (Job job : inputs) {
      JsonNode there = held.get(job.number());
      if (there == null) {
        bc.given(
            BcCompanyFixture.builder()
                .project(
                    job.number(),
                    job.description(),
                    p -> p.put("sendToProcore", true).put("city", "Springfield"))
                .build());
      } else if (!job.description().equals(there.path("displayName").asText())) {
        bc.update(
            BcApi.CUSTOM,
            "projects",
            there.path("id").asText(),
            JsonNodeFactory.instance.objectNode().put("displayName", job.description()));
      }
    }
  }

  @Override
  protected List<TargetRecord> targetHolds() {
    return procore.all("projects").stream()
        .filter(n -> n.hasNonNull("origin_id"))
        .map(n -> new TargetRecord(n.get("origin_id").asText(), n.path("name").asText()))
        .toList();
  }

  @Override
  protected long writeCount() {
    return ProcoreHarness.writes(procore).size() + BcHarness.writes(bc).size();
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
