package dev.procoresync.core.mapping.timesheet;

import dev.procoresync.core.validation.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Hours summed per group (worker and day, project, cost code, ...) for the timecard audit, on
 * {@link BigDecimal}. Entries that cannot be counted are listed with a violation, never dropped.
 *
 * <pre>{@code
 * HoursTotals<WorkerDay, Entry> daily = HoursTotals.byWorkerAndDay(entries, view);
 * daily.totals().get(WorkerDay.of("w1", day)); // 8.5
 * }</pre>
 *
 * @param <K> the group type
 * @param <E> the entry type
 */
public final class HoursTotals<K, E> {

  /** Violation code: an entry has no group key (no worker, day, project or cost code). */
  public static final String MISSING_GROUP = "timesheet.aggregate_missing_group";

  private final Map<K, BigDecimal> totals;
  private final List<E> skipped;
  private final List<Violation> violations;

  private HoursTotals(Map<K, BigDecimal> totals, List<E> skipped, List<Violation> violations) {
    this.totals = Collections.unmodifiableMap(totals);
    this.skipped = Collections.unmodifiableList(skipped);
    this.violations = List.copyOf(violations);
  }

  /**
   * Sums hours per group.
   *
   * @param entries the entries
   * @param view the accessors
   * @param group reads an entry's group, or {@code null} when it has none
   * @param <K> the group type
   * @param <E> the entry type
   * @return totals in order of first appearance, and the skipped entries with violations
   * @throws NullPointerException when an argument is {@code null}
   */
  public static <K, E> HoursTotals<K, E> sum(
      Iterable<? extends E> entries,
      TimeEntryView<E> view,
      Function<? super E, ? extends @Nullable K> group) {
    Objects.requireNonNull(entries, "entries");
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(group, "group");
    Map<K, BigDecimal> totals = new LinkedHashMap<>();
    List<E> skipped = new ArrayList<>();
    List<Violation> violations = new ArrayList<>();
    for (E e : entries) {
      BigDecimal h = view.hours(e);
      if (h == null) {
        skipped.add(e);
        violations.add(
            Violation.of(
                TimesheetRules.HOURS_MISSING,
                "hours",
                null,
                "entry " + view.id(e) + ": has no hours and no clock times"));
        continue;
      }
      K k = group.apply(e);
      if (k == null) {
        skipped.add(e);
        violations.add(
            Violation.of(
                MISSING_GROUP,
                "group",
                null,
                "entry " + view.id(e) + ": has no value for the grouping"));
        continue;
      }
      totals.merge(k, h, BigDecimal::add);
    }
    return new HoursTotals<>(totals, skipped, violations);
  }

  /**
   * Sums hours per worker per day.
   *
   * @param entries the entries
   * @param view the accessors
   * @param <E> the entry type
   * @return the totals
   */
  public static <E> HoursTotals<WorkerDay, E> byWorkerAndDay(
      Iterable<? extends E> entries, TimeEntryView<E> view) {
    return sum(
        entries,
        view,
        e -> {
          String w = view.worker(e);
          java.time.LocalDate d = view.date(e);
          return w == null || d == null ? null : WorkerDay.of(w, d);
        });
  }

  /**
   * Sums hours per project.
   *
   * @param entries the entries
   * @param view the accessors
   * @param <E> the entry type
   * @return the totals
   */
  public static <E> HoursTotals<String, E> byProject(
      Iterable<? extends E> entries, TimeEntryView<E> view) {
    return sum(entries, view, view::project);
  }

  /**
   * Sums hours per cost code.
   *
   * @param entries the entries
   * @param view the accessors
   * @param <E> the entry type
   * @return the totals
   */
  public static <E> HoursTotals<String, E> byCostCode(
      Iterable<? extends E> entries, TimeEntryView<E> view) {
    return sum(entries, view, view::costCode);
  }

  /**
   * Returns the totals, in order of first appearance.
   *
   * @return an unmodifiable map
   */
  public Map<K, BigDecimal> totals() {
    return totals;
  }

  /**
   * Returns the entries not counted.
   *
   * @return the skipped entries
   */
  public List<E> skipped() {
    return skipped;
  }

  /**
   * Returns one violation per skipped entry.
   *
   * @return the violations
   */
  public List<Violation> violations() {
    return violations;
  }

  @Override
  public String toString() {
    return "HoursTotals[" + totals + ", skipped=" + skipped.size() + "]";
  }
}
