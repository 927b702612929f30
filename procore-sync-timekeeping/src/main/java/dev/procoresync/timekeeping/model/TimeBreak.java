package dev.procoresync.timekeeping.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A break inside a time entry: its start and, once it ended, its end.
 *
 * <pre>{@code
 * TimeBreak lunch = TimeBreak.of(Instant.parse("2026-03-09T18:00:00Z"), Instant.parse("2026-03-09T18:30:00Z"));
 * }</pre>
 */
@Value.Immutable
public abstract class TimeBreak {
  TimeBreak() {}

  /**
   * Returns a new, empty builder; {@code build()} throws {@link IllegalStateException} when the
   * start is unset.
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
   * Returns when the break started.
   *
   * @return the start
   */
  public abstract Instant start();

  /**
   * Returns when the break ended.
   *
   * @return the end; empty while the break is running
   */
  public abstract Optional<Instant> end();

  /**
   * Returns the break's length: end minus start, zero while it runs or when its end is before its
   * start (the rules report such a break as a violation).
   *
   * @return the duration, never negative
   */
  public Duration duration() {
    if (end().isEmpty() || end().get().isBefore(start())) {
      return Duration.ZERO;
    }
    return Duration.between(start(), end().get());
  }

  /**
   * Creates a closed break.
   *
   * @param start when it started
   * @param end when it ended
   * @return the break
   * @throws NullPointerException when an argument is {@code null}
   */
  public static TimeBreak of(Instant start, Instant end) {
    return builder().start(start).end(end).build();
  }

  /**
   * Builds {@link TimeBreak} values: a setter per attribute, {@code from(value)} and {@code
   * build()}. Not thread safe.
   */
  public static final class Builder extends TimeBreakBuilder {
    Builder() {}
  }
}
