package dev.procoresync.timekeeping.servicetrade.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a host asks the clock-event sync to send: the clock events a user selected on one job, the
 * Procore project, and the one cost code and cost type for all of them.
 */
@Value.Immutable
@JsonSerialize(as = ClockEventSelectionBuilder.ImmutableClockEventSelection.class)
@JsonDeserialize(as = ClockEventSelectionBuilder.ImmutableClockEventSelection.class)
public abstract class ClockEventSelection {

  ClockEventSelection() {}

  /**
   * Returns a new, empty builder.
   *
   * <p>Its {@code build()} throws {@link IllegalStateException} naming every required attribute
   * left unset; a setter given {@code null} for a required attribute throws {@link
   * NullPointerException} naming it.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a new builder holding this value's attributes, to make a changed copy.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * The Procore project whose timesheet receives the entries.
   *
   * @return the Procore project whose timesheet receives the entries
   */
  public abstract long projectId();

  /**
   * The ServiceTrade job the events belong to.
   *
   * @return the ServiceTrade job the events belong to
   */
  public abstract long jobId();

  /**
   * The selected clock-in/clock-out pairs.
   *
   * @return the selected clock-in/clock-out pairs (empty when none)
   */
  public abstract List<ClockEventPair> events();

  /**
   * The Procore cost code for every selected event.
   *
   * @return the Procore cost code for every selected event
   */
  public abstract long costCodeId();

  /**
   * The Procore cost type (line item type) for every selected event.
   *
   * @return the Procore cost type (line item type) for every selected event
   */
  public abstract long lineItemTypeId();

  /**
   * The project's time zone: it gives each entry its date.
   *
   * @return the project's time zone: it gives each entry its date
   */
  public abstract ZoneId zone();

  /**
   * Whether the project's timecards take start and stop times (else total hours; default total
   * hours).
   *
   * @return whether the project's timecards take start and stop times (else total hours; default
   *     total hours), or empty when not set
   */
  public abstract Optional<Boolean> startStopTimes();

  /**
   * Builds {@code ClockEventSelection} values: a setter per attribute, {@code from(value)} and
   * {@code build()}. Not thread safe.
   */
  public static final class Builder extends ClockEventSelectionBuilder {
    Builder() {}
  }
}
