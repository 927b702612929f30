package dev.procoresync.core.origin;

import dev.procoresync.core.state.SyncStateStore;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * Gives each {@link OriginId} a stable positive integer for Procore timecard entries, whose {@code
 * origin_id} is an integer, and reads the origin id back from such an integer.
 *
 * <p>The integer is derived from the origin id (the first 31 bits of the SHA-256 of its formatted
 * form, so it is stable across processes and even survives a lost state store in nearly every
 * case); a collision with another origin id is resolved by probing the next integers. Both
 * directions are stored as cross references of the {@link SyncStateStore}, claimed with {@link
 * SyncStateStore#putCrossReferenceIfAbsent}, so that concurrent callers (threads or processes
 * sharing a store) always agree: one origin id gets one integer and one integer belongs to one
 * origin id. Decision record 0010 explains the choice.
 *
 * <pre>{@code
 * TimecardOriginIds ids = TimecardOriginIds.using(state);
 * long originId = ids.allocate(OriginId.of("busybusy", "time_entry", "9f2c"));   // e.g. 1418300533
 * Optional<OriginId> back = ids.originIdOf(entry.originId());
 * }</pre>
 */
public final class TimecardOriginIds {
  /** The cross-reference namespace from formatted origin id to integer. */
  public static final String BY_ORIGIN_ID = "procore:timecard_entry:origin_id";

  /** The cross-reference namespace from integer to formatted origin id. */
  public static final String BY_INTEGER = "procore:timecard_entry:origin_id_owner";

  /** The largest integer handed out (Procore's integer column is assumed signed 32-bit). */
  public static final long MAX = Integer.MAX_VALUE;

  private static final int MAX_PROBES = 10_000;

  private final SyncStateStore store;
  private final ToLongFunction<OriginId> hash;

  TimecardOriginIds(SyncStateStore store, ToLongFunction<OriginId> hash) {
    this.store = Objects.requireNonNull(store, "store");
    this.hash = hash;
  }

  /**
   * Returns the mapping kept in {@code store}.
   *
   * @param store where both directions of the mapping live
   * @return the mapping
   */
  public static TimecardOriginIds using(SyncStateStore store) {
    return new TimecardOriginIds(store, TimecardOriginIds::sha256);
  }

  /**
   * Returns the integer of {@code originId}, allocating it on first use. Safe under concurrent
   * callers: all of them get the same integer.
   *
   * @param originId the origin id
   * @return an integer from 1 to {@link #MAX}, the same on every call
   * @throws IllegalStateException when no free integer was found after many probes (the store would
   *     have to hold billions of timecard origin ids)
   */
  public long allocate(OriginId originId) {
    String formatted = Objects.requireNonNull(originId, "originId").format();
    Optional<String> known = store.crossReference(BY_ORIGIN_ID, formatted);
    if (known.isPresent()) {
      return Long.parseLong(known.get());
    }
    long start = Math.floorMod(hash.applyAsLong(originId), MAX);
    for (int i = 0; i < MAX_PROBES; i++) {
      String candidate = Long.toString((start + i) % MAX + 1);
      String owner = store.putCrossReferenceIfAbsent(BY_INTEGER, candidate, formatted);
      if (owner.equals(formatted)) {
        return Long.parseLong(store.putCrossReferenceIfAbsent(BY_ORIGIN_ID, formatted, candidate));
      }
    }
    throw new IllegalStateException(
        "no free timecard origin_id integer for '"
            + formatted
            + "' after "
            + MAX_PROBES
            + " probes");
  }

  /**
   * Returns the integer of {@code originId} if one was allocated.
   *
   * @param originId the origin id
   * @return the integer, or empty when {@link #allocate} was never called for it
   */
  public Optional<Long> lookup(OriginId originId) {
    return store
        .crossReference(BY_ORIGIN_ID, Objects.requireNonNull(originId, "originId").format())
        .map(Long::parseLong);
  }

  /**
   * Returns the origin id an integer was allocated to, such as the {@code origin_id} of a timecard
   * entry read back from Procore.
   *
   * @param integer the timecard entry's {@code origin_id}
   * @return the origin id, or empty when the integer was not allocated through this store
   */
  public Optional<OriginId> originIdOf(long integer) {
    return store
        .crossReference(BY_INTEGER, Long.toString(integer))
        .flatMap(text -> OriginId.parse(text).toOptional())
        .filter(id -> lookup(id).map(n -> n == integer).orElse(false));
  }

  private static long sha256(OriginId id) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(id.format().getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest).getInt() & 0x7fff_ffffL;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "TimecardOriginIds{store=" + store + "}";
  }
}
