/**
 * The vocabulary every flow speaks: per-record {@link dev.procoresync.core.sync.Outcome outcomes},
 * the {@link dev.procoresync.core.sync.SyncReport report} that counts them, and run control (dry
 * run, progress, cancellation, resume).
 *
 * <p>The central promise: every input of a flow ends in exactly one outcome, and a report whose
 * counts do not add up to its inputs cannot be built. A flow drives one {@link
 * dev.procoresync.core.sync.SyncRun} per run; every write goes through {@link
 * dev.procoresync.core.sync.SyncRun#write}, which is how a dry run is guaranteed to write nothing.
 *
 * <pre>{@code
 * SyncRun run = SyncRun.start("vendors", "company:7", vendors.size(), options, clock);
 * for (VendorUpdate v : vendors) {
 *   if (run.isCancellationRequested()) {
 *     return run.cancel();
 *   }
 *   String key = "vendor " + v.originId().orElseThrow();
 *   Optional<Vendor> created = run.write(() -> company.vendors().create(v)); // empty in a dry run
 *   run.record(
 *       RecordOutcome.created(key, created.map(Vendor::id).map(String::valueOf).orElse(null)));
 *   run.checkpoint(ResumePosition.of(v.originId().orElseThrow()));
 * }
 * return run.complete();
 * }</pre>
 *
 * <p>Where this package fits: the <a href="{@docRoot}/index.html">overview</a>.
 */
@SyncStyle
@NullMarked
package dev.procoresync.core.sync;

import dev.procoresync.core.SyncStyle;
import org.jspecify.annotations.NullMarked;
