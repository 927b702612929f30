package dev.procoresync.core.flow;

import dev.procoresync.core.sync.CancellationToken;
import dev.procoresync.core.sync.ProgressListener;
import dev.procoresync.core.sync.ResumePosition;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.core.sync.SyncRun;
import java.time.Clock;
import java.util.Collection;
import java.util.Objects;

/**
 * The upsert loop every connector flow runs, target-neutral: read what the target holds -> map and
 * validate each record -> compare digests -> write the changes in windows -> checkpoint -> report.
 * A flow supplies the {@linkplain UpsertTarget target} (how to list what exists, how to write a
 * window, how to look records up by key) and a {@linkplain RecordMapper mapping}; the template does
 * the rest.
 *
 * <p>One run:
 *
 * <ol>
 *   <li>reads the target once ({@link TargetModel#existing()}) into a compact index: key to id and
 *       a 64-bit hash per field ({@link FieldDigest});
 *   <li>takes the records one by one, in the source's order, and maps each: a mapping that throws
 *       an exception (checked ones included) makes that record FAILED ({@code "record #n"}, n
 *       counting from 1); a record without a key, with an invalid key or breaking the target's
 *       rules ({@link TargetModel#validate}) is SKIPPED with the violations; a key seen before in
 *       the run is SKIPPED ({@code origin_id.duplicate}, the first record wins);
 *   <li>a record the target holds unchanged is UNCHANGED and not written; the rest is queued in the
 *       write window, which is written when it holds {@link UpsertTarget#windowSize()} records,
 *       when a mapping asks for the id of a record in it ({@link UpsertContext#targetIdOf}), and at
 *       the end. Each record of a written window is CREATED, UPDATED or ARCHIVED, or FAILED with
 *       the target's error;
 *   <li>when a write's outcome is unknown (a transport failure, a timeout, a 5xx, an answer that
 *       names neither a result nor an error for a key), the template looks the records up by key
 *       ({@link UpsertTarget#lookup}) before it reports: a record the target holds as written is
 *       CREATED/UPDATED (an archived one: absent), the rest FAILED. A 4xx refusal fails the window
 *       without a lookup;
 *   <li>after each written window it checkpoints the position (below), and finishes with the
 *       report.
 * </ol>
 *
 * <p><b>Every record exactly one outcome.</b> Every record the source hands over ends in exactly
 * one outcome, whatever fails. The report's status says how the run ended:
 *
 * <ul>
 *   <li>{@code COMPLETED}: the source was read to its end.
 *   <li>{@code CANCELLED}: the {@link CancellationToken} was cancelled (below).
 *   <li>{@code ABORTED}: the target could not be read (nothing was written), the source threw (its
 *       {@code iterator()}, {@code hasNext()} or {@code next()}), or a mapping threw an {@link
 *       Error} (that record is FAILED with it). The records taken before are finished: the pending
 *       window is written and every one has its outcome. The error is attached ({@link
 *       SyncReport#abortReason()}, {@link SyncReport#abortCause()}) and the report's resume
 *       position is after the last record taken. A {@link VirtualMachineError} (out of memory,
 *       stack overflow) is the one exception that leaves the run: the records taken and not yet
 *       recorded are FAILED with it, unwritten, the ABORTED report is handed to the listener's
 *       {@link ProgressListener#onFinish}, and the error is rethrown.
 * </ul>
 *
 * <p>A source's {@link Collection#size()} is a hint only: it is declared as the run's number of
 * inputs for progress, and corrected to what the source really held when it was wrong, so a lying
 * size loses no accounting.
 *
 * <p><b>Dry run.</b> Every write goes through {@link SyncRun#write}: a dry run reads the target,
 * maps, compares and reports what it would create, update or archive, and writes nothing.
 *
 * <p><b>Cancellation</b> happens at the next record boundary: before it takes each record, the
 * template checks the token; once it is cancelled, the template takes no further record, writes the
 * pending window (so that every record taken gets its outcome) and returns a CANCELLED report whose
 * resume position is after the last record taken. (A listener that cancels while it is told of an
 * outcome is called while that outcome's window is being recorded; the run then stops at the end of
 * that window.)
 *
 * <p><b>Resume.</b> Positions are record counts ({@link ResumePosition#afterRecords(long)}): a run
 * started with {@link RunOptions#resumeFrom()} {@code "n"} takes the first n records from the
 * source without mapping or writing them and counts them as {@linkplain SyncReport#resumedPast()
 * resumed past}, not as outcomes; the report's inputs are its outcomes plus the records resumed
 * past.
 *
 * <p>The template holds nothing between runs and is thread safe: runs may proceed at once from
 * several threads (each run keeps its own index).
 *
 * <pre>{@code
 * UpsertTemplate<Vendor, VendorUpdate> template =
 *     UpsertTemplate.of("vendor-upsert", new ProcoreVendorTarget(company), clock);
 * SyncReport report = template.run("company:7", erpVendors, RecordMapper.of(mapping), options);
 * }</pre>
 *
 * @param <T> a record as read from the target
 * @param <U> a record to write
 */
public final class UpsertTemplate<T, U> {
  private final String flow;
  private final UpsertTarget<T, U> target;
  private final Clock clock;

  private UpsertTemplate(String flow, UpsertTarget<T, U> target, Clock clock) {
    this.flow = flow;
    this.target = target;
    this.clock = clock;
  }

  /**
   * Creates the template of one flow.
   *
   * @param flow the flow's name in reports, such as {@code "vendor-upsert"}
   * @param target the target
   * @param clock stamps the reports
   * @param <T> a record as read from the target
   * @param <U> a record to write
   * @return the template
   * @throws IllegalArgumentException when {@code flow} is blank or the target's window size is
   *     below 1
   */
  public static <T, U> UpsertTemplate<T, U> of(
      String flow, UpsertTarget<T, U> target, Clock clock) {
    Objects.requireNonNull(flow, "flow");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(clock, "clock");
    if (flow.isBlank()) {
      throw new IllegalArgumentException("flow must not be blank (was '" + flow + "')");
    }
    if (target.windowSize() < 1) {
      throw new IllegalArgumentException(
          "windowSize must be at least 1 (was " + target.windowSize() + ")");
    }
    return new UpsertTemplate<>(flow, target, clock);
  }

  /**
   * Runs the template over the host's records.
   *
   * @param scope what the run covers, such as {@code "company:7"}
   * @param records the source, read once, in order
   * @param mapper what to do with each record
   * @param options dry run, progress listener, cancellation, resume position
   * @param <S> the source record type
   * @return the report: every record handed over has exactly one outcome; its status says how the
   *     run ended (see the class description)
   * @throws IllegalArgumentException when {@code scope} is blank, or the resume position is not a
   *     record count
   */
  public <S> SyncReport run(
      String scope,
      Iterable<? extends S> records,
      RecordMapper<? super S, U> mapper,
      RunOptions options) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(mapper, "mapper");
    Objects.requireNonNull(options, "options");
    long resumeAt = resumeAt(flow, options);
    SyncRun run = start(flow, scope, records, options, clock);
    return UpsertEngine.<S, T, U>direct(target, run, mapper).run(records, resumeAt).report();
  }

  static long resumeAt(String flow, RunOptions options) {
    try {
      return options.resumeFrom().map(ResumePosition::records).orElse(0L);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "resumeFrom is not a position of " + flow + ": " + e.getMessage(), e);
    }
  }

  static SyncRun start(
      String flow, String scope, Iterable<?> records, RunOptions options, Clock clock) {
    int hint = -1;
    if (records instanceof Collection<?> known) {
      try {
        hint = known.size();
      } catch (RuntimeException e) {
        hint = -1; // a size() that throws is no hint
      }
    }
    return hint >= 0
        ? SyncRun.start(flow, scope, hint, options, clock)
        : SyncRun.start(flow, scope, options, clock);
  }

  @Override
  public String toString() {
    return "UpsertTemplate{flow=" + flow + ", target=" + target + "}";
  }
}
