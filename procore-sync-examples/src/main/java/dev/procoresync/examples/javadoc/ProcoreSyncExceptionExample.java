package dev.procoresync.examples.javadoc;

import dev.procoresync.core.error.ProcoreSyncException;
import dev.procoresync.core.flow.VendorUpsertFlow;
import dev.procoresync.core.model.VendorUpdate;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The example of {@code dev.procoresync.core.error.ProcoreSyncException}. */
public final class ProcoreSyncExceptionExample {
  private static final Logger log = LoggerFactory.getLogger(ProcoreSyncExceptionExample.class);

  private ProcoreSyncExceptionExample() {}

  /**
   * Runs a flow and logs an aborted run.
   *
   * @param flow the flow
   * @param records the records
   * @return the report, or empty when the run was aborted
   */
  public static Optional<SyncReport> runLogged(VendorUpsertFlow flow, List<VendorUpdate> records) {
    // [procore-sync-exception]
    try {
      return Optional.of(flow.run(records, v -> v, RunOptions.defaults()));
    } catch (ProcoreSyncException e) {
      log.error("sync aborted: {}", e.getMessage());
      return Optional.empty();
    }
    // [procore-sync-exception]
  }
}
