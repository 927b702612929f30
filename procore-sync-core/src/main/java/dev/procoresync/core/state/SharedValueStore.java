package dev.procoresync.core.state;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Small string values shared by every process that uses the store, replaced only with
 * compare-and-set: the state of a shared rate-limit budget ({@code
 * dev.procoresync.core.http.SharedRateLimitBudget}) lives here.
 *
 * <p>The caller computes the next value from the one it read and stores it only if nobody changed
 * it in between; on a lost race it reads again and retries. The store never interprets a value.
 * Implementations must be thread safe and atomic per key.
 *
 * <pre>{@code
 * Optional<String> seen = store.sharedValue("budget:app|company:7");
 * String next = advance(seen.orElse(null));
 * boolean stored = store.compareAndSetSharedValue("budget:app|company:7", seen.orElse(null), next,
 *     Duration.ofHours(2));
 * }</pre>
 */
public interface SharedValueStore {

  /**
   * Returns the value under a key.
   *
   * @param key the key; never a secret
   * @return the value, or empty when none is stored (or it was forgotten after its keep time)
   */
  Optional<String> sharedValue(String key);

  /**
   * Replaces the value under a key only if it is still {@code expected}.
   *
   * @param key the key
   * @param expected the value the caller read, or {@code null} when it read none
   * @param replacement the new value
   * @param keepFor how long the store must keep the value at least (it may forget it afterwards);
   *     positive
   * @return {@code true} when stored; {@code false} when the value had changed
   * @throws IllegalArgumentException when {@code keepFor} is not positive
   */
  boolean compareAndSetSharedValue(
      String key, @Nullable String expected, String replacement, Duration keepFor);
}
