package dev.procoresync.timekeeping.mapping;

import dev.procoresync.core.mapping.timesheet.EntryViolation;
import dev.procoresync.timekeeping.model.ClockEvent;
import dev.procoresync.timekeeping.model.TimeEntry;
import java.util.List;
import org.immutables.value.Value;

/**
 * What {@link ClockPairing#pair} made of a set of punches: the entries it could pair (open ones
 * included, still running) and every punch it could not use, each with its violation. Every punch
 * given ends in exactly one of the two.
 *
 * <pre>{@code
 * PairingResult r = ClockPairing.pair(events);
 * r.entries().forEach(...);
 * r.rejected().forEach(v -> log(v.entryId() + ": " + v.violation().message()));
 * }</pre>
 */
@Value.Immutable
public abstract class PairingResult {
  PairingResult() {}

  /**
   * Returns a new, empty builder.
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
   * Returns the entries made from a clock-in and the clock-out after it, and the open entries of
   * workers still clocked in; each entry's id is its clock-in's id.
   *
   * @return the entries, per worker in time order
   */
  public abstract List<TimeEntry> entries();

  /**
   * Returns the punches that could not be paired, each with why.
   *
   * @return the rejected punches
   */
  public abstract List<EntryViolation<ClockEvent>> rejected();

  /**
   * Builds {@link PairingResult} values: a setter per attribute, {@code from(value)} and {@code
   * build()}. Not thread safe.
   */
  public static final class Builder extends PairingResultBuilder {
    Builder() {}
  }
}
