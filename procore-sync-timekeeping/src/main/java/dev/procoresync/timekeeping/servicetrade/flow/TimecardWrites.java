package dev.procoresync.timekeeping.servicetrade.flow;

import dev.procoresync.core.flow.ItemResult;
import dev.procoresync.core.flow.UpsertTarget;
import dev.procoresync.core.sync.RecordOutcome;

/** The answer of one failed write, as the upsert template wants it. */
final class TimecardWrites {
  private TimecardWrites() {}

  static ItemResult answer(RuntimeException e) {
    String type = e.getClass().getSimpleName();
    String message = RecordOutcome.describe(e);
    return UpsertTarget.refusedForSure(e)
        ? ItemResult.failed(type, message)
        : ItemResult.unknown(type, message);
  }
}
