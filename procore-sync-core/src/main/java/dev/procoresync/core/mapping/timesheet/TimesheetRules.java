package dev.procoresync.core.mapping.timesheet;

import dev.procoresync.core.validation.Validator;
import dev.procoresync.core.validation.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The timesheet rules of the vendor guides, as composable {@link Validator}s (one entry) and {@link
 * BatchRule}s (a batch). Every violation's message starts with {@code entry <id>:}, its field names
 * the entry's field and its rejected value is the offending value.
 *
 * <pre>{@code
 * Validator<Entry> rules = TimesheetRules.statusIn(view, Set.of("approved", "pending"))
 *     .and(TimesheetRules.closed(view))
 *     .and(TimesheetRules.projectPresent(view))
 *     .and(TimesheetRules.hours(view, e -> "PTO".equals(e.timeType())));
 * }</pre>
 */
public final class TimesheetRules {

  /** Violation code: the status is not in the allowed set. */
  public static final String STATUS_NOT_ALLOWED = "timesheet.status_not_allowed";

  /** Violation code: the entry has no date. */
  public static final String DATE_MISSING = "timesheet.date_missing";

  /** Violation code: the date lies outside every open accounting period. */
  public static final String PERIOD_CLOSED = "timesheet.period_closed";

  /** Violation code: the entry is still open (no end). */
  public static final String OPEN_ENTRY = "timesheet.open_entry";

  /** Violation code: the entry has no project. */
  public static final String PROJECT_MISSING = "timesheet.project_missing";

  /** Violation code: the entry's hours cannot be told. */
  public static final String HOURS_MISSING = "timesheet.hours_missing";

  /** Violation code: the hours are negative. */
  public static final String HOURS_NEGATIVE = "timesheet.hours_negative";

  /** Violation code: the hours are zero and the time type does not allow it. */
  public static final String HOURS_ZERO = "timesheet.hours_zero";

  /** Violation code: the hours exceed 24. */
  public static final String HOURS_OVER_24 = "timesheet.hours_over_24";

  /** Violation code: one worker's hours on one day exceed 24. */
  public static final String DAILY_TOTAL_OVER_24 = "timesheet.daily_total_over_24";

  /** Violation code: the entry overlaps another entry of the same worker. */
  public static final String OVERLAP = "timesheet.overlap";

  /** Violation code: the entry names no worker. */
  public static final String WORKER_MISSING = "timesheet.worker_missing";

  /** Violation code: the worker is not known. */
  public static final String WORKER_UNKNOWN = "timesheet.worker_unknown";

  /** Violation code: the worker has no employee id. */
  public static final String EMPLOYEE_ID_MISSING = "timesheet.employee_id_missing";

  /** Violation code: the entry has no cost code. */
  public static final String COST_CODE_MISSING = "timesheet.cost_code_missing";

  /** Violation code: the cost code (and cost type) is not eligible on the project. */
  public static final String COST_CODE_INELIGIBLE = "timesheet.cost_code_ineligible";

  private static final BigDecimal TWENTY_FOUR = BigDecimal.valueOf(24);

  private TimesheetRules() {}

  private static <E> List<Violation> one(
      TimeEntryView<E> view,
      E entry,
      String code,
      String field,
      @Nullable Object value,
      String message) {
    return List.of(Violation.of(code, field, value, "entry " + view.id(entry) + ": " + message));
  }

  /**
   * Status must be in the allowed set (compared ignoring case and surrounding spaces), such as
   * {@code approved} or {@code pending} for the Business Central time sheet flow.
   *
   * @param view the accessors
   * @param allowed the allowed statuses
   * @param <E> the entry type
   * @return the rule
   * @throws IllegalArgumentException when {@code allowed} is empty
   */
  public static <E> Validator<E> statusIn(TimeEntryView<E> view, Set<String> allowed) {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(allowed, "allowed");
    if (allowed.isEmpty()) {
      throw new IllegalArgumentException("allowed must name at least one status");
    }
    Set<String> normal =
        allowed.stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    return e -> {
      String status = view.status(e);
      if (status != null && normal.contains(status.trim().toLowerCase(Locale.ROOT))) {
        return List.of();
      }
      return one(
          view,
          e,
          STATUS_NOT_ALLOWED,
          "status",
          status,
          "status '"
              + status
              + "' is not one of "
              + new java.util.TreeSet<>(normal)
              + "; approve the entry in Procore first");
    };
  }

  /**
   * The entry's date must lie inside an open accounting period.
   *
   * @param view the accessors
   * @param periods the open periods
   * @param <E> the entry type
   * @return the rule
   */
  public static <E> Validator<E> inOpenPeriod(TimeEntryView<E> view, OpenPeriods periods) {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(periods, "periods");
    return e -> {
      LocalDate date = view.date(e);
      if (date == null) {
        return one(view, e, DATE_MISSING, "date", null, "has no date");
      }
      if (!periods.contains(date)) {
        return one(
            view,
            e,
            PERIOD_CLOSED,
            "date",
            date,
            "date "
                + date
                + " is not in an open accounting period; reopen the period or move the entry");
      }
      return List.of();
    };
  }

  /**
   * The entry must be closed: an entry with a start needs an end; an entry without clock times
   * needs hours.
   *
   * @param view the accessors
   * @param <E> the entry type
   * @return the rule
   */
  public static <E> Validator<E> closed(TimeEntryView<E> view) {
    Objects.requireNonNull(view, "view");
    return e -> {
      Instant start = view.start(e);
      if (view.end(e) != null) {
        return List.of();
      }
      if (start != null) {
        return one(
            view,
            e,
            OPEN_ENTRY,
            "end",
            null,
            "started " + start + " and has no end (still open); clock the worker out");
      }
      if (view.hours(e) == null) {
        return one(view, e, OPEN_ENTRY, "end", null, "has neither an end nor hours");
      }
      return List.of();
    };
  }

  /**
   * The entry must name a project (busybusy: entries without a project are not synced).
   *
   * @param view the accessors
   * @param <E> the entry type
   * @return the rule
   */
  public static <E> Validator<E> projectPresent(TimeEntryView<E> view) {
    Objects.requireNonNull(view, "view");
    return e -> {
      String p = view.project(e);
      return p == null || p.isBlank()
          ? one(
              view,
              e,
              PROJECT_MISSING,
              "project",
              p,
              "has no project; assign the entry to a project")
          : List.<Violation>of();
    };
  }

  /**
   * Hours must be known, not negative and at most 24; zero only where {@code zeroAllowed} says so
   * (time off, per diem).
   *
   * @param view the accessors
   * @param zeroAllowed tells whether an entry's time type allows zero hours
   * @param <E> the entry type
   * @return the rule
   */
  public static <E> Validator<E> hours(TimeEntryView<E> view, Predicate<? super E> zeroAllowed) {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(zeroAllowed, "zeroAllowed");
    return e -> {
      BigDecimal h = view.hours(e);
      if (h == null) {
        return one(view, e, HOURS_MISSING, "hours", null, "has no hours and no clock times");
      }
      int sign = h.signum();
      if (sign < 0) {
        return one(
            view,
            e,
            HOURS_NEGATIVE,
            "hours",
            h.toPlainString(),
            "hours " + h + " are negative; correct the hours");
      }
      if (sign == 0 && !zeroAllowed.test(e)) {
        return one(
            view,
            e,
            HOURS_ZERO,
            "hours",
            h.toPlainString(),
            "has zero hours and its time type '"
                + view.timeType(e)
                + "' does not allow that; enter the hours or use a time type that may be zero");
      }
      if (h.compareTo(TWENTY_FOUR) > 0) {
        return one(
            view,
            e,
            HOURS_OVER_24,
            "hours",
            h.toPlainString(),
            "hours "
                + h.toPlainString()
                + " exceed 24; correct the hours or split the entry by day");
      }
      return List.of();
    };
  }

  /**
   * The worker must be named and known, with an employee id (Procore: {@code is_employee} with
   * {@code employee_id}; Business Central: an existing resource).
   *
   * @param view the accessors
   * @param employeeIdOf looks a worker key up: empty when unknown; a present blank id counts as
   *     missing
   * @param <E> the entry type
   * @return the rule
   */
  public static <E> Validator<E> workerKnown(
      TimeEntryView<E> view, Function<String, Optional<String>> employeeIdOf) {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(employeeIdOf, "employeeIdOf");
    return e -> {
      String w = view.worker(e);
      if (w == null || w.isBlank()) {
        return one(view, e, WORKER_MISSING, "worker", w, "names no worker");
      }
      Optional<String> id = employeeIdOf.apply(w);
      if (id == null || id.isEmpty()) {
        return one(
            view,
            e,
            WORKER_UNKNOWN,
            "worker",
            w,
            "worker '" + w + "' is not known; add them to the company directory");
      }
      if (id.get().isBlank()) {
        return one(
            view,
            e,
            EMPLOYEE_ID_MISSING,
            "worker",
            w,
            "worker '" + w + "' has no employee id; mark them as an employee with an id");
      }
      return List.of();
    };
  }

  /**
   * The cost code (and cost type) must be eligible on the entry's project, such as a Labor cost
   * type on the project budget.
   *
   * @param view the accessors
   * @param eligibility the eligible combinations
   * @param <E> the entry type
   * @return the rule
   */
  public static <E> Validator<E> costCodeEligible(
      TimeEntryView<E> view, CostCodeEligibility eligibility) {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(eligibility, "eligibility");
    return e -> {
      String code = view.costCode(e);
      if (code == null || code.isBlank()) {
        return one(view, e, COST_CODE_MISSING, "costCode", code, "has no cost code");
      }
      String project = view.project(e);
      String type = view.costType(e);
      if (project == null || !eligibility.isEligible(project, code, type)) {
        return one(
            view,
            e,
            COST_CODE_INELIGIBLE,
            "costCode",
            type == null ? code : code + "/" + type,
            "cost code '"
                + code
                + "'"
                + (type == null ? "" : " with cost type '" + type + "'")
                + " is not eligible on project '"
                + project
                + "'");
      }
      return List.of();
    };
  }

  /**
   * No two entries of one worker may overlap in time (compared on instants, so across midnight and
   * daylight saving too). Each overlapping entry gets a violation naming the other. Entries without
   * a worker or without both clock times are not compared. Touching entries (one ends when the next
   * starts) do not overlap.
   *
   * @param view the accessors
   * @param <E> the entry type
   * @return the batch rule
   */
  public static <E> BatchRule<E> noOverlaps(TimeEntryView<E> view) {
    Objects.requireNonNull(view, "view");
    return entries -> {
      Map<String, List<E>> byWorker = new LinkedHashMap<>();
      for (E e : entries) {
        String w = view.worker(e);
        if (w != null && view.start(e) != null && view.end(e) != null) {
          byWorker.computeIfAbsent(w, k -> new ArrayList<>()).add(e);
        }
      }
      List<EntryViolation<E>> out = new ArrayList<>();
      Map<E, Boolean> flagged = new java.util.IdentityHashMap<>();
      for (Map.Entry<String, List<E>> group : byWorker.entrySet()) {
        List<E> list = group.getValue();
        list.sort(Comparator.comparing(view::start));
        E widest = null;
        Instant widestEnd = null;
        for (E e : list) {
          Instant s = view.start(e);
          Instant en = view.end(e);
          if (widest != null && s.isBefore(widestEnd)) {
            flagOverlap(view, out, flagged, e, widest, group.getKey());
            flagOverlap(view, out, flagged, widest, e, group.getKey());
          }
          if (widestEnd == null || en.isAfter(widestEnd)) {
            widest = e;
            widestEnd = en;
          }
        }
      }
      return out;
    };
  }

  private static <E> void flagOverlap(
      TimeEntryView<E> view,
      List<EntryViolation<E>> out,
      Map<E, Boolean> flagged,
      E entry,
      E other,
      String worker) {
    if (flagged.put(entry, Boolean.TRUE) != null) {
      return;
    }
    String id = view.id(entry);
    out.add(
        EntryViolation.of(
            entry,
            id,
            Violation.of(
                OVERLAP,
                "start",
                view.start(entry) + "/" + view.end(entry),
                "entry "
                    + id
                    + ": "
                    + view.start(entry)
                    + " to "
                    + view.end(entry)
                    + " overlaps entry "
                    + view.id(other)
                    + " ("
                    + view.start(other)
                    + " to "
                    + view.end(other)
                    + ") of worker '"
                    + worker
                    + "'")));
  }

  /**
   * One worker's hours on one day must total at most 24. Every entry of an offending (worker, day)
   * gets a violation naming the total.
   *
   * @param view the accessors
   * @param <E> the entry type
   * @return the batch rule
   */
  public static <E> BatchRule<E> dailyTotalAtMost24(TimeEntryView<E> view) {
    Objects.requireNonNull(view, "view");
    return entries -> {
      Map<WorkerDay, List<E>> groups = new LinkedHashMap<>();
      Map<WorkerDay, BigDecimal> totals = new HashMap<>();
      for (E e : entries) {
        String w = view.worker(e);
        LocalDate d = view.date(e);
        BigDecimal h = view.hours(e);
        if (w == null || d == null || h == null) {
          continue;
        }
        WorkerDay key = WorkerDay.of(w, d);
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        totals.merge(key, h, BigDecimal::add);
      }
      List<EntryViolation<E>> out = new ArrayList<>();
      for (Map.Entry<WorkerDay, List<E>> g : groups.entrySet()) {
        BigDecimal total = totals.get(g.getKey());
        if (total.compareTo(TWENTY_FOUR) > 0) {
          for (E e : g.getValue()) {
            String id = view.id(e);
            out.add(
                EntryViolation.of(
                    e,
                    id,
                    Violation.of(
                        DAILY_TOTAL_OVER_24,
                        "hours",
                        total.toPlainString(),
                        "entry "
                            + id
                            + ": worker '"
                            + g.getKey().worker()
                            + "' has "
                            + total.toPlainString()
                            + " hours on "
                            + g.getKey().date()
                            + "; at most 24")));
          }
        }
      }
      return out;
    };
  }

  /**
   * Lifts a per-entry validator to a batch rule.
   *
   * @param view the accessors (for the entry ids)
   * @param validator the per-entry rule
   * @param <E> the entry type
   * @return the batch rule
   */
  public static <E> BatchRule<E> each(TimeEntryView<E> view, Validator<? super E> validator) {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(validator, "validator");
    return entries -> {
      List<EntryViolation<E>> out = new ArrayList<>();
      for (E e : entries) {
        for (Violation v : validator.check(e)) {
          out.add(EntryViolation.of(e, view.id(e), v));
        }
      }
      return out;
    };
  }

  /**
   * Runs several batch rules and concatenates their violations in rule order.
   *
   * @param rules the rules
   * @param entries the entries
   * @param <E> the entry type
   * @return every violation found
   */
  public static <E> List<EntryViolation<E>> checkAll(
      List<BatchRule<E>> rules, Collection<? extends E> entries) {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(entries, "entries");
    List<EntryViolation<E>> out = new ArrayList<>();
    for (BatchRule<E> rule : rules) {
      out.addAll(rule.check(entries));
    }
    return out;
  }
}
