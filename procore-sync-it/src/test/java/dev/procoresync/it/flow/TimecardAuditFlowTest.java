package dev.procoresync.it.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.flow.TimecardAudit;
import dev.procoresync.core.flow.TimecardAuditFlow;
import dev.procoresync.core.flow.TimecardAuditRules;
import dev.procoresync.core.mapping.timesheet.OpenPeriods;
import dev.procoresync.core.mapping.timesheet.TimesheetRules;
import dev.procoresync.core.mapping.timesheet.WorkerDay;
import dev.procoresync.core.model.TimecardEntryUpdate;
import dev.procoresync.core.state.InMemorySyncStateStore;
import dev.procoresync.core.state.SyncStateStore;
import dev.procoresync.core.sync.CancellationToken;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.FakeProcoreTest;
import dev.procoresync.testkit.procore.Fixture;
import dev.procoresync.testkit.procore.Fixtures;
import dev.procoresync.testkit.procore.RecordedRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@FakeProcoreTest
class TimecardAuditFlowTest {
  private static final String LIST = "GET /rest/v1.0/projects/{project_id}/timecard_entries";
  private static final LocalDate MON = LocalDate.of(2026, 1, 5);
  private static final LocalDate FRI = LocalDate.of(2026, 1, 9);

  private static Fixture entry(LocalDate date, String hours, long party) {
    return Fixtures.timecardEntry(date, new BigDecimal(hours), party)
        .with("approval_status", "approved");
  }

  private static Fixture clocked(String in, String out, long party) {
    return Fixtures.of("timecard_entries")
        .with("date", in.substring(0, 10))
        .with("time_in", in)
        .with("time_out", out)
        .with("party_id", party)
        .with("approval_status", "approved");
  }

  private static long employee(FakeProcore fake, String first, String employeeId) {
    return fake.givenPerson(
        Fixtures.person(first, "Worker").with("is_employee", true).with("employee_id", employeeId));
  }

  private static Map<String, String> reasons(SyncReport report) {
    return report.skips().stream()
        .collect(Collectors.toMap(RecordOutcome::key, o -> o.reason().orElseThrow()));
  }

  private static TimecardAuditFlow flow(FakeProcore fake, SyncStateStore state) {
    return TimecardAuditFlow.create(FlowHarness.company(fake), state, fake.clock());
  }

  @Test
  void reportsEachEntryThatWouldBeRefusedWithWhyAndTotalsTheOthers(FakeProcore fake) {
    long project = fake.givenProject(Fixtures.project("Tower"));
    long other = fake.givenProject(Fixtures.project("Annex"));
    long pat = employee(fake, "Pat", "E-1");
    long lee = employee(fake, "Lee", "E-2");
    long sam = fake.givenPerson(Fixtures.person("Sam", "Worker").with("is_employee", true));
    long reg = fake.given(Fixtures.timecardTimeType("REG", "Regular Time")).get("id").asLong();
    long pto = fake.given(Fixtures.timecardTimeType("PTO", "Paid Time Off")).get("id").asLong();
    Map<String, Long> ids = new LinkedHashMap<>();
    ids.put("ok1", fake.givenTimecardEntry(project, entry(MON, "8", pat)));
    ids.put("ok2", fake.givenTimecardEntry(project, entry(MON.plusDays(1), "7.5", pat)));
    ids.put(
        "pending",
        fake.givenTimecardEntry(project, entry(MON, "8", lee).with("approval_status", "pending")));
    ids.put(
        "open",
        fake.givenTimecardEntry(
            project,
            Fixtures.of("timecard_entries")
                .with("date", "2026-01-06")
                .with("time_in", "2026-01-06T08:00:00Z")
                .with("party_id", lee)
                .with("approval_status", "approved")));
    ids.put("over24", fake.givenTimecardEntry(project, entry(MON.plusDays(2), "25", lee)));
    ids.put(
        "zeroReg",
        fake.givenTimecardEntry(
            project, entry(MON.plusDays(3), "0", lee).with("timecard_time_type_id", reg)));
    ids.put(
        "zeroPto",
        fake.givenTimecardEntry(
            project, entry(MON.plusDays(3), "0", pat).with("timecard_time_type_id", pto)));
    ids.put("unknownWorker", fake.givenTimecardEntry(project, entry(MON, "8", 999_999L)));
    ids.put("noEmployeeId", fake.givenTimecardEntry(project, entry(MON, "8", sam)));
    ids.put(
        "overlapA",
        fake.givenTimecardEntry(
            project, clocked("2026-01-07T08:00:00Z", "2026-01-07T12:00:00Z", pat)));
    ids.put(
        "overlapB",
        fake.givenTimecardEntry(
            project, clocked("2026-01-07T11:00:00Z", "2026-01-07T15:00:00Z", pat)));
    ids.put("closedPeriod", fake.givenTimecardEntry(project, entry(FRI, "8", pat)));
    fake.givenTimecardEntry(project, entry(FRI.plusDays(3), "8", pat)); // after the range
    fake.givenTimecardEntry(other, entry(MON, "8", pat)); // another project
    TimecardAuditRules rules =
        TimecardAuditRules.builder()
            .zeroHoursTimeTypes(Set.of("pto"))
            .openPeriods(OpenPeriods.builder().add(MON, FRI.minusDays(1)).build())
            .build();

    TimecardAudit audit =
        flow(fake, InMemorySyncStateStore.create(fake.clock()))
            .run(project, MON, FRI, rules, RunOptions.defaults());

    SyncReport report = audit.report();
    assertEquals(SyncReport.Status.COMPLETED, report.status());
    assertEquals(12, report.totalInputs(), "the range of this project only");
    assertEquals(3, report.count(Outcome.UNCHANGED));
    assertEquals(9, report.count(Outcome.SKIPPED));
    Map<String, String> reasons = reasons(report);
    assertEquals(
        TimesheetRules.STATUS_NOT_ALLOWED, reasons.get("timecard entry " + ids.get("pending")));
    assertEquals(TimesheetRules.OPEN_ENTRY, reasons.get("timecard entry " + ids.get("open")));
    assertEquals(TimesheetRules.HOURS_OVER_24, reasons.get("timecard entry " + ids.get("over24")));
    assertEquals(TimesheetRules.HOURS_ZERO, reasons.get("timecard entry " + ids.get("zeroReg")));
    assertEquals(
        TimesheetRules.WORKER_UNKNOWN, reasons.get("timecard entry " + ids.get("unknownWorker")));
    assertEquals(
        TimesheetRules.EMPLOYEE_ID_MISSING,
        reasons.get("timecard entry " + ids.get("noEmployeeId")));
    assertEquals(TimesheetRules.OVERLAP, reasons.get("timecard entry " + ids.get("overlapA")));
    assertEquals(TimesheetRules.OVERLAP, reasons.get("timecard entry " + ids.get("overlapB")));
    assertEquals(
        TimesheetRules.PERIOD_CLOSED, reasons.get("timecard entry " + ids.get("closedPeriod")));
    RecordOutcome overlap =
        report.skips().stream()
            .filter(o -> o.key().equals("timecard entry " + ids.get("overlapA")))
            .findFirst()
            .orElseThrow();
    assertTrue(
        overlap.message().orElseThrow().contains("overlaps entry " + ids.get("overlapB")),
        overlap.message().orElseThrow());
    assertTrue(
        overlap.message().orElseThrow().startsWith("2026-01-07T08:00:00Z to "),
        "the key names the entry, the message does not repeat it: " + overlap.message());
    assertEquals(
        Map.of(
            WorkerDay.of(Long.toString(pat), MON), new BigDecimal("8"),
            WorkerDay.of(Long.toString(pat), MON.plusDays(1)), new BigDecimal("7.5"),
            WorkerDay.of(Long.toString(pat), MON.plusDays(3)), new BigDecimal("0")),
        audit.hoursByWorkerAndDay());
    assertEquals(List.of(), FlowHarness.writes(fake), "an audit never writes");
    assertEquals(1, audit.pages());
    assertEquals(2, audit.requests(), "one page of entries, one of the directory");
    RecordedRequest read = fake.requests(LIST).get(0);
    assertEquals(Optional.of("2026-01-05"), read.queryParam("start_date"));
    assertEquals(Optional.of("2026-01-09"), read.queryParam("end_date"));
    assertEquals(Optional.of("1000"), read.queryParam("per_page"));
  }

  @Test
  void theDefaultRulesRefuseUnapprovedEntriesAndZeroHours(FakeProcore fake) {
    long project = fake.givenProject(Fixtures.project("Tower"));
    long pat = employee(fake, "Pat", "E-1");
    long reviewed =
        fake.givenTimecardEntry(project, entry(MON, "8", pat).with("approval_status", "reviewed"));
    long zero = fake.givenTimecardEntry(project, entry(MON.plusDays(1), "0", pat));
    fake.givenTimecardEntry(
        project, entry(MON.plusDays(2), "8", pat).with("approval_status", "completed"));

    TimecardAudit audit =
        flow(fake, InMemorySyncStateStore.create(fake.clock()))
            .run(project, MON, FRI, TimecardAuditRules.defaults(), RunOptions.defaults());

    Map<String, String> reasons = reasons(audit.report());
    assertEquals(TimesheetRules.STATUS_NOT_ALLOWED, reasons.get("timecard entry " + reviewed));
    assertEquals(TimesheetRules.HOURS_ZERO, reasons.get("timecard entry " + zero));
    assertEquals(1, audit.report().count(Outcome.UNCHANGED));
  }

  @Test
  void workersAreNotReadWhenNotChecked(FakeProcore fake) {
    long project = fake.givenProject(Fixtures.project("Tower"));
    fake.givenTimecardEntry(project, entry(MON, "8", 999_999L));

    TimecardAudit audit =
        flow(fake, InMemorySyncStateStore.create(fake.clock()))
            .run(
                project,
                MON,
                FRI,
                TimecardAuditRules.builder().checkWorkers(false).build(),
                RunOptions.defaults());

    assertEquals(1, audit.report().count(Outcome.UNCHANGED));
    assertEquals(1, audit.requests());
    assertEquals(0, fake.requestCount("GET /rest/v1.0/companies/{company_id}/people"));
  }

  @Test
  void aLaterRunReadsOnlyWhatChangedSinceTheCursor(FakeProcore fake) {
    long project = fake.givenProject(Fixtures.project("Tower"));
    long pat = employee(fake, "Pat", "E-1");
    long first = fake.givenTimecardEntry(project, entry(MON, "8", pat));
    fake.clock().advance(Duration.ofMinutes(1));
    long second = fake.givenTimecardEntry(project, entry(MON.plusDays(1), "8", pat));
    fake.clock().advance(Duration.ofMinutes(1));
    long third = fake.givenTimecardEntry(project, entry(MON.plusDays(2), "8", pat));
    Instant newest = fake.clock().instant();
    SyncStateStore state = InMemorySyncStateStore.create(fake.clock());
    TimecardAuditFlow flow = flow(fake, state);

    TimecardAudit full =
        flow.run(project, MON, FRI, TimecardAuditRules.defaults(), RunOptions.defaults());

    assertFalse(full.incremental());
    assertEquals(3, full.report().totalInputs());
    assertEquals(Optional.of(newest), full.cursor());
    assertEquals(
        Optional.of(newest),
        state.cursor(
            TimecardAuditFlow.NAME, TimecardAuditFlow.scope(fake.companyId(), project, MON, FRI)));
    assertTrue(fake.requests(LIST).get(0).queryParam("filters[updated_at]").isEmpty());

    fake.clock().advance(Duration.ofHours(1));
    CompanyClient company = FlowHarness.company(fake);
    company
        .timecardEntries()
        .update(project, first, TimecardEntryUpdate.builder().hours(BigDecimal.ZERO).build());
    fake.clearRequests();

    TimecardAudit later =
        flow.run(project, MON, FRI, TimecardAuditRules.defaults(), RunOptions.defaults());

    assertTrue(later.incremental());
    List<String> read =
        later.report().skips().stream().map(RecordOutcome::key).collect(Collectors.toList());
    assertEquals(List.of("timecard entry " + first), read, "the changed entry, now refused");
    assertEquals(2, later.report().totalInputs(), "the changed one and the one at the cursor");
    assertEquals(1, later.report().count(Outcome.UNCHANGED));
    assertTrue(
        fake.requests(LIST)
            .get(0)
            .queryParam("filters[updated_at]")
            .orElseThrow()
            .startsWith(newest.toString() + "..."),
        fake.requests(LIST).get(0).toString());
    assertTrue(later.cursor().orElseThrow().isAfter(newest));
    assertTrue(second > 0 && third > 0);
  }

  @Test
  void aDryRunLeavesTheCursorAlone(FakeProcore fake) {
    long project = fake.givenProject(Fixtures.project("Tower"));
    long pat = employee(fake, "Pat", "E-1");
    fake.givenTimecardEntry(project, entry(MON, "8", pat));
    SyncStateStore state = InMemorySyncStateStore.create(fake.clock());

    TimecardAudit dry =
        flow(fake, state)
            .run(
                project,
                MON,
                FRI,
                TimecardAuditRules.defaults(),
                RunOptions.builder().dryRun(true).build());

    assertEquals(1, dry.report().count(Outcome.UNCHANGED));
    assertEquals(Optional.empty(), dry.cursor());
    TimecardAudit real =
        flow(fake, state)
            .run(project, MON, FRI, TimecardAuditRules.defaults(), RunOptions.defaults());
    assertFalse(real.incremental());
  }

  @Test
  void readsEveryPageAndCountsThem(FakeProcore fake) {
    long project = fake.givenProject(Fixtures.project("Tower"));
    long pat = employee(fake, "Pat", "E-1");
    for (int i = 0; i < 2_500; i++) {
      fake.givenTimecardEntry(project, entry(MON.plusDays(i % 5), "0.1", pat));
    }

    TimecardAudit audit =
        flow(fake, InMemorySyncStateStore.create(fake.clock()))
            .run(project, MON, FRI, TimecardAuditRules.defaults(), RunOptions.defaults());

    assertEquals(2_500, audit.report().count(Outcome.UNCHANGED));
    assertEquals(3, audit.pages());
    assertEquals(4, audit.requests());
    assertEquals(3, fake.requestCount(LIST));
    assertEquals(
        new BigDecimal("50.0"),
        audit.hoursByWorkerAndDay().get(WorkerDay.of(Long.toString(pat), MON)));
  }

  @Test
  void aCancelledRunRecordsNothingAndLeavesTheCursor(FakeProcore fake) {
    long project = fake.givenProject(Fixtures.project("Tower"));
    long pat = employee(fake, "Pat", "E-1");
    for (int i = 0; i < 1_500; i++) {
      fake.givenTimecardEntry(project, entry(MON, "0.1", pat));
    }
    CancellationToken cancel = CancellationToken.create();
    CompanyClient company =
        FlowHarness.builder(fake)
            .requestListener(
                e -> {
                  if (e.path().contains("timecard_entries")) {
                    cancel.cancel();
                  }
                })
            .build()
            .forCompany(fake.companyId());
    SyncStateStore state = InMemorySyncStateStore.create(fake.clock());

    TimecardAudit audit =
        TimecardAuditFlow.create(company, state, fake.clock())
            .run(
                project,
                MON,
                FRI,
                TimecardAuditRules.defaults(),
                RunOptions.builder().cancellation(cancel).build());

    assertEquals(SyncReport.Status.CANCELLED, audit.report().status());
    assertEquals(0, audit.report().totalInputs());
    assertEquals(1, audit.pages(), "stopped after the first page");
    assertEquals(Optional.empty(), audit.cursor());
    assertEquals(
        Optional.empty(),
        state.cursor(
            TimecardAuditFlow.NAME, TimecardAuditFlow.scope(fake.companyId(), project, MON, FRI)));
  }

  @Test
  void aRangeEndingBeforeItStartsIsRefused(FakeProcore fake) {
    TimecardAuditFlow flow = flow(fake, InMemorySyncStateStore.create(fake.clock()));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> flow.run(1L, FRI, MON, TimecardAuditRules.defaults(), RunOptions.defaults()));
    assertEquals("to (2026-01-05) must not be before from (2026-01-09)", e.getMessage());
  }
}
