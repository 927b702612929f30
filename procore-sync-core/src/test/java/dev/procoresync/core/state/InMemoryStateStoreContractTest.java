package dev.procoresync.core.state;

import dev.procoresync.core.testing.StateStoreContract;

class InMemoryStateStoreContractTest extends StateStoreContract {
  private final InMemorySyncStateStore store = InMemorySyncStateStore.create();

  @Override
  protected Object store() {
    return store;
  }
}
