package dev.procoresync.core.mapping.timesheet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How to read a time entry of any type: accessor functions for id, worker, date, clock times,
 * hours, status, project, cost code, cost type and time type. Accessors left unset read as absent.
 *
 * <p>Hours: when both clock times are present, hours are computed on the instants ({@code end -
 * start - break}); otherwise the entry's own hours are used (docs/decisions/0055).
 *
 * <pre>{@code
 * TimeEntryView<TimecardEntry> view = TimeEntryView.<TimecardEntry>builder(e -> "" + e.id())
 *     .worker(e -> e.partyId() == null ? null : "" + e.partyId())
 *     .date(TimecardEntry::date)
 *     .start(TimecardEntry::timeIn).end(TimecardEntry::timeOut)
 *     .breakMinutes(TimecardEntry::lunchTime)
 *     .hours(TimecardEntry::hours)
 *     .build();
 * }</pre>
 *
 * @param <E> the entry type
 */
public final class TimeEntryView<E> {
  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

  private final Function<? super E, String> id;
  private final Function<? super E, @Nullable String> worker;
  private final Function<? super E, @Nullable LocalDate> date;
  private final Function<? super E, @Nullable Instant> start;
  private final Function<? super E, @Nullable Instant> end;
  private final Function<? super E, @Nullable Integer> breakMinutes;
  private final Function<? super E, @Nullable BigDecimal> hours;
  private final Function<? super E, @Nullable String> status;
  private final Function<? super E, @Nullable String> project;
  private final Function<? super E, @Nullable String> costCode;
  private final Function<? super E, @Nullable String> costType;
  private final Function<? super E, @Nullable String> timeType;
  private final @Nullable ZoneId zone;

  private TimeEntryView(Builder<E> b) {
    this.id = b.id;
    this.worker = b.worker;
    this.date = b.date;
    this.start = b.start;
    this.end = b.end;
    this.breakMinutes = b.breakMinutes;
    this.hours = b.hours;
    this.status = b.status;
    this.project = b.project;
    this.costCode = b.costCode;
    this.costType = b.costType;
    this.timeType = b.timeType;
    this.zone = b.zone;
  }

  /**
   * Returns a builder; the id accessor is the only required one.
   *
   * @param id reads an entry's id as text (used in every violation)
   * @param <E> the entry type
   * @return the builder
   * @throws NullPointerException when {@code id} is {@code null}
   */
  public static <E> Builder<E> builder(Function<? super E, String> id) {
    return new Builder<>(Objects.requireNonNull(id, "id"));
  }

  /**
   * Returns the entry's id as text.
   *
   * @param entry the entry
   * @return the id
   */
  public String id(E entry) {
    return String.valueOf(id.apply(entry));
  }

  /**
   * Returns the worker's key.
   *
   * @param entry the entry
   * @return the worker key, or {@code null} when absent
   */
  public @Nullable String worker(E entry) {
    return worker.apply(entry);
  }

  /**
   * Returns the entry's date: the date accessor's value, else the start instant's date in the
   * view's zone.
   *
   * @param entry the entry
   * @return the date, or {@code null} when it cannot be told
   */
  public @Nullable LocalDate date(E entry) {
    LocalDate d = date.apply(entry);
    if (d != null) {
      return d;
    }
    Instant s = start.apply(entry);
    return s == null || zone == null ? null : LocalDate.ofInstant(s, zone);
  }

  /**
   * Returns the clock-in instant.
   *
   * @param entry the entry
   * @return the start, or {@code null}
   */
  public @Nullable Instant start(E entry) {
    return start.apply(entry);
  }

  /**
   * Returns the clock-out instant.
   *
   * @param entry the entry
   * @return the end, or {@code null} (an open entry)
   */
  public @Nullable Instant end(E entry) {
    return end.apply(entry);
  }

  /**
   * Returns the entry's hours: computed from the clock times when both are present, else the
   * entry's own hours.
   *
   * @param entry the entry
   * @return the hours (possibly negative for inverted clock times), or {@code null} when unknown
   */
  public @Nullable BigDecimal hours(E entry) {
    Instant s = start.apply(entry);
    Instant e = end.apply(entry);
    if (s != null && e != null) {
      Integer brk = breakMinutes.apply(entry);
      Duration d = Duration.between(s, e).minusMinutes(brk == null ? 0 : brk);
      return hoursOf(d);
    }
    return hours.apply(entry);
  }

  /**
   * Converts a duration to decimal hours, exact to the second (six decimals at most, half-up).
   *
   * @param duration the duration
   * @return the hours, such as {@code 8.5}
   */
  public static BigDecimal hoursOf(Duration duration) {
    BigDecimal h =
        BigDecimal.valueOf(duration.getSeconds())
            .divide(SECONDS_PER_HOUR, 6, RoundingMode.HALF_UP)
            .stripTrailingZeros();
    return h.scale() < 0 ? h.setScale(0) : h;
  }

  /**
   * Returns the status as written.
   *
   * @param entry the entry
   * @return the status, or {@code null}
   */
  public @Nullable String status(E entry) {
    return status.apply(entry);
  }

  /**
   * Returns the project's key.
   *
   * @param entry the entry
   * @return the project key, or {@code null}
   */
  public @Nullable String project(E entry) {
    return project.apply(entry);
  }

  /**
   * Returns the cost code's key.
   *
   * @param entry the entry
   * @return the cost code, or {@code null}
   */
  public @Nullable String costCode(E entry) {
    return costCode.apply(entry);
  }

  /**
   * Returns the cost type's key.
   *
   * @param entry the entry
   * @return the cost type, or {@code null}
   */
  public @Nullable String costType(E entry) {
    return costType.apply(entry);
  }

  /**
   * Returns the time type's key (such as {@code REG} or a time-off type).
   *
   * @param entry the entry
   * @return the time type, or {@code null}
   */
  public @Nullable String timeType(E entry) {
    return timeType.apply(entry);
  }

  /**
   * Collects the accessors of a {@link TimeEntryView}.
   *
   * @param <E> the entry type
   */
  public static final class Builder<E> {
    private final Function<? super E, String> id;
    private Function<? super E, @Nullable String> worker = e -> null;
    private Function<? super E, @Nullable LocalDate> date = e -> null;
    private Function<? super E, @Nullable Instant> start = e -> null;
    private Function<? super E, @Nullable Instant> end = e -> null;
    private Function<? super E, @Nullable Integer> breakMinutes = e -> null;
    private Function<? super E, @Nullable BigDecimal> hours = e -> null;
    private Function<? super E, @Nullable String> status = e -> null;
    private Function<? super E, @Nullable String> project = e -> null;
    private Function<? super E, @Nullable String> costCode = e -> null;
    private Function<? super E, @Nullable String> costType = e -> null;
    private Function<? super E, @Nullable String> timeType = e -> null;
    private @Nullable ZoneId zone;

    private Builder(Function<? super E, String> id) {
      this.id = id;
    }

    /**
     * Sets the worker accessor.
     *
     * @param accessor reads the worker's key
     * @return this builder
     */
    public Builder<E> worker(Function<? super E, @Nullable String> accessor) {
      this.worker = Objects.requireNonNull(accessor, "accessor");
      return this;
    }

    /**
     * Sets the date accessor.
     *
     * @param accessor reads the entry's date
     * @return this builder
     */
    public Builder<E> date(Function<? super E, @Nullable LocalDate> accessor) {
      this.date = Objects.requireNonNull(accessor, "accessor");
      return this;
    }

    /**
     * Sets the zone used to derive a date from the start instant when the entry has no date.
     *
     * @param zone the zone (the project's time zone)
     * @return this builder
     */
    public Builder<E> zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * Sets the clock-in accessor.
     *
     * @param accessor reads the start instant
     * @return this builder
     */
    public Builder<E> start(Function<? super E, @Nullable Instant> accessor) {
      this.start = Objects.requireNonNull(accessor, "accessor");
      return this;
    }

    /**
     * Sets the clock-out accessor.
     *
     * @param accessor reads the end instant
     * @return this builder
     */
    public Builder<E> end(Function<? super E, @Nullable Instant> accessor) {
      this.end = Objects.requireNonNull(accessor, "accessor");
      return this;
    }

    /**
     * Sets the break accessor (Procore's {@code lunch_time}).
     *
     * @param accessor reads the unpaid break in minutes
     * @return this builder
     */
    public Builder<E> breakMinutes(Function<? super E, @Nullable Integer> accessor) {
      this.breakMinutes = Objects.requireNonNull(accessor, "accessor");
      return this;
    }

    /**
     * Sets the hours accessor (used when clock times are absent).
     *
     * @param accessor reads the hours
     * @return this builder
     */
    public Builder<E> hours(Function<? super E, @Nullable BigDecimal> accessor) {
      this.hours = Objects.requireNonNull(accessor, "accessor");
      return this;
    }

    /**
     * Sets the status accessor.
     *
     * @param accessor reads the status
     * @return this builder
     */
    public Builder<E> status(Function<? super E, @Nullable String> accessor) {
      this.status = Objects.requireNonNull(accessor, "accessor");
      return this;
    }

    /**
     * Sets the project accessor.
     *
     * @param accessor reads the project's key
     * @return this builder
     */
    public Builder<E> project(Function<? super E, @Nullable String> accessor) {
      this.project = Objects.requireNonNull(accessor, "accessor");
      return this;
    }

    /**
     * Sets the cost code accessor.
     *
     * @param accessor reads the cost code's key
     * @return this builder
     */
    public Builder<E> costCode(Function<? super E, @Nullable String> accessor) {
      this.costCode = Objects.requireNonNull(accessor, "accessor");
      return this;
    }

    /**
     * Sets the cost type accessor.
     *
     * @param accessor reads the cost type's key
     * @return this builder
     */
    public Builder<E> costType(Function<? super E, @Nullable String> accessor) {
      this.costType = Objects.requireNonNull(accessor, "accessor");
      return this;
    }

    /**
     * Sets the time type accessor.
     *
     * @param accessor reads the time type's key
     * @return this builder
     */
    public Builder<E> timeType(Function<? super E, @Nullable String> accessor) {
      this.timeType = Objects.requireNonNull(accessor, "accessor");
      return this;
    }

    /**
     * Builds the view.
     *
     * @return the view
     */
    public TimeEntryView<E> build() {
      return new TimeEntryView<>(this);
    }
  }
}
