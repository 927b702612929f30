package dev.procoresync.bc.flow;

import dev.procoresync.bc.client.BcClient;
import dev.procoresync.core.flow.UpsertTarget;
import org.jspecify.annotations.Nullable;

/** What the flows share. */
final class Flows {
  private Flows() {}

  static int windowSize(int windowSize) {
    if (windowSize < 1 || windowSize > UpsertTarget.DEFAULT_WINDOW_SIZE) {
      throw new IllegalArgumentException(
          "windowSize must be 1 to " + UpsertTarget.DEFAULT_WINDOW_SIZE + ", got " + windowSize);
    }
    return windowSize;
  }

  static BcClient requireBc(@Nullable BcClient bc, String flow) {
    if (bc == null) {
      throw new IllegalStateException(
          flow
              + " was made forRecords: pass the records to run(...), or create it with a BcClient");
    }
    return bc;
  }
}
