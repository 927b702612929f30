package dev.procoresync.bc.mapping;

import dev.procoresync.bc.model.BcAccountingPeriod;
import dev.procoresync.bc.model.BcCrewTimeSheetLine;
import dev.procoresync.bc.model.BcResource;
import dev.procoresync.core.mapping.budgetcode.BudgetCodeSplitter;
import dev.procoresync.core.mapping.budgetcode.SplitBudgetCode;
import dev.procoresync.core.model.NamedRef;
import dev.procoresync.core.model.TimecardApprovalStatus;
import dev.procoresync.core.model.TimecardEntry;
import dev.procoresync.core.model.TimesheetRef;
import dev.procoresync.core.model.TimesheetStatus;
import dev.procoresync.core.validation.Validated;
import dev.procoresync.core.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The guide's flow 7, "Time Sheet", as a pure mapping: one Procore timecard entry (a line of a
 * Procore timesheet) becomes one line of Business Central's crew time sheet buffer, keyed by the
 * timesheet (header) id and the entry (line) id. The rules, in the guide's order, each refusal
 * naming the rule:
 *
 * <ol>
 *   <li>status Approved or Pending ({@value #STATUS_NOT_ELIGIBLE});
 *   <li>the entry belongs to a timesheet ({@value #NO_TIMESHEET});
 *   <li>the worker is a Business Central resource ({@value #NOT_A_RESOURCE}) with "Use Crew Time
 *       Sheet" ({@value #NO_CREW_TIME_SHEET});
 *   <li>the date lies in an open accounting period ({@value #PERIOD_CLOSED}, {@value #NO_PERIOD});
 *       the refusal names the period;
 *   <li>the project is linked to a Business Central project ({@value #PROJECT_NOT_LINKED});
 *   <li>the budget code splits (core's {@link BudgetCodeSplitter}) into Job Task No. and Cost Type,
 *       the sub job into the Segment Code ({@value #BUDGET_CODE_INVALID}).
 * </ol>
 *
 * <pre>{@code
 * Validated<BcCrewTimeSheetLine> line = rules.map(entry, projectId, typeCodes::get, subJobCodes::get);
 * }</pre>
 */
public final class CrewTimeSheetRules {
  /** Violation code: the status is neither Approved nor Pending. */
  public static final String STATUS_NOT_ELIGIBLE = "time_sheet.status.not_eligible";

  /** Violation code: the entry has no timesheet. */
  public static final String NO_TIMESHEET = "time_sheet.header.missing";

  /** Violation code: the worker is no Business Central resource. */
  public static final String NOT_A_RESOURCE = "time_sheet.worker.not_a_resource";

  /** Violation code: the resource does not use crew time sheets. */
  public static final String NO_CREW_TIME_SHEET = "time_sheet.resource.no_crew_time_sheet";

  /** Violation code: the date lies in a closed or locked accounting period. */
  public static final String PERIOD_CLOSED = "time_sheet.date.period_closed";

  /** Violation code: no accounting period covers the date. */
  public static final String NO_PERIOD = "time_sheet.date.no_period";

  /** Violation code: the Procore project is linked to no Business Central project. */
  public static final String PROJECT_NOT_LINKED = "time_sheet.project.not_linked";

  /** Violation code: the entry has no date. */
  public static final String NO_DATE = "time_sheet.date.missing";

  /** Violation code: the line is in the buffer already and changed in Procore since. */
  public static final String ALREADY_BUFFERED = "time_sheet.line.already_buffered";

  /** Violation code: the budget code is missing or does not split. */
  public static final String BUDGET_CODE_INVALID = "time_sheet.budget_code.invalid";

  private final Map<Long, BcResource> resources;
  private final List<BcAccountingPeriod> periods;
  private final ProjectLinks links;
  private final BudgetCodeSplitter splitter;

  private CrewTimeSheetRules(
      Map<Long, BcResource> resources,
      List<BcAccountingPeriod> periods,
      ProjectLinks links,
      BudgetCodeSplitter splitter) {
    this.resources = resources;
    this.periods = periods;
    this.links = links;
    this.splitter = splitter;
  }

  /**
   * Creates the rules over what Business Central holds.
   *
   * @param resources the resources (matched to Procore workers by "Procore Person ID")
   * @param periods the accounting periods
   * @param links the projects linked to Procore
   * @param splitter splits Procore budget codes
   * @return the rules
   */
  public static CrewTimeSheetRules of(
      Iterable<BcResource> resources,
      Iterable<BcAccountingPeriod> periods,
      ProjectLinks links,
      BudgetCodeSplitter splitter) {
    Map<Long, BcResource> byPerson = new HashMap<>();
    for (BcResource r : resources) {
      r.procorePersonId().filter(id -> id > 0).ifPresent(id -> byPerson.putIfAbsent(id, r));
    }
    List<BcAccountingPeriod> sorted = new ArrayList<>();
    periods.forEach(sorted::add);
    sorted.sort(Comparator.comparing(BcAccountingPeriod::startingDate));
    return new CrewTimeSheetRules(
        byPerson,
        List.copyOf(sorted),
        Objects.requireNonNull(links, "links"),
        Objects.requireNonNull(splitter, "splitter"));
  }

  /**
   * Returns an entry's key: {@code procore:timesheet_line:{entry id}}.
   *
   * @param entry the timecard entry
   * @return the key
   */
  public static String key(TimecardEntry entry) {
    return "procore:timesheet_line:" + entry.id();
  }

  /**
   * Returns a buffer line's key: {@code procore:timesheet_line:{Time Sheet Line ID}}.
   *
   * @param line the buffer line
   * @return the key
   */
  public static String key(BcCrewTimeSheetLine line) {
    return "procore:timesheet_line:" + line.procoreTimesheetLineId();
  }

  /**
   * Maps one timecard entry of a Procore project to a crew time sheet buffer line.
   *
   * @param entry the entry
   * @param procoreProjectId the Procore project it was read from
   * @param lineItemTypeCode the code of a Procore line item type (cost type) by id
   * @param subJobCode the code of a Procore sub job of the project by id
   * @return the buffer line, or the violation of the first rule that refused it
   */
  public Validated<BcCrewTimeSheetLine> map(
      TimecardEntry entry,
      long procoreProjectId,
      LongFunction<Optional<String>> lineItemTypeCode,
      LongFunction<Optional<String>> subJobCode) {
    String doc = "timecard entry " + entry.id();
    Optional<TimesheetRef> sheet = entry.timesheet();
    String status = status(entry);
    if (!status.equals("approved") && !status.equals("pending")) {
      return refuse(
          STATUS_NOT_ELIGIBLE,
          "Status",
          status,
          "Only time sheets with Status = Approved or Pending are synchronized to Business Central ("
              + doc
              + " is "
              + status
              + ")");
    }
    if (sheet.isEmpty()) {
      return refuse(NO_TIMESHEET, "Time Sheet Header ID", null, doc + " belongs to no timesheet");
    }
    doc = "timesheet " + sheet.get().id() + " line " + entry.id();
    Optional<NamedRef> worker = entry.party();
    BcResource resource = worker.map(w -> resources.get(w.id())).orElse(null);
    if (resource == null) {
      String who =
          worker
              .map(w -> w.name().orElse("?") + " (Procore person " + w.id() + ")")
              .orElse("no worker");
      return refuse(
          NOT_A_RESOURCE,
          "Resource No.",
          worker.map(w -> String.valueOf(w.id())).orElse(null),
          doc
              + ": the worker "
              + who
              + " is not a Business Central resource (no resource has this Procore Person ID)");
    }
    if (!resource.useCrewTimeSheet().orElse(false)) {
      return refuse(
          NO_CREW_TIME_SHEET,
          "Use Crew Time Sheet",
          "false",
          doc
              + ": resource "
              + resource.number()
              + " does not have \"Use Crew Time Sheet\" enabled");
    }
    Optional<LocalDate> date = entry.date().or(() -> sheet.get().date());
    if (date.isEmpty()) {
      return refuse(NO_DATE, "Date", null, doc + " has no date");
    }
    Optional<Violation> period = period(date.get(), doc);
    if (period.isPresent()) {
      return Validated.invalid(period.get());
    }
    Optional<String> job = links.jobNumber(procoreProjectId);
    if (job.isEmpty()) {
      return refuse(
          PROJECT_NOT_LINKED,
          "Job No.",
          String.valueOf(procoreProjectId),
          doc
              + ": Procore project "
              + procoreProjectId
              + " is linked to no Business Central project (Procore Project ID)");
    }
    Optional<String> costCode =
        entry.costCode().flatMap(c -> c.fullCode().or(c::code)).filter(s -> !s.isBlank());
    Optional<String> type =
        entry.lineItemTypeId().flatMap(id -> lineItemTypeCode.apply(id)).filter(s -> !s.isBlank());
    if (costCode.isEmpty() || type.isEmpty()) {
      return refuse(
          BUDGET_CODE_INVALID,
          "Budget Code",
          costCode.orElse(null),
          doc + ": the budget code needs a cost code and a cost type (line item type)");
    }
    Optional<String> subJob = entry.subJob().flatMap(s -> subJobCode.apply(s.id()));
    String flat = subJob.map(s -> s + ".").orElse("") + costCode.get() + "." + type.get();
    Validated<SplitBudgetCode> split = splitter.split(flat);
    if (!split.isValid()) {
      return refuse(
          BUDGET_CODE_INVALID,
          "Budget Code",
          flat,
          doc
              + ": budget code "
              + flat
              + " does not split: "
              + split.violations().get(0).message());
    }
    SplitBudgetCode code = split.value();
    BcCrewTimeSheetLine.Builder line =
        BcCrewTimeSheetLine.builder()
            .procoreTimesheetHeaderId(sheet.get().id())
            .procoreTimesheetLineId(entry.id())
            .timeSheetHeaderName(sheet.get().name().orElse(date.get() + " - " + date.get()))
            .status(status.equals("approved") ? "Approved" : "Pending")
            .workDate(date.get())
            .jobNo(job.get())
            .jobTaskNo(code.costCode())
            .resourceNumber(resource.number());
    code.costType().ifPresent(line::costType);
    code.subJob().ifPresent(line::segmentCode);
    entry.hours().ifPresent(line::hours);
    entry.description().filter(s -> !s.isBlank()).ifPresent(line::description);
    return Validated.valid(line.build());
  }

  private static String status(TimecardEntry entry) {
    Optional<TimecardApprovalStatus> own = entry.approvalStatus();
    if (own.isPresent()) {
      return own.get().name().toLowerCase(java.util.Locale.ROOT);
    }
    return entry
        .timesheet()
        .flatMap(TimesheetRef::status)
        .map(TimesheetStatus::name)
        .map(s -> s.toLowerCase(java.util.Locale.ROOT))
        .orElse("unknown");
  }

  private Optional<Violation> period(LocalDate date, String doc) {
    BcAccountingPeriod found = null;
    int index = -1;
    for (int i = 0; i < periods.size(); i++) {
      if (!periods.get(i).startingDate().isAfter(date)) {
        found = periods.get(i);
        index = i;
      }
    }
    if (found == null || index == periods.size() - 1) {
      // the last period's start opens no period of its own: Business Central ends a period where
      // the next one starts
      return Optional.of(
          Violation.of(
              NO_PERIOD,
              "Date",
              date.toString(),
              doc + ": no accounting period in Business Central covers " + date));
    }
    if (found.closed().orElse(false) || found.dateLocked().orElse(false)) {
      String name = found.name().orElse("") + " starting " + found.startingDate();
      return Optional.of(
          Violation.of(
              PERIOD_CLOSED,
              "Date",
              date.toString(),
              doc
                  + ": "
                  + date
                  + " lies in the accounting period "
                  + name.trim()
                  + ", which is closed"));
    }
    return Optional.empty();
  }

  private static <T> Validated<T> refuse(
      String code, String field, @org.jspecify.annotations.Nullable String value, String text) {
    return Validated.invalid(Violation.of(code, field, value, text));
  }
}
