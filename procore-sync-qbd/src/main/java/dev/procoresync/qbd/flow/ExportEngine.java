package dev.procoresync.qbd.flow;

import dev.procoresync.core.error.ClientException;
import dev.procoresync.core.flow.AsyncUpsertTarget;
import dev.procoresync.core.flow.AsyncUpsertTemplate;
import dev.procoresync.core.flow.AwaitedWrite;
import dev.procoresync.core.flow.FieldDigest;
import dev.procoresync.core.flow.ItemResult;
import dev.procoresync.core.flow.PlannedWrite;
import dev.procoresync.core.state.QueuedRequest;
import dev.procoresync.core.sync.ProgressListener;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.validation.Violation;
import dev.procoresync.qbd.qbxml.IteratorStep;
import dev.procoresync.qbd.qbxml.NextStep;
import dev.procoresync.qbd.qbxml.OnError;
import dev.procoresync.qbd.qbxml.QbRequest;
import dev.procoresync.qbd.qbxml.QbResponse;
import dev.procoresync.qbd.qbxml.QbRet;
import dev.procoresync.qbd.qbxml.QbXmlMessage;
import dev.procoresync.qbd.qbxml.QbXmlParseException;
import dev.procoresync.qbd.qbxml.QbXmlResponseSet;
import dev.procoresync.qbd.qbxml.QbXmlResponses;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Runs one export flow in rounds over the Web Connector queue: read (iterator) -> plan and queue
 * writes on the upsert template -> take in answers -> check lost or retryable ones by querying
 * QuickBooks by name or reference number -> resend at most {@link #MAX_ATTEMPTS} times.
 */
final class ExportEngine<S> {
  /** How often one record is sent before it is FAILED. */
  static final int MAX_ATTEMPTS = 3;

  /** How often the read is restarted (expired iterator, lost session) before the run aborts. */
  static final int MAX_READS = 5;

  private static final int LOOKUPS_PER_QUERY = 100;

  private final QbdConnection conn;
  private final ExportSpec<S> spec;

  ExportEngine(QbdConnection conn, ExportSpec<S> spec) {
    this.conn = conn;
    this.spec = spec;
  }

  QbdFlowRun start(String runId, Iterable<? extends S> records) {
    if (runId.isBlank()) {
      throw new IllegalArgumentException("runId must not be blank (was '" + runId + "')");
    }
    QbdFlowRun run = new QbdFlowRun(spec.flow(), runId, records);
    enqueueRead(run);
    return run;
  }

  QbdFlowRun advance(QbdFlowRun run) {
    if (run.isFinal() || !drained(run.queueRun)) {
      return run;
    }
    switch (run.phase) {
      case READING -> plan(run);
      case WRITING -> collect(run);
      case CHECKING -> checked(run);
      default -> {}
    }
    return run;
  }

  private boolean drained(String queueRun) {
    return conn.queue().runProgress(queueRun).finalAt().isPresent();
  }

  // ------------------------------------------------------------------ read

  private void enqueueRead(QbdFlowRun run) {
    run.readAttempts++;
    run.round++;
    run.queueRun = run.runId + ":read" + run.round;
    QbRequest read =
        QbRequest.builder()
            .requestId("read")
            .body(spec.read(conn.pageSize()))
            .iterator(IteratorStep.START)
            .build();
    conn.queue()
        .enqueue(
            conn.companyKey(),
            run.queueRun,
            "read",
            QbXmlMessage.builder().addRequest(read).build().toXml());
  }

  @SuppressWarnings("unchecked")
  private void plan(QbdFlowRun run) {
    List<QbRet> existing = new ArrayList<>();
    String problem = null;
    QbResponse last = null;
    for (QueuedRequest page : conn.queue().requests(run.queueRun)) {
      if (page.state() != QueuedRequest.State.ANSWERED) {
        problem =
            "read page "
                + page.key()
                + " "
                + page.status().orElse("")
                + " "
                + page.message().orElse("");
        break;
      }
      Optional<QbXmlResponseSet> set = parse(run, page);
      if (set.isEmpty() || set.get().responses().isEmpty()) {
        problem = "read page " + page.key() + " could not be read";
        break;
      }
      for (QbResponse r : set.get().responses()) {
        if (!r.status().isSuccess()) {
          problem = "read page " + page.key() + ": " + r.status().describe();
        }
        existing.addAll(r.rets());
        last = r;
      }
    }
    if (problem == null && last != null && last.hasMore()) {
      problem = "the read's iterator was not finished in its session";
    }
    if (problem != null && run.readAttempts < MAX_READS) {
      enqueueRead(run);
      return;
    }
    if (problem == null) {
      spec.context(existing);
    }
    Target target = new Target(run, problem == null ? spec.existing(existing) : null, problem);
    run.round++;
    run.queueRun = run.runId + ":write" + run.round;
    run.writeRuns.add(run.queueRun);
    AsyncUpsertTemplate<QbRet, QbWrite> template =
        AsyncUpsertTemplate.of(spec.flow(), target, conn.clock());
    run.state =
        template.start(
            conn.companyKey(),
            (Iterable<S>) run.records,
            (record, context) -> spec.map(record),
            RunOptions.defaults());
    run.phase = run.state.isFinal() ? QbdFlowRun.Phase.DONE : QbdFlowRun.Phase.WRITING;
  }

  // ------------------------------------------------------------------ answers

  private void collect(QbdFlowRun run) {
    AsyncUpsertTemplate<QbRet, QbWrite> template =
        AsyncUpsertTemplate.of(spec.flow(), new Target(run, List.of(), null), conn.clock());
    run.state =
        template.collect(java.util.Objects.requireNonNull(run.state), ProgressListener.none());
    if (run.state.isFinal()) {
      run.phase = QbdFlowRun.Phase.DONE;
      return;
    }
    List<String> lookups = new ArrayList<>();
    for (AwaitedWrite w : run.state.awaited()) {
      QbWrite planned = run.planned.get(w.key());
      if (planned != null) {
        lookups.add(planned.lookup());
      }
    }
    run.round++;
    run.queueRun = run.runId + ":check" + run.round;
    int n = 0;
    for (int i = 0; i < lookups.size(); i += LOOKUPS_PER_QUERY) {
      List<String> chunk = lookups.subList(i, Math.min(lookups.size(), i + LOOKUPS_PER_QUERY));
      String xml =
          QbXmlMessage.builder()
              .addRequest(QbRequest.of("check" + (++n), spec.recheck(chunk)))
              .build()
              .toXml();
      conn.queue().enqueue(conn.companyKey(), run.queueRun, "check" + n, xml);
    }
    run.phase = QbdFlowRun.Phase.CHECKING;
  }

  private void checked(QbdFlowRun run) {
    Map<String, QbRet> found = new HashMap<>();
    for (QueuedRequest m : conn.queue().requests(run.queueRun)) {
      Optional<QbXmlResponseSet> set =
          m.state() == QueuedRequest.State.ANSWERED ? parse(run, m) : Optional.empty();
      if (set.isEmpty()) {
        // the check itself got no answer: check again rather than risk a duplicate
        String again = run.runId + ":check" + (++run.round);
        for (QueuedRequest c : conn.queue().requests(run.queueRun)) {
          conn.queue().enqueue(conn.companyKey(), again, c.key(), c.request());
        }
        run.queueRun = again;
        return;
      }
      for (QbResponse r : set.get().responses()) {
        r.rets().forEach(ret -> found.put(lower(spec.lookupOf(ret)), ret));
      }
    }
    List<QbWrite> resend = new ArrayList<>();
    for (AwaitedWrite w : java.util.Objects.requireNonNull(run.state).awaited()) {
      QbWrite planned = run.planned.get(w.key());
      if (planned == null) {
        run.resolved.put(w.key(), ItemResult.failed("qbxml.lost", "the planned write was lost"));
        continue;
      }
      QbRet ret = found.get(lower(planned.lookup()));
      if (planned.isAdd() && ret != null) {
        run.resolved.put(w.key(), ItemResult.written(ret.id().orElse(null)));
      } else if (!planned.isAdd() && ret == null) {
        run.resolved.put(
            w.key(),
            ItemResult.failed(
                "qbxml.3120", "'" + planned.lookup() + "' is no longer in QuickBooks"));
      } else if (!planned.isAdd() && matches(planned, ret)) {
        run.resolved.put(w.key(), ItemResult.written(ret.id().orElse(null)));
      } else {
        int attempts = run.attempts.merge(w.key(), 1, Integer::sum);
        if (attempts >= MAX_ATTEMPTS) {
          run.resolved.put(
              w.key(),
              ItemResult.failed(
                  "qbxml.retries",
                  "sent "
                      + MAX_ATTEMPTS
                      + " times without an answer; last: "
                      + run.lastError.getOrDefault(w.key(), "no answer")));
        } else {
          resend.add(
              ret == null ? planned : planned.toBuilder().body(spec.toMod(planned, ret)).build());
        }
      }
    }
    if (!resend.isEmpty()) {
      run.round++;
      run.queueRun = run.runId + ":write" + run.round;
      run.writeRuns.add(run.queueRun);
      enqueueWrites(run, resend);
      run.phase = QbdFlowRun.Phase.WRITING;
    }
    AsyncUpsertTemplate<QbRet, QbWrite> template =
        AsyncUpsertTemplate.of(spec.flow(), new Target(run, List.of(), null), conn.clock());
    run.state = template.collect(run.state, ProgressListener.none());
    if (run.state.isFinal()) {
      run.phase = QbdFlowRun.Phase.DONE;
    }
  }

  private boolean matches(QbWrite planned, QbRet ret) {
    for (Map.Entry<String, String> e : planned.compare().entrySet()) {
      if (!spec.value(ret, e.getKey()).map(v -> v.equals(e.getValue())).orElse(false)) {
        return false;
      }
    }
    return true;
  }

  private void enqueueWrites(QbdFlowRun run, List<QbWrite> writes) {
    List<QbRequest> batch = new ArrayList<>();
    int chars = 0;
    int n = conn.queue().requests(run.queueRun).size();
    for (QbWrite w : writes) {
      run.planned.put(w.key(), w);
      run.latestRound().put(w.key(), run.queueRun);
      QbRequest r = QbRequest.of(requestId(w.key()), w.body());
      int size = QbXmlMessage.builder().addRequest(r).build().toXml().length();
      if (!batch.isEmpty()
          && (batch.size() >= conn.maxRequestsPerMessage()
              || chars + size > conn.maxMessageChars())) {
        flush(run, batch, ++n);
        batch.clear();
        chars = 0;
      }
      batch.add(r);
      chars += size;
    }
    if (!batch.isEmpty()) {
      flush(run, batch, ++n);
    }
  }

  private void flush(QbdFlowRun run, List<QbRequest> batch, int n) {
    String xml =
        QbXmlMessage.builder().onError(OnError.CONTINUE_ON_ERROR).requests(batch).build().toXml();
    conn.queue().enqueue(conn.companyKey(), run.queueRun, "msg" + n, xml);
  }

  private Map<String, ItemResult> answers(QbdFlowRun run, Collection<String> keys) {
    Map<String, ItemResult> out = new HashMap<>();
    Map<String, Map<String, QbResponse>> byRound = new HashMap<>();
    Map<String, String> roundFailure = new HashMap<>();
    for (String key : keys) {
      ItemResult resolved = run.resolved.get(key);
      if (resolved != null) {
        out.put(key, resolved);
        continue;
      }
      String round = run.latestRound().get(key);
      if (round == null) {
        continue;
      }
      Map<String, QbResponse> responses =
          byRound.computeIfAbsent(round, r -> responses(run, r, roundFailure));
      QbResponse resp = responses.get(requestId(key));
      if (resp == null) {
        run.lastError.put(key, roundFailure.getOrDefault(round, "no answer"));
        continue;
      }
      if (resp.status().isSuccess()) {
        out.put(
            key,
            ItemResult.written(
                resp.rets().isEmpty() ? null : resp.rets().get(0).id().orElse(null)));
      } else if (resp.status().next() == NextStep.REQUERY_AND_RETRY
          || resp.status().next() == NextStep.RETRY_NEXT_SESSION) {
        run.lastError.put(key, resp.status().describe());
      } else {
        out.put(key, ItemResult.failed("qbxml." + resp.status().code(), resp.status().describe()));
      }
    }
    return out;
  }

  private Map<String, QbResponse> responses(
      QbdFlowRun run, String round, Map<String, String> roundFailure) {
    Map<String, QbResponse> out = new HashMap<>();
    for (QueuedRequest m : conn.queue().requests(round)) {
      if (m.state() == QueuedRequest.State.FAILED) {
        roundFailure.putIfAbsent(
            round, "no answer (" + m.status().orElse("") + " " + m.message().orElse("") + ")");
        continue;
      }
      if (m.state() == QueuedRequest.State.ANSWERED) {
        parse(run, m)
            .ifPresent(
                set -> set.responses().forEach(r -> r.requestId().ifPresent(id -> out.put(id, r))));
      }
    }
    return out;
  }

  private Optional<QbXmlResponseSet> parse(QbdFlowRun run, QueuedRequest m) {
    QbXmlResponseSet cached = run.parsed.get(m.id());
    if (cached != null) {
      return Optional.of(cached);
    }
    try {
      QbXmlResponseSet set = QbXmlResponses.parse(m.response().orElse(""));
      run.parsed.put(m.id(), set);
      return Optional.of(set);
    } catch (QbXmlParseException e) {
      return Optional.empty();
    }
  }

  static String requestId(String key) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "k" + HexFormat.of().formatHex(h, 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  static String lower(String s) {
    return s.trim().toLowerCase(Locale.ROOT);
  }

  /** The template's view of QuickBooks for one run. */
  private final class Target implements AsyncUpsertTarget<QbRet, QbWrite> {
    private final QbdFlowRun run;
    private final @Nullable List<QbRet> existing;
    private final @Nullable String problem;
    private final Map<String, QbRet> byId = new HashMap<>();

    Target(QbdFlowRun run, @Nullable List<QbRet> existing, @Nullable String problem) {
      this.run = run;
      this.existing = existing;
      this.problem = problem;
      if (existing != null) {
        existing.forEach(r -> r.id().ifPresent(id -> byId.put(id, r)));
      }
    }

    @Override
    public String noun() {
      return spec.noun();
    }

    @Override
    public Iterable<QbRet> existing() {
      if (existing == null) {
        throw new ClientException("qbxml", "QuickBooks could not be read: " + problem, null);
      }
      return existing;
    }

    @Override
    public Optional<String> existingKey(QbRet e) {
      return spec.keyOf(e);
    }

    @Override
    public Optional<String> existingId(QbRet e) {
      return e.id();
    }

    @Override
    public Optional<String> updateKey(QbWrite update) {
      return Optional.of(update.key());
    }

    @Override
    public FieldDigest<QbRet, QbWrite> digest() {
      List<Function<? super QbRet, Optional<?>>> target = new ArrayList<>();
      List<Function<? super QbWrite, Optional<?>>> source = new ArrayList<>();
      for (String path : spec.compared()) {
        target.add(r -> spec.value(r, path));
        source.add(w -> Optional.ofNullable(w.compare().get(path)));
      }
      return FieldDigest.of(target, source);
    }

    @Override
    public QbWrite withTargetId(QbWrite update, String targetId) {
      QbRet ret = byId.get(targetId);
      if (ret == null) {
        throw new IllegalStateException("no record " + targetId + " was read");
      }
      return update.toBuilder().body(spec.toMod(update, ret)).build();
    }

    @Override
    public String label(QbWrite update) {
      return spec.noun() + " " + update.lookup();
    }

    @Override
    public List<Violation> validateKey(String key) {
      return key.length() > 400
          ? List.of(Violation.of("key_too_long", "key", key, "keys hold at most 400 characters"))
          : List.of();
    }

    @Override
    public void enqueue(List<PlannedWrite<QbWrite>> writes) {
      List<QbWrite> bodies = new ArrayList<>(writes.size());
      writes.forEach(w -> bodies.add(w.body()));
      enqueueWrites(run, bodies);
    }

    @Override
    public Map<String, ItemResult> answers(Collection<String> keys) {
      return ExportEngine.this.answers(run, keys);
    }
  }
}
