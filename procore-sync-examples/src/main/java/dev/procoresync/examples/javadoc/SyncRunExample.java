package dev.procoresync.examples.javadoc;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.model.Vendor;
import dev.procoresync.core.model.VendorUpdate;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.ResumePosition;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.core.sync.SyncRun;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The example of {@code dev.procoresync.core.sync.SyncRun} and its package. */
public final class SyncRunExample {
  private SyncRunExample() {}

  /**
   * Creates vendors one by one inside a run of one's own.
   *
   * @param company the company
   * @param vendors the vendors to create, each with an origin id
   * @param options the host's options
   * @param clock the clock
   * @return the report
   */
  public static SyncReport createVendors(
      CompanyClient company, List<VendorUpdate> vendors, RunOptions options, Clock clock) {
    // [sync-run]
    SyncRun run = SyncRun.start("vendors", "company:7", vendors.size(), options, clock);
    for (VendorUpdate v : vendors) {
      if (run.isCancellationRequested()) {
        return run.cancel();
      }
      String key = "vendor " + v.originId().orElseThrow();
      Optional<Vendor> created = run.write(() -> company.vendors().create(v)); // empty in a dry run
      run.record(
          RecordOutcome.created(key, created.map(Vendor::id).map(String::valueOf).orElse(null)));
      run.checkpoint(ResumePosition.of(v.originId().orElseThrow()));
    }
    return run.complete();
    // [sync-run]
  }
}
