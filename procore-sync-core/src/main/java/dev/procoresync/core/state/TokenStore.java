package dev.procoresync.core.state;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where the current OAuth token pair of a credential lives, shared by every client (and every
 * process) that uses that credential.
 *
 * <p>Procore spends a refresh token when it is used and hands out a new one. Two processes that
 * both refresh with one token would leave one of them locked out; so a new pair is stored with
 * {@link #compareAndSet}, which succeeds only for the caller that still saw the old pair.
 *
 * <pre>{@code
 * TokenPair seen = store.token("client-id").orElse(null);
 * TokenPair fresh = refresh(seen);
 * if (!store.compareAndSet("client-id", seen, fresh)) {
 *   fresh = store.token("client-id").orElseThrow(); // someone else refreshed first: use theirs
 * }
 * }</pre>
 *
 * <p><b>Leases.</b> Compare-and-set alone keeps the pair consistent, but two processes that both
 * reach the expiry would still both spend the refresh token and one of them would be refused. A
 * store shared between processes therefore also grants {@linkplain LeaseStore leases}: the client
 * refreshes only while it holds the credential's lease, and every other process waits for the pair
 * the holder stores instead of refreshing. A lease's expiry is an instant of the caller's clock, so
 * a holder that dies stops blocking the others once its lease has run out. The defaults of these
 * two methods grant every request (right for a store that lives in one process, where the client's
 * own lock already makes refresh single flight); stores shared between processes override both.
 */
public interface TokenStore extends LeaseStore {

  /**
   * Returns the current pair for a credential.
   *
   * @param credentialKey identifies the credential (for example the OAuth client id plus the
   *     environment); never a secret
   * @return the pair, or empty when none was stored
   */
  Optional<TokenPair> token(String credentialKey);

  /**
   * Replaces the pair for a credential only if the current pair is still {@code expected}.
   *
   * @param credentialKey identifies the credential
   * @param expected the pair the caller last read, or {@code null} when it read none
   * @param replacement the new pair
   * @return {@code true} when stored; {@code false} when another caller replaced the pair first
   */
  boolean compareAndSet(String credentialKey, @Nullable TokenPair expected, TokenPair replacement);

  /**
   * {@inheritDoc}
   *
   * <p>The default grants every request (no exclusion): see the class comment.
   */
  @Override
  default Optional<Lease> tryAcquireLease(
      String name, String holder, Instant now, Duration leaseTime) {
    return Optional.of(Lease.of(name, holder, Leases.expiry(now, leaseTime)));
  }

  /**
   * {@inheritDoc}
   *
   * <p>The default does nothing and answers {@code true}.
   */
  @Override
  default boolean releaseLease(Lease lease) {
    Objects.requireNonNull(lease, "lease");
    return true;
  }

  /**
   * {@inheritDoc}
   *
   * <p>The default answers empty (no store-wide leases).
   */
  @Override
  default Optional<Lease> currentLease(String name, Instant now) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(now, "now");
    return Optional.empty();
  }
}
