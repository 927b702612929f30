package dev.procoresync.timekeeping.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Time a worker spent, in one of two shapes: clock times (a start instant, an end instant once the
 * entry is closed, and breaks), or, where the source has no clock times, a local date and hours.
 *
 * <p>Every entry carries the {@link #zone() zone} of the project it was worked on: its {@link
 * #localDate() date} is the start's date in that zone, and durations are computed on instants, so
 * an entry on a 23- or 25-hour day counts its real length.
 *
 * <pre>{@code
 * TimeEntry clocked = TimeEntry.builder()
 *     .id("te-1").workerId("m-7").projectId("p-3")
 *     .zone(ZoneId.of("America/Chicago"))
 *     .start(Instant.parse("2026-03-09T13:00:00Z")).end(Instant.parse("2026-03-09T22:00:00Z"))
 *     .addBreaks(TimeBreak.of(Instant.parse("2026-03-09T18:00:00Z"), Instant.parse("2026-03-09T18:30:00Z")))
 *     .build();                                   // worked(): 8.5 hours
 * TimeEntry hoursOnly = TimeEntry.builder()
 *     .id("te-2").workerId("m-7").zone(ZoneId.of("America/Chicago"))
 *     .date(LocalDate.parse("2026-03-09")).hours(new BigDecimal("4.25"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class TimeEntry {
  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

  TimeEntry() {}

  /**
   * Returns a new, empty builder.
   *
   * <p>{@code build()} throws {@link IllegalStateException} naming every required attribute left
   * unset, and {@link IllegalArgumentException} naming the field when {@code id} or {@code
   * workerId} is blank, when the entry has neither a start nor a date, or when its hours are
   * negative.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this value's attributes, to make a changed copy.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Returns the source system's key of this entry.
   *
   * @return the id, never blank
   */
  public abstract String id();

  /**
   * Returns the key of the worker the time belongs to.
   *
   * @return the worker's id, never blank
   */
  public abstract String workerId();

  /**
   * Returns the key of the project (or location, or job) the time was worked on.
   *
   * @return the project's id; empty when the worker clocked in without one
   */
  public abstract Optional<String> projectId();

  /**
   * Returns the key of the cost code.
   *
   * @return the cost code's id, if any
   */
  public abstract Optional<String> costCodeId();

  /**
   * Returns the project's time zone: the zone the entry's date is read in.
   *
   * @return the zone
   */
  public abstract ZoneId zone();

  /**
   * Returns the clock-in instant.
   *
   * @return the start; empty for an entry given as a date and hours
   */
  public abstract Optional<Instant> start();

  /**
   * Returns the clock-out instant.
   *
   * @return the end; empty while the entry is open (running) or for an entry given as hours
   */
  public abstract Optional<Instant> end();

  /**
   * Returns the local date the source states; when empty the date is the start's date in the zone
   * (see {@link #localDate()}).
   *
   * @return the stated date, if any
   */
  public abstract Optional<LocalDate> date();

  /**
   * Returns the hours the source states, for sources without clock times; when clock times are
   * present they win (see {@link #worked()}).
   *
   * @return the stated hours, if any
   */
  public abstract Optional<BigDecimal> hours();

  /**
   * Returns the breaks taken during the entry.
   *
   * @return the breaks, possibly empty
   */
  public abstract List<TimeBreak> breaks();

  /**
   * Returns the source's time type, such as {@code REG}, {@code OT1} or a time-off type.
   *
   * @return the time type, if any
   */
  public abstract Optional<String> timeType();

  /**
   * Returns the worker's note on the entry.
   *
   * @return the description, if any
   */
  public abstract Optional<String> description();

  /**
   * Returns when the source last changed the entry.
   *
   * @return the last change, if known
   */
  public abstract Optional<Instant> updatedAt();

  /**
   * Tells whether the entry is still running: it has a start and no end.
   *
   * @return {@code true} when open
   */
  public boolean isOpen() {
    return start().isPresent() && end().isEmpty();
  }

  /**
   * Tells whether the entry has both clock times.
   *
   * @return {@code true} when start and end are present
   */
  public boolean hasClockTimes() {
    return start().isPresent() && end().isPresent();
  }

  /**
   * Returns the entry's date: the stated date, else the start's date in {@link #zone()}.
   *
   * @return the local date
   */
  public LocalDate localDate() {
    return date().orElseGet(() -> LocalDate.ofInstant(start().orElseThrow(), zone()));
  }

  /**
   * Returns the total length of the breaks.
   *
   * @return the break time, never negative
   */
  public Duration breakTime() {
    Duration total = Duration.ZERO;
    for (TimeBreak b : breaks()) {
      total = total.plus(b.duration());
    }
    return total;
  }

  /**
   * Returns the time worked: end minus start minus breaks, measured on instants, when the entry has
   * clock times; else the stated hours (to the second, half-up).
   *
   * @return the worked time (negative when the clock times are inverted); empty while the entry is
   *     open or when it has neither clock times nor hours
   */
  public Optional<Duration> worked() {
    if (hasClockTimes()) {
      return Optional.of(Duration.between(start().get(), end().get()).minus(breakTime()));
    }
    if (start().isPresent()) {
      return Optional.empty();
    }
    return hours()
        .map(
            h ->
                Duration.ofSeconds(
                    h.multiply(SECONDS_PER_HOUR)
                        .setScale(0, RoundingMode.HALF_UP)
                        .longValueExact()));
  }

  @Value.Check
  void check() {
    Checks.notBlank("time entry id", id());
    if (workerId().isBlank()) { // the message is built only when needed (pairing builds millions)
      Checks.notBlank("time entry " + id() + " workerId", workerId());
    }
    if (start().isEmpty() && date().isEmpty()) {
      throw new IllegalArgumentException(
          "time entry " + id() + " needs a start or a date, got neither");
    }
    if (hours().isPresent() && hours().get().signum() < 0) {
      throw new IllegalArgumentException(
          "time entry " + id() + " hours must not be negative, got " + hours().get());
    }
  }

  /**
   * Builds {@link TimeEntry} values: a setter per attribute ({@code addBreaks}/{@code addAllBreaks}
   * for the list), {@link #localTimes} for callers holding local date-times, {@code from(value)}
   * and {@code build()}. Not thread safe.
   */
  public static final class Builder extends TimeEntryBuilder {
    Builder() {}

    /**
     * Sets the zone, the start and the end from local date-times in that zone.
     *
     * <p>A local time that falls twice (the hour clocks are set back) is read with the earlier
     * offset; one that never happens (the hour clocks skip) is moved forward by the gap, as {@link
     * LocalDateTime#atZone} does.
     *
     * @param start the local clock-in time
     * @param end the local clock-out time, or {@code null} for an open entry
     * @param zone the project's zone
     * @return this builder
     * @throws NullPointerException when {@code start} or {@code zone} is {@code null}
     */
    public Builder localTimes(LocalDateTime start, @Nullable LocalDateTime end, ZoneId zone) {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(zone, "zone");
      zone(zone);
      start(start.atZone(zone).toInstant());
      if (end != null) {
        end(end.atZone(zone).toInstant());
      }
      return this;
    }
  }
}
