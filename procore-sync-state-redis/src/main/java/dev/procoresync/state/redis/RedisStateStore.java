package dev.procoresync.state.redis;

import dev.procoresync.core.state.Lease;
import dev.procoresync.core.state.SharedValueStore;
import dev.procoresync.core.state.SyncStateStore;
import dev.procoresync.core.state.TokenPair;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The sync state on Redis, shared by every process that points at it: token pairs (compare-and-set)
 * and leases (token refresh, runs), shared rate-limit budget values, cursors, cross references,
 * seen keys and resume positions.
 *
 * <p>Every check-and-write is one Lua script, atomic on the server. A lease stores the expiry
 * instant of the caller's clock; Redis's own expiry ({@code PX}) is set to ten times the lease as a
 * safety net, so a lease nobody releases is gone even if no caller ever looks at it again. Seen
 * keys and shared values expire the same way. Keys start with a prefix (default {@code
 * "procore-sync:"}). Lettuce connections are thread safe, and so is this store; close it to close
 * the connection it opened.
 *
 * <pre>{@code
 * try (RedisStateStore state = RedisStateStore.connect("redis://127.0.0.1:6379", Clock.systemUTC())) {
 *   ProcoreClient client = ProcoreClient.builder()
 *       .credentials(credentials)
 *       .tokenStore(state)
 *       .rateLimitBudget(SharedRateLimitBudget.on(state))
 *       .build();
 * }
 * }</pre>
 */
public final class RedisStateStore implements SyncStateStore, SharedValueStore, AutoCloseable {
  /** Redis keeps a lease ten times its lease time, as a safety net. */
  private static final int SAFETY_FACTOR = 10;

  /** Added to epoch seconds so that cursor strings of every instant sort like the instants. */
  private static final long CURSOR_OFFSET = 1_000_000_000_000_000L;

  private final RedisClient client;
  private final StatefulRedisConnection<String, String> connection;
  private final RedisCommands<String, String> redis;
  private final Clock clock;
  private final String prefix;
  private final AtomicLong operations = new AtomicLong();

  private RedisStateStore(RedisClient client, Clock clock, String prefix) {
    this.client = client;
    this.connection = client.connect();
    this.redis = connection.sync();
    this.clock = clock;
    this.prefix = prefix;
  }

  /**
   * Connects to Redis.
   *
   * @param redisUri such as {@code redis://127.0.0.1:6379} or {@code rediss://user:pw@host:6380/2}
   * @param clock the clock that decides when seen keys expire
   * @return the store; close it when done
   * @throws IllegalArgumentException when the URI is not a Redis URI
   * @throws RedisStateException when Redis cannot be reached
   */
  public static RedisStateStore connect(String redisUri, Clock clock) {
    return connect(redisUri, clock, "procore-sync:");
  }

  /**
   * Connects to Redis, with keys under another prefix (to share one Redis between installations).
   *
   * @param redisUri such as {@code redis://127.0.0.1:6379}
   * @param clock the clock that decides when seen keys expire
   * @param keyPrefix put before every key, such as {@code "tenant-a:"}
   * @return the store; close it when done
   * @throws IllegalArgumentException when the URI is not a Redis URI
   * @throws RedisStateException when Redis cannot be reached
   */
  public static RedisStateStore connect(String redisUri, Clock clock, String keyPrefix) {
    Objects.requireNonNull(redisUri, "redisUri");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(keyPrefix, "keyPrefix");
    if (!redisUri.startsWith("redis://") && !redisUri.startsWith("rediss://")) {
      throw new IllegalArgumentException(
          "redisUri must start with redis:// or rediss://, got a URI with scheme "
              + redisUri.replaceAll("[:/].*", ""));
    }
    RedisURI uri = RedisURI.create(redisUri);
    uri.setTimeout(Duration.ofSeconds(5));
    RedisClient client = RedisClient.create(uri);
    try {
      return new RedisStateStore(client, clock, keyPrefix);
    } catch (RuntimeException e) {
      client.shutdown();
      throw new RedisStateException(
          "could not connect to " + uri.getHost() + ":" + uri.getPort(), e);
    }
  }

  /**
   * Returns how many commands and scripts this store has sent so far (for measurements).
   *
   * @return the count
   */
  public long operations() {
    return operations.get();
  }

  private <T> T call(String what, Function<RedisCommands<String, String>, T> command) {
    operations.incrementAndGet();
    try {
      return command.apply(redis);
    } catch (RuntimeException e) {
      throw new RedisStateException("could not " + what, e);
    }
  }

  private long script(String what, String script, String key, String... args) {
    Long result =
        call(what, r -> r.<Long>eval(script, ScriptOutputType.INTEGER, new String[] {key}, args));
    return result == null ? 0 : result;
  }

  /** A length-prefixed part, so that no choice of characters makes two composite keys collide. */
  private static String part(String name, @Nullable String value) {
    Objects.requireNonNull(value, name);
    return value.length() + ":" + value;
  }

  private String key(String kind, String... parts) {
    StringBuilder b = new StringBuilder(prefix).append(kind).append(':');
    for (String p : parts) {
      b.append(p);
    }
    return b.toString();
  }

  private static String positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, got " + d);
    }
    return Long.toString(Math.max(1, d.toMillis()));
  }

  // ------------------------------------------------------------------ cross references

  @Override
  public Optional<String> crossReference(String namespace, String key) {
    String hash = key("xref", part("namespace", namespace));
    String field = Objects.requireNonNull(key, "key");
    return Optional.ofNullable(call("read a cross reference", r -> r.hget(hash, field)));
  }

  @Override
  public void putCrossReference(String namespace, String key, String value) {
    String hash = key("xref", part("namespace", namespace));
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    call("write a cross reference", r -> r.hset(hash, key, value));
  }

  @Override
  public String putCrossReferenceIfAbsent(String namespace, String key, String value) {
    String hash = key("xref", part("namespace", namespace));
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    if (Boolean.TRUE.equals(call("link a cross reference", r -> r.hsetnx(hash, key, value)))) {
      return value;
    }
    String linked = call("read a cross reference", r -> r.hget(hash, key));
    return linked == null ? value : linked;
  }

  // ------------------------------------------------------------------ cursors and positions

  private static String cursorText(Instant i) {
    return String.format("%019d.%09d", i.getEpochSecond() + CURSOR_OFFSET, i.getNano());
  }

  private static Optional<Instant> parseCursor(@Nullable String text) {
    if (text == null || text.length() != 29 || text.charAt(19) != '.') {
      return Optional.empty();
    }
    try {
      long seconds = Long.parseLong(text.substring(0, 19)) - CURSOR_OFFSET;
      int nanos = Integer.parseInt(text.substring(20));
      return Optional.of(Instant.ofEpochSecond(seconds, nanos));
    } catch (NumberFormatException | java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  @Override
  public Optional<Instant> cursor(String flow, String scope) {
    String field = part("flow", flow) + part("scope", scope);
    return parseCursor(call("read a cursor", r -> r.hget(key("cursor"), field)));
  }

  @Override
  public void putCursor(String flow, String scope, Instant value) {
    String field = part("flow", flow) + part("scope", scope);
    Objects.requireNonNull(value, "value");
    script("write a cursor", Scripts.PUT_CURSOR, key("cursor"), field, cursorText(value));
  }

  @Override
  public Optional<String> resumePosition(String flow, String scope) {
    String field = part("flow", flow) + part("scope", scope);
    return Optional.ofNullable(call("read a resume position", r -> r.hget(key("resume"), field)));
  }

  @Override
  public void putResumePosition(String flow, String scope, String position) {
    String field = part("flow", flow) + part("scope", scope);
    Objects.requireNonNull(position, "position");
    call("write a resume position", r -> r.hset(key("resume"), field, position));
  }

  @Override
  public void clearResumePosition(String flow, String scope) {
    String field = part("flow", flow) + part("scope", scope);
    call("clear a resume position", r -> r.hdel(key("resume"), field));
  }

  // ------------------------------------------------------------------ seen keys

  @Override
  public boolean markSeen(String namespace, String key, Instant expiresAt) {
    String k = key("seen", part("namespace", namespace), part("key", key));
    Objects.requireNonNull(expiresAt, "expiresAt");
    long now = clock.millis();
    long expires = expiresAt.toEpochMilli();
    long px = Math.max(1_000, expires - now) * SAFETY_FACTOR;
    return script(
            "mark a key seen",
            Scripts.MARK_SEEN,
            k,
            Long.toString(expires),
            Long.toString(now),
            Long.toString(px))
        == 1;
  }

  // ------------------------------------------------------------------ token pairs

  private static String encode(TokenPair pair) {
    return "t1;"
        + part("access", pair.accessToken())
        + part("refresh", pair.refreshToken().map(r -> "+" + r).orElse("-"))
        + part("seconds", Long.toString(pair.expiresAt().getEpochSecond()))
        + part("nanos", Integer.toString(pair.expiresAt().getNano()));
  }

  private static Optional<TokenPair> decode(@Nullable String text) {
    if (text == null || !text.startsWith("t1;")) {
      return Optional.empty();
    }
    try {
      List<String> parts = new ArrayList<>();
      int at = 3;
      while (at < text.length()) {
        int colon = text.indexOf(':', at);
        int length = Integer.parseInt(text.substring(at, colon));
        parts.add(text.substring(colon + 1, colon + 1 + length));
        at = colon + 1 + length;
      }
      if (parts.size() != 4) {
        return Optional.empty();
      }
      String refresh = parts.get(1);
      return Optional.of(
          TokenPair.of(
              parts.get(0),
              refresh.startsWith("+") ? Optional.of(refresh.substring(1)) : Optional.empty(),
              Instant.ofEpochSecond(Long.parseLong(parts.get(2)), Integer.parseInt(parts.get(3)))));
    } catch (RuntimeException e) {
      return Optional.empty(); // a damaged value: as if none were stored
    }
  }

  @Override
  public Optional<TokenPair> token(String credentialKey) {
    String k = key("token", part("credentialKey", credentialKey));
    return decode(call("read a token pair", r -> r.get(k)));
  }

  @Override
  public boolean compareAndSet(
      String credentialKey, @Nullable TokenPair expected, TokenPair replacement) {
    String k = key("token", part("credentialKey", credentialKey));
    Objects.requireNonNull(replacement, "replacement");
    return script(
            "store a token pair",
            Scripts.COMPARE_AND_SET,
            k,
            expected == null ? "0" : "1",
            expected == null ? "" : encode(expected),
            encode(replacement),
            "0")
        == 1;
  }

  // ------------------------------------------------------------------ leases

  @Override
  public Optional<Lease> tryAcquireLease(
      String name, String holder, Instant now, Duration leaseTime) {
    Objects.requireNonNull(now, "now");
    positive(leaseTime, "leaseTime");
    Lease lease = Lease.of(name, holder, now.plus(leaseTime));
    if (holder.indexOf('|') >= 0) {
      throw new IllegalArgumentException("lease holder must not contain '|', got " + holder);
    }
    long px = Math.max(1, leaseTime.toMillis()) * SAFETY_FACTOR;
    long got =
        script(
            "acquire the lease '" + name + "'",
            Scripts.ACQUIRE_LEASE,
            key("lease", name),
            holder,
            Long.toString(lease.expiresAt().toEpochMilli()),
            Long.toString(now.toEpochMilli()),
            Long.toString(px));
    return got == 1 ? Optional.of(lease) : Optional.empty();
  }

  @Override
  public boolean releaseLease(Lease lease) {
    Objects.requireNonNull(lease, "lease");
    return script(
            "release the lease '" + lease.name() + "'",
            Scripts.RELEASE_LEASE,
            key("lease", lease.name()),
            lease.holder())
        == 1;
  }

  @Override
  public Optional<Lease> currentLease(String name, Instant now) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(now, "now");
    String v = call("read the lease '" + name + "'", r -> r.get(key("lease", name)));
    if (v == null) {
      return Optional.empty();
    }
    int sep = v.indexOf('|');
    try {
      Instant expires = Instant.ofEpochMilli(Long.parseLong(v.substring(0, sep)));
      Lease lease = Lease.of(name, v.substring(sep + 1), expires);
      return lease.heldAt(now) ? Optional.of(lease) : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  // ------------------------------------------------------------------ shared values

  @Override
  public Optional<String> sharedValue(String key) {
    String k = key("value", Objects.requireNonNull(key, "key"));
    return Optional.ofNullable(call("read the shared value '" + key + "'", r -> r.get(k)));
  }

  @Override
  public boolean compareAndSetSharedValue(
      String key, @Nullable String expected, String replacement, Duration keepFor) {
    String k = key("value", Objects.requireNonNull(key, "key"));
    Objects.requireNonNull(replacement, "replacement");
    String px = positive(keepFor, "keepFor");
    return script(
            "store the shared value '" + key + "'",
            Scripts.COMPARE_AND_SET,
            k,
            expected == null ? "0" : "1",
            expected == null ? "" : expected,
            replacement,
            px)
        == 1;
  }

  /** Closes the connection and the client this store opened. */
  @Override
  public void close() {
    connection.close();
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
  }

  @Override
  public String toString() {
    return "RedisStateStore{prefix=" + prefix + "}";
  }
}
