package dev.procoresync.core.state;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The default {@link SyncStateStore}: thread safe, held in memory, gone when the process ends.
 *
 * <p>Use it for tests, one-off runs and hosts that keep state elsewhere; a host that runs syncs on
 * a schedule should plug in a persistent store.
 *
 * <pre>{@code
 * SyncStateStore state = InMemorySyncStateStore.create();
 * }</pre>
 */
public final class InMemorySyncStateStore implements SyncStateStore {
  private final Clock clock;
  private final Map<String, String> crossReferences = new ConcurrentHashMap<>();
  private final Map<String, Instant> cursors = new ConcurrentHashMap<>();
  private final Map<String, Instant> seen = new ConcurrentHashMap<>();
  private final Map<String, TokenPair> tokens = new ConcurrentHashMap<>();

  private InMemorySyncStateStore(Clock clock) {
    this.clock = clock;
  }

  /**
   * Creates an empty store on the system clock (used only to forget expired seen keys).
   *
   * @return a new empty store
   */
  public static InMemorySyncStateStore create() {
    return new InMemorySyncStateStore(Clock.systemUTC());
  }

  /**
   * Creates an empty store that reads {@code clock} to forget expired seen keys.
   *
   * @param clock the clock
   * @return a new empty store
   */
  public static InMemorySyncStateStore create(Clock clock) {
    return new InMemorySyncStateStore(Objects.requireNonNull(clock, "clock"));
  }

  private static String join(String a, String b) {
    Objects.requireNonNull(a, "namespace");
    Objects.requireNonNull(b, "key");
    return a + '\u0000' + b;
  }

  @Override
  public Optional<String> crossReference(String namespace, String key) {
    return Optional.ofNullable(crossReferences.get(join(namespace, key)));
  }

  @Override
  public void putCrossReference(String namespace, String key, String value) {
    crossReferences.put(join(namespace, key), Objects.requireNonNull(value, "value"));
  }

  @Override
  public Optional<Instant> cursor(String flow, String scope) {
    return Optional.ofNullable(cursors.get(join(flow, scope)));
  }

  @Override
  public void putCursor(String flow, String scope, Instant value) {
    Objects.requireNonNull(value, "value");
    cursors.merge(join(flow, scope), value, (old, next) -> next.isAfter(old) ? next : old);
  }

  @Override
  public boolean markSeen(String namespace, String key, Instant expiresAt) {
    Objects.requireNonNull(expiresAt, "expiresAt");
    Instant now = clock.instant();
    seen.values().removeIf(expiry -> !expiry.isAfter(now));
    return seen.putIfAbsent(join(namespace, key), expiresAt) == null;
  }

  @Override
  public Optional<TokenPair> token(String credentialKey) {
    return Optional.ofNullable(tokens.get(Objects.requireNonNull(credentialKey, "credentialKey")));
  }

  @Override
  public boolean compareAndSet(
      String credentialKey, @Nullable TokenPair expected, TokenPair replacement) {
    Objects.requireNonNull(credentialKey, "credentialKey");
    Objects.requireNonNull(replacement, "replacement");
    if (expected == null) {
      return tokens.putIfAbsent(credentialKey, replacement) == null;
    }
    return tokens.replace(credentialKey, expected, replacement);
  }

  @Override
  public String toString() {
    return "InMemorySyncStateStore{crossReferences="
        + crossReferences.size()
        + ", cursors="
        + cursors.size()
        + ", seen="
        + seen.size()
        + ", tokens="
        + tokens.size()
        + "}";
  }
}
