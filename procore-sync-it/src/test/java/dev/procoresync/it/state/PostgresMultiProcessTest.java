package dev.procoresync.it.state;

import dev.procoresync.core.state.SyncStateStore;
import dev.procoresync.state.jdbc.JdbcSyncStateStore;
import java.time.Clock;

/** The multi-process tests against one PostgreSQL. */
class PostgresMultiProcessTest extends MultiProcessStateContract {
  @Override
  String storeUri() {
    return Services.postgres();
  }

  @Override
  SyncStateStore open(String uri, Clock clock) {
    return JdbcSyncStateStore.connect(uri, clock);
  }
}
