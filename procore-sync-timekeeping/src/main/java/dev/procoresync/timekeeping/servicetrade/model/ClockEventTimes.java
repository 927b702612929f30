package dev.procoresync.timekeeping.servicetrade.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The actual and the rounded times of one clock-in/clock-out pair, as sent to Procore, so that a
 * host can show both (as ServiceTrade's app does).
 */
@Value.Immutable
@JsonSerialize(as = ClockEventTimesBuilder.ImmutableClockEventTimes.class)
@JsonDeserialize(as = ClockEventTimesBuilder.ImmutableClockEventTimes.class)
public abstract class ClockEventTimes {

  ClockEventTimes() {}

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
   * The pair's key, the origin id of its timecard entry.
   *
   * @return the pair's key, the origin id of its timecard entry
   */
  public abstract String key();

  /**
   * The clock-in as ServiceTrade recorded it.
   *
   * @return the clock-in as ServiceTrade recorded it
   */
  public abstract Instant actualIn();

  /**
   * The clock-out as ServiceTrade recorded it.
   *
   * @return the clock-out as ServiceTrade recorded it
   */
  public abstract Instant actualOut();

  /**
   * The clock-in after the company's rounding rule (equal to the actual one without a rule).
   *
   * @return the clock-in after the company's rounding rule (equal to the actual one without a rule)
   */
  public abstract Instant roundedIn();

  /**
   * The clock-out after the company's rounding rule.
   *
   * @return the clock-out after the company's rounding rule
   */
  public abstract Instant roundedOut();

  /**
   * The timecard date: the day of the rounded clock-in in the project's zone.
   *
   * @return the timecard date: the day of the rounded clock-in in the project's zone
   */
  public abstract LocalDate date();

  /**
   * The hours sent: rounded out minus rounded in, to two decimals.
   *
   * @return the hours sent: rounded out minus rounded in, to two decimals
   */
  public abstract BigDecimal hours();

  /**
   * Builds {@code ClockEventTimes} values: a setter per attribute, {@code from(value)} and {@code
   * build()}. Not thread safe.
   */
  public static final class Builder extends ClockEventTimesBuilder {
    Builder() {}
  }
}
