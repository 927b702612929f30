package dev.procoresync.core.state;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The default {@link SyncStateStore}: thread safe, held in memory, gone when the process ends.
 *
 * <p>Use it for tests, one-off runs and hosts that keep state elsewhere; a host that runs syncs on
 * a schedule should plug in a persistent store. Every operation is atomic per key; expired seen
 * keys are forgotten lazily (a key is treated as new again once its expiry has passed on the
 * store's clock, and expired marks are swept out every few hundred calls).
 *
 * <pre>{@code
 * SyncStateStore state = InMemorySyncStateStore.create(clock);
 * state.putCursor("vendors", "company:7", Instant.parse("2026-11-01T00:00:00Z"));
 * }</pre>
 */
public final class InMemorySyncStateStore implements SyncStateStore {
  /** Calls to {@link #markSeen} between two sweeps of expired marks. */
  private static final int SWEEP_EVERY = 512;

  private final Clock clock;
  private final Map<Key, String> crossReferences = new ConcurrentHashMap<>();
  private final Map<Key, Instant> cursors = new ConcurrentHashMap<>();
  private final Map<Key, Instant> seen = new ConcurrentHashMap<>();
  private final Map<String, TokenPair> tokens = new ConcurrentHashMap<>();
  private final AtomicInteger callsSinceSweep = new AtomicInteger();

  /** A two-part key; a record, so that no choice of separator can make two keys collide. */
  private record Key(String first, String second) {}

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
   * @throws NullPointerException when {@code clock} is {@code null}
   */
  public static InMemorySyncStateStore create(Clock clock) {
    return new InMemorySyncStateStore(Objects.requireNonNull(clock, "clock"));
  }

  private static Key key(String firstName, String first, String secondName, String second) {
    return new Key(
        Objects.requireNonNull(first, firstName), Objects.requireNonNull(second, secondName));
  }

  @Override
  public Optional<String> crossReference(String namespace, String key) {
    return Optional.ofNullable(crossReferences.get(key("namespace", namespace, "key", key)));
  }

  @Override
  public void putCrossReference(String namespace, String key, String value) {
    Key k = key("namespace", namespace, "key", key);
    crossReferences.put(k, Objects.requireNonNull(value, "value"));
  }

  @Override
  public String putCrossReferenceIfAbsent(String namespace, String key, String value) {
    Key k = key("namespace", namespace, "key", key);
    Objects.requireNonNull(value, "value");
    String existing = crossReferences.putIfAbsent(k, value);
    return existing == null ? value : existing;
  }

  @Override
  public Optional<Instant> cursor(String flow, String scope) {
    return Optional.ofNullable(cursors.get(key("flow", flow, "scope", scope)));
  }

  @Override
  public void putCursor(String flow, String scope, Instant value) {
    Key k = key("flow", flow, "scope", scope);
    Objects.requireNonNull(value, "value");
    cursors.merge(k, value, (old, next) -> next.isAfter(old) ? next : old);
  }

  @Override
  public boolean markSeen(String namespace, String key, Instant expiresAt) {
    Key k = key("namespace", namespace, "key", key);
    Objects.requireNonNull(expiresAt, "expiresAt");
    Instant now = clock.instant();
    if (callsSinceSweep.incrementAndGet() >= SWEEP_EVERY) {
      callsSinceSweep.set(0);
      seen.values().removeIf(expiry -> !expiry.isAfter(now));
    }
    AtomicReference<Boolean> fresh = new AtomicReference<>(Boolean.FALSE);
    seen.compute(
        k,
        (ignored, old) -> {
          if (old != null && old.isAfter(now)) {
            return old;
          }
          fresh.set(Boolean.TRUE);
          return expiresAt;
        });
    return fresh.get();
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
