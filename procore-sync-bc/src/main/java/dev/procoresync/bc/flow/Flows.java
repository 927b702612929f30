package dev.procoresync.bc.flow;

import dev.procoresync.bc.client.BcClient;
import dev.procoresync.core.flow.UpsertTarget;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.SyncReport;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the flows share. */
final class Flows {
  private Flows() {}

  static int windowSize(int windowSize) {
    if (windowSize < 1 || windowSize > UpsertTarget.DEFAULT_WINDOW_SIZE) {
      throw new IllegalArgumentException(
          "windowSize must be 1 to " + UpsertTarget.DEFAULT_WINDOW_SIZE + ", got " + windowSize);
    }
    return windowSize;
  }

  static BcClient requireBc(@Nullable BcClient bc, String flow) {
    if (bc == null) {
      throw new IllegalStateException(
          flow
              + " was made forRecords: pass the records to run(...), or create it with a BcClient");
    }
    return bc;
  }

  /**
   * One report of a flow run in stages (each an upsert run over its own records): the counts and
   * listed outcomes add up; the status, abort reason and resume position are those of the first
   * stage that did not complete (the stages after it did not run).
   */
  static SyncReport merge(String flow, String scope, List<SyncReport> stages) {
    SyncReport first = stages.get(0);
    Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
    List<RecordOutcome> skips = new ArrayList<>();
    List<RecordOutcome> failures = new ArrayList<>();
    long total = 0;
    long resumed = 0;
    long omittedSkips = 0;
    long omittedFailures = 0;
    SyncReport last = first;
    for (SyncReport r : stages) {
      for (Outcome o : Outcome.values()) {
        counts.merge(o, r.count(o), Long::sum);
      }
      skips.addAll(r.skips());
      failures.addAll(r.failures());
      total += r.totalInputs();
      resumed += r.resumedPast();
      omittedSkips += r.omittedSkips();
      omittedFailures += r.omittedFailures();
      last = r;
    }
    return SyncReport.builder()
        .from(last)
        .flow(flow)
        .scope(scope)
        .startedAt(first.startedAt())
        .declaredInputs(java.util.OptionalLong.empty())
        .totalInputs(total)
        .resumedPast(resumed)
        .counts(counts)
        .skips(skips)
        .failures(failures)
        .omittedSkips(omittedSkips)
        .omittedFailures(omittedFailures)
        .build();
  }
}
