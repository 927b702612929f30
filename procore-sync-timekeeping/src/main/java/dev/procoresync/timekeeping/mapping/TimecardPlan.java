package dev.procoresync.timekeeping.mapping;

import dev.procoresync.core.mapping.timesheet.EntryViolation;
import dev.procoresync.timekeeping.model.TimeEntry;
import java.util.List;
import org.immutables.value.Value;

/**
 * What {@link TimecardAggregation#plan} made of a set of time entries: the lines to write to
 * Procore and the entries it skipped, each with its reason. Every entry given is in exactly one
 * line's {@link TimecardLine#sourceIds()} or in {@link #skipped()}.
 *
 * <pre>{@code
 * TimecardPlan plan = TimecardAggregation.plan(entries, TimecardAggregation.options().build());
 * }</pre>
 */
@Value.Immutable
public abstract class TimecardPlan {
  TimecardPlan() {}

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
   * Returns the lines to write, in order of first appearance.
   *
   * @return the lines
   */
  public abstract List<TimecardLine> lines();

  /**
   * Returns the entries not sent, each with the violation saying why.
   *
   * @return the skipped entries
   */
  public abstract List<EntryViolation<TimeEntry>> skipped();

  /**
   * Builds {@link TimecardPlan} values: a setter per attribute, {@code from(value)} and {@code
   * build()}. Not thread safe.
   */
  public static final class Builder extends TimecardPlanBuilder {
    Builder() {}
  }
}
