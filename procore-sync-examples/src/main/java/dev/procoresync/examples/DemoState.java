package dev.procoresync.examples;

import dev.procoresync.core.http.RateLimitBudget;
import dev.procoresync.core.http.SharedRateLimitBudget;
import dev.procoresync.core.state.InMemorySyncStateStore;
import dev.procoresync.core.state.SyncStateStore;
import dev.procoresync.state.jdbc.JdbcSyncStateStore;
import dev.procoresync.state.redis.RedisStateStore;
import java.time.Clock;

/**
 * Where the demo keeps its sync state: in memory, or in the database or Redis that {@code
 * --state=...} names (with the rate-limit budget shared through the same store).
 *
 * @param store the state store (also the token store)
 * @param budget the rate-limit budget
 * @param closer what closes the store's connection
 */
record DemoState(SyncStateStore store, RateLimitBudget budget, Runnable closer)
    implements AutoCloseable {

  /**
   * Opens the store a {@code --state} value names.
   *
   * @param state empty for memory, a {@code jdbc:} URL or a {@code redis://} URI
   * @param clock the demo's clock
   * @return the opened state
   */
  static DemoState open(String state, Clock clock) {
    if (state.startsWith("jdbc:")) {
      JdbcSyncStateStore jdbc = JdbcSyncStateStore.connect(state, clock);
      return new DemoState(jdbc, SharedRateLimitBudget.on(jdbc), () -> {});
    }
    if (state.startsWith("redis")) {
      RedisStateStore redis = RedisStateStore.connect(state, clock);
      return new DemoState(redis, SharedRateLimitBudget.on(redis), redis::close);
    }
    return new DemoState(
        InMemorySyncStateStore.create(clock), RateLimitBudget.inMemory(), () -> {});
  }

  @Override
  public void close() {
    closer.run();
  }

  @Override
  public String toString() {
    return store.getClass().getSimpleName();
  }
}
