package dev.procoresync.it.state;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.procoresync.core.state.InMemorySyncStateStore;
import dev.procoresync.core.state.SyncStateStore;
import dev.procoresync.state.jdbc.JdbcSyncStateStore;
import dev.procoresync.state.redis.RedisStateStore;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The README's figures on what a store costs per synced record: the operations of the sync loop of
 * {@link StateWorker} (look up the cross reference, link it, move the cursor: 3 per record) and the
 * time they take on PostgreSQL and Redis against the in-memory store. Runs with {@code
 * -Dprocoresync.figures=true} only (it measures, it does not test).
 */
class StoreCostFiguresTest {
  private static final int RECORDS = 2_000;

  @Test
  void storeOperationsAndLatencyPerRecord() throws Exception {
    assumeTrue(Boolean.getBoolean("procoresync.figures"), "figures: -Dprocoresync.figures=true");
    measure("in-memory", InMemorySyncStateStore.create());
    try (RedisStateStore redis =
        RedisStateStore.connect(Services.redis(), Clock.systemUTC(), "procore-sync-fig:")) {
      measure("redis", redis);
      System.out.printf("[figures] redis: %d commands%n", redis.operations());
    }
    JdbcSyncStateStore pg = JdbcSyncStateStore.connect(Services.postgres(), Clock.systemUTC());
    long before = pg.statements();
    measure("postgresql", pg);
    System.out.printf(
        "[figures] postgresql: %.1f statements per record%n",
        (pg.statements() - before) / (double) (2 * RECORDS));
  }

  private static void measure(String name, SyncStateStore store) {
    String scope = UUID.randomUUID().toString();
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    for (int round = 0; round < 2; round++) { // the first round warms up
      long start = System.nanoTime();
      for (int i = 0; i < RECORDS; i++) {
        String key = "src:" + round + ":" + i;
        store.crossReference("procore:vendor|" + scope, key);
        store.putCrossReference("procore:vendor|" + scope, key, Integer.toString(i));
        store.putCursor("vendor-sync", scope, t0.plusSeconds(i));
      }
      long micros = (System.nanoTime() - start) / 1_000 / RECORDS;
      if (round == 1) {
        System.out.printf(
            "[figures] %s: 3 store operations per record, %d us per record%n", name, micros);
      }
    }
  }
}
