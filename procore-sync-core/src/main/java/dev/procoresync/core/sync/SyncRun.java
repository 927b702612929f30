package dev.procoresync.core.sync;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of a flow in progress: the single gate every write goes through, the recorder of
 * outcomes, the progress events and the cancellation check.
 *
 * <p><b>Dry run.</b> A flow never calls a writing client method directly: it passes the write to
 * {@link #write(Supplier)}, which in a dry run returns empty without calling it. That one gate is
 * what makes "a dry run writes nothing" hold for every flow.
 *
 * <p><b>Cancellation.</b> Between records the flow checks {@link #isCancellationRequested()} and,
 * when set, returns {@link #cancel()}: a report with status {@link SyncReport.Status#CANCELLED}
 * whose resume position is the last {@link #checkpoint} (or where this run itself started).
 *
 * <p><b>Abort.</b> When an error stops the run before every input is processed (a source that threw
 * half-way), the flow records an outcome for every record it was handed and returns {@link
 * #abort(Throwable)}: a report with status {@link SyncReport.Status#ABORTED}, the error attached,
 * and the last checkpoint as its resume position.
 *
 * <p><b>Logging.</b> The run logs one SLF4J line at INFO (logger {@code
 * dev.procoresync.core.sync.SyncRun}) when it starts (flow, scope, dry run, expected inputs when
 * known) and one when it finishes (status, duration and the outcome counts, such as {@code
 * vendor-upsert (company:1001) COMPLETED in 987 ms: 2000 inputs, 1970 created, 20 updated, 8
 * unchanged, 0 archived, 1 skipped, 1 failed}). Neither holds record contents, tokens or secrets.
 *
 * <p>Thread safe: a flow may record and write from several threads.
 *
 * <pre>{@code
 * SyncRun run = SyncRun.start("vendors", "company:7", vendors.size(), options, clock);
 * for (VendorUpdate v : vendors) {
 *   if (run.isCancellationRequested()) {
 *     return run.cancel();
 *   }
 *   String key = "vendor " + v.originId().orElseThrow();
 *   Optional<Vendor> created = run.write(() -> company.vendors().create(v)); // empty in a dry run
 *   run.record(
 *       RecordOutcome.created(key, created.map(Vendor::id).map(String::valueOf).orElse(null)));
 *   run.checkpoint(ResumePosition.of(v.originId().orElseThrow()));
 * }
 * return run.complete();
 * }</pre>
 */
public final class SyncRun {
  private static final Logger LOG = LoggerFactory.getLogger(SyncRun.class);

  private final SyncReport.Recorder recorder;
  private final RunOptions options;
  private final Clock clock;
  private final AtomicReference<ResumePosition> position;

  private SyncRun(SyncReport.Recorder recorder, RunOptions options, Clock clock) {
    this.recorder = recorder;
    this.options = options;
    this.clock = clock;
    this.position = new AtomicReference<>(options.resumeFrom().orElse(ResumePosition.start()));
  }

  /**
   * Starts a run whose number of inputs is not known yet (see {@link #expect}).
   *
   * @param flow the flow's name, such as {@code "vendors"}
   * @param scope what the run covers, such as {@code "company:7"}
   * @param options the host's options
   * @param clock the clock that stamps the start and finish
   * @return the running run; the listener has seen {@code onStart}
   * @throws IllegalArgumentException when {@code flow} or {@code scope} is blank
   */
  public static SyncRun start(String flow, String scope, RunOptions options, Clock clock) {
    return start(flow, scope, OptionalLong.empty(), options, clock);
  }

  /**
   * Starts a run of {@code expectedInputs} inputs.
   *
   * @param flow the flow's name, such as {@code "vendors"}
   * @param scope what the run covers, such as {@code "company:7"}
   * @param expectedInputs how many inputs the run has
   * @param options the host's options
   * @param clock the clock that stamps the start and finish
   * @return the running run; the listener has seen {@code onStart}
   * @throws IllegalArgumentException when {@code flow} or {@code scope} is blank, or {@code
   *     expectedInputs} is negative
   */
  public static SyncRun start(
      String flow, String scope, long expectedInputs, RunOptions options, Clock clock) {
    return start(flow, scope, OptionalLong.of(expectedInputs), options, clock);
  }

  private static SyncRun start(
      String flow, String scope, OptionalLong expected, RunOptions options, Clock clock) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(clock, "clock");
    SyncReport.Recorder recorder =
        SyncReport.recorder(flow, scope, options.dryRun(), clock.instant());
    recorder.listAtMost(options.listedPerOutcome());
    expected.ifPresent(recorder::expect);
    if (LOG.isInfoEnabled()) {
      LOG.info(
          "{} ({}) started{}{}",
          flow,
          scope,
          options.dryRun() ? ", dry run" : "",
          expected.isPresent() ? ", " + expected.getAsLong() + " inputs expected" : "");
    }
    options.listener().onStart(flow, scope, expected);
    return new SyncRun(recorder, options, clock);
  }

  /**
   * Tells whether this is a dry run.
   *
   * @return {@code true} when writes are suppressed
   */
  public boolean isDryRun() {
    return options.dryRun();
  }

  /**
   * Tells whether the host asked the run to stop.
   *
   * @return {@code true} once the options' cancellation token is cancelled
   */
  public boolean isCancellationRequested() {
    return options.cancellation().isCancelled();
  }

  /**
   * Returns where this run should start reading, from the options.
   *
   * @return the position to resume from, or empty to start at the beginning
   */
  public Optional<ResumePosition> resumeFrom() {
    return options.resumeFrom();
  }

  /**
   * Performs a write, unless this is a dry run.
   *
   * @param write the write, such as {@code () -> client.vendors().create(v)}; must not return
   *     {@code null}
   * @param <T> what the write returns
   * @return what the write returned; empty in a dry run, where {@code write} is never called
   */
  public <T> Optional<T> write(Supplier<? extends T> write) {
    Objects.requireNonNull(write, "write");
    if (options.dryRun()) {
      return Optional.empty();
    }
    return Optional.of(Objects.requireNonNull(write.get(), "write returned null"));
  }

  /**
   * Performs a write that returns nothing (a delete, an archive), unless this is a dry run.
   *
   * <pre>{@code
   * boolean done = run.write(() -> client.vendors().delete(id));
   * }</pre>
   *
   * @param write the write
   * @return {@code true} when the write was performed; {@code false} in a dry run, where {@code
   *     write} is never called
   */
  public boolean write(Runnable write) {
    Objects.requireNonNull(write, "write");
    if (options.dryRun()) {
      return false;
    }
    write.run();
    return true;
  }

  /**
   * Declares (or corrects) the number of inputs once it is known.
   *
   * @param inputs the number of inputs
   * @throws IllegalArgumentException when {@code inputs} is below the number already recorded
   */
  public void expect(long inputs) {
    recorder.expect(inputs);
  }

  /**
   * Records one input's outcome and tells the listener.
   *
   * @param outcome the outcome
   * @return how many inputs are recorded now
   * @throws IllegalStateException when the run is finished or every declared input is recorded
   */
  public long record(RecordOutcome outcome) {
    long processed = recorder.record(outcome);
    options.listener().onRecord(outcome, processed, recorder.expected());
    return processed;
  }

  /**
   * Counts inputs this run passes over because the run it resumes processed them (see {@link
   * SyncReport#resumedPast()}); they get no outcome and the listener sees none.
   *
   * @param inputs how many more inputs were resumed past, 0 or more
   * @return how many inputs are resumed past now
   * @throws IllegalArgumentException when {@code inputs} is negative
   * @throws IllegalStateException when the run is finished or the declared inputs would be exceeded
   */
  public long resumedPast(long inputs) {
    return recorder.resumedPast(inputs);
  }

  /**
   * Returns the declared number of inputs, if any.
   *
   * @return the number declared at the start or with {@link #expect}, or empty
   */
  public OptionalLong expected() {
    return recorder.expected();
  }

  /**
   * Returns how many inputs are recorded so far.
   *
   * @return the number of outcomes recorded
   */
  public long recorded() {
    return recorder.recorded();
  }

  /**
   * Marks everything before {@code position} as done: a cancelled run resumes from the last
   * checkpoint. Call it after the records it covers are recorded.
   *
   * @param position the position after the last record fully processed
   */
  public void checkpoint(ResumePosition position) {
    this.position.set(Objects.requireNonNull(position, "position"));
  }

  /**
   * Finishes a run that processed every input.
   *
   * @return the report, status {@link SyncReport.Status#COMPLETED}; the listener has seen it
   * @throws IllegalStateException when fewer inputs were recorded than declared, or the run is
   *     already finished
   */
  public SyncReport complete() {
    return finish(recorder.complete(clock.instant()));
  }

  /**
   * Finishes a run early, at the last checkpoint.
   *
   * @return the report, status {@link SyncReport.Status#CANCELLED} with the resume position; the
   *     listener has seen it
   * @throws IllegalStateException when the run is already finished
   */
  public SyncReport cancel() {
    return finish(recorder.cancel(clock.instant(), position.get()));
  }

  /**
   * Finishes a run that an error stopped, at the last checkpoint.
   *
   * @param cause the error that stopped the run
   * @return the report, status {@link SyncReport.Status#ABORTED} with the resume position and the
   *     error; the listener has seen it
   * @throws IllegalStateException when the run is already finished
   */
  public SyncReport abort(Throwable cause) {
    return finish(recorder.abort(clock.instant(), position.get(), cause));
  }

  /**
   * Takes a progress snapshot of a run whose asynchronous target has not answered {@code awaiting}
   * inputs yet, and finishes this run object; the run goes on from the snapshot with {@link
   * SyncReport#continuing(SyncReport)}.
   *
   * @param awaiting how many inputs await an answer, at least 1
   * @return the snapshot, status {@link SyncReport.Status#AWAITING_ANSWERS}; the listener has not
   *     seen it (the run is not finished)
   * @throws IllegalStateException when the run is already finished
   */
  public SyncReport awaitAnswers(long awaiting) {
    return recorder.awaitAnswers(clock.instant(), awaiting);
  }

  private SyncReport finish(SyncReport report) {
    if (LOG.isInfoEnabled()) {
      LOG.info("{}", summary(report));
    }
    options.listener().onFinish(report);
    return report;
  }

  /** The one-line INFO summary of a finished run: counts only, never record contents. */
  static String summary(SyncReport report) {
    StringBuilder line =
        new StringBuilder()
            .append(report.flow())
            .append(" (")
            .append(report.scope())
            .append(") ")
            .append(report.status())
            .append(report.dryRun() ? " (dry run)" : "")
            .append(" in ")
            .append(report.duration().toMillis())
            .append(" ms: ")
            .append(report.inputs())
            .append(" inputs");
    for (Outcome outcome : Outcome.values()) {
      line.append(", ")
          .append(report.count(outcome))
          .append(' ')
          .append(outcome.name().toLowerCase(Locale.ROOT));
    }
    if (report.resumedPast() > 0) {
      line.append(", ").append(report.resumedPast()).append(" resumed past");
    }
    return line.toString();
  }

  @Override
  public String toString() {
    return "SyncRun{recorded=" + recorder.recorded() + ", dryRun=" + isDryRun() + "}";
  }
}
