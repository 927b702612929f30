package dev.procoresync.timekeeping.servicetrade.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One clock-in or clock-out of a technician on a job; ServiceTrade sends its time as Unix seconds.
 */
@Value.Immutable
@JsonSerialize(as = ClockEventBuilder.ImmutableClockEvent.class)
@JsonDeserialize(as = ClockEventBuilder.ImmutableClockEvent.class)
public abstract class ClockEvent {

  ClockEvent() {}

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
   * ServiceTrade's id of the event.
   *
   * @return ServiceTrade's id of the event, or empty when not set
   */
  public abstract Optional<Long> id();

  /**
   * When the event happened.
   *
   * @return when the event happened
   */
  public abstract Instant eventTime();

  /**
   * The activity: {@code onsite}, {@code enroute}, {@code offsite} or {@code onbreak}.
   *
   * @return the activity: {@code onsite}, {@code enroute}, {@code offsite} or {@code onbreak}, or
   *     empty when not set
   */
  public abstract Optional<String> activity();

  /**
   * The technician.
   *
   * @return the technician, or empty when not set
   */
  public abstract Optional<ClockEventUser> user();

  /**
   * Builds {@code ClockEvent} values: a setter per attribute, {@code from(value)} and {@code
   * build()}. Not thread safe.
   */
  public static final class Builder extends ClockEventBuilder {
    Builder() {}
  }
}
