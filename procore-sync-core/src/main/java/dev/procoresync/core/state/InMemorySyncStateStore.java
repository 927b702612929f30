package dev.procoresync.core.state;

import java.time.Clock;
import java.time.Duration;
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
public final class InMemorySyncStateStore implements SyncStateStore, SharedValueStore {
  /** Calls to {@link #markSeen} between two sweeps of expired marks. */
  private static final int SWEEP_EVERY = 512;

  private final Clock clock;
  private final Map<Key, String> crossReferences = new ConcurrentHashMap<>();
  private final Map<Key, Instant> cursors = new ConcurrentHashMap<>();
  private final Map<Key, Instant> seen = new ConcurrentHashMap<>();
  private final Map<String, TokenPair> tokens = new ConcurrentHashMap<>();
  private final Map<Key, String> resumePositions = new ConcurrentHashMap<>();
  private final Map<String, Lease> leases = new ConcurrentHashMap<>();
  private final Map<String, String> sharedValues = new ConcurrentHashMap<>();
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
  public Optional<String> resumePosition(String flow, String scope) {
    return Optional.ofNullable(resumePositions.get(key("flow", flow, "scope", scope)));
  }

  @Override
  public void putResumePosition(String flow, String scope, String position) {
    Key k = key("flow", flow, "scope", scope);
    resumePositions.put(k, Objects.requireNonNull(position, "position"));
  }

  @Override
  public void clearResumePosition(String flow, String scope) {
    resumePositions.remove(key("flow", flow, "scope", scope));
  }

  @Override
  public Optional<Lease> tryAcquireLease(
      String name, String holder, Instant now, Duration leaseTime) {
    Lease wanted = Lease.of(name, holder, Leases.expiry(now, leaseTime));
    Lease after =
        leases.compute(
            name,
            (ignored, old) ->
                old == null || !old.heldAt(now) || old.holder().equals(holder) ? wanted : old);
    return after == wanted ? Optional.of(wanted) : Optional.empty();
  }

  @Override
  public boolean releaseLease(Lease lease) {
    Objects.requireNonNull(lease, "lease");
    AtomicReference<Boolean> released = new AtomicReference<>(Boolean.FALSE);
    leases.computeIfPresent(
        lease.name(),
        (ignored, old) -> {
          if (old.holder().equals(lease.holder())) {
            released.set(Boolean.TRUE);
            return null;
          }
          return old;
        });
    return released.get();
  }

  @Override
  public Optional<Lease> currentLease(String name, Instant now) {
    Objects.requireNonNull(now, "now");
    Lease lease = leases.get(Objects.requireNonNull(name, "name"));
    return lease != null && lease.heldAt(now) ? Optional.of(lease) : Optional.empty();
  }

  /**
   * {@inheritDoc}
   *
   * <p>This store keeps values until it is dropped ({@code keepFor} is only checked).
   */
  @Override
  public Optional<String> sharedValue(String key) {
    return Optional.ofNullable(sharedValues.get(Objects.requireNonNull(key, "key")));
  }

  @Override
  public boolean compareAndSetSharedValue(
      String key, @Nullable String expected, String replacement, Duration keepFor) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(replacement, "replacement");
    Objects.requireNonNull(keepFor, "keepFor");
    if (keepFor.isNegative() || keepFor.isZero()) {
      throw new IllegalArgumentException("keepFor must be positive, got " + keepFor);
    }
    if (expected == null) {
      return sharedValues.putIfAbsent(key, replacement) == null;
    }
    return sharedValues.replace(key, expected, replacement);
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
        + ", leases="
        + leases.size()
        + "}";
  }
}
