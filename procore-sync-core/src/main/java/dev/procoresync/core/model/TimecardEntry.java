package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One worker's time on one day, as Procore shows a timecard entry (project, company or legacy
 * endpoints). Its {@code origin_id} is an integer, so the other system's key lives in the state
 * store.
 *
 * <pre>{@code
 * TimecardEntry entry = TimecardEntry.builder().date(LocalDate.of(2026, 11, 2)).hours(new BigDecimal("8.50")).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = TimecardEntryBuilder.ImmutableTimecardEntry.class)
@JsonDeserialize(as = TimecardEntryBuilder.ImmutableTimecardEntry.class)
public abstract class TimecardEntry {

  TimecardEntry() {}

  /**
   * Returns a new, empty builder of {@code TimecardEntry} values.
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
   * The day the time was worked.
   *
   * @return the day the time was worked, or empty when Procore leaves it out
   */
  public abstract Optional<LocalDate> date();

  /**
   * The hours worked, excluding breaks ({@code "8.5"}).
   *
   * @return the hours worked, excluding breaks ({@code "8.5"}), or empty when Procore leaves it out
   */
  public abstract Optional<BigDecimal> hours();

  /**
   * When the worker started, for projects configured for start and stop times.
   *
   * @return When the worker started, for projects configured for start and stop times, or empty
   *     when Procore leaves it out
   */
  public abstract Optional<OffsetDateTime> timeIn();

  /**
   * When the worker stopped.
   *
   * @return When the worker stopped, or empty when Procore leaves it out
   */
  public abstract Optional<OffsetDateTime> timeOut();

  /**
   * The break, in minutes (Procore sends a number or a string).
   *
   * @return the break, in minutes (Procore sends a number or a string), or empty when Procore
   *     leaves it out
   */
  public abstract Optional<Integer> lunchTime();

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
   * The approval state.
   *
   * @return the approval state, or empty when Procore leaves it out
   */
  public abstract Optional<TimecardApprovalStatus> approvalStatus();

  /**
   * The daily timesheet the entry belongs to.
   *
   * @return the daily timesheet the entry belongs to, or empty when Procore leaves it out
   */
  public abstract Optional<TimesheetRef> timesheet();

  /**
   * The cost code the time is charged to.
   *
   * @return the cost code the time is charged to, or empty when Procore leaves it out
   */
  public abstract Optional<TimecardCostCodeRef> costCode();

  /**
   * The sub job the time is charged to.
   *
   * @return the sub job the time is charged to, or empty when Procore leaves it out
   */
  public abstract Optional<NamedRef> subJob();

  /**
   * The cost type the time is charged to.
   *
   * @return the cost type the time is charged to, or empty when Procore leaves it out
   */
  public abstract Optional<Long> lineItemTypeId();

  /**
   * The time type (regular, overtime...).
   *
   * @return the time type (regular, overtime...), or empty when Procore leaves it out
   */
  public abstract Optional<TimecardTimeType> timecardTimeType();

  /**
   * The worker.
   *
   * @return the worker, or empty when Procore leaves it out
   */
  public abstract Optional<NamedRef> party();

  /**
   * The crew.
   *
   * @return the crew, or empty when Procore leaves it out
   */
  public abstract Optional<NamedRef> crew();

  /**
   * The project, on company-level lists.
   *
   * @return the project, on company-level lists, or empty when Procore leaves it out
   */
  public abstract Optional<NamedRef> project();

  /**
   * Whether the worker signed the entry.
   *
   * @return Whether the worker signed the entry, or empty when Procore leaves it out
   */
  public abstract Optional<Boolean> signed();

  /**
   * The other system's key, which Procore keeps as an integer.
   *
   * @return the other system's key, which Procore keeps as an integer, or empty when Procore leaves
   *     it out
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
   * When the entry was deleted, on lists that include deleted entries.
   *
   * @return When the entry was deleted, on lists that include deleted entries, or empty when
   *     Procore leaves it out
   */
  public abstract Optional<Instant> deletedAt();

  /**
   * Builds {@code TimecardEntry} values: a setter per attribute (plus {@code add*}/{@code addAll*}
   * for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a
   * value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder
   * is not thread safe.
   */
  public static final class Builder extends TimecardEntryBuilder {
    Builder() {}
  }
}
