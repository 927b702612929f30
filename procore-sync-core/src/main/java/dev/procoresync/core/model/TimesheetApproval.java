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
@JsonSerialize(as = TimesheetApprovalBuilder.ImmutableTimesheetApproval.class)
@JsonDeserialize(as = TimesheetApprovalBuilder.ImmutableTimesheetApproval.class)
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

  /**
   * Builds {@code TimesheetApproval} values: a setter per attribute (plus {@code add*}/{@code
   * addAll*} for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start
   * from a value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a
   * builder is not thread safe.
   */
  public static final class Builder extends TimesheetApprovalBuilder {
    Builder() {}
  }
}
