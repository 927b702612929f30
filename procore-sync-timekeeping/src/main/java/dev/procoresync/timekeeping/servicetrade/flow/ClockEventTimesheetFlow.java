package dev.procoresync.timekeeping.servicetrade.flow;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.flow.FieldDigest;
import dev.procoresync.core.flow.Mapped;
import dev.procoresync.core.flow.TimecardEntryTarget;
import dev.procoresync.core.flow.UpsertTemplate;
import dev.procoresync.core.model.BudgetDetailRow;
import dev.procoresync.core.model.BudgetView;
import dev.procoresync.core.model.NamedRef;
import dev.procoresync.core.model.Person;
import dev.procoresync.core.model.TimecardCostCodeRef;
import dev.procoresync.core.model.TimecardEntry;
import dev.procoresync.core.model.TimecardEntryUpdate;
import dev.procoresync.core.origin.OriginId;
import dev.procoresync.core.origin.TimecardOriginIds;
import dev.procoresync.core.state.SyncStateStore;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.core.validation.Violation;
import dev.procoresync.timekeeping.model.RoundingPolicy;
import dev.procoresync.timekeeping.servicetrade.client.ServiceTradeClient;
import dev.procoresync.timekeeping.servicetrade.mapping.ClockEventMapping;
import dev.procoresync.timekeeping.servicetrade.mapping.LaborCostCodes;
import dev.procoresync.timekeeping.servicetrade.model.ClockEventPair;
import dev.procoresync.timekeeping.servicetrade.model.ClockEventSelection;
import dev.procoresync.timekeeping.servicetrade.model.ClockEventTimes;
import dev.procoresync.timekeeping.servicetrade.model.LaborCostCode;
import dev.procoresync.timekeeping.servicetrade.model.ServiceTradeUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Sends the clock events a user selected on a ServiceTrade job to the Procore project's timesheet,
 * as ServiceTrade's Procore app does: one timecard entry per clock-in/clock-out pair, all with the
 * one cost code and cost type the user chose.
 *
 * <p>One run:
 *
 * <ol>
 *   <li>reads the cost codes the project's budget offers with a Labor cost type ({@link
 *       #laborCostCodes}); a choice outside them SKIPS every event, naming the choice;
 *   <li>reads the company's rounding rule, ServiceTrade's technicians and Procore's people;
 *   <li>maps each selected pair: a technician still clocked in, a technician without a Procore
 *       employee id or with one no Procore employee has is SKIPPED with that reason; the rest gets
 *       its actual and rounded times ({@link ClockEventSyncResult#times()}; both are also in the
 *       entry's {@code origin_data}), its date in the project's zone, and hours (or start and stop
 *       times, as the project's timecard setting says);
 *   <li>upserts the entries on the {@link UpsertTemplate}: each pair's key ({@link
 *       ClockEventMapping#key}) is an integer {@code origin_id} through {@link TimecardOriginIds};
 *       an entry Procore holds unchanged is UNCHANGED, one with another cost code (a repeated sync
 *       with another choice) is UPDATED, never duplicated. A create that timed out is sent again
 *       only after a lookup by origin id found nothing.
 * </ol>
 *
 * <pre>{@code
 * ClockEventTimesheetFlow flow = ClockEventTimesheetFlow.create(st, procore, stateStore, clock);
 * List<LaborCostCode> choices = flow.laborCostCodes(projectId);
 * ClockEventSyncResult result = flow.run(ClockEventSelection.builder()
 *     .projectId(projectId).jobId(jobId).events(selected)
 *     .costCodeId(choices.get(0).costCodeId()).lineItemTypeId(choices.get(0).lineItemTypeId())
 *     .zone(ZoneId.of("America/Chicago")).build(), RunOptions.defaults());
 * }</pre>
 */
public final class ClockEventTimesheetFlow {
  /** The flow's name in reports. */
  public static final String NAME = "servicetrade-clock-events";

  static final FieldDigest<TimecardEntry, TimecardEntryUpdate> DIGEST =
      FieldDigest.of(
          List.of(
              TimecardEntry::date,
              TimecardEntry::hours,
              e -> e.party().map(NamedRef::id),
              e -> e.costCode().map(TimecardCostCodeRef::id),
              TimecardEntry::lineItemTypeId,
              TimecardEntry::originData,
              e -> e.timeIn().map(OffsetDateTime::toInstant),
              e -> e.timeOut().map(OffsetDateTime::toInstant)),
          List.of(
              TimecardEntryUpdate::date,
              TimecardEntryUpdate::hours,
              TimecardEntryUpdate::partyId,
              TimecardEntryUpdate::costCodeId,
              TimecardEntryUpdate::lineItemTypeId,
              TimecardEntryUpdate::originData,
              u -> u.timeIn().map(OffsetDateTime::toInstant),
              u -> u.timeOut().map(OffsetDateTime::toInstant)));

  private final ServiceTradeClient serviceTrade;
  private final CompanyClient procore;
  private final TimecardOriginIds originIds;
  private final Clock clock;
  private final SyncStateStore state;
  private final int windowSize;

  private ClockEventTimesheetFlow(
      ServiceTradeClient serviceTrade,
      CompanyClient procore,
      SyncStateStore state,
      Clock clock,
      int windowSize) {
    this.serviceTrade = serviceTrade;
    this.procore = procore;
    this.state = state;
    this.originIds = TimecardOriginIds.using(state);
    this.clock = clock;
    this.windowSize = windowSize;
  }

  /**
   * Creates the flow.
   *
   * @param serviceTrade the ServiceTrade client (technicians are read through it)
   * @param procore the Procore company
   * @param state where the integer origin ids of the entries are kept
   * @param clock stamps the reports
   * @return the flow
   */
  public static ClockEventTimesheetFlow create(
      ServiceTradeClient serviceTrade, CompanyClient procore, SyncStateStore state, Clock clock) {
    return new ClockEventTimesheetFlow(
        Objects.requireNonNull(serviceTrade, "serviceTrade"),
        Objects.requireNonNull(procore, "procore"),
        Objects.requireNonNull(state, "state"),
        Objects.requireNonNull(clock, "clock"),
        50);
  }

  /**
   * Returns a copy that writes at most {@code windowSize} records between checkpoints (default 50).
   * The new entries of a window go to Procore in one bulk call; updates are one request each.
   *
   * @param windowSize 1 to 1,000
   * @return the copy
   * @throws IllegalArgumentException when {@code windowSize} is out of range
   */
  public ClockEventTimesheetFlow withWindowSize(int windowSize) {
    if (windowSize < 1 || windowSize > 1_000) {
      throw new IllegalArgumentException("windowSize must be 1 to 1000, got " + windowSize);
    }
    return new ClockEventTimesheetFlow(serviceTrade, procore, state, clock, windowSize);
  }

  /**
   * Returns the cost code and cost type pairs a user may choose for a project: those on its budget
   * whose cost type is Labor ({@link LaborCostCodes#offer}).
   *
   * @param projectId the Procore project
   * @return the choices; empty when the project has no budget or no Labor line
   */
  public List<LaborCostCode> laborCostCodes(long projectId) {
    List<BudgetDetailRow> rows = new ArrayList<>();
    // every view lists the same line items: the first one is enough
    java.util.Iterator<BudgetView> views = procore.budget().listViews(projectId).iterator();
    if (views.hasNext()) {
      procore.budget().listDetailRows(projectId, views.next().id()).forEach(rows::add);
    }
    return LaborCostCodes.offer(
        rows, procore.costCodes().list(projectId), procore.lineItemTypes().list());
  }

  /**
   * Sends the selected events.
   *
   * @param selection the events, the project, the cost code and cost type
   * @param options dry run, listener, cancellation, resume
   * @return the report and the times of each event
   */
  public ClockEventSyncResult run(ClockEventSelection selection, RunOptions options) {
    Objects.requireNonNull(selection, "selection");
    Objects.requireNonNull(options, "options");
    List<LaborCostCode> offered = laborCostCodes(selection.projectId());
    boolean allowed =
        LaborCostCodes.allows(offered, selection.costCodeId(), selection.lineItemTypeId());
    RoundingPolicy policy = RoundingPolicy.fromProcore(procore.timesheetRounding().find());
    Map<Long, Optional<String>> employeeIds = new HashMap<>();
    for (ServiceTradeUser user : serviceTrade.users()) {
      employeeIds.put(user.id(), user.procoreEmployeeId());
    }
    Map<String, Long> people = new HashMap<>();
    for (Person p : procore.people().list()) {
      if (p.isEmployee().orElse(false) && p.active().orElse(true)) {
        p.employeeId()
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .ifPresent(e -> people.put(e, p.id()));
      }
    }
    LocalDate from = null;
    LocalDate to = null;
    for (ClockEventPair pair : selection.events()) {
      LocalDate day = LocalDate.ofInstant(pair.start().eventTime(), selection.zone());
      from = from == null || day.isBefore(from) ? day : from;
      to = to == null || day.isAfter(to) ? day : to;
    }
    LocalDate first = from == null ? LocalDate.now(clock) : from.minusDays(1);
    LocalDate last = to == null ? first : to.plusDays(1);
    List<ClockEventTimes> times = new CopyOnWriteArrayList<>();
    boolean startStop = selection.startStopTimes().orElse(false);
    long projectId = selection.projectId();
    TimecardEntryTarget target =
        TimecardEntryTarget.builder()
            .company(procore)
            .originIds(originIds)
            .existing(() -> procore.timecardEntries().listForProject(projectId, first, last))
            .digest(DIGEST)
            .windowSize(windowSize)
            .description("timecard entries of project " + projectId)
            .build();
    SyncReport report =
        UpsertTemplate.of(NAME, target, clock)
            .run(
                "project:" + selection.projectId() + ":job:" + selection.jobId(),
                selection.events(),
                (ClockEventPair pair, dev.procoresync.core.flow.UpsertContext context) -> {
                  String key = ClockEventMapping.key(selection.jobId(), pair);
                  if (!allowed) {
                    return Mapped.decided(
                        key,
                        RecordOutcome.skipped(
                            key,
                            List.of(
                                Violation.of(
                                    "servicetrade.cost_code.not_labor_budget",
                                    "costCodeId",
                                    selection.costCodeId() + "/" + selection.lineItemTypeId(),
                                    "cost code "
                                        + selection.costCodeId()
                                        + " with cost type "
                                        + selection.lineItemTypeId()
                                        + " is not on the project's budget with a Labor cost"
                                        + " type; choose one of "
                                        + offered.size()
                                        + " offered"))));
                  }
                  List<Violation> broken = ClockEventMapping.violations(pair);
                  if (!broken.isEmpty()) {
                    return Mapped.decided(key, RecordOutcome.skipped(key, broken));
                  }
                  long userId = pair.start().user().map(u -> u.id()).orElse(0L);
                  String name =
                      pair.start().user().flatMap(u -> u.name()).orElse("technician " + userId);
                  Optional<String> employeeId = employeeIds.getOrDefault(userId, Optional.empty());
                  Long partyId = employeeId.map(people::get).orElse(null);
                  if (partyId == null) {
                    return Mapped.decided(
                        key,
                        RecordOutcome.skipped(
                            key,
                            List.of(
                                Violation.of(
                                    "servicetrade.technician.employee_id",
                                    "procore_employee_id",
                                    employeeId.orElse(null),
                                    name
                                        + (employeeId.isEmpty()
                                            ? " has no Procore employee id"
                                            : " has Procore employee id '"
                                                + employeeId.get()
                                                + "', which no active Procore employee has")
                                        + "; assign a valid one to the technician in"
                                        + " ServiceTrade"))));
                  }
                  ClockEventTimes t = ClockEventMapping.times(key, pair, selection.zone(), policy);
                  times.add(t);
                  long originId =
                      originIds.allocate(OriginId.parse(key).toOptional().orElseThrow());
                  return Mapped.upsert(
                      ClockEventMapping.entry(
                              t,
                              partyId,
                              selection.costCodeId(),
                              selection.lineItemTypeId(),
                              originId,
                              selection.zone(),
                              startStop)
                          .toBuilder()
                          .projectId(projectId)
                          .build());
                },
                options);
    return new ClockEventSyncResult(report, times);
  }

  @Override
  public String toString() {
    return "ClockEventTimesheetFlow{company=" + procore.companyId() + "}";
  }
}
