package dev.procoresync.timekeeping.servicetrade.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A clock-in and its clock-out, as {@code GET /api/job/{id}/clockevent} pairs them in {@code
 * data.pairedEvents}.
 */
@Value.Immutable
@JsonSerialize(as = ClockEventPairBuilder.ImmutableClockEventPair.class)
@JsonDeserialize(as = ClockEventPairBuilder.ImmutableClockEventPair.class)
public abstract class ClockEventPair {

  ClockEventPair() {}

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
   * The clock-in.
   *
   * @return the clock-in
   */
  public abstract ClockEvent start();

  /**
   * The clock-out (empty while the technician is clocked in).
   *
   * @return the clock-out (empty while the technician is clocked in), or empty when not set
   */
  public abstract Optional<ClockEvent> end();

  /**
   * The seconds between the two, as ServiceTrade computed them.
   *
   * @return the seconds between the two, as ServiceTrade computed them, or empty when not set
   */
  public abstract Optional<Long> elapsedTime();

  /**
   * Builds {@code ClockEventPair} values: a setter per attribute, {@code from(value)} and {@code
   * build()}. Not thread safe.
   */
  public static final class Builder extends ClockEventPairBuilder {
    Builder() {}
  }
}
