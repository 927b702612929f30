package dev.procoresync.core.mapping.timesheet;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The accounting periods open for posting, as inclusive date ranges (Business Central: the time
 * sheet must fall inside an open accounting period).
 *
 * <pre>{@code
 * OpenPeriods open = OpenPeriods.builder()
 *     .add(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))
 *     .build();
 * open.contains(LocalDate.of(2026, 11, 23)); // true
 * }</pre>
 */
public final class OpenPeriods {
  private final TreeMap<LocalDate, LocalDate> ranges;

  private OpenPeriods(TreeMap<LocalDate, LocalDate> ranges) {
    this.ranges = ranges;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Tells whether a date lies in an open period.
   *
   * @param date the date
   * @return {@code true} when open
   */
  public boolean contains(LocalDate date) {
    Map.Entry<LocalDate, LocalDate> floor = ranges.floorEntry(date);
    return floor != null && !date.isAfter(floor.getValue());
  }

  @Override
  public String toString() {
    return "OpenPeriods" + ranges;
  }

  /** Collects open periods; overlapping or adjacent ranges are merged. */
  public static final class Builder {
    private final TreeMap<LocalDate, LocalDate> ranges = new TreeMap<>();

    private Builder() {}

    /**
     * Adds an open period.
     *
     * @param first the first open day
     * @param last the last open day (inclusive)
     * @return this builder
     * @throws IllegalArgumentException when {@code last} is before {@code first}
     */
    public Builder add(LocalDate first, LocalDate last) {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(last, "last");
      if (last.isBefore(first)) {
        throw new IllegalArgumentException(
            "last (" + last + ") must not be before first (" + first + ")");
      }
      LocalDate start = first;
      LocalDate end = last;
      Map.Entry<LocalDate, LocalDate> before = ranges.floorEntry(start);
      if (before != null && !before.getValue().plusDays(1).isBefore(start)) {
        start = before.getKey();
        end = end.isAfter(before.getValue()) ? end : before.getValue();
        ranges.remove(before.getKey());
      }
      Map.Entry<LocalDate, LocalDate> next = ranges.ceilingEntry(start);
      while (next != null && !next.getKey().isAfter(end.plusDays(1))) {
        end = end.isAfter(next.getValue()) ? end : next.getValue();
        ranges.remove(next.getKey());
        next = ranges.ceilingEntry(start);
      }
      ranges.put(start, end);
      return this;
    }

    /**
     * Builds the periods.
     *
     * @return the periods
     */
    public OpenPeriods build() {
      return new OpenPeriods(new TreeMap<>(ranges));
    }
  }
}
