/**
 * Flows: read, map and validate, write, and account for every input record in a {@link
 * dev.procoresync.core.sync.SyncReport}.
 *
 * <p>The flows here are the generic ones every connector reuses: {@link
 * dev.procoresync.core.flow.VendorUpsertFlow} (a host's vendor records to Procore vendors), {@code
 * CostCodeUpsertFlow} (a host's tiered cost-code list to a project's cost codes) and {@code
 * TimecardAuditFlow} (a read-only check of a project's timecard entries). Each supports dry run,
 * progress and cancellation through {@link dev.procoresync.core.sync.RunOptions}, holds no state
 * between runs beyond the {@link dev.procoresync.core.state.SyncStateStore}, is thread safe, and is
 * idempotent: a second run over unchanged data writes nothing and reports UNCHANGED.
 */
@NullMarked
package dev.procoresync.core.flow;

import org.jspecify.annotations.NullMarked;
