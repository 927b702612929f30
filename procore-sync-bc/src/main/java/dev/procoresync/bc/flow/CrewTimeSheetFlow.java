package dev.procoresync.bc.flow;

import dev.procoresync.bc.client.BcClient;
import dev.procoresync.bc.client.BcEntitySet;
import dev.procoresync.bc.client.ODataQuery;
import dev.procoresync.bc.mapping.CrewTimeSheetRules;
import dev.procoresync.bc.mapping.ProjectLinks;
import dev.procoresync.bc.model.BcCrewTimeSheetLine;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ListOptions;
import dev.procoresync.core.flow.Mapped;
import dev.procoresync.core.flow.RecordMapper;
import dev.procoresync.core.flow.UpsertTarget;
import dev.procoresync.core.flow.UpsertTemplate;
import dev.procoresync.core.mapping.budgetcode.BudgetCodeFormat;
import dev.procoresync.core.mapping.budgetcode.BudgetCodeSplitter;
import dev.procoresync.core.model.LineItemType;
import dev.procoresync.core.model.SubJob;
import dev.procoresync.core.model.TimecardEntry;
import dev.procoresync.core.model.Timesheet;
import dev.procoresync.core.model.TimesheetRef;
import dev.procoresync.core.state.SyncStateStore;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.core.validation.Validated;
import dev.procoresync.core.webhook.WebhookEvent;
import dev.procoresync.core.webhook.WebhookReceipt;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Flow 7 of the guide, "Time Sheet": Procore timesheets (their timecard entries) with status
 * Approved or Pending become lines of Business Central's crew time sheet buffer, keyed by the
 * Procore timesheet (Time Sheet Header ID) and entry (Time Sheet Line ID), so that a line is never
 * created twice. The rules ({@link CrewTimeSheetRules}): the worker must be a resource with "Use
 * Crew Time Sheet", the date must lie in an open accounting period (the refusal names it), the
 * budget code splits into Job Task No. and Cost Type and the sub job into the Segment Code; every
 * refusal is SKIPPED with its rule.
 *
 * <p>Reads are incremental: each linked project's timesheets updated since the flow's cursor in the
 * {@link SyncStateStore} ({@code filters[updated_at]}); the cursor moves to the run's start only
 * when the run completed without a failure, so a failed line is read again. {@link
 * #run(WebhookReceipt, RunOptions)} syncs the one timesheet a Procore webhook event names. Buffer
 * lines are written with {@code $batch} (at most 100 operations a request).
 *
 * <pre>{@code
 * CrewTimeSheetFlow flow = CrewTimeSheetFlow.create(bc, procore.forCompany(7), store, clock);
 * SyncReport r = flow.run(RunOptions.defaults());
 * SyncReport one = flow.run(inbox.receive(webhookBody), RunOptions.defaults());
 * }</pre>
 */
public final class CrewTimeSheetFlow {
  /** The flow's name in reports and the state store's cursor. */
  public static final String NAME = "bc-crew-time-sheets";

  private final BcClient bc;
  private final CompanyClient procore;
  private final SyncStateStore state;
  private final Clock clock;
  private final BudgetCodeFormat format;
  private final int windowSize;

  private CrewTimeSheetFlow(
      BcClient bc,
      CompanyClient procore,
      SyncStateStore state,
      Clock clock,
      BudgetCodeFormat format,
      int windowSize) {
    this.bc = bc;
    this.procore = procore;
    this.state = state;
    this.clock = clock;
    this.format = format;
    this.windowSize = windowSize;
  }

  /**
   * Creates the flow from a Procore company to a Business Central company.
   *
   * @param bc the Business Central client (reads resources, periods, projects; writes the buffer)
   * @param procore the Procore company
   * @param state holds the incremental cursor
   * @param clock stamps the reports and sets the cursor
   * @return the flow
   */
  public static CrewTimeSheetFlow create(
      BcClient bc, CompanyClient procore, SyncStateStore state, Clock clock) {
    return new CrewTimeSheetFlow(
        Objects.requireNonNull(bc, "bc"),
        Objects.requireNonNull(procore, "procore"),
        Objects.requireNonNull(state, "state"),
        Objects.requireNonNull(clock, "clock"),
        BudgetCodeFormat.procoreDefault(),
        UpsertTarget.DEFAULT_WINDOW_SIZE);
  }

  /**
   * Returns a copy that splits budget codes in another format (default {@link
   * BudgetCodeFormat#procoreDefault()}).
   *
   * @param format the format
   * @return the copy
   */
  public CrewTimeSheetFlow withBudgetCodeFormat(BudgetCodeFormat format) {
    return new CrewTimeSheetFlow(
        bc, procore, state, clock, Objects.requireNonNull(format, "format"), windowSize);
  }

  /**
   * Returns a copy that writes windows of another size.
   *
   * @param windowSize 1 to 1,000 buffer lines per window
   * @return the copy
   * @throws IllegalArgumentException when out of range
   */
  public CrewTimeSheetFlow withWindowSize(int windowSize) {
    return new CrewTimeSheetFlow(bc, procore, state, clock, format, Flows.windowSize(windowSize));
  }

  /**
   * Reads the timesheets of every linked project updated since the last completed run and writes
   * their lines to the buffer.
   *
   * @param options dry run, progress, cancellation
   * @return the report: every timecard entry read has exactly one outcome
   */
  public SyncReport run(RunOptions options) {
    Objects.requireNonNull(options, "options");
    String scope = scope();
    Instant from = state.cursor(NAME, scope).orElse(Instant.EPOCH);
    Instant to = clock.instant();
    ProjectLinks links = ProjectLinks.of(bc.list(BcEntitySet.PROJECTS, ODataQuery.all()));
    List<Long> projects = new ArrayList<>(links.procoreProjectIds());
    projects.sort(null);
    Iterable<Read> source =
        () ->
            new Flatten(
                projects.iterator(),
                project ->
                    procore
                        .timesheets()
                        .list(project, ListOptions.none().withUpdatedBetween(from, to))
                        .iterator());
    SyncReport report = run(source, links, options);
    if (!options.dryRun()
        && report.status() == SyncReport.Status.COMPLETED
        && report.count(Outcome.FAILED) == 0) {
      state.putCursor(NAME, scope, to);
    }
    return report;
  }

  /**
   * Syncs the one timesheet a Procore webhook event names (resource {@code Timesheets}, with its
   * project), as soon as it arrives. An event the inbox did not accept (a redelivery, one caused by
   * this application) or about another resource is answered with an empty report.
   *
   * @param receipt what the {@link dev.procoresync.core.webhook.WebhookInbox} made of a delivery
   * @param options dry run, progress, cancellation
   * @return the report over the timesheet's entries
   */
  public SyncReport run(WebhookReceipt receipt, RunOptions options) {
    Objects.requireNonNull(receipt, "receipt");
    Objects.requireNonNull(options, "options");
    return readEvent(receipt.accepted() ? Optional.of(receipt.event()) : Optional.empty(), options);
  }

  /**
   * Syncs the one timesheet a Procore webhook event names (resource {@code Timesheets}, with its
   * project), the same way {@link #run(WebhookReceipt, RunOptions)} does for an accepted receipt:
   * accept the delivery through core's {@code WebhookInbox} first, so that redeliveries are
   * dropped. The cursor does not move. Named like {@code ApprovedChangeOrderFlow.runForEvent}.
   *
   * @param event the event; a delete, another resource or one without a project reads nothing
   * @param options dry run, progress, cancellation
   * @return the report over the timesheet's entries (empty when nothing was read)
   */
  public SyncReport runForEvent(WebhookEvent event, RunOptions options) {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(options, "options");
    return readEvent(Optional.of(event), options);
  }

  private SyncReport readEvent(Optional<WebhookEvent> accepted, RunOptions options) {
    ProjectLinks links = ProjectLinks.of(bc.list(BcEntitySet.PROJECTS, ODataQuery.all()));
    List<Read> reads = new ArrayList<>();
    if (accepted.isPresent()) {
      WebhookEvent event = accepted.get();
      String resource = event.resourceName().toLowerCase(java.util.Locale.ROOT);
      Optional<Long> project = event.projectId().flatMap(CrewTimeSheetFlow::parseLong);
      Optional<Long> id = event.resourceIdAsLong();
      if (resource.contains("timesheet")
          && project.isPresent()
          && id.isPresent()
          && event.action() != dev.procoresync.core.webhook.WebhookAction.DELETE) {
        Timesheet sheet = procore.timesheets().get(project.get(), id.get());
        for (TimecardEntry e : sheet.timecardEntries()) {
          reads.add(new Read(project.get(), withSheet(e, sheet)));
        }
      }
    }
    return run(reads, links, options);
  }

  private SyncReport run(Iterable<Read> source, ProjectLinks links, RunOptions options) {
    CrewTimeSheetRules rules =
        CrewTimeSheetRules.of(
            bc.list(BcEntitySet.RESOURCES, ODataQuery.all()),
            bc.list(BcEntitySet.ACCOUNTING_PERIODS, ODataQuery.all()),
            links,
            BudgetCodeSplitter.of(format));
    Map<Long, Optional<String>> typeCodes = new ConcurrentHashMap<>();
    Map<Long, Map<Long, String>> subJobs = new ConcurrentHashMap<>();
    CrewTimeSheetTarget target = new CrewTimeSheetTarget(bc, windowSize);
    RecordMapper<Read, BcCrewTimeSheetLine> mapper =
        (read, context) -> {
          String key = CrewTimeSheetRules.key(read.entry());
          Validated<BcCrewTimeSheetLine> line =
              rules.map(
                  read.entry(),
                  read.project(),
                  type -> {
                    if (typeCodes.isEmpty()) {
                      for (LineItemType t : procore.lineItemTypes().list()) {
                        typeCodes.put(t.id(), t.code());
                      }
                    }
                    return typeCodes.getOrDefault(type, Optional.empty());
                  },
                  sub ->
                      Optional.ofNullable(
                          subJobs.computeIfAbsent(read.project(), this::subJobCodes).get(sub)));
          if (!line.isValid()) {
            return Mapped.decided(key, RecordOutcome.skipped(key, line.violations()));
          }
          Optional<dev.procoresync.core.validation.Violation> exists =
              target.changedButBuffered(line.value());
          return exists.isPresent()
              ? Mapped.decided(key, RecordOutcome.skipped(key, List.of(exists.get())))
              : Mapped.upsert(line.value());
        };
    return UpsertTemplate.of(NAME, target, clock).run(scope(), source, mapper, options);
  }

  private Map<Long, String> subJobCodes(long project) {
    Map<Long, String> codes = new ConcurrentHashMap<>();
    for (SubJob s : procore.subJobs().list(project)) {
      s.code().ifPresent(c -> codes.put(s.id(), c));
    }
    return codes;
  }

  private String scope() {
    return "company:" + procore.companyId();
  }

  private static Optional<Long> parseLong(String text) {
    try {
      return Optional.of(Long.parseLong(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** A timecard entry as read in its timesheet, with the timesheet's reference filled in. */
  static TimecardEntry withSheet(TimecardEntry entry, Timesheet sheet) {
    if (entry.timesheet().isPresent()) {
      return entry;
    }
    TimesheetRef.Builder ref = TimesheetRef.builder().id(sheet.id());
    sheet.date().ifPresent(ref::date);
    sheet.name().ifPresent(ref::name);
    sheet.status().ifPresent(ref::status);
    return entry.toBuilder().timesheet(ref.build()).build();
  }

  /** One timecard entry read from a project. */
  record Read(long project, TimecardEntry entry) {}

  /** The entries of the timesheets of each project in turn, read page by page. */
  private static final class Flatten implements Iterator<Read> {
    private final Iterator<Long> projects;
    private final java.util.function.LongFunction<Iterator<Timesheet>> sheetsOf;
    private long project;
    private Iterator<Timesheet> sheets = java.util.Collections.emptyIterator();
    private Iterator<Read> entries = java.util.Collections.emptyIterator();

    Flatten(
        Iterator<Long> projects, java.util.function.LongFunction<Iterator<Timesheet>> sheetsOf) {
      this.projects = projects;
      this.sheetsOf = sheetsOf;
    }

    @Override
    public boolean hasNext() {
      while (!entries.hasNext()) {
        while (!sheets.hasNext()) {
          if (!projects.hasNext()) {
            return false;
          }
          project = projects.next();
          sheets = sheetsOf.apply(project);
        }
        Timesheet sheet = sheets.next();
        List<Read> reads = new ArrayList<>();
        for (TimecardEntry e : sheet.timecardEntries()) {
          reads.add(new Read(project, withSheet(e, sheet)));
        }
        entries = reads.iterator();
      }
      return true;
    }

    @Override
    public Read next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      return entries.next();
    }
  }

  @Override
  public String toString() {
    return "CrewTimeSheetFlow{company=" + procore.companyId() + "}";
  }
}
