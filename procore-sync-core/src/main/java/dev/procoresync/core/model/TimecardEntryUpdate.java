package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The writable attributes of a timecard entry: the body of a create or update (wrapped by the
 * client as {@code timecard_entry}) and one item of the company bulk create. Send {@code hours} to
 * projects configured for total hours, {@code time_in}/{@code time_out}/{@code lunch_time} to
 * projects configured for start and stop times.
 *
 * <pre>{@code
 * TimecardEntryUpdate body = TimecardEntryUpdate.builder().date(LocalDate.of(2026, 11, 2)).hours(new BigDecimal("8.5")).partyId(77L).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = TimecardEntryUpdateBuilder.ImmutableTimecardEntryUpdate.class)
@JsonDeserialize(as = TimecardEntryUpdateBuilder.ImmutableTimecardEntryUpdate.class)
public abstract class TimecardEntryUpdate {

  TimecardEntryUpdate() {}

  /**
   * Returns a new, empty builder of {@code TimecardEntryUpdate} values.
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
   * The id of the entry to update; empty to create one.
   *
   * @return the id of the entry to update; empty to create one, or empty when Procore leaves it out
   */
  public abstract Optional<Long> id();

  /**
   * The project, for the company-level bulk create.
   *
   * @return the project, for the company-level bulk create, or empty when Procore leaves it out
   */
  public abstract Optional<Long> projectId();

  /**
   * The day the time was worked (required to create).
   *
   * @return the day the time was worked (required to create), or empty when Procore leaves it out
   */
  public abstract Optional<LocalDate> date();

  /**
   * The hours worked, excluding breaks.
   *
   * @return the hours worked, excluding breaks, or empty when Procore leaves it out
   */
  public abstract Optional<BigDecimal> hours();

  /**
   * When the worker started.
   *
   * @return When the worker started, or empty when Procore leaves it out
   */
  public abstract Optional<OffsetDateTime> timeIn();

  /**
   * When the worker stopped.
   *
   * @return When the worker stopped, or empty when Procore leaves it out
   */
  public abstract Optional<OffsetDateTime> timeOut();

  /**
   * The break, in minutes.
   *
   * @return the break, in minutes, or empty when Procore leaves it out
   */
  public abstract Optional<Integer> lunchTime();

  /**
   * The worker.
   *
   * @return the worker, or empty when Procore leaves it out
   */
  public abstract Optional<Long> partyId();

  /**
   * The worker's login, for the company-level bulk create.
   *
   * @return the worker's login, for the company-level bulk create, or empty when Procore leaves it
   *     out
   */
  public abstract Optional<Long> userId();

  /**
   * The crew.
   *
   * @return the crew, or empty when Procore leaves it out
   */
  public abstract Optional<Long> crewId();

  /**
   * The cost code the time is charged to.
   *
   * @return the cost code the time is charged to, or empty when Procore leaves it out
   */
  public abstract Optional<Long> costCodeId();

  /**
   * The sub job the time is charged to.
   *
   * @return the sub job the time is charged to, or empty when Procore leaves it out
   */
  public abstract Optional<Long> subJobId();

  /**
   * The cost type the time is charged to.
   *
   * @return the cost type the time is charged to, or empty when Procore leaves it out
   */
  public abstract Optional<Long> lineItemTypeId();

  /**
   * The time type.
   *
   * @return the time type, or empty when Procore leaves it out
   */
  public abstract Optional<Long> timecardTimeTypeId();

  /**
   * The daily timesheet to attach the entry to.
   *
   * @return the daily timesheet to attach the entry to, or empty when Procore leaves it out
   */
  public abstract Optional<Long> timesheetId();

  /**
   * The worker's classification.
   *
   * @return the worker's classification, or empty when Procore leaves it out
   */
  public abstract Optional<Long> workClassificationId();

  /**
   * The approval state (company-level endpoints only).
   *
   * @return the approval state (company-level endpoints only), or empty when Procore leaves it out
   */
  public abstract Optional<TimecardApprovalStatus> approvalStatus();

  /**
   * Whether the time is billable.
   *
   * @return Whether the time is billable, or empty when Procore leaves it out
   */
  public abstract Optional<Boolean> billable();

  /**
   * A free description.
   *
   * @return A free description, or empty when Procore leaves it out
   */
  public abstract Optional<String> description();

  /**
   * The other system's key, as an integer.
   *
   * @return the other system's key, as an integer, or empty when Procore leaves it out
   */
  public abstract Optional<Long> originId();

  /**
   * Free text for the integration, never shown to users.
   *
   * @return Free text for the integration, never shown to users, or empty when Procore leaves it
   *     out
   */
  public abstract Optional<String> originData();

  /**
   * Builds {@code TimecardEntryUpdate} values: a setter per attribute (plus {@code add*}/{@code
   * addAll*} for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start
   * from a value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a
   * builder is not thread safe.
   */
  public static final class Builder extends TimecardEntryUpdateBuilder {
    Builder() {}
  }
}
