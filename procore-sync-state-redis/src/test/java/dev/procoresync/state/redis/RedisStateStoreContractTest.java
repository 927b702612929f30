package dev.procoresync.state.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.procoresync.core.state.Lease;
import dev.procoresync.core.testing.StateStoreContract;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The store contract on the Redis server of the build machines (127.0.0.1:6379, or {@code
 * PROCORE_SYNC_REDIS_URI}): skipped with a message when it is unreachable, failed under {@code
 * PROCORE_SYNC_REQUIRE_SERVICES=1}.
 */
class RedisStateStoreContractTest extends StateStoreContract {
  static final String URI =
      System.getenv().getOrDefault("PROCORE_SYNC_REDIS_URI", "redis://127.0.0.1:6379");
  private static RedisStateStore store;

  /** Returns a connected store, or skips (fails when required). */
  static synchronized RedisStateStore shared() {
    if (store == null) {
      try {
        store = RedisStateStore.connect(URI, Clock.systemUTC(), "procore-sync-test:");
      } catch (RuntimeException e) {
        String message =
            "Redis is not reachable at "
                + URI
                + " ("
                + e.getMessage()
                + "). Start one (redis-server) or point PROCORE_SYNC_REDIS_URI at one.";
        if ("1".equals(System.getenv("PROCORE_SYNC_REQUIRE_SERVICES"))) {
          fail("PROCORE_SYNC_REQUIRE_SERVICES=1: " + message);
        }
        assumeTrue(false, message);
      }
    }
    return store;
  }

  @AfterAll
  static synchronized void close() {
    if (store != null) {
      store.close();
      store = null;
    }
  }

  @Override
  protected Object store() {
    return shared();
  }

  @Test
  void everyLeaseCarriesAServerExpiryOfTenTimesItsLeaseTime() {
    RedisStateStore s = shared();
    String name = unique("px");
    Optional<Lease> lease = s.tryAcquireLease(name, "a", T0, Duration.ofSeconds(30));
    assertTrue(lease.isPresent());
    RedisClient client = RedisClient.create(URI);
    try (StatefulRedisConnection<String, String> c = client.connect()) {
      long pttl = c.sync().pttl("procore-sync-test:lease:" + name);
      assertTrue(pttl > 290_000 && pttl <= 300_000, "PTTL " + pttl);
    } finally {
      client.shutdown();
    }
  }

  @Test
  void aHolderWithTheSeparatorIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> shared().tryAcquireLease(unique("x"), "a|b", T0, Duration.ofSeconds(1)));
  }

  @Test
  void aUriThatIsNotRedisIsRefusedWithoutPrintingIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RedisStateStore.connect("http://user:secret@h", Clock.systemUTC()));
    assertEquals(false, e.getMessage().contains("secret"));
  }
}
