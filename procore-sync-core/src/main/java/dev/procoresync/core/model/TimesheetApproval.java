package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One element of {@code PATCH /rest/v1.0/projects/{project_id}/timesheets/update_approval}: a
 * timesheet and its new state (Procore accepts pending and approved only).
 *
 * <pre>{@code
 * TimesheetApproval approve = TimesheetApproval.builder().id(7001).status(TimesheetStatus.APPROVED).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTimesheetApproval.class)
@JsonDeserialize(as = ImmutableTimesheetApproval.class)
public abstract class TimesheetApproval {

  TimesheetApproval() {}

  /**
   * Returns a new, empty builder of {@code TimesheetApproval} values.
   *
   * <p>Its {@code build()} throws {@link IllegalStateException} naming every required attribute
   * left unset; a setter given {@code null} for a required attribute throws {@link
   * NullPointerException} naming it ({@code null} for an optional attribute leaves it empty).
   *
   * @return a new builder
   */
  public static ImmutableTimesheetApproval.Builder builder() {
    return ImmutableTimesheetApproval.builder();
  }

  /**
   * Returns a new builder holding this value's attributes, to make a changed copy; this value is
   * left as it is.
   *
   * @return a new builder that starts from this value
   */
  public ImmutableTimesheetApproval.Builder toBuilder() {
    return ImmutableTimesheetApproval.builder().from(this);
  }

  /**
   * The timesheet.
   *
   * @return the timesheet
   */
  public abstract long id();

  /**
   * The new state, {@link TimesheetStatus#PENDING} or {@link TimesheetStatus#APPROVED}.
   *
   * @return the new state, {@link TimesheetStatus#PENDING} or {@link TimesheetStatus#APPROVED}
   */
  public abstract TimesheetStatus status();
}
