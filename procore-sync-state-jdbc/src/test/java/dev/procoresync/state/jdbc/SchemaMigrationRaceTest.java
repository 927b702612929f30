package dev.procoresync.state.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.state.jdbc.internal.Schema;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Several processes starting together on a fresh PostgreSQL schema all migrate it at once: every
 * one of them gets a working store, no error, and each schema version is applied exactly once. The
 * starters are threads with their own database sessions (what PostgreSQL sees of processes), let go
 * together by a barrier; repeated on several fresh schemas.
 */
class SchemaMigrationRaceTest {
  private static final int STARTERS = 8;
  private static final int ROUNDS = 5;

  @Test
  void startersRacingOnAFreshSchemaMigrateItExactlyOnceWithoutAnError() throws Exception {
    String base = Services.postgres();
    ExecutorService pool = Executors.newFixedThreadPool(STARTERS);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        String schema = "race_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(base);
            Statement s = admin.createStatement()) {
          s.execute("CREATE SCHEMA " + schema);
        }
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        try {
          CyclicBarrier together = new CyclicBarrier(STARTERS);
          List<Future<String>> starts = new ArrayList<>();
          for (int i = 0; i < STARTERS; i++) {
            String key = "starter-" + i;
            starts.add(
                pool.submit(
                    () -> {
                      together.await(60, TimeUnit.SECONDS);
                      PGSimpleDataSource own = new PGSimpleDataSource();
                      own.setURL(url); // a connection per call: nothing left open
                      JdbcSyncStateStore store = JdbcSyncStateStore.create(own, Clock.systemUTC());
                      store.putCursor("race", key, Instant.EPOCH.plusSeconds(7));
                      return store.cursor("race", key).map(Instant::toString).orElse("none");
                    }));
          }
          for (Future<String> start : starts) {
            assertEquals("1970-01-01T00:00:07Z", start.get(120, TimeUnit.SECONDS));
          }
          try (Connection c = DriverManager.getConnection(url);
              Statement s = c.createStatement();
              ResultSet r =
                  s.executeQuery(
                      "SELECT version, COUNT(*) FROM procore_sync_schema"
                          + " GROUP BY version ORDER BY version")) {
            List<String> rows = new ArrayList<>();
            while (r.next()) {
              rows.add(r.getInt(1) + "x" + r.getInt(2));
            }
            List<String> expected = new ArrayList<>();
            for (int v = 1; v <= Schema.CURRENT; v++) {
              expected.add(v + "x1");
            }
            assertEquals(expected, rows, "round " + round + ": versions applied");
            assertEquals(Schema.CURRENT, Schema.version(c));
          }
        } finally {
          drop(base, schema);
        }
      }
    } finally {
      pool.shutdownNow();
      assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
    }
  }

  private static void drop(String base, String schema) throws SQLException {
    try (Connection admin = DriverManager.getConnection(base);
        Statement s = admin.createStatement()) {
      s.execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }
}
