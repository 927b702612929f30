package dev.procoresync.timekeeping.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Paid or unpaid time off a worker took on a day. Time-keeping apps keep it apart from worked time;
 * the busybusy flow never sends it to Procore.
 *
 * <pre>{@code
 * TimeOff pto = TimeOff.builder().id("to-1").workerId("m-7").date(LocalDate.parse("2026-07-03"))
 *     .hours(new BigDecimal("8")).paid(true).type("Holiday").build();
 * }</pre>
 */
@Value.Immutable
public abstract class TimeOff {
  TimeOff() {}

  /**
   * Returns a new, empty builder; {@code build()} throws {@link IllegalStateException} naming every
   * required attribute left unset and {@link IllegalArgumentException} when an id is blank or the
   * hours are negative.
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
   * Returns the source's key.
   *
   * @return the id, never blank
   */
  public abstract String id();

  /**
   * Returns the key of the worker.
   *
   * @return the worker's id, never blank
   */
  public abstract String workerId();

  /**
   * Returns the day off.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the hours taken.
   *
   * @return the hours, zero or more
   */
  public abstract BigDecimal hours();

  /**
   * Tells whether the time off is paid.
   *
   * @return {@code true} when paid
   */
  @Value.Default
  public boolean paid() {
    return true;
  }

  /**
   * Returns the source's kind of time off, such as {@code Holiday} or {@code Sick}.
   *
   * @return the type, if any
   */
  public abstract Optional<String> type();

  @Value.Check
  void check() {
    Checks.notBlank("time off id", id());
    Checks.notBlank("time off " + id() + " workerId", workerId());
    if (hours().signum() < 0) {
      throw new IllegalArgumentException(
          "time off " + id() + " hours must not be negative, got " + hours());
    }
  }

  /**
   * Builds {@link TimeOff} values: a setter per attribute, {@code from(value)} and {@code build()}.
   * Not thread safe.
   */
  public static final class Builder extends TimeOffBuilder {
    Builder() {}
  }
}
