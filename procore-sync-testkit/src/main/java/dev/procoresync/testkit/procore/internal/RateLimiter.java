package dev.procoresync.testkit.procore.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Procore's two windows on the fake clock: an hourly one and a 10-second spike one. A window opens
 * with the first request after the previous one closed. The {@code X-Rate-Limit-*} headers describe
 * the window with fewer requests left (the one the caller will hit first); a tie goes to the window
 * that resets sooner.
 */
final class RateLimiter {
  private final Clock clock;
  private boolean enabled;
  private int hourlyLimit;
  private Duration hourlyWindow = Duration.ofHours(1);
  private int spikeLimit;
  private Duration spikeWindow = Duration.ofSeconds(10);
  private boolean retryAfter;
  private final Window hourly = new Window();
  private final Window spike = new Window();

  RateLimiter(Clock clock) {
    this.clock = clock;
  }

  synchronized void configure(
      boolean enabled,
      int hourlyLimit,
      Duration hourlyWindow,
      int spikeLimit,
      Duration spikeWindow,
      boolean retryAfter) {
    this.enabled = enabled;
    this.hourlyLimit = hourlyLimit;
    this.hourlyWindow = hourlyWindow;
    this.spikeLimit = spikeLimit;
    this.spikeWindow = spikeWindow;
    this.retryAfter = retryAfter;
    hourly.start = null;
    spike.start = null;
  }

  /** Counts one request; returns null when limiting is off, else the decision with headers. */
  synchronized @Nullable Decision acquire() {
    if (!enabled) {
      return null;
    }
    Instant now = clock.instant();
    hourly.roll(now, hourlyWindow);
    spike.roll(now, spikeWindow);
    boolean hourlyFull = hourly.used >= hourlyLimit;
    boolean spikeFull = spike.used >= spikeLimit;
    if (hourlyFull || spikeFull) {
      Window blocking;
      int limit;
      Duration length;
      if (hourlyFull && (!spikeFull || hourly.end(hourlyWindow).isAfter(spike.end(spikeWindow)))) {
        blocking = hourly;
        limit = hourlyLimit;
        length = hourlyWindow;
      } else {
        blocking = spike;
        limit = spikeLimit;
        length = spikeWindow;
      }
      Instant reset = blocking.end(length);
      long wait = Math.max(1, (Duration.between(now, reset).toMillis() + 999) / 1000);
      return new Decision(false, limit, 0, ceilSeconds(reset), retryAfter ? wait : -1);
    }
    hourly.used++;
    spike.used++;
    int hourlyLeft = hourlyLimit - hourly.used;
    int spikeLeft = spikeLimit - spike.used;
    Instant hourlyReset = hourly.end(hourlyWindow);
    Instant spikeReset = spike.end(spikeWindow);
    boolean describeHourly =
        hourlyLeft < spikeLeft || (hourlyLeft == spikeLeft && hourlyReset.isBefore(spikeReset));
    return describeHourly
        ? new Decision(true, hourlyLimit, hourlyLeft, ceilSeconds(hourlyReset), -1)
        : new Decision(true, spikeLimit, spikeLeft, ceilSeconds(spikeReset), -1);
  }

  private static long ceilSeconds(Instant instant) {
    return instant.getNano() == 0 ? instant.getEpochSecond() : instant.getEpochSecond() + 1;
  }

  private static final class Window {
    @Nullable Instant start;
    int used;

    void roll(Instant now, Duration length) {
      if (start == null || !now.isBefore(start.plus(length))) {
        start = now;
        used = 0;
      }
    }

    Instant end(Duration length) {
      return start == null ? Instant.EPOCH : start.plus(length);
    }
  }

  /** The outcome for one request. */
  static final class Decision {
    final boolean allowed;
    final int limit;
    final int remaining;
    final long reset;
    final long retryAfterSeconds;

    Decision(boolean allowed, int limit, int remaining, long reset, long retryAfterSeconds) {
      this.allowed = allowed;
      this.limit = limit;
      this.remaining = remaining;
      this.reset = reset;
      this.retryAfterSeconds = retryAfterSeconds;
    }

    Reply apply(Reply reply) {
      reply.header("X-Rate-Limit-Limit", Integer.toString(limit));
      reply.header("X-Rate-Limit-Remaining", Integer.toString(remaining));
      reply.header("X-Rate-Limit-Reset", Long.toString(reset));
      if (retryAfterSeconds >= 0) {
        reply.header("Retry-After", Long.toString(retryAfterSeconds));
      }
      return reply;
    }
  }
}
