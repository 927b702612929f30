package dev.procoresync.core.http;

import dev.procoresync.core.state.Lease;
import dev.procoresync.core.state.LeaseStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * A {@link RateLimiter} that holds at most N requests of one key in flight across every process
 * sharing a {@link LeaseStore} (a database, Redis): each request holds one of N slot leases ({@code
 * inflight:<key>:<slot>}) from before it is sent until its answer came, and a caller that finds
 * every slot taken blocks, polling the store, until one frees. Windows, refusals and headers are
 * left to the limiter it wraps (per process). A slot whose holder died (a process killed with its
 * request out) frees when its lease runs out on the clock.
 *
 * <p>Business Central runs at most 5 requests at once per principal (tenant and client id) and
 * queues or refuses the rest; across machines that limit can only be kept with a shared count:
 *
 * <pre>{@code
 * RateLimiter limiter = SharedInFlightLimiter.builder()
 *     .leases(jdbcStore)                                  // or a RedisStateStore
 *     .maxInFlight(5)
 *     .windows(ClientSideRateLimiter.businessCentral())   // the per-process windows
 *     .build();
 * BcClient bc = BcClient.builder()...rateLimiter(limiter).build();
 * }</pre>
 *
 * <p>Thread safe. Every request costs two store operations or more (take a slot, give it back).
 */
public final class SharedInFlightLimiter implements RateLimiter {
  private final LeaseStore leases;
  private final int maxInFlight;
  private final RateLimiter windows;
  private final Clock clock;
  private final Duration leaseTime;
  private final Duration poll;

  private SharedInFlightLimiter(Builder b) {
    LeaseStore store = b.leases;
    this.leases = Objects.requireNonNull(store, "leases");
    this.maxInFlight = b.maxInFlight;
    this.windows = b.windows;
    this.clock = b.clock;
    this.leaseTime = b.leaseTime;
    this.poll = b.poll;
  }

  /**
   * Starts building a limiter.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public RateLimitPermit acquire(String key, Instant now) throws InterruptedException {
    Objects.requireNonNull(now, "now");
    return acquire(key, new FirstThen(now, clock));
  }

  @Override
  public RateLimitPermit acquire(String key, Clock clock) throws InterruptedException {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(clock, "clock");
    Instant now = clock.instant();
    String holder = "inflight-" + UUID.randomUUID();
    Instant at = now;
    while (true) {
      int first = ThreadLocalRandom.current().nextInt(maxInFlight);
      for (int i = 0; i < maxInFlight; i++) {
        String name = "inflight:" + key + ":" + ((first + i) % maxInFlight);
        Optional<Lease> slot = leases.tryAcquireLease(name, holder, at, leaseTime);
        if (slot.isPresent()) {
          RateLimitPermit inner;
          try {
            inner = windows.acquire(key, clock);
          } catch (InterruptedException | RuntimeException e) {
            leases.releaseLease(slot.get());
            throw e;
          }
          return new Slot(leases, slot.get(), inner);
        }
      }
      Thread.sleep(poll.toMillis());
      at = clock.instant();
    }
  }

  /** A clock that answers a given instant first, then reads another clock. */
  private static final class FirstThen extends Clock {
    private final Clock then;
    private @Nullable Instant first;

    FirstThen(Instant first, Clock then) {
      this.first = first;
      this.then = then;
    }

    @Override
    public synchronized Instant instant() {
      Instant f = first;
      if (f != null) {
        first = null;
        return f;
      }
      return then.instant();
    }

    @Override
    public java.time.ZoneId getZone() {
      return then.getZone();
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return then.withZone(zone);
    }
  }

  @Override
  public void onAnswer(String key, int status, Headers headers, Instant now) {
    windows.onAnswer(key, status, headers, now);
  }

  @Override
  public Optional<Duration> refusalWait(String key, Headers headers, Instant now) {
    return windows.refusalWait(key, headers, now);
  }

  @Override
  public void blockUntil(String key, Instant until) {
    windows.blockUntil(key, until);
  }

  @Override
  public String toString() {
    return "SharedInFlightLimiter{maxInFlight="
        + maxInFlight
        + ", "
        + leases
        + ", "
        + windows
        + "}";
  }

  /** One slot's permit: the wrapped limiter's permit and the slot's lease. */
  private static final class Slot implements RateLimitPermit {
    private final LeaseStore leases;
    private final Lease lease;
    private final RateLimitPermit inner;
    private boolean released;

    Slot(LeaseStore leases, Lease lease, RateLimitPermit inner) {
      this.leases = leases;
      this.lease = lease;
      this.inner = inner;
    }

    @Override
    public Duration waitTime() {
      return inner.waitTime();
    }

    @Override
    public synchronized void release() {
      if (!released) {
        released = true;
        try {
          inner.release();
        } finally {
          leases.releaseLease(lease);
        }
      }
    }

    @Override
    public String toString() {
      return "RateLimitPermit{" + lease.name() + ", wait=" + inner.waitTime() + "}";
    }
  }

  /** Builds a {@link SharedInFlightLimiter}; not thread safe. */
  public static final class Builder {
    private @Nullable LeaseStore leases;
    private int maxInFlight = 5;
    private RateLimiter windows = RateLimiter.none();
    private Clock clock = Clock.systemUTC();
    private Duration leaseTime = Duration.ofMinutes(2);
    private Duration poll = Duration.ofMillis(5);

    private Builder() {}

    /**
     * Sets the store every process shares (required): the in-memory, JDBC and Redis state stores
     * are lease stores.
     *
     * @param leases the store
     * @return this builder
     * @throws NullPointerException when {@code leases} is {@code null}
     */
    public Builder leases(LeaseStore leases) {
      this.leases = Objects.requireNonNull(leases, "leases");
      return this;
    }

    /**
     * Sets the most requests of one key in flight at once across all processes (default 5, Business
     * Central's per principal).
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
     * Sets the limiter that paces windows and refusals in this process (default {@link
     * RateLimiter#none()}), such as {@link ClientSideRateLimiter#businessCentral()}.
     *
     * @param windows the wrapped limiter
     * @return this builder
     * @throws NullPointerException when {@code windows} is {@code null}
     */
    public Builder windows(RateLimiter windows) {
      this.windows = Objects.requireNonNull(windows, "windows");
      return this;
    }

    /**
     * Sets the clock the slot leases expire on (default the system clock; the service's clock in
     * tests).
     *
     * @param clock the clock
     * @return this builder
     * @throws NullPointerException when {@code clock} is {@code null}
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets how long a slot is held at most (default 2 minutes): longer than any request takes, as
     * short as a killed holder may keep its slot.
     *
     * @param leaseTime positive
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder leaseTime(Duration leaseTime) {
      Objects.requireNonNull(leaseTime, "leaseTime");
      if (leaseTime.isNegative() || leaseTime.isZero()) {
        throw new IllegalArgumentException("leaseTime must be positive, got " + leaseTime);
      }
      this.leaseTime = leaseTime;
      return this;
    }

    /**
     * Builds the limiter.
     *
     * @return the limiter
     * @throws NullPointerException when no lease store was set
     */
    public SharedInFlightLimiter build() {
      Objects.requireNonNull(leases, "leases (the shared lease store) must be set");
      return new SharedInFlightLimiter(this);
    }
  }
}
