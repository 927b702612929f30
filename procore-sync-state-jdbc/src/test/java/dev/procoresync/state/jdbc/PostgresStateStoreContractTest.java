package dev.procoresync.state.jdbc;

import dev.procoresync.core.testing.StateStoreContract;
import java.time.Clock;

/** The store contract on the PostgreSQL server (skipped, or failed under CI, when unreachable). */
class PostgresStateStoreContractTest extends StateStoreContract {
  private static JdbcSyncStateStore store;

  @Override
  protected Object store() {
    synchronized (PostgresStateStoreContractTest.class) {
      if (store == null) {
        store = JdbcSyncStateStore.connect(Services.postgres(), Clock.systemUTC());
      }
      return store;
    }
  }
}
