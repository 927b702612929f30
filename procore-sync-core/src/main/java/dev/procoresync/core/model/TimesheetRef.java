package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** The timesheet a timecard entry belongs to, as nested in the entry. */
@Value.Immutable
@JsonSerialize(as = TimesheetRefBuilder.ImmutableTimesheetRef.class)
@JsonDeserialize(as = TimesheetRefBuilder.ImmutableTimesheetRef.class)
public abstract class TimesheetRef {

  TimesheetRef() {}

  /**
   * Returns a new, empty builder of {@code TimesheetRef} values.
   *
   * <p>Its {@code build()} throws {@link IllegalStateException} naming every required attribute
   * left unset; a setter given {@code null} for a required attribute throws {@link
   * NullPointerException} naming it ({@code null} for an optional attribute leaves it empty).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a new builder holding this value's attributes, to make a changed copy; this value is
   * left as it is.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Procore's id of the record.
   *
   * @return Procore's id of the record (Procore always sends it)
   */
  public abstract long id();

  /**
   * The timesheet's day.
   *
   * @return the timesheet's day, or empty when Procore leaves it out
   */
  public abstract Optional<LocalDate> date();

  /**
   * The timesheet's name, such as {@code 2026-11-02 - 01}.
   *
   * @return the timesheet's name, such as {@code 2026-11-02 - 01}, or empty when Procore leaves it
   *     out
   */
  public abstract Optional<String> name();

  /**
   * The timesheet's number within its day.
   *
   * @return the timesheet's number within its day, or empty when Procore leaves it out
   */
  public abstract Optional<Long> number();

  /**
   * The timesheet's approval state.
   *
   * @return the timesheet's approval state, or empty when Procore leaves it out
   */
  public abstract Optional<TimesheetStatus> status();

  /**
   * Builds {@code TimesheetRef} values: a setter per attribute (plus {@code add*}/{@code addAll*}
   * for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a
   * value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder
   * is not thread safe.
   */
  public static final class Builder extends TimesheetRefBuilder {
    Builder() {}
  }
}
