package dev.procoresync.qbd.flow;

import dev.procoresync.core.flow.AsyncUpsertRun;
import dev.procoresync.core.flow.ItemResult;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.qbd.qbxml.QbXmlResponseSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The state of one QuickBooks flow run between Web Connector sessions: which phase it is in, the
 * queue runs it used, and its report. A host keeps it and calls the flow's {@code advance} after
 * each session (or whenever the Web Connector service says a queue run became final) until {@link
 * #isFinal()}.
 *
 * <p>It lives in memory: a host that restarts between sessions starts the flow again, which is safe
 * (the new run reads QuickBooks first and writes only what differs).
 */
public final class QbdFlowRun {
  /** The phases of a run. */
  public enum Phase {
    /** Reading what QuickBooks holds. */
    READING,
    /** Adds and Mods are queued; waiting for their answers. */
    WRITING,
    /** Querying QuickBooks for records whose answer was lost or must be retried. */
    CHECKING,
    /** The report is final. */
    DONE
  }

  final String flow;
  final String runId;
  final Iterable<?> records;
  Phase phase = Phase.READING;
  int round;
  int readAttempts;
  String queueRun = "";
  final List<String> writeRuns = new ArrayList<>();
  @Nullable AsyncUpsertRun state;
  @Nullable SyncReport importReport;
  final Map<String, QbWrite> planned = new HashMap<>();
  final Map<String, Integer> attempts = new HashMap<>();
  final Map<String, ItemResult> resolved = new HashMap<>();
  final Map<String, String> lastError = new HashMap<>();
  final Map<Long, QbXmlResponseSet> parsed = new HashMap<>();
  private final Map<String, String> latestRound = new HashMap<>();

  QbdFlowRun(String flow, String runId, Iterable<?> records) {
    this.flow = flow;
    this.runId = runId;
    this.records = records;
  }

  /**
   * Returns the flow's name.
   *
   * @return such as {@code "qbd-cost-codes-to-items"}
   */
  public String flow() {
    return flow;
  }

  /**
   * Returns the run's id.
   *
   * @return the id given to {@code start}
   */
  public String runId() {
    return runId;
  }

  /**
   * Returns the phase.
   *
   * @return the phase
   */
  public Phase phase() {
    return phase;
  }

  /**
   * Returns the queue run whose requests the Web Connector must drain next.
   *
   * @return the queue's run id, such as {@code "run-1:read1"}
   */
  public String queueRun() {
    return queueRun;
  }

  /**
   * Returns the queue runs that carried writes, oldest first.
   *
   * @return the run ids
   */
  public List<String> writeRuns() {
    return List.copyOf(writeRuns);
  }

  /**
   * Tells whether the report is final.
   *
   * @return {@code true} in phase {@link Phase#DONE}
   */
  public boolean isFinal() {
    return phase == Phase.DONE;
  }

  /**
   * Returns the report so far: empty while reading, then the outcomes decided so far (queued
   * records count as awaiting), final once {@link #isFinal()}. An import's report is empty until it
   * is final.
   *
   * @return the report, or empty before the read finished
   */
  public Optional<SyncReport> report() {
    if (importReport != null) {
      return Optional.of(importReport);
    }
    return Optional.ofNullable(state).map(AsyncUpsertRun::report);
  }

  Map<String, String> latestRound() {
    return latestRound;
  }

  @Override
  public String toString() {
    return "QbdFlowRun{" + flow + " " + runId + " " + phase + " round " + round + "}";
  }
}
