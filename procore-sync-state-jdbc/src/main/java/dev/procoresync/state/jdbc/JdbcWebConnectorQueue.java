package dev.procoresync.state.jdbc;

import dev.procoresync.core.state.QueueProgress;
import dev.procoresync.core.state.QueuedRequest;
import dev.procoresync.core.state.WebConnectorQueue;
import dev.procoresync.state.jdbc.internal.PooledDriverDataSource;
import dev.procoresync.state.jdbc.internal.Schema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The Web Connector's queue of qbXML requests on a JDBC database, so that queued work and its
 * answers survive restarts and are shared by every process of the host: the semantics of {@link
 * WebConnectorQueue}, exactly as {@link dev.procoresync.core.state.InMemoryWebConnectorQueue}
 * implements them (a randomised test compares the two operation by operation).
 *
 * <p>Each operation is one transaction that first locks the queue's lock row ({@code SELECT ... FOR
 * UPDATE}), so operations of all processes are serialised: ids increase in enqueue order and a
 * claim is atomic. The Web Connector polls rarely and a company file answers one request at a time,
 * so the queue is never hot. Instants are stored as ISO-8601 text, exactly. Thread safe.
 *
 * <pre>{@code
 * WebConnectorQueue queue = JdbcWebConnectorQueue.create(dataSource, Clock.systemUTC());
 * }</pre>
 */
public final class JdbcWebConnectorQueue implements WebConnectorQueue {
  private static final String SESSION_CLOSED = "session.closed";
  private static final String COLUMNS =
      "id, company_key, run_id, req_key, request, bound_session, state, enqueued_at, session_id,"
          + " claimed_at, response, status, message, settled_at";

  private final DataSource dataSource;
  private final Clock clock;

  private JdbcWebConnectorQueue(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /**
   * Opens the queue on a data source, creating or migrating the state tables first.
   *
   * @param dataSource the database
   * @param clock the clock of enqueue, claim and settle instants
   * @return the queue
   * @throws JdbcStateException when the database cannot be reached or migrated
   */
  public static JdbcWebConnectorQueue create(DataSource dataSource, Clock clock) {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(clock, "clock");
    try (Connection c = dataSource.getConnection()) {
      Schema.migrate(c);
      try (Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO procore_sync_qb_lock (id) VALUES (1)");
      } catch (SQLException e) {
        // the lock row exists already
      }
    } catch (SQLException e) {
      throw new JdbcStateException("could not create or migrate the queue tables", e);
    }
    return new JdbcWebConnectorQueue(dataSource, clock);
  }

  /**
   * Opens the queue on a JDBC URL (the driver must be on the class path).
   *
   * @param jdbcUrl such as {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}
   * @param clock the clock of enqueue, claim and settle instants
   * @return the queue
   * @throws IllegalArgumentException when the URL does not start with {@code jdbc:}
   * @throws JdbcStateException when the database cannot be reached or migrated
   */
  public static JdbcWebConnectorQueue connect(String jdbcUrl, Clock clock) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    if (!jdbcUrl.startsWith("jdbc:")) {
      throw new IllegalArgumentException("jdbcUrl must start with jdbc:");
    }
    return create(new PooledDriverDataSource(jdbcUrl, new Properties()), clock);
  }

  /** One transaction's work, under the queue lock. */
  @FunctionalInterface
  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T locked(String what, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        try (Statement s = c.createStatement()) {
          s.executeQuery("SELECT id FROM procore_sync_qb_lock WHERE id = 1 FOR UPDATE").close();
        }
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new JdbcStateException("could not " + what, e);
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... args)
      throws SQLException {
    PreparedStatement p = c.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      if (a == null) {
        p.setNull(i + 1, Types.VARCHAR);
      } else if (a instanceof Long) {
        p.setLong(i + 1, (Long) a);
      } else {
        p.setString(i + 1, a.toString());
      }
    }
    return p;
  }

  private static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement p = prepare(c, sql, args)) {
      return p.executeUpdate();
    }
  }

  private static List<QueuedRequest> select(Connection c, String where, Object... args)
      throws SQLException {
    List<QueuedRequest> out = new ArrayList<>();
    try (PreparedStatement p =
            prepare(c, "SELECT " + COLUMNS + " FROM procore_sync_qb_request " + where, args);
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        out.add(
            QueuedRequest.builder()
                .id(r.getLong(1))
                .companyKey(r.getString(2))
                .runId(r.getString(3))
                .key(r.getString(4))
                .request(r.getString(5))
                .boundSession(Optional.ofNullable(r.getString(6)))
                .state(QueuedRequest.State.valueOf(r.getString(7)))
                .enqueuedAt(Instant.parse(r.getString(8)))
                .sessionId(Optional.ofNullable(r.getString(9)))
                .claimedAt(instant(r.getString(10)))
                .response(Optional.ofNullable(r.getString(11)))
                .status(Optional.ofNullable(r.getString(12)))
                .message(Optional.ofNullable(r.getString(13)))
                .settledAt(instant(r.getString(14)))
                .build());
      }
    }
    return out;
  }

  private static Optional<Instant> instant(@Nullable String text) {
    return text == null ? Optional.empty() : Optional.of(Instant.parse(text));
  }

  private static Optional<String> string(Connection c, String sql, Object... args)
      throws SQLException {
    try (PreparedStatement p = prepare(c, sql, args);
        ResultSet r = p.executeQuery()) {
      return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
    }
  }

  private static void requireText(String name, @Nullable String value) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  private static boolean closed(Connection c, String sessionId) throws SQLException {
    return string(c, "SELECT closed FROM procore_sync_qb_session WHERE session_id = ?", sessionId)
        .map("1"::equals)
        .orElse(false);
  }

  @Override
  public QueuedRequest enqueue(String companyKey, String runId, String key, String qbxmlRequest) {
    return locked("enqueue a request", c -> add(c, companyKey, runId, key, qbxmlRequest, null));
  }

  @Override
  public QueuedRequest enqueueContinuation(long previousId, String key, String qbxmlRequest) {
    return locked(
        "enqueue a continuation",
        c -> {
          List<QueuedRequest> found = select(c, "WHERE id = ?", previousId);
          if (found.isEmpty()) {
            throw new IllegalArgumentException("previousId " + previousId + " is not in the queue");
          }
          QueuedRequest previous = found.get(0);
          String session =
              previous
                  .sessionId()
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              "previousId " + previousId + " was never claimed by a session"));
          if (closed(c, session)) {
            throw new IllegalArgumentException(
                "the session that claimed previousId " + previousId + " is closed");
          }
          return add(c, previous.companyKey(), previous.runId(), key, qbxmlRequest, session);
        });
  }

  private QueuedRequest add(
      Connection c,
      String companyKey,
      String runId,
      String key,
      String qbxmlRequest,
      @Nullable String boundSession)
      throws SQLException {
    requireText("companyKey", companyKey);
    requireText("runId", runId);
    requireText("key", key);
    Objects.requireNonNull(qbxmlRequest, "qbxmlRequest");
    if (qbxmlRequest.isEmpty()) {
      throw new IllegalArgumentException("qbxmlRequest must not be empty");
    }
    Optional<String> owner =
        string(c, "SELECT company_key FROM procore_sync_qb_run WHERE run_id = ?", runId);
    if (owner.isPresent() && !owner.get().equals(companyKey)) {
      throw new IllegalArgumentException(
          "runId " + runId + " belongs to company key " + owner.get() + ", not " + companyKey);
    }
    List<QueuedRequest> existing = select(c, "WHERE run_id = ? AND req_key = ?", runId, key);
    if (!existing.isEmpty()) {
      if (!existing.get(0).request().equals(qbxmlRequest)) {
        throw new IllegalArgumentException(
            "runId " + runId + " already holds key " + key + " with another request");
      }
      return existing.get(0);
    }
    if (string(c, "SELECT final_at FROM procore_sync_qb_run WHERE run_id = ?", runId).isPresent()) {
      throw new IllegalArgumentException("runId " + runId + " is final: start a new run");
    }
    long id;
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT MAX(id) FROM procore_sync_qb_request")) {
      id = (r.next() ? r.getLong(1) : 0) + 1;
    }
    Instant now = clock.instant();
    update(
        c,
        "INSERT INTO procore_sync_qb_request (id, company_key, run_id, req_key, request,"
            + " bound_session, state, enqueued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        id,
        companyKey,
        runId,
        key,
        qbxmlRequest,
        boundSession,
        QueuedRequest.State.PENDING.name(),
        now.toString());
    if (owner.isEmpty()) {
      update(
          c,
          "INSERT INTO procore_sync_qb_run (run_id, company_key) VALUES (?, ?)",
          runId,
          companyKey);
    }
    return select(c, "WHERE id = ?", id).get(0);
  }

  @Override
  public long pendingCount(String companyKey) {
    Objects.requireNonNull(companyKey, "companyKey");
    return locked(
        "count pending requests",
        c -> {
          try (PreparedStatement p =
                  prepare(
                      c,
                      "SELECT COUNT(*) FROM procore_sync_qb_request WHERE company_key = ?"
                          + " AND state = 'PENDING' AND bound_session IS NULL",
                      companyKey);
              ResultSet r = p.executeQuery()) {
            r.next();
            return r.getLong(1);
          }
        });
  }

  @Override
  public Optional<QueuedRequest> claimNext(String companyKey, String sessionId) {
    Objects.requireNonNull(companyKey, "companyKey");
    requireText("sessionId", sessionId);
    return locked(
        "claim a request",
        c -> {
          if (closed(c, sessionId)) {
            throw new IllegalArgumentException("the session is closed");
          }
          List<QueuedRequest> held =
              select(c, "WHERE state = 'CLAIMED' AND session_id = ? ORDER BY id", sessionId);
          if (!held.isEmpty()) {
            return Optional.of(held.get(0));
          }
          List<QueuedRequest> next =
              select(c, "WHERE state = 'PENDING' AND bound_session = ? ORDER BY id", sessionId);
          if (next.isEmpty()) {
            next =
                select(
                    c,
                    "WHERE state = 'PENDING' AND bound_session IS NULL AND company_key = ?"
                        + " ORDER BY id",
                    companyKey);
          }
          if (next.isEmpty()) {
            return Optional.empty();
          }
          QueuedRequest r = next.get(0);
          update(
              c,
              "UPDATE procore_sync_qb_request SET state = 'CLAIMED', session_id = ?,"
                  + " claimed_at = ? WHERE id = ?",
              sessionId,
              clock.instant().toString(),
              r.id());
          if (string(
                  c,
                  "SELECT session_id FROM procore_sync_qb_session WHERE session_id = ?",
                  sessionId)
              .isEmpty()) {
            update(
                c,
                "INSERT INTO procore_sync_qb_session (session_id, closed) VALUES (?, 0)",
                sessionId);
          }
          if (string(
                  c,
                  "SELECT run_id FROM procore_sync_qb_session_run WHERE session_id = ? AND run_id = ?",
                  sessionId,
                  r.runId())
              .isEmpty()) {
            update(
                c,
                "INSERT INTO procore_sync_qb_session_run (session_id, run_id) VALUES (?, ?)",
                sessionId,
                r.runId());
          }
          return Optional.of(select(c, "WHERE id = ?", r.id()).get(0));
        });
  }

  private static QueuedRequest claimedBy(Connection c, long id, @Nullable String sessionId)
      throws SQLException {
    Objects.requireNonNull(sessionId, "sessionId");
    List<QueuedRequest> found = select(c, "WHERE id = ?", id);
    if (found.isEmpty()
        || found.get(0).state() != QueuedRequest.State.CLAIMED
        || !found.get(0).sessionId().orElseThrow().equals(sessionId)) {
      throw new IllegalArgumentException(
          "request " + id + " is not claimed by this session (it is unknown, pending or settled)");
    }
    return found.get(0);
  }

  @Override
  public QueuedRequest recordResponse(long id, String sessionId, String qbxmlResponse) {
    Objects.requireNonNull(qbxmlResponse, "qbxmlResponse");
    return locked(
        "record a response",
        c -> {
          claimedBy(c, id, sessionId);
          update(
              c,
              "UPDATE procore_sync_qb_request SET state = 'ANSWERED', response = ?, settled_at = ?"
                  + " WHERE id = ?",
              qbxmlResponse,
              clock.instant().toString(),
              id);
          return select(c, "WHERE id = ?", id).get(0);
        });
  }

  @Override
  public QueuedRequest recordFailure(long id, String sessionId, String status, String message) {
    requireText("status", status);
    Objects.requireNonNull(message, "message");
    return locked(
        "record a failure",
        c -> {
          claimedBy(c, id, sessionId);
          fail(c, id, status, message);
          return select(c, "WHERE id = ?", id).get(0);
        });
  }

  private void fail(Connection c, long id, String status, String message) throws SQLException {
    update(
        c,
        "UPDATE procore_sync_qb_request SET state = 'FAILED', status = ?, message = ?,"
            + " settled_at = ? WHERE id = ?",
        status,
        message,
        clock.instant().toString(),
        id);
  }

  @Override
  public List<String> closeSession(String sessionId) {
    Objects.requireNonNull(sessionId, "sessionId");
    return locked(
        "close a session",
        c -> {
          Optional<String> closed =
              string(
                  c, "SELECT closed FROM procore_sync_qb_session WHERE session_id = ?", sessionId);
          if (closed.map("1"::equals).orElse(false)) {
            return List.of();
          }
          if (closed.isPresent()) {
            update(
                c, "UPDATE procore_sync_qb_session SET closed = 1 WHERE session_id = ?", sessionId);
          } else {
            update(
                c,
                "INSERT INTO procore_sync_qb_session (session_id, closed) VALUES (?, 1)",
                sessionId);
          }
          for (QueuedRequest r :
              select(
                  c,
                  "WHERE (state = 'CLAIMED' AND session_id = ?)"
                      + " OR (state = 'PENDING' AND bound_session = ?) ORDER BY id",
                  sessionId,
                  sessionId)) {
            fail(
                c,
                r.id(),
                SESSION_CLOSED,
                "the Web Connector session closed before the request was answered");
          }
          List<String> runs = new ArrayList<>();
          try (PreparedStatement p =
                  prepare(
                      c,
                      "SELECT run_id FROM procore_sync_qb_session_run WHERE session_id = ?",
                      sessionId);
              ResultSet r = p.executeQuery()) {
            while (r.next()) {
              runs.add(r.getString(1));
            }
          }
          update(c, "DELETE FROM procore_sync_qb_session_run WHERE session_id = ?", sessionId);
          List<String> madeFinal = new ArrayList<>();
          String now = clock.instant().toString();
          for (String runId : runs) {
            boolean isFinal =
                string(c, "SELECT final_at FROM procore_sync_qb_run WHERE run_id = ?", runId)
                    .isPresent();
            if (!isFinal && progress(c, runId).remaining() == 0) {
              update(c, "UPDATE procore_sync_qb_run SET final_at = ? WHERE run_id = ?", now, runId);
              madeFinal.add(runId);
            }
          }
          return List.copyOf(madeFinal);
        });
  }

  @Override
  public Optional<QueuedRequest> request(long id) {
    return locked("read a request", c -> select(c, "WHERE id = ?", id).stream().findFirst());
  }

  @Override
  public List<QueuedRequest> requests(String runId) {
    Objects.requireNonNull(runId, "runId");
    return locked(
        "read a run's requests",
        c -> List.copyOf(select(c, "WHERE run_id = ? ORDER BY id", runId)));
  }

  @Override
  public QueueProgress runProgress(String runId) {
    Objects.requireNonNull(runId, "runId");
    return locked("read a run's progress", c -> progress(c, runId));
  }

  private static QueueProgress progress(Connection c, String runId) throws SQLException {
    long[] counts = new long[QueuedRequest.State.values().length];
    try (PreparedStatement p =
            prepare(
                c,
                "SELECT state, COUNT(*) FROM procore_sync_qb_request WHERE run_id = ? GROUP BY state",
                runId);
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        counts[QueuedRequest.State.valueOf(r.getString(1)).ordinal()] = r.getLong(2);
      }
    }
    return counts(counts)
        .finalAt(
            instant(
                string(c, "SELECT final_at FROM procore_sync_qb_run WHERE run_id = ?", runId)
                    .orElse(null)))
        .build();
  }

  @Override
  public QueueProgress sessionProgress(String companyKey, String sessionId) {
    Objects.requireNonNull(companyKey, "companyKey");
    Objects.requireNonNull(sessionId, "sessionId");
    return locked(
        "read a session's progress",
        c -> {
          long[] counts = new long[QueuedRequest.State.values().length];
          try (PreparedStatement p =
                  prepare(
                      c,
                      "SELECT state, COUNT(*) FROM procore_sync_qb_request WHERE session_id = ?"
                          + " OR (state = 'PENDING' AND (bound_session = ?"
                          + " OR (bound_session IS NULL AND company_key = ?))) GROUP BY state",
                      sessionId,
                      sessionId,
                      companyKey);
              ResultSet r = p.executeQuery()) {
            while (r.next()) {
              counts[QueuedRequest.State.valueOf(r.getString(1)).ordinal()] = r.getLong(2);
            }
          }
          return counts(counts).build();
        });
  }

  private static QueueProgress.Builder counts(long[] counts) {
    return QueueProgress.builder()
        .pending(counts[QueuedRequest.State.PENDING.ordinal()])
        .claimed(counts[QueuedRequest.State.CLAIMED.ordinal()])
        .answered(counts[QueuedRequest.State.ANSWERED.ordinal()])
        .failed(counts[QueuedRequest.State.FAILED.ordinal()]);
  }

  @Override
  public String toString() {
    return "JdbcWebConnectorQueue{" + dataSource + "}";
  }
}
