package dev.procoresync.state.jdbc;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The PostgreSQL server of the build machines (127.0.0.1:5432, trust, database {@code test}): under
 * {@code PROCORE_SYNC_REQUIRE_SERVICES=1} (what {@code .ci/run} sets) a test that cannot reach it
 * fails; elsewhere it is skipped with a message that says how to run it.
 */
final class Services {
  static final String POSTGRES_URL =
      System.getProperty(
          "procoresync.postgres.url",
          System.getenv()
              .getOrDefault(
                  "PROCORE_SYNC_POSTGRES_URL",
                  "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"));

  private Services() {}

  static boolean required() {
    return "1".equals(System.getenv("PROCORE_SYNC_REQUIRE_SERVICES"));
  }

  /** Returns the URL of a reachable PostgreSQL, or skips (fails when required). */
  static String postgres() {
    try (Connection c = DriverManager.getConnection(POSTGRES_URL)) {
      if (!c.isValid(5)) {
        throw new SQLException("connection not valid");
      }
      return POSTGRES_URL;
    } catch (SQLException e) {
      String message =
          "PostgreSQL is not reachable at "
              + POSTGRES_URL.replaceAll("\\?.*", "")
              + " ("
              + e.getMessage()
              + "). Start one (trust authentication, database test) or point"
              + " PROCORE_SYNC_POSTGRES_URL at one; the H2 tests cover the same SQL meanwhile.";
      if (required()) {
        fail("PROCORE_SYNC_REQUIRE_SERVICES=1: " + message);
      }
      assumeTrue(false, message);
      throw new AssertionError(message);
    }
  }
}
