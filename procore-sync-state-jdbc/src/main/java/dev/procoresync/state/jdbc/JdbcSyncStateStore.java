package dev.procoresync.state.jdbc;

import dev.procoresync.core.state.Lease;
import dev.procoresync.core.state.SharedValueStore;
import dev.procoresync.core.state.SyncStateStore;
import dev.procoresync.core.state.TokenPair;
import dev.procoresync.state.jdbc.internal.PooledDriverDataSource;
import dev.procoresync.state.jdbc.internal.Schema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The whole sync state on a JDBC database, shared by every process that points at it: token pairs
 * (compare-and-set) and leases (token refresh, runs), cursors, cross references, seen keys, resume
 * positions and the values of shared rate-limit budgets.
 *
 * <p>Plain SQL on seven tables named {@code procore_sync_*}, created and migrated by {@link
 * #create} (versioned in {@code procore_sync_schema}; a database with a newer version than the
 * library is refused). Tested on PostgreSQL 15 and H2 2.x. Every operation is one short statement
 * (or an insert followed, on a key conflict, by a conditional update) in auto-commit mode, so it is
 * atomic per key whatever the isolation level; no row is locked across calls.
 *
 * <p>A lease stores the expiry of the caller's clock; a lease row is deleted on release, and rows
 * whose lease ran out ten lease times ago are swept as a safety net. Thread safe.
 *
 * <pre>{@code
 * JdbcSyncStateStore state = JdbcSyncStateStore.create(dataSource, Clock.systemUTC());
 * ProcoreClient client = ProcoreClient.builder()
 *     .credentials(credentials)
 *     .tokenStore(state)
 *     .rateLimitBudget(SharedRateLimitBudget.on(state))
 *     .build();
 * }</pre>
 */
public final class JdbcSyncStateStore implements SyncStateStore, SharedValueStore {
  private static final String UNIQUE_VIOLATION = "23505";
  private static final int SWEEP_EVERY = 256;

  private final DataSource dataSource;
  private final Clock clock;
  private final AtomicLong operations = new AtomicLong();

  private JdbcSyncStateStore(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /**
   * Opens a store on a data source, creating or migrating its tables first.
   *
   * @param dataSource the database (a pool is best)
   * @param clock the clock that decides when seen keys and shared values may be forgotten
   * @return the store
   * @throws JdbcStateException when the database cannot be reached or migrated
   */
  public static JdbcSyncStateStore create(DataSource dataSource, Clock clock) {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(clock, "clock");
    try (Connection c = dataSource.getConnection()) {
      Schema.migrate(c);
    } catch (SQLException e) {
      throw new JdbcStateException("could not create or migrate the state tables", e);
    }
    return new JdbcSyncStateStore(dataSource, clock);
  }

  /**
   * Opens a store on a JDBC URL (the driver must be on the class path), with a small built-in pool
   * of connections, creating or migrating its tables first.
   *
   * <pre>{@code
   * JdbcSyncStateStore state =
   *     JdbcSyncStateStore.connect("jdbc:postgresql://db:5432/sync?user=sync", Clock.systemUTC());
   * }</pre>
   *
   * @param jdbcUrl such as {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}
   * @param clock the clock that decides when seen keys and shared values may be forgotten
   * @return the store
   * @throws IllegalArgumentException when the URL does not start with {@code jdbc:}
   * @throws JdbcStateException when the database cannot be reached or migrated
   */
  public static JdbcSyncStateStore connect(String jdbcUrl, Clock clock) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    if (!jdbcUrl.startsWith("jdbc:")) {
      throw new IllegalArgumentException("jdbcUrl must start with jdbc:, got " + redact(jdbcUrl));
    }
    return create(new PooledDriverDataSource(jdbcUrl, new Properties()), clock);
  }

  private static String redact(String url) {
    int at = url.indexOf('?');
    return at < 0 ? url : url.substring(0, at) + "?...";
  }

  /**
   * Returns the schema version the database holds.
   *
   * @return the version ({@code 2} today)
   * @throws JdbcStateException when the database cannot be reached
   */
  public int schemaVersion() {
    return call("read the schema version", Schema::version);
  }

  /**
   * Returns how many statements this store has sent so far (for measurements).
   *
   * @return the count
   */
  public long statements() {
    return operations.get();
  }

  /** One unit of work on a connection. */
  @FunctionalInterface
  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T call(String what, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new JdbcStateException("could not " + what, e);
    }
  }

  private PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
    operations.incrementAndGet();
    PreparedStatement p = c.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      if (a == null) {
        p.setNull(i + 1, Types.VARCHAR);
      } else if (a instanceof Long) {
        p.setLong(i + 1, (Long) a);
      } else if (a instanceof Integer) {
        p.setInt(i + 1, (Integer) a);
      } else {
        p.setString(i + 1, (String) a);
      }
    }
    return p;
  }

  private int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement p = prepare(c, sql, args)) {
      return p.executeUpdate();
    }
  }

  /** Inserts a row; {@code false} when its key exists already. */
  private boolean insert(Connection c, String sql, Object... args) throws SQLException {
    try {
      return update(c, sql, args) == 1;
    } catch (SQLException e) {
      if (UNIQUE_VIOLATION.equals(e.getSQLState())
          || e instanceof java.sql.SQLIntegrityConstraintViolationException) {
        return false;
      }
      throw e;
    }
  }

  private Optional<String> queryString(Connection c, String sql, Object... args)
      throws SQLException {
    try (PreparedStatement p = prepare(c, sql, args);
        ResultSet r = p.executeQuery()) {
      return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
    }
  }

  private static String need(String name, @Nullable String value) {
    return Objects.requireNonNull(value, name);
  }

  // ------------------------------------------------------------------ cross references

  @Override
  public Optional<String> crossReference(String namespace, String key) {
    need("namespace", namespace);
    need("key", key);
    return call(
        "read a cross reference",
        c ->
            queryString(
                c,
                "SELECT linked_value FROM procore_sync_cross_reference"
                    + " WHERE namespace = ? AND source_key = ?",
                namespace,
                key));
  }

  @Override
  public void putCrossReference(String namespace, String key, String value) {
    need("namespace", namespace);
    need("key", key);
    need("value", value);
    call(
        "write a cross reference",
        c -> {
          String set =
              "UPDATE procore_sync_cross_reference SET linked_value = ?"
                  + " WHERE namespace = ? AND source_key = ?";
          if (update(c, set, value, namespace, key) == 0
              && !insert(
                  c,
                  "INSERT INTO procore_sync_cross_reference (namespace, source_key, linked_value)"
                      + " VALUES (?, ?, ?)",
                  namespace,
                  key,
                  value)) {
            update(c, set, value, namespace, key);
          }
          return null;
        });
  }

  @Override
  public String putCrossReferenceIfAbsent(String namespace, String key, String value) {
    need("namespace", namespace);
    need("key", key);
    need("value", value);
    return call(
        "link a cross reference",
        c -> {
          if (insert(
              c,
              "INSERT INTO procore_sync_cross_reference (namespace, source_key, linked_value)"
                  + " VALUES (?, ?, ?)",
              namespace,
              key,
              value)) {
            return value;
          }
          return queryString(
                  c,
                  "SELECT linked_value FROM procore_sync_cross_reference"
                      + " WHERE namespace = ? AND source_key = ?",
                  namespace,
                  key)
              .orElse(value);
        });
  }

  // ------------------------------------------------------------------ cursors

  @Override
  public Optional<Instant> cursor(String flow, String scope) {
    need("flow", flow);
    need("scope", scope);
    return call(
        "read a cursor",
        c -> {
          try (PreparedStatement p =
                  prepare(
                      c,
                      "SELECT epoch_second, nano FROM procore_sync_cursor WHERE flow = ? AND scope = ?",
                      flow,
                      scope);
              ResultSet r = p.executeQuery()) {
            return r.next()
                ? Optional.of(Instant.ofEpochSecond(r.getLong(1), r.getInt(2)))
                : Optional.empty();
          }
        });
  }

  @Override
  public void putCursor(String flow, String scope, Instant value) {
    need("flow", flow);
    need("scope", scope);
    Objects.requireNonNull(value, "value");
    long s = value.getEpochSecond();
    int n = value.getNano();
    call(
        "write a cursor",
        c -> {
          if (!insert(
              c,
              "INSERT INTO procore_sync_cursor (flow, scope, epoch_second, nano) VALUES (?, ?, ?, ?)",
              flow,
              scope,
              s,
              n)) {
            update(
                c,
                "UPDATE procore_sync_cursor SET epoch_second = ?, nano = ?"
                    + " WHERE flow = ? AND scope = ?"
                    + " AND (epoch_second < ? OR (epoch_second = ? AND nano < ?))",
                s,
                n,
                flow,
                scope,
                s,
                s,
                n);
          }
          return null;
        });
  }

  // ------------------------------------------------------------------ resume positions

  @Override
  public Optional<String> resumePosition(String flow, String scope) {
    need("flow", flow);
    need("scope", scope);
    return call(
        "read a resume position",
        c ->
            queryString(
                c,
                "SELECT position_token FROM procore_sync_resume WHERE flow = ? AND scope = ?",
                flow,
                scope));
  }

  @Override
  public void putResumePosition(String flow, String scope, String position) {
    need("flow", flow);
    need("scope", scope);
    need("position", position);
    call(
        "write a resume position",
        c -> {
          String set =
              "UPDATE procore_sync_resume SET position_token = ? WHERE flow = ? AND scope = ?";
          if (update(c, set, position, flow, scope) == 0
              && !insert(
                  c,
                  "INSERT INTO procore_sync_resume (flow, scope, position_token) VALUES (?, ?, ?)",
                  flow,
                  scope,
                  position)) {
            update(c, set, position, flow, scope);
          }
          return null;
        });
  }

  @Override
  public void clearResumePosition(String flow, String scope) {
    need("flow", flow);
    need("scope", scope);
    call(
        "clear a resume position",
        c ->
            update(c, "DELETE FROM procore_sync_resume WHERE flow = ? AND scope = ?", flow, scope));
  }

  // ------------------------------------------------------------------ seen keys

  @Override
  public boolean markSeen(String namespace, String key, Instant expiresAt) {
    need("namespace", namespace);
    need("key", key);
    Objects.requireNonNull(expiresAt, "expiresAt");
    long now = clock.millis();
    long expires = expiresAt.toEpochMilli();
    return call(
        "mark a key seen",
        c -> {
          if (operations.get() % SWEEP_EVERY == 0) {
            update(c, "DELETE FROM procore_sync_seen WHERE expires_ms <= ?", now);
          }
          if (insert(
              c,
              "INSERT INTO procore_sync_seen (namespace, seen_key, expires_ms) VALUES (?, ?, ?)",
              namespace,
              key,
              expires)) {
            return true;
          }
          return update(
                  c,
                  "UPDATE procore_sync_seen SET expires_ms = ?"
                      + " WHERE namespace = ? AND seen_key = ? AND expires_ms <= ?",
                  expires,
                  namespace,
                  key,
                  now)
              == 1;
        });
  }

  // ------------------------------------------------------------------ token pairs

  @Override
  public Optional<TokenPair> token(String credentialKey) {
    need("credentialKey", credentialKey);
    return call(
        "read a token pair",
        c -> {
          try (PreparedStatement p =
                  prepare(
                      c,
                      "SELECT access_token, refresh_token, expires_second, expires_nano"
                          + " FROM procore_sync_token WHERE credential_key = ?",
                      credentialKey);
              ResultSet r = p.executeQuery()) {
            if (!r.next()) {
              return Optional.empty();
            }
            return Optional.of(
                TokenPair.of(
                    r.getString(1),
                    Optional.ofNullable(r.getString(2)),
                    Instant.ofEpochSecond(r.getLong(3), r.getInt(4))));
          }
        });
  }

  @Override
  public boolean compareAndSet(
      String credentialKey, @Nullable TokenPair expected, TokenPair replacement) {
    need("credentialKey", credentialKey);
    Objects.requireNonNull(replacement, "replacement");
    String access = replacement.accessToken();
    String refresh = replacement.refreshToken().orElse(null);
    long s = replacement.expiresAt().getEpochSecond();
    int n = replacement.expiresAt().getNano();
    return call(
        "store a token pair",
        c -> {
          if (expected == null) {
            return insert(
                c,
                "INSERT INTO procore_sync_token"
                    + " (credential_key, access_token, refresh_token, expires_second, expires_nano)"
                    + " VALUES (?, ?, ?, ?, ?)",
                credentialKey,
                access,
                refresh,
                s,
                n);
          }
          String expectedRefresh = expected.refreshToken().orElse(null);
          return update(
                  c,
                  "UPDATE procore_sync_token SET access_token = ?, refresh_token = ?,"
                      + " expires_second = ?, expires_nano = ?"
                      + " WHERE credential_key = ? AND access_token = ?"
                      + " AND "
                      + (expectedRefresh == null ? "refresh_token IS NULL" : "refresh_token = ?")
                      + " AND expires_second = ? AND expires_nano = ?",
                  expectedRefresh == null
                      ? new Object[] {
                        access,
                        refresh,
                        s,
                        n,
                        credentialKey,
                        expected.accessToken(),
                        expected.expiresAt().getEpochSecond(),
                        expected.expiresAt().getNano()
                      }
                      : new Object[] {
                        access,
                        refresh,
                        s,
                        n,
                        credentialKey,
                        expected.accessToken(),
                        expectedRefresh,
                        expected.expiresAt().getEpochSecond(),
                        expected.expiresAt().getNano()
                      })
              == 1;
        });
  }

  // ------------------------------------------------------------------ leases

  @Override
  public Optional<Lease> tryAcquireLease(
      String name, String holder, Instant now, Duration leaseTime) {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(leaseTime, "leaseTime");
    if (leaseTime.isNegative() || leaseTime.isZero()) {
      throw new IllegalArgumentException("leaseTime must be positive, got " + leaseTime);
    }
    Lease lease = Lease.of(name, holder, now.plus(leaseTime));
    long expires = lease.expiresAt().toEpochMilli();
    long purge = now.plus(leaseTime.multipliedBy(10)).toEpochMilli();
    long nowMs = now.toEpochMilli();
    boolean got =
        call(
            "acquire the lease '" + name + "'",
            c -> {
              if (operations.get() % SWEEP_EVERY == 0) {
                update(c, "DELETE FROM procore_sync_lease WHERE purge_after_ms < ?", nowMs);
              }
              if (insert(
                  c,
                  "INSERT INTO procore_sync_lease (lease_name, holder, expires_ms, purge_after_ms)"
                      + " VALUES (?, ?, ?, ?)",
                  name,
                  holder,
                  expires,
                  purge)) {
                return true;
              }
              return update(
                      c,
                      "UPDATE procore_sync_lease SET holder = ?, expires_ms = ?, purge_after_ms = ?"
                          + " WHERE lease_name = ? AND (expires_ms <= ? OR holder = ?)",
                      holder,
                      expires,
                      purge,
                      name,
                      nowMs,
                      holder)
                  == 1;
            });
    return got ? Optional.of(lease) : Optional.empty();
  }

  @Override
  public boolean releaseLease(Lease lease) {
    Objects.requireNonNull(lease, "lease");
    return call(
            "release the lease '" + lease.name() + "'",
            c ->
                update(
                    c,
                    "DELETE FROM procore_sync_lease WHERE lease_name = ? AND holder = ?",
                    lease.name(),
                    lease.holder()))
        == 1;
  }

  @Override
  public Optional<Lease> currentLease(String name, Instant now) {
    need("name", name);
    Objects.requireNonNull(now, "now");
    return call(
        "read the lease '" + name + "'",
        c -> {
          try (PreparedStatement p =
                  prepare(
                      c,
                      "SELECT holder, expires_ms FROM procore_sync_lease"
                          + " WHERE lease_name = ? AND expires_ms > ?",
                      name,
                      now.toEpochMilli());
              ResultSet r = p.executeQuery()) {
            return r.next()
                ? Optional.of(Lease.of(name, r.getString(1), Instant.ofEpochMilli(r.getLong(2))))
                : Optional.empty();
          }
        });
  }

  // ------------------------------------------------------------------ shared values

  @Override
  public Optional<String> sharedValue(String key) {
    need("key", key);
    return call(
        "read the shared value '" + key + "'",
        c ->
            queryString(
                c,
                "SELECT shared_value FROM procore_sync_shared_value"
                    + " WHERE value_key = ? AND keep_until_ms > ?",
                key,
                clock.millis()));
  }

  @Override
  public boolean compareAndSetSharedValue(
      String key, @Nullable String expected, String replacement, Duration keepFor) {
    need("key", key);
    need("replacement", replacement);
    Objects.requireNonNull(keepFor, "keepFor");
    if (keepFor.isNegative() || keepFor.isZero()) {
      throw new IllegalArgumentException("keepFor must be positive, got " + keepFor);
    }
    long now = clock.millis();
    long keep = now + keepFor.toMillis();
    return call(
        "store the shared value '" + key + "'",
        c -> {
          if (expected == null) {
            if (insert(
                c,
                "INSERT INTO procore_sync_shared_value (value_key, shared_value, keep_until_ms)"
                    + " VALUES (?, ?, ?)",
                key,
                replacement,
                keep)) {
              return true;
            }
            // a forgotten value counts as none
            return update(
                    c,
                    "UPDATE procore_sync_shared_value SET shared_value = ?, keep_until_ms = ?"
                        + " WHERE value_key = ? AND keep_until_ms <= ?",
                    replacement,
                    keep,
                    key,
                    now)
                == 1;
          }
          return update(
                  c,
                  "UPDATE procore_sync_shared_value SET shared_value = ?, keep_until_ms = ?"
                      + " WHERE value_key = ? AND shared_value = ? AND keep_until_ms > ?",
                  replacement,
                  keep,
                  key,
                  expected,
                  now)
              == 1;
        });
  }

  @Override
  public String toString() {
    return "JdbcSyncStateStore{" + dataSource + "}";
  }
}
