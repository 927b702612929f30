package dev.procoresync.it.state;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * The PostgreSQL and Redis servers of the build machines. Under {@code
 * PROCORE_SYNC_REQUIRE_SERVICES=1} (what {@code .ci/run} sets) a test that cannot reach one fails;
 * elsewhere it is skipped with a message that says how to run it.
 */
final class Services {
  static final String POSTGRES_URL =
      System.getenv()
          .getOrDefault(
              "PROCORE_SYNC_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
  static final String REDIS_URI =
      System.getenv().getOrDefault("PROCORE_SYNC_REDIS_URI", "redis://127.0.0.1:6379");

  private Services() {}

  static String postgres() {
    require("PostgreSQL", "127.0.0.1", 5432, "PROCORE_SYNC_POSTGRES_URL");
    return POSTGRES_URL;
  }

  static String redis() {
    require("Redis", "127.0.0.1", 6379, "PROCORE_SYNC_REDIS_URI");
    return REDIS_URI;
  }

  private static void require(String what, String host, int port, String variable) {
    if (System.getenv(variable) != null) {
      return; // the user pointed us at a server: its own errors will tell
    }
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(host, port), 2_000);
    } catch (java.io.IOException e) {
      String message =
          what
              + " is not reachable at "
              + host
              + ":"
              + port
              + ": the multi-process state tests need one. Start it, or set "
              + variable
              + " to one; PROCORE_SYNC_REQUIRE_SERVICES=1 makes this a failure (CI).";
      if ("1".equals(System.getenv("PROCORE_SYNC_REQUIRE_SERVICES"))) {
        fail(message);
      }
      assumeTrue(false, message);
    }
  }
}
