/**
 * The QuickBooks Desktop flows, one class per flow, and what they share: a {@link
 * dev.procoresync.qbd.flow.QbdConnection} (the Web Connector queue and company), the run state a
 * host keeps between Web Connector sessions ({@link dev.procoresync.qbd.flow.QbdFlowRun}) and the
 * {@link dev.procoresync.qbd.flow.IteratorContinuations} listener that finishes iterator queries
 * inside one session.
 *
 * <p>A flow run goes in rounds, each drained by one or more Web Connector sessions: read what
 * QuickBooks holds (a query with an iterator), then queue the Adds and Mods that differ (several
 * requests per message), then take in the answers; a request whose answer was lost, or that
 * QuickBooks refused for a reason that passes (stale EditSequence, record in use), is checked by
 * querying QuickBooks by name or reference number before it is sent again, so nothing is created
 * twice. A rerun with nothing changed sends no Add and no Mod.
 */
@SyncStyle
@NullMarked
package dev.procoresync.qbd.flow;

import dev.procoresync.core.SyncStyle;
import org.jspecify.annotations.NullMarked;
