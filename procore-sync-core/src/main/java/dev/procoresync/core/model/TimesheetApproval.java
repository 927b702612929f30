package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One element of {@code PATCH /rest/v1.0/projects/{project_id}/timesheets/update_approval}: a
 * timesheet and its new state (Procore accepts pending and approved only).
 *
 * <pre>{@code
 * TimesheetApproval approve = ImmutableTimesheetApproval.builder().id(7001).status(TimesheetStatus.APPROVED).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTimesheetApproval.class)
@JsonDeserialize(as = ImmutableTimesheetApproval.class)
public abstract class TimesheetApproval {

  TimesheetApproval() {}

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
