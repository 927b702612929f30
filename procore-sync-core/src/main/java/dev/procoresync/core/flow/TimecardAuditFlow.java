package dev.procoresync.core.flow;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ListOptions;
import dev.procoresync.core.error.ProcoreSyncException;
import dev.procoresync.core.http.Page;
import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.core.mapping.timesheet.BatchRule;
import dev.procoresync.core.mapping.timesheet.EntryViolation;
import dev.procoresync.core.mapping.timesheet.HoursTotals;
import dev.procoresync.core.mapping.timesheet.TimeEntryView;
import dev.procoresync.core.mapping.timesheet.TimesheetRules;
import dev.procoresync.core.mapping.timesheet.WorkerDay;
import dev.procoresync.core.model.NamedRef;
import dev.procoresync.core.model.Person;
import dev.procoresync.core.model.TimecardApprovalStatus;
import dev.procoresync.core.model.TimecardEntry;
import dev.procoresync.core.model.TimecardTimeType;
import dev.procoresync.core.state.SyncStateStore;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.core.sync.SyncRun;
import dev.procoresync.core.validation.Validator;
import dev.procoresync.core.validation.Violation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Audits a project's timecard entries for a date range, read only: which entries a downstream
 * export (payroll, the ERP's time sheets) would refuse, and why, plus the hours of the others by
 * worker and day.
 *
 * <p>One run:
 *
 * <ol>
 *   <li>reads the project's entries of the range through {@code GET
 *       /rest/v1.0/projects/{project_id}/timecard_entries} ({@code start_date}, {@code end_date}),
 *       page by page at the largest page size. The first run of a scope reads the whole range; a
 *       later one adds {@code filters[updated_at]=<cursor>...<now>} and reads only what changed
 *       since the cursor (docs/decisions/0060-timecard-audit-reads.md);
 *   <li>reads the company directory once when workers are checked;
 *   <li>runs the {@linkplain TimesheetRules timesheet rules} of {@link TimecardAuditRules}: status
 *       allowed, entry closed, project present, hours 0 to 24 (zero only for the time types that
 *       allow it), worker known with an employee id, no overlap per worker, date in an open period
 *       when configured;
 *   <li>reports each entry SKIPPED (would be refused, with every violation) or UNCHANGED (passes;
 *       nothing is ever written), and sums the passing entries' hours by worker and day.
 * </ol>
 *
 * <p>The cursor (the newest {@code updated_at} seen) is kept in the {@link SyncStateStore} under
 * the flow's name and the scope {@code company:<c>/project:<p>/dates:<from>..<to>}, and moves only
 * when a real (not dry) run completes. The range is read inclusively from the cursor, so an entry
 * updated at the cursor's very instant is audited again rather than missed. On an incremental run
 * the overlap rule compares the changed entries among themselves only. The entries of one run are
 * held in memory (the overlap rule needs them together); the flow holds nothing between runs beyond
 * the cursor and is thread safe.
 *
 * <pre>{@code
 * TimecardAuditFlow flow = TimecardAuditFlow.create(client.forCompany(companyId), stateStore);
 * TimecardAudit audit = flow.run(projectId, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 8),
 *     TimecardAuditRules.defaults(), RunOptions.defaults());
 * audit.report().skips().forEach(s -> System.out.println(s.key() + ": " + s.message().orElse("")));
 * }</pre>
 */
public final class TimecardAuditFlow {
  /** The flow's name in reports and cursors. */
  public static final String NAME = "timecard-audit";

  private static final int WINDOW = 1_000;

  private final CompanyClient company;
  private final SyncStateStore state;
  private final Clock clock;

  private TimecardAuditFlow(CompanyClient company, SyncStateStore state, Clock clock) {
    this.company = company;
    this.state = state;
    this.clock = clock;
  }

  /**
   * Creates the flow for one company, on the system clock.
   *
   * @param company the company-scoped client
   * @param state where the cursor lives between runs
   * @return the flow
   */
  public static TimecardAuditFlow create(CompanyClient company, SyncStateStore state) {
    return create(company, state, Clock.systemUTC());
  }

  /**
   * Creates the flow for one company on {@code clock}.
   *
   * @param company the company-scoped client
   * @param state where the cursor lives between runs
   * @param clock the clock for report timestamps and the upper end of an incremental read
   * @return the flow
   */
  public static TimecardAuditFlow create(CompanyClient company, SyncStateStore state, Clock clock) {
    return new TimecardAuditFlow(
        Objects.requireNonNull(company, "company"),
        Objects.requireNonNull(state, "state"),
        Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Returns the cursor scope of a project and date range, as stored in the state store.
   *
   * @param companyId the company
   * @param projectId the project
   * @param from the first day
   * @param to the last day
   * @return the scope, such as {@code company:7/project:42/dates:2026-11-02..2026-11-08}
   */
  public static String scope(long companyId, long projectId, LocalDate from, LocalDate to) {
    return "company:" + companyId + "/project:" + projectId + "/dates:" + from + ".." + to;
  }

  /**
   * Audits the project's entries dated {@code from} to {@code to} (both inclusive).
   *
   * <p>Cancellation is checked between pages and between windows of 1,000 outcomes; a cancelled run
   * leaves the cursor where it was, so running again audits the same entries. The options' resume
   * position is not used (an audit resumes by running again).
   *
   * @param projectId the Procore project
   * @param from the first day
   * @param to the last day
   * @param rules what each entry is checked against
   * @param options dry run (the cursor is then left alone), progress listener, cancellation
   * @return the report, the hours of the passing entries and the reads spent
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   * @throws ProcoreSyncException when a read fails (nothing is recorded, the cursor stays)
   */
  public TimecardAudit run(
      long projectId, LocalDate from, LocalDate to, TimecardAuditRules rules, RunOptions options) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(options, "options");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
    }
    String scope = scope(company.companyId(), projectId, from, to);
    Optional<Instant> cursor = state.cursor(NAME, scope);
    SyncRun run = SyncRun.start(NAME, scope, options, clock);
    Reads reads = new Reads();

    ListOptions filter = ListOptions.none();
    if (cursor.isPresent()) {
      Instant now = clock.instant();
      filter =
          filter.withUpdatedBetween(cursor.get(), now.isBefore(cursor.get()) ? cursor.get() : now);
    }
    PagedIterable<TimecardEntry> listing =
        company.timecardEntries().listForProject(projectId, from, to, filter);
    Map<Long, TimecardEntry> byId = new LinkedHashMap<>();
    for (Page<TimecardEntry> page : listing.byPage()) {
      reads.pages++;
      for (TimecardEntry e : page.items()) {
        byId.put(e.id(), e);
      }
      if (run.isCancellationRequested()) {
        return result(run.cancel(), Map.of(), reads, cursor.isPresent(), cursor);
      }
    }
    List<TimecardEntry> entries = new ArrayList<>(byId.values());
    run.expect(entries.size());

    TimeEntryView<TimecardEntry> view = view(projectId);
    Map<String, Optional<String>> employees =
        rules.checkWorkers() && !entries.isEmpty() ? readEmployees(reads) : Map.of();
    List<BatchRule<TimecardEntry>> checks =
        List.of(
            TimesheetRules.each(view, perEntry(view, rules, employees)),
            TimesheetRules.noOverlaps(view));
    Map<TimecardEntry, List<Violation>> refused = new IdentityHashMap<>();
    for (EntryViolation<TimecardEntry> v : TimesheetRules.checkAll(checks, entries)) {
      refused
          .computeIfAbsent(v.entry(), k -> new ArrayList<>())
          .add(withoutEntryPrefix(v.violation(), v.entryId()));
    }

    List<TimecardEntry> passing = new ArrayList<>(entries.size());
    Instant newest = cursor.orElse(null);
    int inWindow = 0;
    for (TimecardEntry e : entries) {
      if (inWindow == WINDOW) {
        inWindow = 0;
        if (run.isCancellationRequested()) {
          return result(run.cancel(), Map.of(), reads, cursor.isPresent(), cursor);
        }
      }
      inWindow++;
      String key = "timecard entry " + view.id(e);
      List<Violation> violations = refused.get(e);
      if (violations != null) {
        run.record(RecordOutcome.skipped(key, violations));
      } else {
        passing.add(e);
        run.record(RecordOutcome.unchanged(key, String.valueOf(e.id())));
      }
      Instant updated = e.updatedAt().orElse(null);
      if (updated != null && (newest == null || updated.isAfter(newest))) {
        newest = updated;
      }
    }
    Map<WorkerDay, BigDecimal> totals = HoursTotals.byWorkerAndDay(passing, view).totals();
    SyncReport report = run.complete();
    Optional<Instant> after = cursor;
    if (!run.isDryRun() && newest != null) {
      state.putCursor(NAME, scope, newest);
      after = state.cursor(NAME, scope);
    }
    return result(report, totals, reads, cursor.isPresent(), after);
  }

  /**
   * Drops the rules' {@code "entry <id>: "} prefix from a message: the outcome's key names the
   * entry already.
   */
  private static Violation withoutEntryPrefix(Violation v, String entryId) {
    String prefix = "entry " + entryId + ": ";
    return v.message().startsWith(prefix) && v.message().length() > prefix.length()
        ? Violation.of(
            v.code(), v.field(), v.rejectedValue(), v.message().substring(prefix.length()))
        : v;
  }

  private static TimecardAudit result(
      SyncReport report,
      Map<WorkerDay, BigDecimal> totals,
      Reads reads,
      boolean incremental,
      Optional<Instant> cursor) {
    return TimecardAudit.builder()
        .report(report)
        .hoursByWorkerAndDay(totals)
        .pages(reads.pages)
        .requests(reads.pages + reads.directoryPages)
        .incremental(incremental)
        .cursor(cursor)
        .build();
  }

  private Map<String, Optional<String>> readEmployees(Reads reads) {
    Map<String, Optional<String>> out = new HashMap<>();
    for (Page<Person> page : company.people().list().byPage()) {
      reads.directoryPages++;
      for (Person p : page.items()) {
        boolean employee = p.isEmployee().orElse(true);
        out.put(Long.toString(p.id()), Optional.of(employee ? p.employeeId().orElse("") : ""));
      }
    }
    return out;
  }

  private static Validator<TimecardEntry> perEntry(
      TimeEntryView<TimecardEntry> view,
      TimecardAuditRules rules,
      Map<String, Optional<String>> employees) {
    Validator<TimecardEntry> each =
        TimesheetRules.statusIn(view, rules.allowedStatuses())
            .and(TimesheetRules.closed(view))
            .and(TimesheetRules.projectPresent(view))
            .and(
                TimesheetRules.hours(
                    view,
                    e ->
                        rules.allowsZeroHours(abbreviation(e))
                            || rules.allowsZeroHours(typeName(e))));
    if (rules.checkWorkers()) {
      each =
          each.and(
              TimesheetRules.workerKnown(
                  view, worker -> employees.getOrDefault(worker, Optional.empty())));
    }
    if (rules.openPeriods().isPresent()) {
      each = each.and(TimesheetRules.inOpenPeriod(view, rules.openPeriods().get()));
    }
    return each;
  }

  /**
   * Reads a Procore timecard entry for the timesheet rules; the project defaults to the listed one.
   */
  static TimeEntryView<TimecardEntry> view(long projectId) {
    String listed = Long.toString(projectId);
    return TimeEntryView.<TimecardEntry>builder(e -> String.valueOf(e.id()))
        .worker(e -> e.party().map(NamedRef::id).map(String::valueOf).orElse(null))
        .date(e -> e.date().orElse(null))
        .start(e -> e.timeIn().map(OffsetDateTime::toInstant).orElse(null))
        .end(e -> e.timeOut().map(OffsetDateTime::toInstant).orElse(null))
        .breakMinutes(e -> e.lunchTime().orElse(null))
        .hours(e -> e.hours().orElse(null))
        .status(e -> e.approvalStatus().map(TimecardApprovalStatus::wireValue).orElse(null))
        .project(e -> e.project().map(NamedRef::id).map(String::valueOf).orElse(listed))
        .costCode(e -> e.costCode().flatMap(c -> c.fullCode().or(c::code)).orElse(null))
        .costType(e -> e.lineItemTypeId().map(String::valueOf).orElse(null))
        .timeType(e -> Optional.ofNullable(abbreviation(e)).orElse(typeName(e)))
        .build();
  }

  private static @Nullable String abbreviation(TimecardEntry e) {
    return e.timecardTimeType().flatMap(TimecardTimeType::abbreviatedTimeType).orElse(null);
  }

  private static @Nullable String typeName(TimecardEntry e) {
    return e.timecardTimeType().flatMap(TimecardTimeType::timeType).orElse(null);
  }

  /** What the run's reads cost. */
  private static final class Reads {
    long pages;
    long directoryPages;
  }

  @Override
  public String toString() {
    return "TimecardAuditFlow{company=" + company.companyId() + "}";
  }
}
