package dev.procoresync.examples.javadoc;

import dev.procoresync.core.flow.VendorUpsertFlow;
import dev.procoresync.core.model.VendorUpdate;
import dev.procoresync.core.sync.CancellationToken;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import java.util.List;

/** The example of {@code dev.procoresync.core.sync.CancellationToken}. */
public final class CancellationTokenExample {
  private CancellationTokenExample() {}

  /**
   * Runs a flow that a shutdown of the JVM cancels.
   *
   * @param flow the flow
   * @param vendors the vendors
   * @return the report (cancelled if the JVM began to shut down)
   */
  public static SyncReport runUntilShutdown(VendorUpsertFlow flow, List<VendorUpdate> vendors) {
    // [cancellation-token]
    CancellationToken cancel = CancellationToken.create();
    Runtime.getRuntime().addShutdownHook(new Thread(cancel::cancel));
    SyncReport report =
        flow.run(vendors, v -> v, RunOptions.builder().cancellation(cancel).build());
    // [cancellation-token]
    return report;
  }
}
