package dev.procoresync.timekeeping.servicetrade.flow;

import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.timekeeping.servicetrade.model.ClockEventTimes;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a clock-event sync did: its report (one outcome per selected event) and, for every event
 * sent or compared, its actual and rounded times.
 */
public final class ClockEventSyncResult {
  private final SyncReport report;
  private final List<ClockEventTimes> times;

  ClockEventSyncResult(SyncReport report, List<ClockEventTimes> times) {
    this.report = Objects.requireNonNull(report, "report");
    this.times = List.copyOf(times);
  }

  /**
   * Returns the report: every selected event has exactly one outcome, keyed by the pair's key.
   *
   * @return the report
   */
  public SyncReport report() {
    return report;
  }

  /**
   * Returns the actual and rounded times of the events that were mapped to an entry, in selection
   * order.
   *
   * @return the times
   */
  public List<ClockEventTimes> times() {
    return times;
  }

  /**
   * Returns the times of one event.
   *
   * @param key the pair's key (the outcome's key)
   * @return the times, or empty when the event was skipped before it was mapped
   */
  public Optional<ClockEventTimes> times(String key) {
    return times.stream().filter(t -> t.key().equals(key)).findFirst();
  }

  @Override
  public String toString() {
    return "ClockEventSyncResult{" + report.toText() + "}";
  }
}
