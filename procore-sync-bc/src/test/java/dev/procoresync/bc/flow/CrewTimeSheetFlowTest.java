package dev.procoresync.bc.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.bc.client.BcClient;
import dev.procoresync.bc.mapping.CrewTimeSheetRules;
import dev.procoresync.core.state.InMemorySyncStateStore;
import dev.procoresync.core.state.SyncStateStore;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.core.webhook.WebhookEvent;
import dev.procoresync.core.webhook.WebhookInbox;
import dev.procoresync.core.webhook.WebhookReceipt;
import dev.procoresync.testkit.bc.BcCompanyFixture;
import dev.procoresync.testkit.bc.FakeBusinessCentral;
import dev.procoresync.testkit.bc.FakeBusinessCentralTest;
import dev.procoresync.testkit.bc.contract.BcApi;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.FakeProcoreTest;
import dev.procoresync.testkit.procore.Fixtures;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Flow 7, Procore timesheets to Business Central's crew time sheet buffer, over HTTP. */
@FakeProcoreTest
@FakeBusinessCentralTest
class CrewTimeSheetFlowTest {
  static final LocalDate DAY = LocalDate.of(2026, 11, 10);

  /** Business Central's {@code $batch} of the custom API (a final {@code **} only matches). */
  static final String BATCH = "POST /v2.0/*/*/api/*/*/*/$batch";

  private FakeProcore procore;
  private FakeBusinessCentral bc;
  private BcClient client;
  private SyncStateStore state;
  private long project;
  private long labor;
  private long subJob;
  private long costCode;
  private long sheet;
  private long worker;

  @BeforeEach
  void setUp(FakeProcore procore, FakeBusinessCentral bc) {
    this.procore = procore;
    this.bc = bc;
    this.client = BcHarness.client(bc);
    this.state = InMemorySyncStateStore.create(procore.clock());
    project = procore.givenProject(Fixtures.project("Main St"));
    labor = procore.given(Fixtures.lineItemType("L", "Labor")).get("id").asLong();
    subJob = procore.given(Fixtures.subJob("01", "Building A").in(project)).get("id").asLong();
    costCode = procore.givenCostCode(project, Fixtures.costCode("1000", "Concrete"));
    sheet = procore.given(Fixtures.timesheet(DAY).in(project)).get("id").asLong();
    worker = procore.givenPerson(Fixtures.person("Ana", "Lopez"));
    bc.given(
        BcCompanyFixture.builder()
            .project("JOB000042", "Main St", p -> p.put("procoreProjectId", project))
            .resource(
                "R0001",
                "Ana Lopez",
                r -> r.put("procorePersonId", worker).put("useCrewTimeSheet", true))
            .accountingPeriod(LocalDate.of(2026, 10, 1), true)
            .accountingPeriod(LocalDate.of(2026, 11, 1), false)
            .accountingPeriod(LocalDate.of(2026, 12, 1), false)
            .build());
  }

  private long entry(LocalDate date, String hours, long party, String status) {
    return procore.givenTimecardEntry(
        project,
        Fixtures.timecardEntry(date, new BigDecimal(hours), party)
            .with("timesheet_id", sheet)
            .with("cost_code_id", costCode)
            .with("sub_job_id", subJob)
            .with("line_item_type_id", labor)
            .with("approval_status", status)
            .with("description", "Pour " + hours));
  }

  private CrewTimeSheetFlow flow() {
    return CrewTimeSheetFlow.create(
        client, ProcoreHarness.company(procore), state, procore.clock());
  }

  private SyncReport run() {
    return flow().run(RunOptions.defaults());
  }

  private List<ObjectNode> buffer() {
    return bc.all(BcApi.CUSTOM, "crewTimeSheetEntries");
  }

  @Test
  void approvedAndPendingEntriesBecomeBufferLinesWithTheSplitBudgetCode() {
    long a = entry(DAY, "8", worker, "approved");
    entry(DAY, "4.5", worker, "pending");

    SyncReport report = run();

    assertEquals(2, report.count(Outcome.CREATED), report.toText());
    JsonNode line =
        buffer().stream()
            .filter(l -> l.path("procoreTimesheetLineId").asLong() == a)
            .findFirst()
            .orElseThrow();
    assertEquals(sheet, line.path("procoreTimesheetHeaderId").asLong());
    assertEquals("JOB000042", line.path("jobNo").asText());
    assertEquals("1000", line.path("jobTaskNo").asText());
    assertEquals("L", line.path("costType").asText());
    assertEquals("01", line.path("segmentCode").asText());
    assertEquals("R0001", line.path("resourceNumber").asText());
    assertEquals(DAY.toString(), line.path("workDate").asText());
    assertEquals("Approved", line.path("status").asText());
    assertEquals(0, new BigDecimal("8").compareTo(line.path("hours").decimalValue()));
  }

  @Test
  void everyRuleRefusesWithTheRuleThatRefused() {
    long stranger = procore.givenPerson(Fixtures.person("Bo", "Stranger"));
    long noCrew = procore.givenPerson(Fixtures.person("Cy", "Office"));
    bc.given(
        BcCompanyFixture.builder()
            .resource(
                "R0002",
                "Cy Office",
                r -> r.put("procorePersonId", noCrew).put("useCrewTimeSheet", false))
            .build());
    long reviewed = entry(DAY, "1", worker, "reviewed");
    long unknown = entry(DAY, "2", stranger, "approved");
    long disabled = entry(DAY, "3", noCrew, "approved");
    long closed = entry(LocalDate.of(2026, 10, 15), "4", worker, "approved");
    long uncovered = entry(LocalDate.of(2026, 9, 1), "5", worker, "approved");
    long noType =
        procore.givenTimecardEntry(
            project,
            Fixtures.timecardEntry(DAY, new BigDecimal("6"), worker)
                .with("timesheet_id", sheet)
                .with("cost_code_id", costCode)
                .with("approval_status", "approved"));

    SyncReport report = run();

    assertEquals(6, report.count(Outcome.SKIPPED), report.toText());
    assertSkip(report, reviewed, CrewTimeSheetRules.STATUS_NOT_ELIGIBLE, "Approved or Pending");
    assertSkip(
        report, unknown, CrewTimeSheetRules.NOT_A_RESOURCE, "is not a Business Central resource");
    assertSkip(report, disabled, CrewTimeSheetRules.NO_CREW_TIME_SHEET, "Use Crew Time Sheet");
    assertSkip(
        report,
        closed,
        CrewTimeSheetRules.PERIOD_CLOSED,
        "lies in the accounting period OCT starting 2026-10-01, which is closed");
    assertSkip(report, uncovered, CrewTimeSheetRules.NO_PERIOD, "no accounting period");
    assertSkip(report, noType, CrewTimeSheetRules.BUDGET_CODE_INVALID, "cost type");
    assertEquals(0, buffer().size());
  }

  @Test
  void aRerunWithNothingChangedWritesNothingAndAChangeIsWrittenOnce() {
    for (int i = 1; i <= 5; i++) {
      entry(DAY, String.valueOf(i), worker, "approved");
    }
    procore.clock().advance(Duration.ofMinutes(1));
    run();
    int bcWrites = BcHarness.writes(bc).size();
    int procoreWrites = ProcoreHarness.writes(procore).size();

    // nothing updated since the cursor: nothing read, nothing written
    procore.clock().advance(Duration.ofMinutes(5));
    SyncReport rerun = run();
    assertEquals(0, rerun.totalInputs(), rerun.toText());
    assertEquals(bcWrites, BcHarness.writes(bc).size());
    assertEquals(procoreWrites, ProcoreHarness.writes(procore).size());

    // a full re-read (cursor gone) finds every line in the buffer: nothing written
    CrewTimeSheetFlow fresh =
        CrewTimeSheetFlow.create(
            client,
            ProcoreHarness.company(procore),
            InMemorySyncStateStore.create(procore.clock()),
            procore.clock());
    SyncReport full = fresh.run(RunOptions.defaults());
    assertEquals(5, full.count(Outcome.UNCHANGED), full.toText());
    assertEquals(bcWrites, BcHarness.writes(bc).size());

    procore.clock().advance(Duration.ofMinutes(5));
    // a new timesheet after the cursor (an entry added to an older timesheet comes by webhook)
    sheet = procore.given(Fixtures.timesheet(DAY.plusDays(1)).in(project)).get("id").asLong();
    long added = entry(DAY.plusDays(1), "7", worker, "approved");
    SyncReport changed = run();
    assertEquals(1, changed.count(Outcome.CREATED), changed.toText());
    assertEquals(bcWrites + 1, BcHarness.writes(bc).size(), "one $batch with one operation");
    assertEquals(
        1,
        buffer().stream().filter(l -> l.path("procoreTimesheetLineId").asLong() == added).count());
  }

  @Test
  void aLineAlreadyBufferedIsNeverWrittenAgainAndAChangeOfItIsSkippedWithTheRule() {
    long e = entry(DAY, "8", worker, "approved");
    run();
    int bcWrites = BcHarness.writes(bc).size();
    procore.clock().advance(Duration.ofMinutes(1));
    ProcoreHarness.company(procore)
        .timecardEntries()
        .update(
            project,
            e,
            dev.procoresync.core.model.TimecardEntryUpdate.builder()
                .hours(new BigDecimal("9"))
                .build());
    SyncReport changed = run();
    assertSkip(changed, e, CrewTimeSheetRules.ALREADY_BUFFERED, "the buffer takes no changes");
    assertEquals(bcWrites, BcHarness.writes(bc).size(), "no write: the buffer is insert-only");
    assertEquals(1, buffer().size());
    assertEquals(0, new BigDecimal("8").compareTo(buffer().get(0).path("hours").decimalValue()));
  }

  @Test
  void a429IsWaitedOutAndNothingIsLost() {
    entry(DAY, "8", worker, "approved");
    entry(DAY, "2", worker, "approved");
    bc.failNext(BATCH, 1, dev.procoresync.testkit.http.Fault.status(429));
    SyncReport report = run();
    assertEquals(2, report.count(Outcome.CREATED), report.toText());
    assertEquals(2, buffer().size());
  }

  @Test
  void aFailureHalfWayThenARerunFinishesWithoutDuplicates() {
    for (int i = 1; i <= 6; i++) {
      entry(DAY, String.valueOf(i), worker, "approved");
    }
    CrewTimeSheetFlow small = flow().withWindowSize(2);
    bc.failNext(BATCH, 3, dev.procoresync.testkit.http.Fault.status(500));
    SyncReport broken = small.run(RunOptions.defaults());
    assertEquals(6, broken.totalInputs(), broken.toText());
    assertTrue(broken.count(Outcome.FAILED) > 0, broken.toText());

    SyncReport rerun = small.run(RunOptions.defaults());
    assertEquals(0, rerun.count(Outcome.FAILED), rerun.toText());
    assertEquals(6, buffer().size());
    assertEquals(
        6,
        buffer().stream().map(l -> l.path("procoreTimesheetLineId").asLong()).distinct().count());
  }

  @Test
  void aWebhookEventSyncsItsOneTimesheet() {
    entry(DAY, "8", worker, "approved");
    WebhookInbox inbox = WebhookInbox.create(state, procore.clock(), Set.of("me"));
    String body =
        "{\"id\":1,\"ulid\":\"01J000000000000000000000AA\",\"timestamp\":\"2026-11-10T12:00:00Z\","
            + "\"reason\":\"update\",\"resource_name\":\"Timesheets\",\"resource_id\":"
            + sheet
            + ",\"company_id\":"
            + procore.companyId()
            + ",\"project_id\":"
            + project
            + ",\"api_version\":\"v2\",\"metadata\":{}}";
    WebhookReceipt receipt = inbox.receive(body);
    SyncReport report = flow().run(receipt, RunOptions.defaults());
    assertEquals(1, report.count(Outcome.CREATED), receipt + " " + report.toText());
    SyncReport redelivered = flow().run(inbox.receive(body), RunOptions.defaults());
    assertEquals(0, redelivered.totalInputs(), "a redelivery is dropped by the inbox");
  }

  @Test
  void runForEventSyncsTheEntriesOfTheTimesheetItNamesAndADeleteReadsNothing() {
    long a = entry(DAY, "8", worker, "approved");
    long b = entry(DAY, "2.5", worker, "pending");
    WebhookEvent event =
        WebhookEvent.builder()
            .payloadVersion("v4.0")
            .id("evt-1")
            .reason("update")
            .resourceName("Timesheets")
            .resourceId(String.valueOf(sheet))
            .projectId(String.valueOf(project))
            .build();

    SyncReport report = flow().runForEvent(event, RunOptions.defaults());

    assertEquals(2, report.totalInputs(), report.toText());
    assertEquals(2, report.count(Outcome.CREATED), report.toText());
    assertEquals(
        Set.of(a, b),
        buffer().stream()
            .map(l -> l.path("procoreTimesheetLineId").asLong())
            .collect(java.util.stream.Collectors.toSet()));
    assertTrue(state.cursor(CrewTimeSheetFlow.NAME, "company:" + procore.companyId()).isEmpty());
    int bcWrites = BcHarness.writes(bc).size();

    SyncReport again = flow().runForEvent(event, RunOptions.defaults());
    assertEquals(2, again.count(Outcome.UNCHANGED), again.toText());

    procore.clearRequests();
    WebhookEvent deleted = event.toBuilder().id("evt-2").reason("delete").build();
    SyncReport none = flow().runForEvent(deleted, RunOptions.defaults());
    assertEquals(0, none.totalInputs(), none.toText());
    assertEquals(
        0,
        ProcoreHarness.apiRequests(procore).stream()
            .filter(r -> r.path().contains("/timesheets/"))
            .count(),
        "a delete does not read the timesheet");
    assertEquals(bcWrites, BcHarness.writes(bc).size(), "neither rerun nor delete writes");
    assertEquals(2, buffer().size());
  }

  @Test
  void requestsPerThousandLinesAgainstOneRequestPerRecord() {
    for (int i = 0; i < 1000; i++) {
      entry(DAY, "8", worker, "approved");
    }
    bc.clearRequests();
    procore.clearRequests();
    SyncReport report = run();
    assertEquals(1000, report.count(Outcome.CREATED), report.toText());
    long procoreRequests = ProcoreHarness.apiRequests(procore).size();
    long bcRequests = bc.requests().stream().filter(r -> r.path().contains("/api/")).count();
    long bcWrites = BcHarness.writes(bc).size();
    System.out.println(
        "FIGURE bc-crew-time-sheets: 1000 timecard entries -> "
            + procoreRequests
            + " Procore requests (0 writes), "
            + bcRequests
            + " Business Central requests ("
            + bcWrites
            + " $batch writes); one request per record: 1000 Business Central POSTs");
    assertTrue(bcWrites <= 10, "writes " + bcWrites);
  }

  private static void assertSkip(SyncReport report, long entry, String code, String text) {
    String key = "procore:timesheet_line:" + entry;
    RecordOutcome skip =
        report.skips().stream()
            .filter(s -> s.key().equals(key))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no skip of " + key + " in " + report.toText()));
    assertEquals(code, skip.violations().get(0).code(), skip.toString());
    assertTrue(skip.violations().get(0).message().contains(text), skip.violations().toString());
  }
}
