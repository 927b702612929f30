package dev.procoresync.core.state;

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
 */
public interface TokenStore {

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
}
