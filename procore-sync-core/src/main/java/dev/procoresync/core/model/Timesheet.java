package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A project's daily timesheet ({@code /rest/v1.0/projects/{project_id}/timesheets}), grouping the
 * day's timecard entries.
 */
@Value.Immutable
@JsonSerialize(as = TimesheetBuilder.ImmutableTimesheet.class)
@JsonDeserialize(as = TimesheetBuilder.ImmutableTimesheet.class)
public abstract class Timesheet {

  Timesheet() {}

  /**
   * Returns a new, empty builder of {@code Timesheet} values.
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
   * The approval state.
   *
   * @return the approval state, or empty when Procore leaves it out
   */
  public abstract Optional<TimesheetStatus> status();

  /**
   * The entries, when the response includes them.
   *
   * @return the entries, when the response includes them (empty when none)
   */
  public abstract List<TimecardEntry> timecardEntries();

  /**
   * When the record was created.
   *
   * @return When the record was created, or empty when Procore leaves it out
   */
  public abstract Optional<Instant> createdAt();

  /**
   * When the record was last updated.
   *
   * @return When the record was last updated, or empty when Procore leaves it out
   */
  public abstract Optional<Instant> updatedAt();

  /**
   * Builds {@code Timesheet} values: a setter per attribute (plus {@code add*}/{@code addAll*} for
   * lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a value,
   * and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder is not
   * thread safe.
   */
  public static final class Builder extends TimesheetBuilder {
    Builder() {}
  }
}
