package dev.procoresync.it.state;

import dev.procoresync.core.state.SyncStateStore;
import dev.procoresync.state.redis.RedisStateStore;
import java.time.Clock;

/** The multi-process tests against one Redis. */
class RedisMultiProcessTest extends MultiProcessStateContract {
  @Override
  String storeUri() {
    return Services.redis();
  }

  @Override
  SyncStateStore open(String uri, Clock clock) {
    return RedisStateStore.connect(uri, clock, "procore-sync-it:");
  }
}
