package dev.procoresync.bc.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.procoresync.bc.mapping.CrewTimeSheetRules;
import dev.procoresync.core.model.TimecardEntryUpdate;
import dev.procoresync.core.state.InMemorySyncStateStore;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.bc.BcCompanyFixture;
import dev.procoresync.testkit.bc.FakeBusinessCentral;
import dev.procoresync.testkit.bc.FakeBusinessCentralTest;
import dev.procoresync.testkit.bc.contract.BcApi;
import dev.procoresync.testkit.contract.CancellationBoundary;
import dev.procoresync.testkit.contract.TargetRecord;
import dev.procoresync.testkit.contract.UpsertFlowContract;
import dev.procoresync.testkit.http.Fault;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.FakeProcoreTest;
import dev.procoresync.testkit.procore.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The crew time sheet flow (flow 7) passes the kit's upsert contract between the fake Procore and
 * the fake Business Central. An input is a timecard entry as Procore holds it: {@link #run} puts
 * the inputs into the fake Procore (a new entry, or new hours on an entry there) and runs the flow,
 * which reads them back (each run with a fresh state store, so that it reads every timesheet). The
 * buffer is insert-only, so the contract's one-change check is replaced here by the flow's rule: a
 * buffered line that changed is SKIPPED and nothing is written (decision 0232).
 */
@FakeProcoreTest
@FakeBusinessCentralTest
class CrewTimeSheetFlowContractTest
    extends UpsertFlowContract<CrewTimeSheetFlowContractTest.Entry> {
  private static final int WINDOW = 5;
  private static final LocalDate DAY = CrewTimeSheetFlowTest.DAY;
  private FakeProcore procore;
  private FakeBusinessCentral bc;
  private long project;
  private long labor;
  private long subJob;
  private long costCode;
  private long sheet;
  private long worker;

  /** The Procore id of each input's entry, once {@link #run} made it. */
  private final Map<Integer, Long> ids = new HashMap<>();

  /** The hours each entry holds in the fake Procore. */
  private final Map<Integer, BigDecimal> held = new HashMap<>();

  /**
   * A timecard entry of the contract: its number and its hours (the field changed).
   *
   * @param number the input's number
   * @param hours the hours
   */
  record Entry(int number, BigDecimal hours) {}

  @BeforeEach
  void attach(FakeProcore procore, FakeBusinessCentral bc) {
    this.procore = procore;
    this.bc = bc;
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
            .accountingPeriod(LocalDate.of(2026, 11, 1), false)
            .accountingPeriod(LocalDate.of(2026, 12, 1), false)
            .build());
  }

  @Override
  protected Entry input(int i) {
    return new Entry(i, new BigDecimal("1.25").add(BigDecimal.valueOf(i % 7)));
  }

  @Override
  protected Entry changed(Entry input) {
    return new Entry(input.number(), input.hours().add(BigDecimal.ONE));
  }

  @Override
  protected String keyOf(Entry input) {
    return "procore:timesheet_line:" + idOf(input);
  }

  @Override
  protected String digestOf(Entry input) {
    return input.hours().stripTrailingZeros().toPlainString();
  }

  @Override
  protected SyncReport run(List<Entry> inputs, RunOptions options) {
    hold(inputs);
    return CrewTimeSheetFlow.create(
            BcHarness.client(bc),
            ProcoreHarness.company(procore),
            InMemorySyncStateStore.create(procore.clock()),
            procore.clock())
        .withWindowSize(WINDOW)
        .run(options);
  }

  /** Makes the fake Procore hold these entries, as a user would enter or edit them. */
  private void hold(List<Entry> inputs) {
    for (Entry e : inputs) {
      BigDecimal before = held.get(e.number());
      if (before == null) {
        ids.put(
            e.number(),
            procore.givenTimecardEntry(
                project,
                Fixtures.timecardEntry(DAY, e.hours(), worker)
                    .with("timesheet_id", sheet)
                    .with("cost_code_id", costCode)
                    .with("sub_job_id", subJob)
                    .with("line_item_type_id", labor)
                    .with("approval_status", "approved")
                    .with("description", "Entry " + e.number())));
      } else if (before.compareTo(e.hours()) != 0) {
        ProcoreHarness.company(procore)
            .timecardEntries()
            .update(
                project,
                ids.get(e.number()),
                TimecardEntryUpdate.builder().hours(e.hours()).build());
      }
      held.put(e.number(), e.hours());
    }
  }

  private long idOf(Entry input) {
    if (!ids.containsKey(input.number())) {
      hold(List.of(input(input.number())));
    }
    return ids.get(input.number());
  }

  @Override
  protected List<TargetRecord> targetHolds() {
    return bc.all(BcApi.CUSTOM, "crewTimeSheetEntries").stream()
        .map(
            l ->
                new TargetRecord(
                    "procore:timesheet_line:" + l.path("procoreTimesheetLineId").asLong(),
                    l.path("hours").decimalValue().stripTrailingZeros().toPlainString()))
        .toList();
  }

  @Override
  protected long writeCount() {
    return BcHarness.writes(bc).size();
  }

  @Override
  protected void failNextWrite() {
    // a $batch POST is not resent: one fault fails one window
    bc.failNext(BcHarness.customBatch(bc), 1, Fault.status(503));
  }

  @Override
  protected CancellationBoundary cancellationBoundary() {
    return CancellationBoundary.writeWindow(WINDOW);
  }

  /**
   * The contract's one-change check, for an insert-only target: the buffer takes no changes (the
   * guide skips what exists by header and line id), so the changed entry is SKIPPED with {@link
   * CrewTimeSheetRules#ALREADY_BUFFERED}, the others are UNCHANGED, nothing is written, the buffer
   * keeps the first hours, and a further rerun writes nothing either.
   */
  @Test
  @Override
  public void oneChangeIsWrittenOnce() {
    List<Entry> inputs = new ArrayList<>();
    for (int i = 0; i < inputCount(); i++) {
      inputs.add(input(i));
    }
    run(inputs, RunOptions.defaults());
    List<Entry> edited = new ArrayList<>(inputs);
    int j = inputs.size() / 2;
    edited.set(j, changed(inputs.get(j)));
    assertNotEquals(digestOf(inputs.get(j)), digestOf(edited.get(j)), "changed() changes a field");
    long before = writeCount();

    SyncReport report = run(edited, RunOptions.defaults());

    assertEquals(1, report.count(Outcome.SKIPPED), report.toText());
    RecordOutcome skip = report.skips().get(0);
    assertEquals(keyOf(edited.get(j)), skip.key());
    assertEquals(CrewTimeSheetRules.ALREADY_BUFFERED, skip.violations().get(0).code());
    assertEquals(inputs.size() - 1, report.count(Outcome.UNCHANGED), report.toText());
    assertEquals(before, writeCount(), "the buffer is insert-only: no write for a change");
    Map<String, String> target = new HashMap<>();
    targetHolds().forEach(r -> assertEquals(null, target.put(r.key(), r.digest()), r.key()));
    assertEquals(inputs.size(), target.size());
    for (Entry e : inputs) {
      assertEquals(digestOf(e), target.get(keyOf(e)), "the buffer keeps " + keyOf(e));
    }
    run(edited, RunOptions.defaults());
    assertEquals(before, writeCount(), "the skipped change is not written later either");
  }
}
