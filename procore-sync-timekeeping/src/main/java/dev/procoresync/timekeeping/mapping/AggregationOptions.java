package dev.procoresync.timekeeping.mapping;

import dev.procoresync.timekeeping.model.RoundingPolicy;
import dev.procoresync.timekeeping.model.TimecardMode;
import java.util.function.Function;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * How {@link TimecardAggregation#plan} turns entries into timecard lines: the company's rounding,
 * what to do at midnight, each project's timecard mode, and the project each source project rolls
 * up to.
 *
 * <pre>{@code
 * AggregationOptions o = AggregationOptions.builder()
 *     .rounding(RoundingPolicy.of(15, RoundingRule.NEAREST))
 *     .modeOf(p -> inOutProjects.contains(p) ? TimecardMode.START_STOP : TimecardMode.TOTAL_HOURS)
 *     .projectOf(p -> topLevel.get(p))        // busybusy sub-projects roll up to their root
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class AggregationOptions {
  AggregationOptions() {}

  /**
   * Returns a new builder; every attribute has a default.
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
   * Returns the company's rounding policy.
   *
   * @return the policy; off by default
   */
  @Value.Default
  public RoundingPolicy rounding() {
    return RoundingPolicy.off();
  }

  /**
   * Returns what to do with entries crossing midnight.
   *
   * @return the policy; {@link MidnightPolicy#CLOCK_IN_DATE} by default
   */
  @Value.Default
  public MidnightPolicy midnight() {
    return MidnightPolicy.CLOCK_IN_DATE;
  }

  /**
   * Returns the function telling each (rolled-up) project's timecard mode.
   *
   * @return the mode per project key; {@link TimecardMode#TOTAL_HOURS} for all by default
   */
  @Value.Default
  @Value.Auxiliary
  public Function<String, TimecardMode> modeOf() {
    return p -> TimecardMode.TOTAL_HOURS;
  }

  /**
   * Returns the function mapping an entry's project to the project the time is filed under (a
   * sub-project's top-level project); {@code null} means the project is unknown and the entry is
   * skipped.
   *
   * @return the roll-up; the identity by default
   */
  @Value.Default
  @Value.Auxiliary
  public Function<String, @Nullable String> projectOf() {
    return p -> p;
  }

  /**
   * Builds {@link AggregationOptions} values: a setter per attribute, {@code from(value)} and
   * {@code build()}. Not thread safe.
   */
  public static final class Builder extends AggregationOptionsBuilder {
    Builder() {}
  }
}
