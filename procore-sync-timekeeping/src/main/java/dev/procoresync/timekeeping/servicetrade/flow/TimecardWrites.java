package dev.procoresync.timekeeping.servicetrade.flow;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.flow.ItemResult;
import dev.procoresync.core.flow.PlannedWrite;
import dev.procoresync.core.flow.UpsertTarget;
import dev.procoresync.core.model.TimecardEntry;
import dev.procoresync.core.model.TimecardEntryUpdate;
import dev.procoresync.core.sync.RecordOutcome;

/** One timecard-entry write and its answer, as the upsert template wants it. */
final class TimecardWrites {
  private TimecardWrites() {}

  static ItemResult write(
      CompanyClient procore, long projectId, PlannedWrite<TimecardEntryUpdate> w) {
    try {
      TimecardEntry written =
          w.kind() == PlannedWrite.Kind.CREATE
              ? procore.timecardEntries().create(projectId, w.body())
              : procore
                  .timecardEntries()
                  .update(projectId, Long.parseLong(w.targetId().orElseThrow()), w.body());
      return ItemResult.written(Long.toString(written.id()));
    } catch (RuntimeException e) {
      return answer(e);
    }
  }

  static ItemResult answer(RuntimeException e) {
    String type = e.getClass().getSimpleName();
    String message = RecordOutcome.describe(e);
    return UpsertTarget.refusedForSure(e)
        ? ItemResult.failed(type, message)
        : ItemResult.unknown(type, message);
  }
}
