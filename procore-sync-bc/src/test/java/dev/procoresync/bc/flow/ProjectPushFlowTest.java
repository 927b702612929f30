package dev.procoresync.bc.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.procoresync.bc.client.BcClient;
import dev.procoresync.bc.mapping.ProjectPushRules;
import dev.procoresync.core.sync.CancellationToken;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.ProgressListener;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.bc.BcCompanyFixture;
import dev.procoresync.testkit.bc.FakeBusinessCentral;
import dev.procoresync.testkit.bc.FakeBusinessCentralTest;
import dev.procoresync.testkit.bc.contract.BcApi;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.FakeProcoreTest;
import dev.procoresync.testkit.procore.Fault;
import dev.procoresync.testkit.procore.Fixtures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Flow 1, BC projects to Procore (project, sub jobs, cost codes, budget lines), over HTTP. */
@FakeProcoreTest
@FakeBusinessCentralTest
class ProjectPushFlowTest {
  /** Business Central's {@code $batch} of the custom API (a final {@code **} only matches). */
  static final String BATCH = "POST /v2.0/*/*/api/*/*/*/$batch";

  private FakeProcore procore;
  private FakeBusinessCentral bc;
  private BcClient client;

  @BeforeEach
  void setUp(FakeProcore procore, FakeBusinessCentral bc) {
    this.procore = procore;
    this.bc = bc;
    this.client = BcHarness.client(bc);
    procore.given(Fixtures.lineItemType("L", "Labor"));
    procore.given(Fixtures.lineItemType("M", "Materials"));
  }

  /** A pushed project with 2 segment codes, {@code tasks} job tasks and one budget line each. */
  static BcCompanyFixture company(String job, int tasks) {
    return company(job, tasks, true);
  }

  /** The same, with or without its customer (a second project of the same customer has none). */
  static BcCompanyFixture company(String job, int tasks, boolean customer) {
    BcCompanyFixture.Builder f = BcCompanyFixture.builder();
    if (customer) {
      f.customer("C00010", "Adatum Corporation");
    }
    f.project(
            job,
            "Main St " + job,
            p ->
                p.put("sendToProcore", true)
                    .put("billToCustomerNumber", "C00010")
                    .put("billToCustomerName", "Adatum Corporation")
                    .put("addressLine1", "1 Main St")
                    .put("city", "Springfield")
                    .put("state", "IL")
                    .put("postalCode", "62701")
                    .put("country", "US")
                    .put("startingDate", "2026-01-05")
                    .put("endingDate", "2026-12-18"))
        .segmentCode(job, "01", "Building A")
        .segmentCode(job, "02", "Building B");
    for (int i = 1; i <= tasks; i++) {
      String task = String.valueOf(1000 * i);
      int n = i;
      f.jobTask(job, task, "Task " + i, t -> t.put("segmentCode", n % 2 == 0 ? "02" : "01"));
      f.planningLine(
          job,
          task,
          10000,
          l ->
              l.put("sendBudgetLineToProcore", true)
                  .put("costType", n % 2 == 0 ? "M" : "L")
                  .put("quantity", n)
                  .put("unitOfMeasureCode", "HOUR")
                  .put("unitCost", 50)
                  .put("totalCost", 50 * n)
                  .put("description", "Budget " + n));
    }
    return f.build();
  }

  private ProjectPushFlow flow() {
    return ProjectPushFlow.create(client, ProcoreHarness.company(procore), procore.clock());
  }

  private SyncReport run() {
    return flow().run(RunOptions.defaults());
  }

  private JsonNode bcProject(String number) {
    return bc.all(BcApi.CUSTOM, "projects").stream()
        .filter(p -> number.equals(p.path("number").asText()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void pushesTheProjectItsSegmentsTasksAndBudgetLinesAndWritesTheIdsBack() {
    bc.given(company("JOB000042", 3));
    bc.given(
        BcCompanyFixture.builder()
            .project("JOB000099", "Not sent", p -> p.put("sendToProcore", false))
            .build());

    SyncReport report = run();

    // 1 project + 2 segment codes + 3 tasks + 3 planning lines
    assertEquals(9, report.count(Outcome.CREATED), report.toText());
    assertEquals(9, report.totalInputs(), report.toText());
    JsonNode project = ProcoreHarness.byOrigin(procore, "projects", "bc:job:JOB000042");
    assertEquals("Main St JOB000042", project.path("name").asText());
    assertEquals("JOB000042", project.path("project_number").asText());
    assertEquals("Springfield", project.path("city").asText());
    assertEquals("2026-12-18", project.path("completion_date").asText());
    assertEquals("customer C00010 Adatum Corporation", project.path("origin_data").asText());
    long projectId = project.path("id").asLong();
    assertEquals(projectId, bcProject("JOB000042").path("procoreProjectId").asLong());

    JsonNode sub = ProcoreHarness.byOrigin(procore, "sub_jobs", "bc:segment_code:JOB000042:02");
    assertEquals("02", sub.path("code").asText());
    JsonNode cc = ProcoreHarness.byOrigin(procore, "cost_codes", "bc:job_task:JOB000042:2000");
    assertEquals("2000", cc.path("code").asText());
    assertEquals(sub.path("id").asLong(), cc.path("sub_job_id").asLong(), "under its segment");

    List<? extends JsonNode> lines = procore.all("budget_line_items");
    assertEquals(3, lines.size());
    JsonNode line =
        lines.stream()
            .filter(l -> l.path("cost_code_id").asLong() == cc.path("id").asLong())
            .findFirst()
            .orElseThrow();
    assertEquals(
        0,
        new BigDecimal("100")
            .compareTo(new BigDecimal(line.path("original_budget_amount").asText())));
    assertEquals(0, new BigDecimal("2").compareTo(new BigDecimal(line.path("quantity").asText())));
    assertEquals("HOUR", line.path("uom").asText());
    JsonNode planning =
        bc.all(BcApi.CUSTOM, "jobPlanningLines").stream()
            .filter(l -> l.path("jobTaskNo").asText().equals("2000"))
            .findFirst()
            .orElseThrow();
    assertEquals(line.path("id").asLong(), planning.path("procoreBudgetLineItemId").asLong());
  }

  @Test
  void everyRuleRefusesWithItsMessage() {
    bc.given(company("JOB000042", 2));
    bc.given(
        BcCompanyFixture.builder()
            .project("JOB000050", "", p -> p.put("sendToProcore", true).put("displayName", " "))
            .segmentCode("JOB000042", "09", "Blocked one")
            .jobTask("JOB000042", "9000", "Heading", t -> t.put("jobTaskType", "Heading"))
            .jobTask("JOB000042", "9100", "Unknown segment", t -> t.put("segmentCode", "77"))
            .planningLine(
                "JOB000042",
                "1000",
                20000,
                l -> l.put("sendBudgetLineToProcore", true).put("totalCost", 5))
            .planningLine(
                "JOB000042",
                "1000",
                30000,
                l ->
                    l.put("sendBudgetLineToProcore", true).put("costType", "X").put("totalCost", 5))
            .planningLine(
                "JOB000042",
                "4444",
                40000,
                l -> l.put("sendBudgetLineToProcore", true).put("costType", "L"))
            .build());
    String blocked =
        bc.all(BcApi.CUSTOM, "segmentCodes").stream()
            .filter(s -> s.path("code").asText().equals("09"))
            .findFirst()
            .orElseThrow()
            .path("id")
            .asText();
    bc.update(
        BcApi.CUSTOM,
        "segmentCodes",
        blocked,
        JsonNodeFactory.instance.objectNode().put("blocked", true));

    SyncReport report = run();

    assertSkip(
        report, "bc:job:JOB000050", ProjectPushRules.NAME_MISSING, "Description is required");
    assertSkip(
        report, "bc:segment_code:JOB000042:09", ProjectPushRules.SEGMENT_BLOCKED, "is blocked");
    assertSkip(
        report,
        "bc:job_task:JOB000042:9000",
        ProjectPushRules.TASK_NOT_POSTING,
        "only Posting job tasks");
    assertSkip(
        report,
        "bc:job_task:JOB000042:9100",
        ProjectPushRules.TASK_SEGMENT_UNKNOWN,
        "segment code 77 has no Procore sub job");
    assertSkip(
        report,
        "bc:planning_line:JOB000042:1000:20000",
        ProjectPushRules.LINE_COST_TYPE_MISSING,
        "Cost Type is required");
    assertSkip(
        report,
        "bc:planning_line:JOB000042:1000:30000",
        ProjectPushRules.LINE_COST_TYPE_UNKNOWN,
        "cost type X is no Procore line item type");
    RecordOutcome last = skip(report, "bc:planning_line:JOB000042:4444:40000");
    assertEquals(ProjectPushRules.LINE_TASK_UNKNOWN, last.violations().get(0).code());
    assertEquals(7, report.count(Outcome.SKIPPED), report.toText());
    assertEquals(report.totalInputs(), report.count(Outcome.CREATED) + 7, report.toText());
  }

  @Test
  void aRerunWithNothingChangedWritesNothingAndAChangeIsWrittenOnce() {
    bc.given(company("JOB000042", 4));
    run();
    int procoreWrites = ProcoreHarness.writes(procore).size();
    int bcWrites = BcHarness.writes(bc).size();

    SyncReport rerun = run();
    assertEquals(11, rerun.count(Outcome.UNCHANGED), rerun.toText());
    assertEquals(procoreWrites, ProcoreHarness.writes(procore).size(), "no Procore write");
    assertEquals(bcWrites, BcHarness.writes(bc).size(), "no Business Central write");

    String id =
        bc.all(BcApi.CUSTOM, "jobPlanningLines").stream()
            .filter(l -> l.path("jobTaskNo").asText().equals("3000"))
            .findFirst()
            .orElseThrow()
            .path("id")
            .asText();
    bc.update(
        BcApi.CUSTOM,
        "jobPlanningLines",
        id,
        JsonNodeFactory.instance.objectNode().put("totalCost", 777.25));
    SyncReport changed = run();
    assertEquals(1, changed.count(Outcome.UPDATED), changed.toText());
    assertEquals(10, changed.count(Outcome.UNCHANGED), changed.toText());
    assertEquals(procoreWrites + 1, ProcoreHarness.writes(procore).size(), "one budget sync");
    assertEquals(bcWrites, BcHarness.writes(bc).size(), "the id is already in Business Central");
    assertEquals(4, procore.all("budget_line_items").size(), "updated, not added");
  }

  @Test
  void aStaleEtagOnTheWriteBackIsReadAgainOnce() {
    bc.given(company("JOB000042", 1));
    // a user edits the project after the flow read it: the batch write-back meets a stale ETag
    bc.failNext(
        BATCH,
        1,
        dev.procoresync.testkit.http.Fault.reply(
            dev.procoresync.testkit.bc.internal.BcErrors.reply(
                409, "Request_EntityChanged", "Another user has already changed the record.")));
    SyncReport report = run();
    assertEquals(0, report.count(Outcome.FAILED), report.toText());
    long id = ProcoreHarness.byOrigin(procore, "projects", "bc:job:JOB000042").path("id").asLong();
    assertEquals(id, bcProject("JOB000042").path("procoreProjectId").asLong());
  }

  @Test
  void a429IsWaitedOutAndNothingIsLost() {
    bc.given(company("JOB000042", 2));
    procore.failNext("PATCH /rest/v1.0/projects/sync", 2, Fault.tooManyRequests());
    SyncReport report = run();
    assertEquals(7, report.count(Outcome.CREATED), report.toText());
    assertEquals(1, procore.all("projects").size());
  }

  @Test
  void aFailureHalfWayThenARerunFinishesWithoutDuplicates() {
    bc.given(company("JOB000042", 4));
    procore.failNext("POST /rest/v1.0/budget_line_items/sync", 1, Fault.serverError());
    SyncReport broken = run();
    assertEquals(11, broken.totalInputs(), broken.toText());
    assertEquals(4, broken.count(Outcome.FAILED), broken.toText());

    SyncReport rerun = run();
    assertEquals(0, rerun.count(Outcome.FAILED), rerun.toText());
    assertEquals(4, rerun.count(Outcome.CREATED), rerun.toText());
    assertEquals(4, procore.all("budget_line_items").size());
    for (String r : List.of("projects", "sub_jobs", "cost_codes")) {
      assertEquals(Map.of(), ProcoreHarness.duplicateOriginIds(procore, r), r);
    }
    SyncReport third = run();
    assertEquals(11, third.count(Outcome.UNCHANGED), third.toText());
  }

  @Test
  void requestsPerThousandRecordsAgainstOneRequestPerRecord() {
    // 1 project, 2 segment codes, 499 tasks, 499 budget lines: 1,001 records
    bc.given(company("JOB000042", 499));
    bc.clearRequests();
    SyncReport report = run();
    assertEquals(1001, report.count(Outcome.CREATED), report.toText());
    long procoreRequests = ProcoreHarness.apiRequests(procore).size();
    long procoreWrites = ProcoreHarness.writes(procore).size();
    long bcRequests = bc.requests().stream().filter(r -> r.path().contains("/api/")).count();
    long bcWrites = BcHarness.writes(bc).size();
    System.out.println(
        "FIGURE bc-project-push: 1001 records (1 project, 2 segment codes, 499 job tasks, 499"
            + " budget lines) -> "
            + procoreRequests
            + " Procore requests ("
            + procoreWrites
            + " writes), "
            + bcRequests
            + " Business Central requests ("
            + bcWrites
            + " writes); one request per record: 1001 Procore writes + 500 Business Central"
            + " write-backs");
    assertTrue(procoreRequests <= 20, "Procore requests " + procoreRequests);
    procore.clearRequests();
    bc.clearRequests();
    SyncReport rerun = run();
    assertEquals(1001, rerun.count(Outcome.UNCHANGED), rerun.toText());
    System.out.println(
        "FIGURE bc-project-push rerun: 1001 unchanged records -> "
            + ProcoreHarness.apiRequests(procore).size()
            + " Procore requests, "
            + ProcoreHarness.writes(procore).size()
            + " writes; "
            + bc.requests().stream().filter(r -> r.path().contains("/api/")).count()
            + " Business Central requests, "
            + BcHarness.writes(bc).size()
            + " writes");
    assertEquals(0, ProcoreHarness.writes(procore).size());
    assertEquals(0, BcHarness.writes(bc).size());
  }

  /** Cancels the run when it is told of the first outcome whose key holds a prefix. */
  private static RunOptions cancelAt(String prefix, CancellationToken cancel) {
    return RunOptions.builder()
        .cancellation(cancel)
        .listener(
            new ProgressListener() {
              @Override
              public void onRecord(RecordOutcome outcome, long processed, OptionalLong total) {
                if (outcome.key().contains(prefix)) { // keys read "project bc:job:..."
                  cancel.cancel();
                }
              }
            })
        .build();
  }

  private void assertEverythingPushedOnce() {
    assertEquals(2, procore.all("projects").size());
    assertEquals(4, procore.all("sub_jobs").size());
    assertEquals(4, procore.all("cost_codes").size());
    assertEquals(4, procore.all("budget_line_items").size());
    for (String r : List.of("projects", "sub_jobs", "cost_codes")) {
      assertEquals(Map.of(), ProcoreHarness.duplicateOriginIds(procore, r), r);
    }
  }

  @Test
  void aRunCancelledAmongTheProjectsResumesPastThemAndStillPushesTheirTasksAndLines() {
    bc.given(company("JOB000042", 2));
    bc.given(company("JOB000043", 2, false));
    ProjectPushFlow flow = flow().withWindowSize(1);

    SyncReport cancelled = flow.run(cancelAt("bc:job:", CancellationToken.create()));

    assertEquals(SyncReport.Status.CANCELLED, cancelled.status(), cancelled.toText());
    assertEquals(1, cancelled.totalInputs(), cancelled.toText());
    SyncReport resumed = flow.run(RunOptions.builder().resumeFrom(cancelled.resumeFrom()).build());
    assertEquals(SyncReport.Status.COMPLETED, resumed.status(), resumed.toText());
    assertEquals(1, resumed.resumedPast(), "only the project taken is passed over");
    assertEquals(13, resumed.count(Outcome.CREATED), resumed.toText());
    assertEverythingPushedOnce();
  }

  @Test
  void aRunCancelledInALaterStageResumesAfterTheProjectsAndFinishesTheStage() {
    bc.given(company("JOB000042", 2));
    bc.given(company("JOB000043", 2, false));
    ProjectPushFlow flow = flow().withWindowSize(1);

    SyncReport cancelled = flow.run(cancelAt("bc:job_task:", CancellationToken.create()));

    assertEquals(SyncReport.Status.CANCELLED, cancelled.status(), cancelled.toText());
    assertEquals(2 + 4 + 1, cancelled.totalInputs(), cancelled.toText());
    assertEquals(2, cancelled.resumeFrom().orElseThrow().records(), "after the two projects");
    SyncReport resumed = flow.run(RunOptions.builder().resumeFrom(cancelled.resumeFrom()).build());
    assertEquals(SyncReport.Status.COMPLETED, resumed.status(), resumed.toText());
    assertEquals(2, resumed.resumedPast(), resumed.toText());
    assertEquals(4 + 4 + 4, resumed.totalInputs(), resumed.toText());
    // the 4 sub jobs and the 1 cost code written before the cancel, compared again
    assertEquals(5, resumed.count(Outcome.UNCHANGED), resumed.toText());
    assertEquals(3 + 4, resumed.count(Outcome.CREATED), resumed.toText());
    assertEverythingPushedOnce();
  }

  private static RecordOutcome skip(SyncReport report, String key) {
    return report.skips().stream()
        .filter(s -> s.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no skip of " + key + " in " + report.toText()));
  }

  private static void assertSkip(SyncReport report, String key, String code, String text) {
    RecordOutcome skip = skip(report, key);
    assertEquals(code, skip.violations().get(0).code(), skip.toString());
    assertTrue(skip.violations().get(0).message().contains(text), skip.violations().toString());
  }
}
