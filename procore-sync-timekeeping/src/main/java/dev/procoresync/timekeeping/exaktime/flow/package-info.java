/**
 * The ExakTime flows of its Procore guide: the SyncLinx import (Procore workers, projects and sub
 * jobs, company cost codes into ExakTime: {@link
 * dev.procoresync.timekeeping.exaktime.flow.SyncLinxImportFlow}) and the AccountLinx export
 * (ExakTime time records into Procore timecard entries: {@link
 * dev.procoresync.timekeeping.exaktime.flow.AccountLinxExportFlow}), on the kit's {@link
 * dev.procoresync.core.flow.UpsertTemplate}.
 */
@NullMarked
package dev.procoresync.timekeeping.exaktime.flow;

import org.jspecify.annotations.NullMarked;
