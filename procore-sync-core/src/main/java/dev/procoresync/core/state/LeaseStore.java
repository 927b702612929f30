package dev.procoresync.core.state;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Grants time-bounded exclusive {@link Lease}s on names, to every process that shares the store:
 * the refresh lease of a credential (see {@link TokenStore}) and the run lease of a flow in a scope
 * (see {@link RunGuard}).
 *
 * <p>A lease's expiry is an instant of the <em>caller's</em> clock, so a holder that dies stops
 * blocking the others once its lease has run out, and a test moves every lease with one fake clock.
 * A store may forget a lease on its own long after it lapsed (ten times the lease time) as a safety
 * net. Implementations must be thread safe and atomic per name.
 *
 * <pre>{@code
 * Optional<Lease> lease = store.tryAcquireLease("run:vendors|company:7", holder, clock.instant(),
 *     Duration.ofMinutes(10));
 * if (lease.isPresent()) {
 *   try {
 *     runTheFlow();
 *   } finally {
 *     store.releaseLease(lease.get());
 *   }
 * }
 * }</pre>
 */
public interface LeaseStore {

  /**
   * Claims {@code name} for {@code holder} until {@code now + leaseTime}, unless another holder's
   * lease on it still holds at {@code now}. The same holder acquiring again extends its lease. The
   * check and the claim are one atomic step: of several callers racing for a free name, exactly one
   * gets the lease.
   *
   * @param name what to claim, such as {@code "token:" + credentialKey}
   * @param holder who claims it; unique per process and client (a random id)
   * @param now the current instant, from the caller's clock
   * @param leaseTime how long the claim holds; positive
   * @return the lease, or empty when another holder's lease still holds
   * @throws IllegalArgumentException when the name or holder is blank or the lease time is not
   *     positive
   */
  Optional<Lease> tryAcquireLease(String name, String holder, Instant now, Duration leaseTime);

  /**
   * Gives up a lease early, if {@code lease.holder()} still holds it; a lease taken over by another
   * holder meanwhile is left alone.
   *
   * @param lease the lease acquired earlier
   * @return {@code true} when the lease was released; {@code false} when it was no longer held by
   *     its holder
   */
  boolean releaseLease(Lease lease);

  /**
   * Returns the lease that holds on {@code name} at {@code now}, if any.
   *
   * @param name the lease's name
   * @param now the current instant, from the caller's clock
   * @return the holding lease, or empty when the name is free
   */
  Optional<Lease> currentLease(String name, Instant now);
}
