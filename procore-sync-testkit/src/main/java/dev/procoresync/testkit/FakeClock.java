package dev.procoresync.testkit;

import dev.procoresync.core.time.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that only moves when a test moves it. Thread safe: every thread sees the same
 * instant, and {@link #advance(Duration)} from several threads adds up.
 *
 * <p>Hand the same clock to the fake and to the code under test, and hand the code under test
 * {@link #sleeper()}: every pause it takes (rate-limit pacing, Retry-After, backoff) then advances
 * the clock instead of blocking, so token expiry and rate-limit windows are tested without
 * sleeping.
 *
 * <pre>{@code
 * FakeClock clock = FakeClock.at(Instant.parse("2026-01-05T08:00:00Z"));
 * clock.advance(Duration.ofMinutes(90));
 * clock.sleeper().sleep(Duration.ofSeconds(10)); // returns at once, clock is 10 s later
 * }</pre>
 */
public final class FakeClock extends Clock {

  /** The instant a clock made with {@link #create()} starts at: 2026-01-05T08:00:00Z. */
  public static final Instant DEFAULT_START = Instant.parse("2026-01-05T08:00:00Z");

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private FakeClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * Returns a clock at {@link #DEFAULT_START}, in UTC.
   *
   * @return a new clock
   */
  public static FakeClock create() {
    return at(DEFAULT_START);
  }

  /**
   * Returns a clock at {@code start}, in UTC.
   *
   * @param start the first instant the clock shows
   * @return a new clock
   * @throws NullPointerException when {@code start} is null
   */
  public static FakeClock at(Instant start) {
    Objects.requireNonNull(start, "start");
    return new FakeClock(new AtomicReference<>(start), ZoneOffset.UTC);
  }

  /**
   * Moves the clock forward.
   *
   * @param duration how far; zero leaves the clock where it is
   * @return the new instant
   * @throws IllegalArgumentException when {@code duration} is negative (clocks do not run back; use
   *     {@link #set(Instant)} for that)
   */
  public Instant advance(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative: " + duration);
    }
    return now.updateAndGet(instant -> instant.plus(duration));
  }

  /**
   * Sets the clock to {@code instant}, forwards or backwards.
   *
   * @param instant the instant the clock shows from now on
   * @throws NullPointerException when {@code instant} is null
   */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }

  /**
   * Returns a sleeper that advances this clock by the requested duration and returns at once. Zero
   * and negative durations leave the clock unchanged.
   *
   * @return a sleeper bound to this clock
   */
  public Sleeper sleeper() {
    return duration -> {
      Objects.requireNonNull(duration, "duration");
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedException("interrupted before sleeping " + duration);
      }
      if (!duration.isNegative() && !duration.isZero()) {
        advance(duration);
      }
    };
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /**
   * Returns a view of this clock in another zone; both views share one instant.
   *
   * @param zone the zone of the view
   * @return a clock showing the same instant in {@code zone}
   */
  @Override
  public FakeClock withZone(ZoneId zone) {
    return new FakeClock(now, Objects.requireNonNull(zone, "zone"));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public String toString() {
    return "FakeClock[" + now.get() + ", " + zone + "]";
  }
}
