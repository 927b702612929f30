package dev.procoresync.timekeeping.model;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One punch: a worker clocking in or out at an instant, on a project and cost code when the device
 * asked for them. Pairing turns punches into {@link TimeEntry time entries}.
 *
 * <pre>{@code
 * ClockEvent in = ClockEvent.builder().id("ev-1").workerId("u-4").type(ClockEventType.IN)
 *     .at(Instant.parse("2026-03-09T13:58:00Z")).zone(ZoneId.of("America/Chicago")).projectId("job-9")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ClockEvent {
  ClockEvent() {}

  /**
   * Returns a new, empty builder; {@code build()} throws {@link IllegalStateException} naming every
   * required attribute left unset and {@link IllegalArgumentException} when an id is blank.
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
   * Returns the source's key of this punch.
   *
   * @return the id, never blank
   */
  public abstract String id();

  /**
   * Returns the key of the worker who punched.
   *
   * @return the worker's id, never blank
   */
  public abstract String workerId();

  /**
   * Returns whether this is a clock-in or a clock-out.
   *
   * @return the type
   */
  public abstract ClockEventType type();

  /**
   * Returns when the punch happened.
   *
   * @return the instant
   */
  public abstract Instant at();

  /**
   * Returns the zone of the project the punch was made on.
   *
   * @return the zone
   */
  public abstract ZoneId zone();

  /**
   * Returns the key of the project, location or job.
   *
   * @return the project's id, if the punch names one
   */
  public abstract Optional<String> projectId();

  /**
   * Returns the key of the cost code.
   *
   * @return the cost code's id, if the punch names one
   */
  public abstract Optional<String> costCodeId();

  @Value.Check
  void check() {
    Checks.notBlank("clock event id", id());
    if (workerId().isBlank()) { // the message is built only when needed (pairing builds millions)
      Checks.notBlank("clock event " + id() + " workerId", workerId());
    }
  }

  /**
   * Builds {@link ClockEvent} values: a setter per attribute, {@code from(value)} and {@code
   * build()}. Not thread safe.
   */
  public static final class Builder extends ClockEventBuilder {
    Builder() {}
  }
}
