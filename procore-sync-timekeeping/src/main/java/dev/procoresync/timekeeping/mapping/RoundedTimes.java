package dev.procoresync.timekeeping.mapping;

import java.time.Duration;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A clock-in and clock-out as punched and as rounded by the company's policy, side by side, so an
 * outcome can show both.
 *
 * <pre>{@code
 * RoundedTimes t = TimeRounding.round(in, out, zone, RoundingPolicy.of(15, RoundingRule.UP));
 * Duration paid = t.roundedDuration();
 * }</pre>
 */
@Value.Immutable
public abstract class RoundedTimes {
  RoundedTimes() {}

  /**
   * Returns a new, empty builder; {@code build()} throws {@link IllegalStateException} naming every
   * attribute left unset.
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
   * Returns the clock-in as punched.
   *
   * @return the actual start
   */
  public abstract Instant actualStart();

  /**
   * Returns the clock-out as punched.
   *
   * @return the actual end
   */
  public abstract Instant actualEnd();

  /**
   * Returns the clock-in after rounding.
   *
   * @return the rounded start
   */
  public abstract Instant roundedStart();

  /**
   * Returns the clock-out after rounding.
   *
   * @return the rounded end
   */
  public abstract Instant roundedEnd();

  /**
   * Returns the punched length, end minus start.
   *
   * @return the actual duration (negative when the punches are inverted)
   */
  public Duration actualDuration() {
    return Duration.between(actualStart(), actualEnd());
  }

  /**
   * Returns the rounded length, rounded end minus rounded start: the time Procore counts.
   *
   * @return the rounded duration (negative when the punches are inverted)
   */
  public Duration roundedDuration() {
    return Duration.between(roundedStart(), roundedEnd());
  }

  /**
   * Builds {@link RoundedTimes} values: a setter per attribute, {@code from(value)} and {@code
   * build()}. Not thread safe.
   */
  public static final class Builder extends RoundedTimesBuilder {
    Builder() {}
  }
}
