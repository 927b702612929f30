package dev.procoresync.it.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.flow.CostCodeInput;
import dev.procoresync.core.flow.CostCodeUpsertFlow;
import dev.procoresync.core.mapping.hierarchy.Hierarchy;
import dev.procoresync.core.sync.CancellationToken;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.FakeProcoreTest;
import dev.procoresync.testkit.procore.Fault;
import dev.procoresync.testkit.procore.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

@FakeProcoreTest
class CostCodeUpsertFlowTest {
  private static final String SYNC = "PATCH /rest/v1.0/cost_codes/sync";

  /** A host's cost-code line: its id, its parent's id (none for a division), code and name. */
  record ErpCode(@Nullable String id, @Nullable String parent, String code, String name) {}

  static final Function<ErpCode, CostCodeInput> MAPPING =
      c ->
          CostCodeInput.of(
              c.id() == null ? null : "erp:cost_code:" + c.id(),
              c.parent() == null ? null : "erp:cost_code:" + c.parent(),
              c.code(),
              c.name());

  /** Children listed before their parents, to show the flow orders them itself. */
  static List<ErpCode> tieredList() {
    return List.of(
        new ErpCode("03-100-A", "03-100", "A", "Plywood forms"),
        new ErpCode("03-100", "03", "100", "Formwork"),
        new ErpCode("03-200", "03", "200", "Reinforcing"),
        new ErpCode("05-120", "05", "120", "Structural steel"),
        new ErpCode("03", null, "03", "Concrete"),
        new ErpCode("05", null, "05", "Metals"));
  }

  private static CostCodeUpsertFlow flow(FakeProcore fake) {
    return CostCodeUpsertFlow.create(FlowHarness.company(fake), fake.clock());
  }

  private static long project(FakeProcore fake) {
    return fake.givenProject(Fixtures.project("Tower"));
  }

  private static ObjectNode stored(FakeProcore fake, String originId) {
    return fake.all("cost_codes").stream()
        .filter(n -> originId.equals(n.path("origin_id").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no cost code " + originId));
  }

  private static Map<String, String> reasons(SyncReport report) {
    return report.skips().stream()
        .collect(Collectors.toMap(RecordOutcome::key, o -> o.reason().orElseThrow()));
  }

  @Test
  void createsParentsBeforeChildrenEachWithItsParentsId(FakeProcore fake) {
    long project = project(fake);

    SyncReport report = flow(fake).run(project, tieredList(), MAPPING, RunOptions.defaults());

    assertEquals(SyncReport.Status.COMPLETED, report.status());
    assertEquals(6, report.count(Outcome.CREATED));
    assertEquals(3, fake.requestCount(SYNC), "one call per level");
    List<JsonNode> calls =
        fake.requests(SYNC).stream().map(r -> r.bodyJson().get("updates")).toList();
    assertEquals(2, calls.get(0).size(), "divisions first: " + calls.get(0));
    assertEquals(3, calls.get(1).size());
    assertEquals(1, calls.get(2).size());
    ObjectNode concrete = stored(fake, "erp:cost_code:03");
    ObjectNode formwork = stored(fake, "erp:cost_code:03-100");
    ObjectNode plywood = stored(fake, "erp:cost_code:03-100-A");
    assertEquals(concrete.get("id").asLong(), formwork.get("parent_id").asLong());
    assertEquals(formwork.get("id").asLong(), plywood.get("parent_id").asLong());
    assertEquals("03-100-A", plywood.get("full_code").asText());
    assertTrue(stored(fake, "erp:cost_code:05").get("parent_id").isNull());
  }

  @Test
  void progressSeesEachCodeWithItsProcoreId(FakeProcore fake) {
    long project = project(fake);
    FlowHarness.Recorder recorder = new FlowHarness.Recorder();

    flow(fake).run(project, tieredList(), MAPPING, RunOptions.builder().listener(recorder).build());

    assertEquals(6, recorder.outcomes.size());
    assertEquals(
        stored(fake, "erp:cost_code:03-100-A").get("id").asText(),
        recorder.outcome("cost code erp:cost_code:03-100-A").targetId().orElseThrow());
    assertEquals("cost code erp:cost_code:03", recorder.outcomes.get(0).key());
  }

  @Test
  void aRerunOverUnchangedCodesWritesNothing(FakeProcore fake) {
    long project = project(fake);
    flow(fake).run(project, tieredList(), MAPPING, RunOptions.defaults());
    fake.clearRequests();

    SyncReport rerun = flow(fake).run(project, tieredList(), MAPPING, RunOptions.defaults());

    assertEquals(6, rerun.count(Outcome.UNCHANGED));
    assertEquals(List.of(), FlowHarness.writes(fake));
    assertEquals(6, fake.all("cost_codes").size());
  }

  @Test
  void onlyTheChangedCodeIsWrittenWithItsId(FakeProcore fake) {
    long project = project(fake);
    flow(fake).run(project, tieredList(), MAPPING, RunOptions.defaults());
    fake.clearRequests();
    List<ErpCode> renamed = new ArrayList<>(tieredList());
    renamed.set(2, new ErpCode("03-200", "03", "200", "Rebar"));

    SyncReport report = flow(fake).run(project, renamed, MAPPING, RunOptions.defaults());

    assertEquals(1, report.count(Outcome.UPDATED));
    assertEquals(5, report.count(Outcome.UNCHANGED));
    assertEquals(1, fake.requestCount(SYNC));
    JsonNode sent = fake.requests(SYNC).get(0).bodyJson().get("updates");
    assertEquals(1, sent.size());
    assertEquals(
        stored(fake, "erp:cost_code:03-200").get("id").asLong(), sent.get(0).get("id").asLong());
    assertEquals("Rebar", stored(fake, "erp:cost_code:03-200").get("name").asText());
  }

  @Test
  void aCodeMovedUnderAnotherParentIsUpdatedWithTheNewParentId(FakeProcore fake) {
    long project = project(fake);
    flow(fake).run(project, tieredList(), MAPPING, RunOptions.defaults());
    List<ErpCode> moved = new ArrayList<>(tieredList());
    moved.set(2, new ErpCode("03-200", "05", "200", "Reinforcing"));

    SyncReport report = flow(fake).run(project, moved, MAPPING, RunOptions.defaults());

    assertEquals(1, report.count(Outcome.UPDATED));
    ObjectNode rebar = stored(fake, "erp:cost_code:03-200");
    assertEquals(
        stored(fake, "erp:cost_code:05").get("id").asLong(), rebar.get("parent_id").asLong());
    assertEquals(6, fake.all("cost_codes").size());
  }

  @Test
  void existingCodesAreMatchedByOriginIdAndParentedUnderTheirProcoreId(FakeProcore fake) {
    long project = project(fake);
    long division =
        fake.givenCostCode(
            project, Fixtures.costCode("03", "Concrete").originId("erp:cost_code:03"));

    SyncReport report =
        flow(fake)
            .run(
                project,
                List.of(
                    new ErpCode("03", null, "03", "Concrete"),
                    new ErpCode("03-100", "03", "100", "Formwork")),
                MAPPING,
                RunOptions.defaults());

    assertEquals(1, report.count(Outcome.UNCHANGED));
    assertEquals(1, report.count(Outcome.CREATED));
    assertEquals(division, stored(fake, "erp:cost_code:03-100").get("parent_id").asLong());
    assertEquals(2, fake.all("cost_codes").size());
  }

  @Test
  void everySkipRuleIsReportedWithItsViolation(FakeProcore fake) {
    long project = project(fake);
    List<ErpCode> erp =
        List.of(
            new ErpCode("01", null, "01", "General"),
            new ErpCode(null, null, "02", "No key"),
            new ErpCode("BAD", null, "04", "Malformed key"),
            new ErpCode("06", null, " ", "Blank code"),
            new ErpCode("07", null, "07", ""),
            new ErpCode("01", null, "01", "Same key again"),
            new ErpCode("08-1", "99", "1", "Parent not in the list"),
            new ErpCode("08-1-a", "08-1", "a", "Under an orphan"),
            new ErpCode("X", "Y", "X", "Cycle one"),
            new ErpCode("Y", "X", "Y", "Cycle two"),
            new ErpCode("Z", "Z", "Z", "Its own parent"),
            new ErpCode("01-1", "01", "1", "Second tier"),
            new ErpCode("01-1-a", "01-1", "a", "Third tier, too deep"),
            new ErpCode("07-1", "07", "1", "Under a skipped parent"),
            new ErpCode("THROWS", null, "09", "Mapping fails"));
    Function<ErpCode, CostCodeInput> mapping =
        c -> {
          if ("THROWS".equals(c.id())) {
            throw new IllegalArgumentException("unknown division type");
          }
          if ("BAD".equals(c.id())) {
            return CostCodeInput.division("Not An Origin", c.code(), c.name());
          }
          return MAPPING.apply(c);
        };

    SyncReport report =
        flow(fake).withMaxDepth(2).run(project, erp, mapping, RunOptions.defaults());

    assertEquals(15, report.totalInputs());
    assertEquals(2, report.count(Outcome.CREATED));
    assertEquals(1, report.count(Outcome.FAILED));
    assertEquals(12, report.count(Outcome.SKIPPED));
    Map<String, String> reasons = reasons(report);
    assertEquals("origin_id.missing", reasons.get("cost code (no origin_id)"));
    assertTrue(reasons.get("cost code Not An Origin").startsWith("origin_id."), reasons.toString());
    assertEquals("code.blank", reasons.get("cost code erp:cost_code:06"));
    assertEquals("name.blank", reasons.get("cost code erp:cost_code:07"));
    assertEquals(Hierarchy.DUPLICATE_KEY, reasons.get("cost code erp:cost_code:01"));
    assertEquals(Hierarchy.ORPHAN, reasons.get("cost code erp:cost_code:08-1"));
    assertEquals(Hierarchy.BROKEN_ANCESTOR, reasons.get("cost code erp:cost_code:08-1-a"));
    assertEquals(Hierarchy.CYCLE, reasons.get("cost code erp:cost_code:X"));
    assertEquals(Hierarchy.CYCLE, reasons.get("cost code erp:cost_code:Y"));
    assertEquals(Hierarchy.CYCLE, reasons.get("cost code erp:cost_code:Z"));
    assertEquals(Hierarchy.TOO_DEEP, reasons.get("cost code erp:cost_code:01-1-a"));
    assertEquals(CostCodeUpsertFlow.PARENT_NOT_SYNCED, reasons.get("cost code erp:cost_code:07-1"));
    RecordOutcome underSkipped =
        report.skips().stream()
            .filter(o -> o.key().equals("cost code erp:cost_code:07-1"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        underSkipped.message().orElseThrow().contains("'erp:cost_code:07' was SKIPPED"),
        underSkipped.message().orElseThrow());
    assertEquals("record #15", report.failures().get(0).key());
    List<String> sent =
        fake.requests(SYNC).stream()
            .flatMap(
                r ->
                    java.util.stream.StreamSupport.stream(
                        r.bodyJson().get("updates").spliterator(), false))
            .map(u -> u.get("origin_id").asText())
            .toList();
    assertEquals(
        List.of("erp:cost_code:01", "erp:cost_code:01-1"), sent, "only valid codes are sent");
  }

  @Test
  void childrenOfAFailedParentAreSkippedNamingTheParentAndARerunCompletes(FakeProcore fake) {
    long project = project(fake);
    fake.failNext(SYNC, 5, Fault.serverError());

    SyncReport first = flow(fake).run(project, tieredList(), MAPPING, RunOptions.defaults());

    assertEquals(2, first.count(Outcome.FAILED), "both divisions");
    assertEquals(4, first.count(Outcome.SKIPPED));
    RecordOutcome child =
        first.skips().stream()
            .filter(o -> o.key().equals("cost code erp:cost_code:03-100"))
            .findFirst()
            .orElseThrow();
    assertEquals(CostCodeUpsertFlow.PARENT_NOT_SYNCED, child.reason().orElseThrow());
    assertTrue(
        child.message().orElseThrow().contains("'erp:cost_code:03' was FAILED"),
        child.message().orElseThrow());
    assertEquals(0, fake.pendingFaults());
    assertEquals(0, fake.all("cost_codes").size());

    SyncReport rerun = flow(fake).run(project, tieredList(), MAPPING, RunOptions.defaults());

    assertEquals(6, rerun.count(Outcome.CREATED));
    assertEquals(6, fake.all("cost_codes").size());
  }

  @Test
  void aFailureHalfWayIsCompletedByARerunWithoutDuplicates(FakeProcore fake) {
    long project = project(fake);
    List<ErpCode> erp = largeList(2_000);
    FlowHarness.Recorder recorder =
        new FlowHarness.Recorder().at(1_001, n -> fake.failNext(SYNC, 5, Fault.serverError()));

    SyncReport first =
        flow(fake).run(project, erp, MAPPING, RunOptions.builder().listener(recorder).build());

    assertEquals(1_001, first.count(Outcome.CREATED));
    assertEquals(1_000, first.count(Outcome.FAILED));
    assertEquals(1_001, fake.all("cost_codes").size());

    fake.clearRequests();
    SyncReport rerun = flow(fake).run(project, erp, MAPPING, RunOptions.defaults());

    assertEquals(1_001, rerun.count(Outcome.UNCHANGED));
    assertEquals(1_000, rerun.count(Outcome.CREATED));
    assertEquals(1, fake.requestCount(SYNC));
    assertEquals(2_001, fake.all("cost_codes").size());
    assertEquals(Map.of(), FlowHarness.duplicateOriginIds(fake, "cost_codes"));
  }

  @Test
  void perItemSyncErrorsAreFailedWithProcoresMessage(FakeProcore fake) {
    long project = project(fake);
    long annex = fake.givenProject(Fixtures.project("Annex"));
    long division =
        fake.givenCostCode(
            project, Fixtures.costCode("03", "Concrete").originId("erp:cost_code:03"));
    // between the read and the write, someone moves the division to another project
    FlowHarness.Recorder recorder =
        new FlowHarness.Recorder()
            .at(
                1,
                n ->
                    fake.given(
                        Fixtures.costCode("03", "Concrete")
                            .originId("erp:cost_code:03")
                            .id(division)
                            .in(annex)));
    List<ErpCode> erp =
        List.of(
            new ErpCode("03", null, "03", "Concrete"),
            new ErpCode("03-100", "03", "100", "Formwork"),
            new ErpCode("05", null, "05", "Metals"),
            new ErpCode("05-120", "05", "120", "Structural steel"));

    SyncReport report =
        flow(fake).run(project, erp, MAPPING, RunOptions.builder().listener(recorder).build());

    assertEquals(1, report.count(Outcome.UNCHANGED));
    assertEquals(2, report.count(Outcome.CREATED));
    assertEquals(1, report.count(Outcome.FAILED));
    RecordOutcome failed = report.failures().get(0);
    assertEquals("cost code erp:cost_code:03-100", failed.key());
    assertEquals("parent_id: not found", failed.message().orElseThrow());
    assertEquals(2, fake.requestCount(SYNC), "per-item errors come in the answer of one call");
  }

  @Test
  void aSyncCallRefusedAsAWholeFailsItsCodesWithProcoresMessage(FakeProcore fake) {
    long project = project(fake);
    fake.failNext(SYNC, 1, Fault.status(422));

    SyncReport report = flow(fake).run(project, tieredList(), MAPPING, RunOptions.defaults());

    assertEquals(2, report.count(Outcome.FAILED));
    RecordOutcome failed = report.failures().get(0);
    assertTrue(failed.message().orElseThrow().length() > 0);
    assertEquals(4, report.count(Outcome.SKIPPED));
  }

  @Test
  void aDryRunWritesNothingAndReportsWhatItWouldDo(FakeProcore fake) {
    long project = project(fake);
    fake.givenCostCode(project, Fixtures.costCode("03", "Old name").originId("erp:cost_code:03"));

    SyncReport report =
        flow(fake).run(project, tieredList(), MAPPING, RunOptions.builder().dryRun(true).build());

    assertTrue(report.dryRun());
    assertEquals(1, report.count(Outcome.UPDATED));
    assertEquals(5, report.count(Outcome.CREATED));
    assertEquals(List.of(), FlowHarness.writes(fake));
    assertEquals(1, fake.all("cost_codes").size());
  }

  @Test
  void aCancelledRunResumesWhereItStopped(FakeProcore fake) {
    long project = project(fake);
    List<ErpCode> erp = new ArrayList<>(largeList(1_500));
    erp.add(new ErpCode("D-C-0005-x", "D-C-0005", "x", "Third tier under an early code"));
    CancellationToken cancel = CancellationToken.create();
    FlowHarness.Recorder recorder = new FlowHarness.Recorder().at(1_001, n -> cancel.cancel());

    SyncReport cancelled =
        flow(fake)
            .run(
                project,
                erp,
                MAPPING,
                RunOptions.builder().listener(recorder).cancellation(cancel).build());

    assertEquals(SyncReport.Status.CANCELLED, cancelled.status());
    assertEquals(1_001, cancelled.count(Outcome.CREATED));
    assertEquals("1001", cancelled.resumeFrom().orElseThrow().token());

    SyncReport resumed =
        flow(fake)
            .run(
                project,
                erp,
                MAPPING,
                RunOptions.builder().resumeFrom(cancelled.resumeFrom()).build());

    assertEquals(SyncReport.Status.COMPLETED, resumed.status());
    assertEquals(1_001, resumed.resumedPast(), "resumed past, not skipped");
    assertEquals(0, resumed.count(Outcome.SKIPPED));
    assertEquals(501, resumed.count(Outcome.CREATED));
    assertEquals(1_502, fake.all("cost_codes").size());
    assertEquals(Map.of(), FlowHarness.duplicateOriginIds(fake, "cost_codes"));
    assertEquals(
        stored(fake, "erp:cost_code:D-C-0005").get("id").asLong(),
        stored(fake, "erp:cost_code:D-C-0005-x").get("parent_id").asLong(),
        "a child of a code written before the cancel gets its id from the index");
  }

  @Test
  void aDepthBelowOneIsRefused(FakeProcore fake) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> flow(fake).withMaxDepth(0));
    assertEquals("maxDepth must be at least 1, got 0", e.getMessage());
  }

  /** One division and {@code codes} codes under it. */
  static List<ErpCode> largeList(int codes) {
    List<ErpCode> out = new ArrayList<>();
    out.add(new ErpCode("D", null, "D", "Division"));
    for (int i = 1; i <= codes; i++) {
      String code = String.format("C-%04d", i);
      out.add(new ErpCode("D-" + code, "D", code, "Code " + i));
    }
    return out;
  }
}
