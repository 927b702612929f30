/**
 * Origin ids: how procore-sync names, inside Procore, the record of another system that a Procore
 * record was synced from.
 *
 * <p>Procore's {@code origin_id} holds an {@link dev.procoresync.core.origin.OriginId} in the one
 * documented form {@code system:entity:key}, such as {@code bc:job:JOB000042}. Timecard entries
 * take an integer {@code origin_id} instead; {@link dev.procoresync.core.origin.TimecardOriginIds}
 * maps each origin id to a stable integer through the {@link
 * dev.procoresync.core.state.SyncStateStore}.
 *
 * <p>Where this package fits: the <a href="{@docRoot}/index.html">overview</a>.
 */
@NullMarked
package dev.procoresync.core.origin;

import org.jspecify.annotations.NullMarked;
