package dev.procoresync.core.flow;

import dev.procoresync.core.sync.ProgressListener;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.core.sync.SyncRun;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The upsert template for a target that answers later (plan -> enqueue -> take in answers when they
 * come -> report), such as the QuickBooks Web Connector, whose application answers in a later
 * session, hours afterwards.
 *
 * <p>{@link #start} does what {@link UpsertTemplate#run} does up to the write (read the target,
 * map, validate, compare digests; dry run, cancellation at the next record boundary, resume by
 * record count, errors ending the run ABORTED) but queues each window ({@link
 * AsyncUpsertTarget#enqueue}) instead of writing it, and returns an {@link AsyncUpsertRun}: its
 * report holds the outcomes decided so far (UNCHANGED, SKIPPED, FAILED ...) and counts the queued
 * records as {@linkplain SyncReport#awaiting() awaiting}. {@link #collect} takes in the answers
 * that have come ({@link AsyncUpsertTarget#answers}) and returns the next state; once every queued
 * record has its answer the state is final and its report is the run's final report, every record
 * with exactly one outcome. A queue that refuses a window fails its records at once. In a dry run
 * nothing is queued and {@code start} returns a final state.
 *
 * <p>The template holds nothing between calls: the host keeps the {@link AsyncUpsertRun} (it has a
 * JSON form). Thread safe.
 *
 * <pre>{@code
 * AsyncUpsertTemplate<QbVendor, QbVendorAdd> template =
 *     AsyncUpsertTemplate.of("qbd-vendor-upsert", queueTarget, clock);
 * AsyncUpsertRun run = template.start("company-file:1", vendors, mapper, RunOptions.defaults());
 * // ... a later session, after the Web Connector answered:
 * run = template.collect(run, ProgressListener.none());
 * }</pre>
 *
 * @param <T> a record as read from the target
 * @param <U> a record to write
 */
public final class AsyncUpsertTemplate<T, U> {
  private final String flow;
  private final AsyncUpsertTarget<T, U> target;
  private final Clock clock;
  private final int windowSize;

  private AsyncUpsertTemplate(
      String flow, AsyncUpsertTarget<T, U> target, Clock clock, int windowSize) {
    this.flow = flow;
    this.target = target;
    this.clock = clock;
    this.windowSize = windowSize;
  }

  /**
   * Creates the template of one flow; windows of {@link UpsertTarget#DEFAULT_WINDOW_SIZE} records
   * are queued at once.
   *
   * @param flow the flow's name in reports
   * @param target the queue
   * @param clock stamps the reports
   * @param <T> a record as read from the target
   * @param <U> a record to write
   * @return the template
   * @throws IllegalArgumentException when {@code flow} is blank
   */
  public static <T, U> AsyncUpsertTemplate<T, U> of(
      String flow, AsyncUpsertTarget<T, U> target, Clock clock) {
    Objects.requireNonNull(flow, "flow");
    if (flow.isBlank()) {
      throw new IllegalArgumentException("flow must not be blank (was '" + flow + "')");
    }
    return new AsyncUpsertTemplate<>(
        flow,
        Objects.requireNonNull(target, "target"),
        Objects.requireNonNull(clock, "clock"),
        UpsertTarget.DEFAULT_WINDOW_SIZE);
  }

  /**
   * Plans the run and queues its writes.
   *
   * @param scope what the run covers
   * @param records the source, read once, in order
   * @param mapper what to do with each record
   * @param options dry run, progress listener, cancellation, resume position
   * @param <S> the source record type
   * @return the state: final when nothing was queued, else awaiting answers
   * @throws IllegalArgumentException when {@code scope} is blank or the resume position is not a
   *     record count
   */
  public <S> AsyncUpsertRun start(
      String scope,
      Iterable<? extends S> records,
      RecordMapper<? super S, U> mapper,
      RunOptions options) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(mapper, "mapper");
    Objects.requireNonNull(options, "options");
    long resumeAt = UpsertTemplate.resumeAt(flow, options);
    SyncRun run = UpsertTemplate.start(flow, scope, records, options, clock);
    UpsertEngine.Result result =
        UpsertEngine.<S, T, U>queued(target, run, mapper, windowSize).run(records, resumeAt);
    SyncReport.Status end =
        switch (result.end()) {
          case COMPLETED -> SyncReport.Status.COMPLETED;
          case CANCELLED -> SyncReport.Status.CANCELLED;
          case ABORTED -> SyncReport.Status.ABORTED;
        };
    return AsyncUpsertRun.builder()
        .report(result.report())
        .awaited(result.awaited())
        .finalStatus(end)
        .resumeFrom(
            end == SyncReport.Status.COMPLETED
                ? Optional.empty()
                : Optional.of(result.resumeFrom()))
        .abortReason(Optional.ofNullable(result.cause()).map(RecordOutcome::describe))
        .build();
  }

  /**
   * Takes in the answers that have come since the last call. Each answered write is recorded
   * (WRITTEN: CREATED, UPDATED or ARCHIVED; FAILED with the target's error) and told to the
   * listener; when the last one is in, the final report is built and the listener's {@link
   * ProgressListener#onFinish} sees it.
   *
   * @param state the state returned by {@link #start} or an earlier call
   * @param listener told of each answered record and of the final report
   * @return the next state; {@code state} itself when it is already final
   * @throws RuntimeException what {@link AsyncUpsertTarget#answers} throws; {@code state} is then
   *     still valid and may be collected again
   */
  public AsyncUpsertRun collect(AsyncUpsertRun state, ProgressListener listener) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(listener, "listener");
    if (state.isFinal()) {
      return state;
    }
    List<String> keys = new ArrayList<>(state.awaited().size());
    state.awaited().forEach(w -> keys.add(w.key()));
    Map<String, ItemResult> answers =
        Objects.requireNonNull(target.answers(List.copyOf(keys)), "answers returned null");
    SyncReport.Recorder recorder = SyncReport.continuing(state.report());
    List<AwaitedWrite> still = new ArrayList<>();
    for (AwaitedWrite w : state.awaited()) {
      ItemResult answer = answers.get(w.key());
      if (answer == null || answer.kind() == ItemResult.Kind.UNKNOWN) {
        still.add(w);
        continue;
      }
      RecordOutcome outcome;
      if (answer.kind() == ItemResult.Kind.FAILED) {
        outcome =
            RecordOutcome.failed(
                w.label(), answer.errorType().orElseThrow(), answer.message().orElseThrow());
      } else {
        String id = answer.targetId().or(w::targetId).orElse(null);
        outcome =
            switch (w.kind()) {
              case CREATE -> RecordOutcome.created(w.label(), id);
              case UPDATE -> RecordOutcome.updated(w.label(), id);
              case ARCHIVE -> RecordOutcome.archived(w.label(), id);
            };
      }
      long processed = recorder.record(outcome);
      listener.onRecord(outcome, processed, recorder.expected());
    }
    AsyncUpsertRun.Builder next = AsyncUpsertRun.builder().from(state).awaited(still);
    if (!still.isEmpty()) {
      return next.report(recorder.awaitAnswers(clock.instant(), still.size())).build();
    }
    SyncReport report =
        switch (state.finalStatus()) {
          case CANCELLED -> recorder.cancel(clock.instant(), state.resumeFrom().orElseThrow());
          case ABORTED ->
              recorder.abort(
                  clock.instant(),
                  state.resumeFrom().orElseThrow(),
                  state.abortReason().orElseThrow());
          default -> recorder.complete(clock.instant());
        };
    listener.onFinish(report);
    return next.report(report).build();
  }

  @Override
  public String toString() {
    return "AsyncUpsertTemplate{flow=" + flow + ", target=" + target + "}";
  }
}
