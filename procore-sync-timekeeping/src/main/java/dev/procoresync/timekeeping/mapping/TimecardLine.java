package dev.procoresync.timekeeping.mapping;

import dev.procoresync.timekeeping.model.TimecardMode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One Procore timecard entry to write: either the total hours of a worker on a project, cost code
 * and day ({@link TimecardMode#TOTAL_HOURS}), or one source entry with its rounded start and stop
 * times ({@link TimecardMode#START_STOP}). {@link #key()} identifies it between runs.
 *
 * <pre>{@code
 * for (TimecardLine line : plan.lines()) {
 *   if (line.mode() == TimecardMode.START_STOP) { ... line.start().get() ... }
 *   else { ... line.hours() ... }
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class TimecardLine {
  TimecardLine() {}

  /**
   * Returns a new, empty builder.
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
   * Returns the line's identity between runs: {@code worker|project|costCode|date} for a total, the
   * source entry's id (with {@code @date} for a later part of a split entry) for start/stop.
   *
   * @return the key
   */
  public abstract String key();

  /**
   * Returns how Procore's project takes this line.
   *
   * @return the mode
   */
  public abstract TimecardMode mode();

  /**
   * Returns the worker's key.
   *
   * @return the worker
   */
  public abstract String workerId();

  /**
   * Returns the project's key (after any roll-up to the top-level project).
   *
   * @return the project
   */
  public abstract String projectId();

  /**
   * Returns the cost code's key.
   *
   * @return the cost code, if any
   */
  public abstract Optional<String> costCodeId();

  /**
   * Returns the local date Procore files the line under.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the project's zone.
   *
   * @return the zone
   */
  public abstract ZoneId zone();

  /**
   * Returns the hours worked: rounded clock-out minus rounded clock-in minus breaks, summed over
   * the line's entries.
   *
   * @return the hours, exact to the second
   */
  public abstract BigDecimal hours();

  /**
   * Returns the rounded clock-in (start/stop lines only).
   *
   * @return the start, if the line has one
   */
  public abstract Optional<Instant> start();

  /**
   * Returns the rounded clock-out (start/stop lines only).
   *
   * @return the end, if the line has one
   */
  public abstract Optional<Instant> end();

  /**
   * Returns the clock-in as punched (start/stop lines only).
   *
   * @return the actual start, if the line has one
   */
  public abstract Optional<Instant> actualStart();

  /**
   * Returns the clock-out as punched (start/stop lines only).
   *
   * @return the actual end, if the line has one
   */
  public abstract Optional<Instant> actualEnd();

  /**
   * Returns the break minutes (Procore's {@code lunch_time}), whole minutes rounded half-up.
   *
   * @return the break minutes
   */
  @Value.Default
  public int breakMinutes() {
    return 0;
  }

  /**
   * Returns the ids of the source entries in the line.
   *
   * @return the source ids, in the order met
   */
  public abstract List<String> sourceIds();

  /**
   * Builds {@link TimecardLine} values: a setter per attribute, {@code from(value)} and {@code
   * build()}. Not thread safe.
   */
  public static final class Builder extends TimecardLineBuilder {
    Builder() {}
  }
}
