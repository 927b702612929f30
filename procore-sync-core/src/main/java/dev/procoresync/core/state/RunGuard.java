package dev.procoresync.core.state;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Runs a flow for a scope only when no other worker is running it: a run lease per flow and scope
 * in a {@link LeaseStore} shared by every worker (the same durable store on every machine).
 *
 * <p>The worker that gets the lease runs the work and releases the lease when it returns or throws;
 * any other worker asking meanwhile gets an {@linkplain RunAttempt#alreadyRunning() already
 * running} attempt naming the holder and when its lease lapses, and runs nothing. A worker that
 * dies keeps the others out only until its lease has run out: choose a lease time longer than the
 * longest run (default 30 minutes). Thread safe and immutable.
 *
 * <pre>{@code
 * RunGuard guard = RunGuard.of(store, clock).holder("worker-3");
 * RunAttempt<SyncReport> attempt =
 *     guard.tryRun("vendors", "company:7", () -> flow.run(company, vendors, options));
 * if (attempt.alreadyRunning()) {
 *   log.info(attempt.message()); // "vendors (company:7) is already running: worker-1 holds it until ..."
 * }
 * }</pre>
 */
public final class RunGuard {
  /** The default lease time: 30 minutes. */
  public static final Duration DEFAULT_LEASE_TIME = Duration.ofMinutes(30);

  private final LeaseStore store;
  private final Clock clock;
  private final String holder;
  private final Duration leaseTime;

  private RunGuard(LeaseStore store, Clock clock, String holder, Duration leaseTime) {
    this.store = store;
    this.clock = clock;
    this.holder = holder;
    this.leaseTime = leaseTime;
  }

  /**
   * Returns a guard over a store, with a random holder id and the default lease time.
   *
   * @param store the store every worker shares
   * @param clock the clock leases are measured on
   * @return the guard
   * @throws NullPointerException when an argument is {@code null}
   */
  public static RunGuard of(LeaseStore store, Clock clock) {
    return new RunGuard(
        Objects.requireNonNull(store, "store"),
        Objects.requireNonNull(clock, "clock"),
        "worker-" + UUID.randomUUID(),
        DEFAULT_LEASE_TIME);
  }

  /**
   * Returns a copy with another holder id (shown to the workers that find the run taken).
   *
   * @param holder such as a host name and process id; not blank
   * @return the copy
   * @throws IllegalArgumentException when blank
   */
  public RunGuard holder(String holder) {
    Objects.requireNonNull(holder, "holder");
    if (holder.isBlank()) {
      throw new IllegalArgumentException("holder must not be blank");
    }
    return new RunGuard(store, clock, holder, leaseTime);
  }

  /**
   * Returns a copy with another lease time.
   *
   * @param leaseTime positive; longer than the longest run
   * @return the copy
   * @throws IllegalArgumentException when not positive
   */
  public RunGuard leaseTime(Duration leaseTime) {
    Objects.requireNonNull(leaseTime, "leaseTime");
    if (leaseTime.isNegative() || leaseTime.isZero()) {
      throw new IllegalArgumentException("leaseTime must be positive, got " + leaseTime);
    }
    return new RunGuard(store, clock, holder, leaseTime);
  }

  /**
   * Returns the name of the run lease of a flow in a scope.
   *
   * @param flow the flow's name
   * @param scope the scope
   * @return {@code "run:" + flow + "|" + scope}
   */
  public static String leaseName(String flow, String scope) {
    return "run:"
        + Objects.requireNonNull(flow, "flow")
        + "|"
        + Objects.requireNonNull(scope, "scope");
  }

  /**
   * Runs {@code work} if this worker gets the run lease of {@code flow} in {@code scope}.
   *
   * @param flow the flow's name, such as {@code "vendors"}
   * @param scope the scope, such as {@code "company:7"}
   * @param work the run; its exceptions pass through after the lease is released
   * @param <T> what the run returns, typically a {@code SyncReport}
   * @return the attempt: its result, or "already running" with the holder's lease
   * @throws NullPointerException when an argument is {@code null}, or the work returns {@code null}
   */
  public <T> RunAttempt<T> tryRun(String flow, String scope, Supplier<? extends T> work) {
    Objects.requireNonNull(work, "work");
    String name = leaseName(flow, scope);
    Optional<Lease> lease = store.tryAcquireLease(name, holder, clock.instant(), leaseTime);
    if (lease.isEmpty()) {
      Lease other =
          store
              .currentLease(name, clock.instant())
              .orElseGet(() -> Lease.of(name, "another worker", clock.instant()));
      return RunAttempt.alreadyRunning(flow, scope, other);
    }
    try {
      return RunAttempt.ran(flow, scope, Objects.requireNonNull(work.get(), "result of the run"));
    } finally {
      store.releaseLease(lease.get());
    }
  }

  @Override
  public String toString() {
    return "RunGuard{holder=" + holder + ", leaseTime=" + leaseTime + ", store=" + store + "}";
  }
}
