package dev.procoresync.core.http;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * A {@link RateLimiter} for services that send no rate-limit headers: per key, at most {@code
 * maxInFlight} requests at once (more callers block until a slot frees) and, for each configured
 * window, at most its number of requests per period (a caller that would exceed it waits for the
 * next window). A refusal ({@link #blockUntil}) holds the key until its instant.
 *
 * <p>{@link #businessCentral()} holds Business Central's documented per-user limits: 5 requests in
 * flight, about 20 requests per second, 6,000 per 5 minutes (key: tenant + client id).
 *
 * <pre>{@code
 * RateLimiter limiter = ClientSideRateLimiter.builder()
 *     .maxInFlight(5)
 *     .window(20, Duration.ofSeconds(1))
 *     .window(6_000, Duration.ofMinutes(5))
 *     .build();
 * }</pre>
 */
public final class ClientSideRateLimiter implements RateLimiter {
  private final int maxInFlight;
  private final List<WindowSpec> specs;
  private final Map<String, KeyState> keys = new ConcurrentHashMap<>();

  private ClientSideRateLimiter(Builder b) {
    this.maxInFlight = b.maxInFlight;
    this.specs = List.copyOf(b.specs);
  }

  /**
   * Starts building a limiter.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a new limiter with Business Central's per-user limits: 5 in flight, 20 per second,
   * 6,000 per 5 minutes.
   *
   * @return the limiter
   */
  public static ClientSideRateLimiter businessCentral() {
    return builder()
        .maxInFlight(5)
        .window(20, Duration.ofSeconds(1))
        .window(6_000, Duration.ofMinutes(5))
        .build();
  }

  private KeyState state(String key) {
    return keys.computeIfAbsent(Objects.requireNonNull(key, "key"), k -> new KeyState());
  }

  @Override
  public RateLimitPermit acquire(String key, Instant now) throws InterruptedException {
    Objects.requireNonNull(now, "now");
    KeyState state = state(key);
    state.slots.acquire();
    boolean ok = false;
    try {
      Instant at = state.reserve(now);
      Duration wait = at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
      ok = true;
      return new Slot(state.slots, wait);
    } finally {
      if (!ok) {
        state.slots.release();
      }
    }
  }

  @Override
  public void blockUntil(String key, Instant until) {
    state(key).blockUntil(Objects.requireNonNull(until, "until"));
  }

  /**
   * Returns how many requests of a key are in flight now.
   *
   * @param key the rate-limit key
   * @return the count
   */
  public int inFlight(String key) {
    KeyState s = keys.get(key);
    return s == null ? 0 : maxInFlight - s.slots.availablePermits();
  }

  @Override
  public String toString() {
    return "ClientSideRateLimiter{maxInFlight=" + maxInFlight + ", windows=" + specs + "}";
  }

  private static final class Slot implements RateLimitPermit {
    private final Semaphore slots;
    private final Duration wait;
    private boolean released;

    Slot(Semaphore slots, Duration wait) {
      this.slots = slots;
      this.wait = wait;
    }

    @Override
    public Duration waitTime() {
      return wait;
    }

    @Override
    public synchronized void release() {
      if (!released) {
        released = true;
        slots.release();
      }
    }
  }

  private static final class WindowSpec {
    final int permits;
    final Duration period;

    WindowSpec(int permits, Duration period) {
      this.permits = permits;
      this.period = period;
    }

    @Override
    public String toString() {
      return permits + "/" + period;
    }
  }

  /** One key: its slots, its windows and its refusal; every method holds the monitor. */
  private final class KeyState {
    final Semaphore slots = new Semaphore(maxInFlight, true);
    final Instant[] windowStart = new Instant[specs.size()];
    final int[] used = new int[specs.size()];
    Instant notBefore = Instant.MIN;

    synchronized Instant reserve(Instant now) {
      Instant at = now.isAfter(notBefore) ? now : notBefore;
      // the pacing rule: spend the window, then wait until it is over; repeat until every window
      // has room at the same instant
      boolean moved = true;
      while (moved) {
        moved = false;
        for (int i = 0; i < windowStart.length; i++) {
          WindowSpec spec = specs.get(i);
          Instant start = windowStart[i];
          if (start == null || !at.isBefore(start.plus(spec.period))) {
            continue; // a new window would start at 'at'
          }
          if (used[i] >= spec.permits) {
            at = start.plus(spec.period);
            moved = true;
          } else if (at.isBefore(start)) {
            at = start; // the window a caller before this one waited for has not begun yet
            moved = true;
          }
        }
      }
      for (int i = 0; i < windowStart.length; i++) {
        WindowSpec spec = specs.get(i);
        Instant start = windowStart[i];
        if (start == null || !at.isBefore(start.plus(spec.period))) {
          windowStart[i] = at;
          used[i] = 0;
        }
        used[i]++;
      }
      return at;
    }

    synchronized void blockUntil(Instant until) {
      if (until.isAfter(notBefore)) {
        notBefore = until;
      }
    }
  }

  /** Builds a {@link ClientSideRateLimiter}; not thread safe. */
  public static final class Builder {
    private int maxInFlight = Integer.MAX_VALUE;
    private final List<WindowSpec> specs = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the most requests of one key in flight at once (default: unlimited).
     *
     * @param maxInFlight at least 1
     * @return this builder
     * @throws IllegalArgumentException when below 1
     */
    public Builder maxInFlight(int maxInFlight) {
      if (maxInFlight < 1) {
        throw new IllegalArgumentException("maxInFlight must be >= 1, got " + maxInFlight);
      }
      this.maxInFlight = maxInFlight;
      return this;
    }

    /**
     * Adds a window: at most {@code permits} requests of one key per {@code period}.
     *
     * @param permits at least 1
     * @param period positive
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder window(int permits, Duration period) {
      Objects.requireNonNull(period, "period");
      if (permits < 1) {
        throw new IllegalArgumentException("permits must be >= 1, got " + permits);
      }
      if (period.isNegative() || period.isZero()) {
        throw new IllegalArgumentException("period must be positive, got " + period);
      }
      specs.add(new WindowSpec(permits, period));
      return this;
    }

    /**
     * Builds the limiter.
     *
     * @return the limiter
     */
    public ClientSideRateLimiter build() {
      return new ClientSideRateLimiter(this);
    }
  }
}
