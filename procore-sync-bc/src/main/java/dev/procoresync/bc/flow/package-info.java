/**
 * The seven flows of the ProjectPro Procore connector guide, one class each, each on the kit's
 * {@link dev.procoresync.core.flow.UpsertTemplate} and each returning a {@link
 * dev.procoresync.core.sync.SyncReport}; a rerun with nothing changed writes nothing.
 */
@NullMarked
package dev.procoresync.bc.flow;

import org.jspecify.annotations.NullMarked;
