package dev.procoresync.bc.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.procoresync.bc.mapping.JournalBudgetField;
import dev.procoresync.bc.mapping.JournalLineRules;
import dev.procoresync.bc.mapping.ProjectLinks;
import dev.procoresync.bc.model.BcJobJournalLine;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.FakeProcoreTest;
import dev.procoresync.testkit.procore.Fault;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Flow 4, posted project journal lines to Procore direct costs, against the fake Procore. */
@FakeProcoreTest
class ProjectJournalFlowTest {
  private FakeProcore fake;
  private long project;
  private ProjectLinks links;

  @BeforeEach
  void setUp(FakeProcore fake) {
    this.fake = fake;
    project = ProcoreHarness.project(fake, "Main St", "01.1000.M", "01.2000.L", "02.1000.M");
    links = ProjectLinks.ofMap(Map.of("JOB000042", project));
  }

  static BcJobJournalLine line(long entry) {
    return BcJobJournalLine.builder()
        .id("00000000-0000-0000-0000-" + String.format("%012d", entry))
        .entryNo(entry)
        .documentNumber("JNL" + entry)
        .jobNo("JOB000042")
        .jobTaskNo(entry % 2 == 0 ? "1000" : "2000")
        .segmentCode("01")
        .costType(entry % 2 == 0 ? "M" : "L")
        .lineType("Budget")
        .entryType("Usage")
        .postingDate(LocalDate.of(2026, 11, 2))
        .description("Concrete " + entry)
        .quantity(BigDecimal.valueOf(entry))
        .unitCost(new BigDecimal("10.00"))
        .totalCost(BigDecimal.valueOf(entry * 10))
        .build();
  }

  private ProjectJournalFlow flow() {
    return ProjectJournalFlow.forRecords(ProcoreHarness.company(fake), fake.clock());
  }

  private SyncReport run(List<BcJobJournalLine> lines) {
    return flow().run(lines, links, RunOptions.defaults());
  }

  private static List<BcJobJournalLine> lines(int n) {
    List<BcJobJournalLine> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(line(i));
    }
    return out;
  }

  @Test
  void postedLinesBecomeDirectCostsWithOneLineItemOnTheirBudgetCode() {
    SyncReport report = run(lines(3));

    assertEquals(3, report.count(Outcome.CREATED), report.toText());
    JsonNode cost = ProcoreHarness.byOrigin(fake, "direct_costs", "bc:job_journal_line:2");
    assertEquals("expense", cost.path("direct_cost_type").asText());
    assertEquals("2026-11-02", cost.path("direct_cost_date").asText());
    assertEquals("BC JOB000042 / 01.1000.M / JNL2", cost.path("origin_data").asText());
    JsonNode item =
        ProcoreHarness.byOrigin(fake, "direct_cost_line_items", "bc:job_journal_line:2");
    assertEquals(cost.path("id").asLong(), item.path("direct_cost_id").asLong());
    assertEquals(0, new BigDecimal("20").compareTo(new BigDecimal(item.path("amount").asText())));
    assertEquals(
        2,
        ProcoreHarness.writes(fake).size(),
        "one header sync and one line sync for the window: " + ProcoreHarness.writes(fake));
  }

  @Test
  void everyRuleRefusesWithItsMessageNamingTheDocumentAndField() {
    List<BcJobJournalLine> bad =
        List.of(
            line(11).toBuilder().jobNo("").build(),
            line(12).toBuilder().jobTaskNo(" ").build(),
            line(13).toBuilder().segmentCode(java.util.Optional.empty()).build(),
            line(14).toBuilder().lineType("Billable").build(),
            line(15).toBuilder().totalCost(BigDecimal.ZERO).build(),
            line(16).toBuilder().jobNo("JOB000099").build(),
            line(17).toBuilder().segmentCode("09").build());
    SyncReport report = run(bad);

    assertEquals(7, report.count(Outcome.SKIPPED), report.toText());
    assertSkip(
        report, "bc:job_journal_line:11", JournalLineRules.JOB_MISSING, "Job No. is required");
    assertSkip(
        report,
        "bc:job_journal_line:12",
        JournalLineRules.TASK_MISSING,
        "Job Task No. is required");
    assertSkip(
        report,
        "bc:job_journal_line:13",
        JournalLineRules.SEGMENT_MISSING,
        "Segment Code is required");
    assertSkip(
        report,
        "bc:job_journal_line:14",
        JournalLineRules.NOT_BUDGET,
        JournalLineRules.NOT_BUDGET_MESSAGE);
    assertSkip(
        report,
        "bc:job_journal_line:15",
        JournalLineRules.AMOUNT_NOT_POSITIVE,
        "greater than 0, was 0");
    assertSkip(
        report, "bc:job_journal_line:16", JournalLineRules.NOT_LINKED, "JOB000099 has no Procore");
    assertSkip(report, "bc:job_journal_line:17", JournalLineRules.NO_BUDGET_CODE, "09.2000.L");
    assertTrue(
        report.skips().stream()
            .allMatch(s -> s.violations().get(0).message().contains("journal line JNL")),
        "every message names the document");
    assertEquals(0, ProcoreHarness.writes(fake).size());
  }

  @Test
  void theEntryTypeFieldIsConfigurable() {
    BcJobJournalLine budgetEntry = line(21).toBuilder().lineType("").entryType("Budget").build();
    SyncReport byLineType = run(List.of(budgetEntry));
    assertEquals(1, byLineType.count(Outcome.SKIPPED));
    SyncReport byEntryType =
        flow()
            .withBudgetField(JournalBudgetField.ENTRY_TYPE)
            .run(List.of(budgetEntry), links, RunOptions.defaults());
    assertEquals(1, byEntryType.count(Outcome.CREATED), byEntryType.toText());
  }

  @Test
  void aRerunWithNothingChangedWritesNothingAndAChangeIsWrittenOnce() {
    run(lines(6));
    int before = ProcoreHarness.writes(fake).size();

    SyncReport rerun = run(lines(6));
    assertEquals(6, rerun.count(Outcome.UNCHANGED), rerun.toText());
    assertEquals(before, ProcoreHarness.writes(fake).size(), "a rerun writes nothing");

    List<BcJobJournalLine> edited = lines(6);
    edited.set(3, edited.get(3).toBuilder().totalCost(new BigDecimal("999.50")).build());
    SyncReport changed = run(edited);
    assertEquals(1, changed.count(Outcome.UPDATED), changed.toText());
    assertEquals(5, changed.count(Outcome.UNCHANGED));
    assertEquals(before + 2, ProcoreHarness.writes(fake).size(), "header and its line, once");
    JsonNode item =
        ProcoreHarness.byOrigin(fake, "direct_cost_line_items", "bc:job_journal_line:4");
    assertEquals(
        0, new BigDecimal("999.50").compareTo(new BigDecimal(item.path("amount").asText())));
    assertEquals(6, fake.all("direct_cost_line_items").size(), "the line was updated, not added");
  }

  @Test
  void a429IsWaitedOutAndNothingIsLost() {
    fake.failNext(
        "PATCH /rest/v1.0/projects/" + project + "/direct_costs/sync", 2, Fault.tooManyRequests());
    SyncReport report = run(lines(4));
    assertEquals(4, report.count(Outcome.CREATED), report.toText());
    assertEquals(4, fake.all("direct_costs").size());
  }

  @Test
  void aFailureHalfWayThenARerunFinishesWithoutDuplicates() {
    UnaryOperator<ProjectJournalFlow> small = f -> f.withWindowSize(2);
    // lines 1-2 are there; in the rerun over 1-6 the window of 3-4 fails beyond the retry budget
    ProjectJournalFlow flow = small.apply(flow());
    SyncReport first = flow.run(lines(2), links, RunOptions.defaults());
    assertEquals(2, first.count(Outcome.CREATED));
    fake.failNext(
        "PATCH /rest/v1.0/projects/" + project + "/direct_costs/sync", 5, Fault.serverError());
    SyncReport broken = flow.run(lines(6), links, RunOptions.defaults());
    assertEquals(6, broken.totalInputs(), broken.toText());
    assertTrue(broken.count(Outcome.FAILED) > 0, broken.toText());

    SyncReport rerun = flow.run(lines(6), links, RunOptions.defaults());
    assertEquals(0, rerun.count(Outcome.FAILED), rerun.toText());
    assertEquals(6, fake.all("direct_costs").size());
    assertEquals(Map.of(), ProcoreHarness.duplicateOriginIds(fake, "direct_costs"));
    assertEquals(Map.of(), ProcoreHarness.duplicateOriginIds(fake, "direct_cost_line_items"));
    SyncReport third = flow.run(lines(6), links, RunOptions.defaults());
    assertEquals(6, third.count(Outcome.UNCHANGED), third.toText());
  }

  @Test
  void requestsPerThousandLinesAgainstOneRequestPerRecord() {
    run(lines(1000));
    long requests = ProcoreHarness.apiRequests(fake).size();
    long writes = ProcoreHarness.writes(fake).size();
    System.out.println(
        "FIGURE bc-project-journal: 1000 lines -> "
            + requests
            + " Procore requests ("
            + writes
            + " writes); one request per record: 1000 (POST direct_costs with its line)");
    assertTrue(requests <= 10, "requests " + requests);
    fake.clearRequests();
    run(lines(1000));
    System.out.println(
        "FIGURE bc-project-journal rerun: 1000 unchanged lines -> "
            + ProcoreHarness.apiRequests(fake).size()
            + " Procore requests, "
            + ProcoreHarness.writes(fake).size()
            + " writes");
    assertEquals(0, ProcoreHarness.writes(fake).size(), "rerun writes nothing");
  }

  private static void assertSkip(SyncReport report, String key, String code, String text) {
    RecordOutcome skip =
        report.skips().stream()
            .filter(s -> s.key().equals(key))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no skip of " + key + " in " + report.toText()));
    assertEquals(code, skip.violations().get(0).code(), skip.toString());
    assertTrue(skip.violations().get(0).message().contains(text), skip.violations().toString());
  }
}
