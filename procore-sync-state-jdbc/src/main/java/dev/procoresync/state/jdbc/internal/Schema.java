package dev.procoresync.state.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The store's tables, created and migrated by the library: an ordered list of versions, each a list
 * of statements that are safe to run twice ({@code IF NOT EXISTS}), applied in one transaction per
 * version and recorded in {@code procore_sync_schema}. Plain SQL that PostgreSQL and H2 both run.
 */
public final class Schema {
  /** The newest version this library knows. */
  public static final int CURRENT = 2;

  private static final List<List<String>> VERSIONS =
      List.of(
          List.of(
              "CREATE TABLE IF NOT EXISTS procore_sync_cross_reference ("
                  + " namespace VARCHAR(400) NOT NULL, source_key VARCHAR(1000) NOT NULL,"
                  + " linked_value VARCHAR(4000) NOT NULL, PRIMARY KEY (namespace, source_key))",
              "CREATE TABLE IF NOT EXISTS procore_sync_cursor ("
                  + " flow VARCHAR(400) NOT NULL, scope VARCHAR(1000) NOT NULL,"
                  + " epoch_second BIGINT NOT NULL, nano INTEGER NOT NULL, PRIMARY KEY (flow, scope))",
              "CREATE TABLE IF NOT EXISTS procore_sync_resume ("
                  + " flow VARCHAR(400) NOT NULL, scope VARCHAR(1000) NOT NULL,"
                  + " position_token VARCHAR(4000) NOT NULL, PRIMARY KEY (flow, scope))",
              "CREATE TABLE IF NOT EXISTS procore_sync_seen ("
                  + " namespace VARCHAR(400) NOT NULL, seen_key VARCHAR(1000) NOT NULL,"
                  + " expires_ms BIGINT NOT NULL, PRIMARY KEY (namespace, seen_key))",
              "CREATE TABLE IF NOT EXISTS procore_sync_token ("
                  + " credential_key VARCHAR(1000) NOT NULL PRIMARY KEY,"
                  + " access_token VARCHAR(8000) NOT NULL, refresh_token VARCHAR(8000),"
                  + " expires_second BIGINT NOT NULL, expires_nano INTEGER NOT NULL)",
              "CREATE TABLE IF NOT EXISTS procore_sync_lease ("
                  + " lease_name VARCHAR(1000) NOT NULL PRIMARY KEY, holder VARCHAR(400) NOT NULL,"
                  + " expires_ms BIGINT NOT NULL, purge_after_ms BIGINT NOT NULL)",
              "CREATE TABLE IF NOT EXISTS procore_sync_shared_value ("
                  + " value_key VARCHAR(1000) NOT NULL PRIMARY KEY,"
                  + " shared_value VARCHAR(4000) NOT NULL, keep_until_ms BIGINT NOT NULL)"),
          // 2: the Web Connector's queue of qbXML requests (instants as ISO-8601 text, exact)
          List.of(
              "CREATE TABLE IF NOT EXISTS procore_sync_qb_lock (id INTEGER NOT NULL PRIMARY KEY)",
              "CREATE TABLE IF NOT EXISTS procore_sync_qb_request ("
                  + " id BIGINT NOT NULL PRIMARY KEY, company_key VARCHAR(400) NOT NULL,"
                  + " run_id VARCHAR(400) NOT NULL, req_key VARCHAR(1000) NOT NULL,"
                  + " request TEXT NOT NULL, bound_session VARCHAR(400), state VARCHAR(16) NOT NULL,"
                  + " enqueued_at VARCHAR(40) NOT NULL, session_id VARCHAR(400),"
                  + " claimed_at VARCHAR(40), response TEXT, status VARCHAR(400), message TEXT,"
                  + " settled_at VARCHAR(40), UNIQUE (run_id, req_key))",
              "CREATE TABLE IF NOT EXISTS procore_sync_qb_run ("
                  + " run_id VARCHAR(400) NOT NULL PRIMARY KEY, company_key VARCHAR(400) NOT NULL,"
                  + " final_at VARCHAR(40))",
              "CREATE TABLE IF NOT EXISTS procore_sync_qb_session ("
                  + " session_id VARCHAR(400) NOT NULL PRIMARY KEY, closed INTEGER NOT NULL)",
              "CREATE TABLE IF NOT EXISTS procore_sync_qb_session_run ("
                  + " session_id VARCHAR(400) NOT NULL, run_id VARCHAR(400) NOT NULL,"
                  + " PRIMARY KEY (session_id, run_id))"));

  /** How often a start that lost the race on a fresh database tries again. */
  private static final int ATTEMPTS = 10;

  private Schema() {}

  /**
   * Brings the schema to {@link #CURRENT}.
   *
   * @param c a connection in auto-commit mode (left so)
   * @return the version found before (0 for an empty database)
   * @throws SQLException when the database refuses, or holds a newer version than this library
   */
  public static int migrate(Connection c) throws SQLException {
    // Processes that start together on a fresh database race on the catalogue: PostgreSQL refuses
    // a second concurrent CREATE TABLE IF NOT EXISTS of one name with a unique violation (its
    // pg_type row) instead of waiting. A lost race is retried: by then the winner's tables and
    // version rows are committed, and the retry finds them (decision 0504).
    SQLException lost = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        return migrateOnce(c);
      } catch (NewerSchemaException e) {
        throw e;
      } catch (SQLException e) {
        lost = e;
        if (!c.getAutoCommit()) {
          c.setAutoCommit(true);
        }
        try {
          Thread.sleep(ThreadLocalRandom.current().nextLong(10, 20L * attempt + 11));
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
    throw lost;
  }

  /** The database is newer than this library: never retried. */
  private static final class NewerSchemaException extends SQLException {
    private static final long serialVersionUID = 1L;

    NewerSchemaException(String message) {
      super(message);
    }
  }

  private static int migrateOnce(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS procore_sync_schema ("
              + " version INTEGER NOT NULL PRIMARY KEY, applied_ms BIGINT NOT NULL)");
    }
    int found = version(c);
    if (found > CURRENT) {
      throw new NewerSchemaException(
          "the database holds procore-sync state schema version "
              + found
              + ", newer than this library's "
              + CURRENT
              + ": upgrade procore-sync-state-jdbc");
    }
    for (int v = found + 1; v <= CURRENT; v++) {
      c.setAutoCommit(false);
      try {
        try (Statement s = c.createStatement()) {
          for (String sql : VERSIONS.get(v - 1)) {
            s.execute(sql);
          }
        }
        try (PreparedStatement p =
            c.prepareStatement(
                "INSERT INTO procore_sync_schema (version, applied_ms) VALUES (?, ?)")) {
          p.setInt(1, v);
          p.setLong(2, System.currentTimeMillis());
          p.executeUpdate();
        }
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        if (version(c) >= v) {
          continue; // another process applied it at the same moment
        }
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
    return found;
  }

  /**
   * Returns the version the database holds.
   *
   * @param c a connection
   * @return the highest applied version, 0 for none
   * @throws SQLException when the database refuses
   */
  public static int version(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT MAX(version) FROM procore_sync_schema")) {
      return r.next() ? r.getInt(1) : 0;
    }
  }
}
