/**
 * Flows: read, map and validate, write, and account for every input record in a {@link
 * dev.procoresync.core.sync.SyncReport}.
 *
 * <p>The flows here are the generic ones every connector reuses:
 *
 * <ul>
 *   <li>{@link dev.procoresync.core.flow.VendorUpsertFlow}: a host's vendor records to Procore
 *       vendors through the batch sync endpoint;
 *   <li>{@link dev.procoresync.core.flow.CostCodeUpsertFlow}: a host's tiered cost-code list
 *       ({@link dev.procoresync.core.flow.CostCodeInput}) to a project's cost codes, parents before
 *       children;
 *   <li>{@link dev.procoresync.core.flow.TimecardAuditFlow}: a read-only check of a project's
 *       timecard entries against {@link dev.procoresync.core.flow.TimecardAuditRules}, with hours
 *       totals ({@link dev.procoresync.core.flow.TimecardAudit}).
 * </ul>
 *
 * <p>Each supports dry run, progress and cancellation through {@link
 * dev.procoresync.core.sync.RunOptions}, holds no state between runs beyond the {@link
 * dev.procoresync.core.state.SyncStateStore}, is thread safe, and is idempotent: a second run over
 * unchanged data writes nothing and reports UNCHANGED.
 *
 * <p>Where this package fits: the <a href="{@docRoot}/index.html">overview</a>.
 */
@SyncStyle
@NullMarked
package dev.procoresync.core.flow;

import dev.procoresync.core.SyncStyle;
import org.jspecify.annotations.NullMarked;
