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
@JsonSerialize(as = ImmutableTimesheet.class)
@JsonDeserialize(as = ImmutableTimesheet.class)
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
  public static ImmutableTimesheet.Builder builder() {
    return ImmutableTimesheet.builder();
  }

  /**
   * Returns a new builder holding this value's attributes, to make a changed copy; this value is
   * left as it is.
   *
   * @return a new builder that starts from this value
   */
  public ImmutableTimesheet.Builder toBuilder() {
    return ImmutableTimesheet.builder().from(this);
  }

  /**
   * Procore's id of the record.
   *
   * @return Procore's id of the record, or empty when Procore leaves it out
   */
  public abstract Optional<Long> id();

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
}
