package dev.procoresync.core.flow;

import dev.procoresync.core.error.ProcoreApiException;
import dev.procoresync.core.error.ServiceException;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.ResumePosition;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.core.sync.SyncRun;
import dev.procoresync.core.validation.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One run of the upsert template: the loop shared by {@link UpsertTemplate} (a target that answers
 * at once) and {@link AsyncUpsertTemplate} (a target that answers later). Not thread safe: one per
 * run.
 */
final class UpsertEngine<S, T, U> implements UpsertContext {
  private final TargetModel<T, U> model;
  private final @Nullable UpsertTarget<T, U> direct;
  private final @Nullable AsyncUpsertTarget<T, U> queued;
  private final SyncRun run;
  private final RecordMapper<? super S, U> mapper;
  private final int windowSize;

  private final Map<String, Indexed> index = new HashMap<>();
  private final Set<String> seen = new HashSet<>();
  private final Map<String, Outcome> refused = new HashMap<>();
  private final Set<String> acceptedWithoutId = new HashSet<>();
  private final LinkedHashMap<String, Pending<U>> window = new LinkedHashMap<>();
  private final List<AwaitedWrite> awaited = new ArrayList<>();
  private List<Pending<U>> inFlight = List.of();
  private long position;

  private UpsertEngine(
      TargetModel<T, U> model,
      @Nullable UpsertTarget<T, U> direct,
      @Nullable AsyncUpsertTarget<T, U> queued,
      SyncRun run,
      RecordMapper<? super S, U> mapper,
      int windowSize) {
    this.model = model;
    this.direct = direct;
    this.queued = queued;
    this.run = run;
    this.mapper = mapper;
    this.windowSize = windowSize;
  }

  static <S, T, U> UpsertEngine<S, T, U> direct(
      UpsertTarget<T, U> target, SyncRun run, RecordMapper<? super S, U> mapper) {
    return new UpsertEngine<>(target, target, null, run, mapper, target.windowSize());
  }

  static <S, T, U> UpsertEngine<S, T, U> queued(
      AsyncUpsertTarget<T, U> target, SyncRun run, RecordMapper<? super S, U> mapper, int window) {
    return new UpsertEngine<>(target, null, target, run, mapper, window);
  }

  /** Why the loop stops early: an error that is not one record's (a source, an Error). */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Throwable reason;

    Stop(Throwable reason) {
      super(null, null, false, false);
      this.reason = reason;
    }
  }

  /** How the planning phase ended (for the asynchronous template). */
  enum End {
    COMPLETED,
    CANCELLED,
    ABORTED
  }

  /** The result of the loop: the report (or snapshot) and, for a queued target, what waits. */
  record Result(
      SyncReport report,
      List<AwaitedWrite> awaited,
      End end,
      ResumePosition resumeFrom,
      @Nullable Throwable cause) {}

  Result run(Iterable<? extends S> source, long resumeAt) {
    try {
      for (T existing : model.existing()) {
        Optional<String> key = model.existingKey(existing);
        Optional<String> id = model.existingId(existing);
        if (key.isPresent() && id.isPresent()) {
          index.put(key.get(), new Indexed(id.get(), model.digest().digest(existing)));
        }
      }
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) { // nothing was handed over: no outcome is missing
      return end(End.ABORTED, e);
    }
    try {
      Iterator<? extends S> it = iterator(source);
      while (true) {
        if (run.isCancellationRequested()) {
          flush();
          run.checkpoint(ResumePosition.afterRecords(position));
          return end(End.CANCELLED, null);
        }
        S record;
        try {
          if (!it.hasNext()) {
            break;
          }
          record = it.next();
        } catch (VirtualMachineError e) {
          throw e;
        } catch (Throwable e) {
          throw new Stop(e);
        }
        position++;
        OptionalLong expected = run.expected();
        if (expected.isPresent() && position > expected.getAsLong()) {
          run.expect(position); // the source's size() was too small: count what it really holds
        }
        if (position <= resumeAt) {
          run.resumedPast(1);
          continue;
        }
        process(record);
        if (window.size() >= windowSize) {
          flush();
          run.checkpoint(ResumePosition.afterRecords(position));
        }
      }
      flush();
      run.checkpoint(ResumePosition.afterRecords(position));
      OptionalLong expected = run.expected();
      if (expected.isPresent() && expected.getAsLong() != position) {
        run.expect(position); // the source's size() was too large
      }
      return end(End.COMPLETED, null);
    } catch (Stop stop) {
      flush();
      run.checkpoint(ResumePosition.afterRecords(position));
      return end(End.ABORTED, stop.reason);
    } catch (VirtualMachineError e) {
      try {
        failUnwritten(e);
        run.checkpoint(ResumePosition.afterRecords(position));
        run.abort(e);
      } catch (Throwable again) {
        e.addSuppressed(again);
      }
      throw e;
    }
  }

  private static <S> Iterator<? extends S> iterator(Iterable<? extends S> source) {
    try {
      return Objects.requireNonNull(source.iterator(), "records.iterator() returned null");
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      throw new Stop(e);
    }
  }

  private Result end(End end, @Nullable Throwable cause) {
    ResumePosition at = ResumePosition.afterRecords(position);
    if (!awaited.isEmpty()) {
      return new Result(run.awaitAnswers(awaited.size()), List.copyOf(awaited), end, at, cause);
    }
    SyncReport report =
        switch (end) {
          case COMPLETED -> run.complete();
          case CANCELLED -> run.cancel();
          case ABORTED -> run.abort(Objects.requireNonNull(cause));
        };
    return new Result(report, List.of(), end, at, cause);
  }

  private void process(S record) {
    Mapped<U> mapped;
    try {
      mapped = Objects.requireNonNull(mapper.map(record, this), "mapper returned null");
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Exception e) {
      run.record(RecordOutcome.failed("record #" + position, e));
      return;
    } catch (Error e) {
      run.record(RecordOutcome.failed("record #" + position, e));
      throw new Stop(e);
    }
    Optional<RecordOutcome> decided = mapped.outcome();
    if (decided.isPresent()) {
      if (mapped.refuses()) {
        mapped.key().ifPresent(k -> refused.putIfAbsent(k, decided.get().outcome()));
      }
      run.record(decided.get());
      return;
    }
    U update = mapped.update().orElseThrow();
    String label = model.label(update);
    Optional<String> key = model.updateKey(update).filter(k -> !k.isBlank());
    List<Violation> violations = new ArrayList<>(2);
    if (key.isEmpty()) {
      violations.add(
          Violation.of(
              "origin_id.missing",
              "origin_id",
              null,
              "origin_id is missing; set it to the "
                  + model.noun()
                  + "'s key in your system, such as erp:vendor:V-0042, so that reruns update"
                  + " instead of duplicating"));
    } else {
      violations.addAll(model.validateKey(key.get()));
    }
    violations.addAll(model.validate(update));
    if (!violations.isEmpty()) {
      key.ifPresent(k -> refused.putIfAbsent(k, Outcome.SKIPPED));
      run.record(RecordOutcome.skipped(label, violations));
      return;
    }
    String k = key.get();
    if (!seen.add(k)) {
      run.record(
          RecordOutcome.skipped(
              label,
              List.of(
                  Violation.of(
                      "origin_id.duplicate",
                      "origin_id",
                      k,
                      "origin_id '"
                          + k
                          + "' appears more than once in this run; the first record wins, give"
                          + " each "
                          + model.noun()
                          + " its own origin id"))));
      return;
    }
    Indexed existing = index.get(k);
    if (mapped.isArchive()) {
      if (existing == null) {
        run.record(RecordOutcome.unchanged(label, null));
      } else {
        window.put(k, new Pending<>(label, PlannedWrite.archive(k, existing.id(), update)));
      }
      return;
    }
    if (existing != null
        && !mapped.mustWrite()
        && existing.digest().length == model.digest().fields()
        && !model.digest().changes(update, existing.digest())) {
      run.record(RecordOutcome.unchanged(label, existing.id()));
      return;
    }
    PlannedWrite<U> write =
        existing == null
            ? PlannedWrite.create(k, update)
            : PlannedWrite.update(k, existing.id(), model.withTargetId(update, existing.id()));
    window.put(k, new Pending<>(label, write));
  }

  // ------------------------------------------------------------------ writing

  private void flush() {
    if (window.isEmpty()) {
      return;
    }
    List<Pending<U>> batch = new ArrayList<>(window.values());
    window.clear();
    inFlight = batch;
    List<PlannedWrite<U>> writes = new ArrayList<>(batch.size());
    batch.forEach(p -> writes.add(p.write));
    if (queued != null) {
      enqueue(queued, batch, writes);
    } else {
      write(Objects.requireNonNull(direct), batch, writes);
    }
    inFlight = List.of();
  }

  private void enqueue(
      AsyncUpsertTarget<T, U> target, List<Pending<U>> batch, List<PlannedWrite<U>> writes) {
    boolean written;
    try {
      written = run.write(() -> target.enqueue(List.copyOf(writes)));
    } catch (RuntimeException e) {
      batch.forEach(p -> fail(p, RecordOutcome.failed(p.label, e)));
      return;
    }
    for (Pending<U> p : batch) {
      if (written) {
        awaited.add(AwaitedWrite.of(p.write, p.label));
        acceptedWithoutId.add(p.write.key());
        p.done = true;
      } else {
        succeed(p, p.write.targetId().orElse(null));
      }
    }
  }

  private void write(
      UpsertTarget<T, U> target, List<Pending<U>> batch, List<PlannedWrite<U>> writes) {
    Optional<Map<String, ItemResult>> answer;
    try {
      answer = run.write(() -> target.write(List.copyOf(writes)));
    } catch (RuntimeException e) {
      if (refusedForSure(e)) {
        batch.forEach(p -> fail(p, RecordOutcome.failed(p.label, e)));
      } else {
        lookUp(target, batch, e);
      }
      return;
    }
    if (answer.isEmpty()) { // dry run
      batch.forEach(p -> succeed(p, p.write.targetId().orElse(null)));
      return;
    }
    List<Pending<U>> unknown = new ArrayList<>();
    for (Pending<U> p : batch) {
      ItemResult r = answer.get().get(p.write.key());
      if (r == null || r.kind() == ItemResult.Kind.UNKNOWN) {
        unknown.add(p);
      } else if (r.kind() == ItemResult.Kind.WRITTEN) {
        succeed(p, r.targetId().or(p.write::targetId).orElse(null));
      } else {
        fail(
            p,
            RecordOutcome.failed(p.label, r.errorType().orElseThrow(), r.message().orElseThrow()));
      }
    }
    if (!unknown.isEmpty()) {
      lookUp(target, unknown, null);
    }
  }

  /**
   * Settles writes whose outcome is unknown by what the target holds now: a record held as written
   * succeeded, the rest failed.
   */
  private void lookUp(
      UpsertTarget<T, U> target, List<Pending<U>> batch, @Nullable Exception cause) {
    List<String> keys = new ArrayList<>(batch.size());
    batch.forEach(p -> keys.add(p.write.key()));
    Map<String, T> found;
    try {
      found = Objects.requireNonNull(target.lookup(List.copyOf(keys)), "lookup returned null");
    } catch (RuntimeException e) {
      if (cause != null) {
        cause.addSuppressed(e);
      }
      Exception why = cause != null ? cause : e;
      batch.forEach(p -> fail(p, RecordOutcome.failed(p.label, why)));
      return;
    }
    for (Pending<U> p : batch) {
      T held = found.get(p.write.key());
      boolean applied =
          p.write.kind() == PlannedWrite.Kind.ARCHIVE
              ? held == null
              : held != null
                  && !model.digest().changes(p.write.body(), model.digest().digest(held));
      if (applied) {
        String id = held == null ? null : model.existingId(held).orElse(null);
        succeed(p, id != null ? id : p.write.targetId().orElse(null));
      } else if (cause != null) {
        fail(p, RecordOutcome.failed(p.label, cause));
      } else {
        fail(
            p,
            RecordOutcome.failed(
                p.label,
                "procore-sync.outcome_unknown",
                "the target's answer named neither a result nor an error for this key, and a"
                    + " lookup by key found it not written"));
      }
    }
  }

  /** Tells whether the service refused a request for sure, so that nothing was written. */
  static boolean refusedForSure(RuntimeException e) {
    int status;
    if (e instanceof ServiceException s) {
      status = s.status();
    } else if (e instanceof ProcoreApiException p) {
      status = p.status();
    } else {
      return false;
    }
    return status >= 400 && status < 500 && status != 408;
  }

  private void succeed(Pending<U> p, @Nullable String id) {
    String key = p.write.key();
    Outcome outcome;
    switch (p.write.kind()) {
      case ARCHIVE -> {
        index.remove(key);
        refused.remove(key);
        outcome = Outcome.ARCHIVED;
      }
      case UPDATE -> outcome = Outcome.UPDATED;
      default -> outcome = Outcome.CREATED;
    }
    if (p.write.kind() != PlannedWrite.Kind.ARCHIVE) {
      if (id != null) {
        Indexed before = index.get(key);
        index.put(key, new Indexed(id, before == null ? new long[0] : before.digest()));
      } else {
        acceptedWithoutId.add(key);
      }
    }
    p.done = true;
    run.record(
        switch (outcome) {
          case ARCHIVED -> RecordOutcome.archived(p.label, id);
          case UPDATED -> RecordOutcome.updated(p.label, id);
          default -> RecordOutcome.created(p.label, id);
        });
  }

  private void fail(Pending<U> p, RecordOutcome outcome) {
    refused.put(p.write.key(), Outcome.FAILED);
    p.done = true;
    run.record(outcome);
  }

  /** After a VirtualMachineError: every record taken but not recorded is FAILED, unwritten. */
  private void failUnwritten(Throwable e) {
    List<Pending<U>> open = new ArrayList<>(inFlight);
    open.addAll(window.values());
    window.clear();
    for (Pending<U> p : open) {
      if (!p.done) {
        fail(p, RecordOutcome.failed(p.label, e));
      }
    }
  }

  // ------------------------------------------------------------------ UpsertContext

  @Override
  public Optional<String> targetIdOf(String key) {
    Objects.requireNonNull(key, "key");
    if (window.containsKey(key)) {
      flush();
    }
    Indexed held = index.get(key);
    return held == null || refused.get(key) == Outcome.FAILED
        ? Optional.empty()
        : Optional.of(held.id());
  }

  @Override
  public boolean accepted(String key) {
    Objects.requireNonNull(key, "key");
    if (refused.containsKey(key)) {
      return false;
    }
    Pending<U> pending = window.get(key);
    if (pending != null) {
      return pending.write.kind() != PlannedWrite.Kind.ARCHIVE;
    }
    return index.containsKey(key) || acceptedWithoutId.contains(key);
  }

  @Override
  public Optional<Outcome> refusedAs(String key) {
    return Optional.ofNullable(refused.get(Objects.requireNonNull(key, "key")));
  }

  @Override
  public boolean isDryRun() {
    return run.isDryRun();
  }

  private record Indexed(String id, long[] digest) {}

  private static final class Pending<U> {
    final String label;
    final PlannedWrite<U> write;
    boolean done;

    Pending(String label, PlannedWrite<U> write) {
      this.label = label;
      this.write = write;
    }
  }
}
