package dev.procoresync.core.flow;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.SyncFailure;
import dev.procoresync.core.client.SyncResult;
import dev.procoresync.core.error.ProcoreSyncException;
import dev.procoresync.core.flow.internal.FieldDigest;
import dev.procoresync.core.flow.internal.InputPositions;
import dev.procoresync.core.mapping.hierarchy.Hierarchy;
import dev.procoresync.core.mapping.hierarchy.HierarchyResult;
import dev.procoresync.core.model.CostCode;
import dev.procoresync.core.model.CostCodeUpdate;
import dev.procoresync.core.model.ImmutableCostCodeUpdate;
import dev.procoresync.core.model.NamedRef;
import dev.procoresync.core.origin.OriginId;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.core.sync.SyncRun;
import dev.procoresync.core.validation.Violation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Upserts a host's tiered cost-code list (divisions and the codes under them) into a Procore
 * project's cost codes, parents before children.
 *
 * <p>The host supplies its own records and a mapping to {@link CostCodeInput} (origin id, parent
 * origin id, code, name). One run:
 *
 * <ol>
 *   <li>reads the project's cost codes once, page by page at Procore's largest page size, and keeps
 *       a compact index (origin id to Procore id and a 64-bit hash per field: code, name, parent);
 *   <li>maps and validates each record: no origin id, a malformed one, a blank code or a blank name
 *       is SKIPPED before any request;
 *   <li>builds the tree with the {@linkplain Hierarchy hierarchy translator}: a repeated origin id
 *       (the first one wins), a parent that is not in the list (orphan), a cycle of parents, a line
 *       under such a line, or a line deeper than {@link #withMaxDepth(int) the depth limit} is
 *       SKIPPED with the translator's violation;
 *   <li>walks the tree level by level (divisions first), so that each child carries its parent's
 *       Procore id in {@code parent_id}; a child whose parent was skipped or failed is SKIPPED with
 *       a reason naming the parent; a code with nothing to change is UNCHANGED and not written;
 *   <li>writes the rest through {@code PATCH /rest/v1.0/cost_codes/sync?project_id=}, at most one
 *       call per 1,000 lines of a level, and reports each as CREATED or UPDATED, or FAILED with
 *       Procore's per-item message.
 * </ol>
 *
 * <p>A rerun after a failure half-way completes the rest without duplicates, because the sync
 * endpoint matches by origin id and the index gives every existing code its id. The flow holds no
 * state between runs and is thread safe: one instance may serve several projects at once. The
 * mapped list is held in memory while the tree is built (a cost-code list is hundreds to a few
 * thousand lines).
 *
 * <p>Limits: a code that stops having a parent in the host stays under its old parent in Procore
 * (the update never sends an empty {@code parent_id}); codes that are no longer in the host's list
 * are left alone (never deleted).
 *
 * <pre>{@code
 * CostCodeUpsertFlow flow = CostCodeUpsertFlow.create(client.forCompany(companyId));
 * SyncReport report = flow.run(projectId, erpCostCodes, c -> CostCodeInput.of(
 *     "erp:cost_code:" + c.id(),
 *     c.parentId() == null ? null : "erp:cost_code:" + c.parentId(),
 *     c.code(),
 *     c.description()), RunOptions.defaults());
 * }</pre>
 */
public final class CostCodeUpsertFlow {
  /** The flow's name in reports. */
  public static final String NAME = "cost-code-upsert";

  /**
   * The default deepest tier: Procore documents no limit, ten levels guard against runaway parent
   * chains in the host's data.
   */
  public static final int DEFAULT_MAX_DEPTH = 10;

  /** Reason code of a child whose parent was skipped or failed in the same run. */
  public static final String PARENT_NOT_SYNCED = "parent.not_synced";

  private static final int WINDOW = 1_000;

  private static final FieldDigest<CostCode, CostCodeUpdate> DIGEST =
      FieldDigest.of(
          List.of(CostCode::code, CostCode::name, c -> c.parent().flatMap(NamedRef::id)),
          List.of(CostCodeUpdate::code, CostCodeUpdate::name, CostCodeUpdate::parentId));

  private final CompanyClient company;
  private final Clock clock;
  private final int maxDepth;

  private CostCodeUpsertFlow(CompanyClient company, Clock clock, int maxDepth) {
    this.company = company;
    this.clock = clock;
    this.maxDepth = maxDepth;
  }

  /**
   * Creates the flow for one company, on the system clock (used only for report timestamps).
   *
   * @param company the company-scoped client
   * @return the flow
   */
  public static CostCodeUpsertFlow create(CompanyClient company) {
    return create(company, Clock.systemUTC());
  }

  /**
   * Creates the flow for one company on {@code clock}.
   *
   * @param company the company-scoped client
   * @param clock the clock used for report timestamps
   * @return the flow
   */
  public static CostCodeUpsertFlow create(CompanyClient company, Clock clock) {
    return new CostCodeUpsertFlow(
        Objects.requireNonNull(company, "company"),
        Objects.requireNonNull(clock, "clock"),
        DEFAULT_MAX_DEPTH);
  }

  /**
   * Returns a copy that allows at most {@code maxDepth} tiers (1 = divisions only).
   *
   * @param maxDepth the deepest tier allowed, at least 1
   * @return the copy
   * @throws IllegalArgumentException when {@code maxDepth} is below 1
   */
  public CostCodeUpsertFlow withMaxDepth(int maxDepth) {
    if (maxDepth < 1) {
      throw new IllegalArgumentException("maxDepth must be at least 1, got " + maxDepth);
    }
    return new CostCodeUpsertFlow(company, clock, maxDepth);
  }

  /**
   * Returns the deepest tier this flow allows.
   *
   * @return the depth limit
   */
  public int maxDepth() {
    return maxDepth;
  }

  /**
   * Runs the flow over the host's records for one project.
   *
   * <p>Every record ends in exactly one outcome of the returned report, in processing order: first
   * the records refused before the tree was built, then the tree level by level. A {@link
   * ProcoreSyncException} from reading the project's codes aborts the run (nothing was written);
   * one from a write fails the records of that write (and skips their children) and the run goes
   * on.
   *
   * @param projectId the Procore project
   * @param records the host's cost-code records, read once
   * @param mapping turns one record into a {@link CostCodeInput}; a record whose mapping throws is
   *     FAILED with that error
   * @param options dry run, progress listener, cancellation, resume position (a position in
   *     processing order from a cancelled report of the same input)
   * @param <S> the host's record type
   * @return the report, counting every record exactly once
   * @throws IllegalArgumentException when the resume position is not one of this flow
   */
  public <S> SyncReport run(
      long projectId,
      Iterable<S> records,
      Function<? super S, CostCodeInput> mapping,
      RunOptions options) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(mapping, "mapping");
    Objects.requireNonNull(options, "options");
    String scope = "company:" + company.companyId() + "/project:" + projectId;
    SyncRun run =
        records instanceof Collection<?> known
            ? SyncRun.start(NAME, scope, known.size(), options, clock)
            : SyncRun.start(NAME, scope, options, clock);
    long resumeAt = run.resumeFrom().map(p -> InputPositions.processed(p, NAME)).orElse(0L);

    Map<String, Indexed> index = readIndex(projectId);
    List<Step> steps = plan(records, mapping);
    Walk walk = new Walk(projectId, run, index);
    long position = 0;
    int level = 0;
    for (Step step : steps) {
      if (run.isCancellationRequested()) {
        walk.flush();
        run.checkpoint(InputPositions.after(position));
        return run.cancel();
      }
      if (step.level() != level) {
        walk.flush();
        run.checkpoint(InputPositions.after(position));
        level = step.level();
      }
      position++;
      if (position <= resumeAt) {
        walk.alreadyProcessed(step, position, resumeAt);
        continue;
      }
      walk.process(step);
      if (walk.windowSize() >= WINDOW) {
        walk.flush();
        run.checkpoint(InputPositions.after(position));
      }
    }
    walk.flush();
    return run.complete();
  }

  private Map<String, Indexed> readIndex(long projectId) {
    Map<String, Indexed> index = new HashMap<>();
    for (CostCode code : company.costCodes().list(projectId)) {
      Optional<String> origin = code.originId();
      Optional<Long> id = code.id();
      if (origin.isPresent() && id.isPresent()) {
        index.put(origin.get(), new Indexed(id.get(), DIGEST.digest(code)));
      }
    }
    return index;
  }

  /**
   * Maps every record and orders the work: records refused before the tree (level 0, in input
   * order), then the tree's lines level by level, each level in pre-order.
   */
  private <S> List<Step> plan(Iterable<S> records, Function<? super S, CostCodeInput> mapping) {
    List<Step> early = new ArrayList<>();
    List<Candidate> keyed = new ArrayList<>();
    long position = 0;
    for (S record : records) {
      position++;
      CostCodeInput input;
      try {
        input = Objects.requireNonNull(mapping.apply(record), "mapping returned null");
      } catch (RuntimeException e) {
        early.add(Step.done(position, RecordOutcome.failed("record #" + position, e)));
        continue;
      }
      if (input.originId().isBlank()) {
        early.add(
            Step.done(
                position,
                RecordOutcome.skipped(
                    label(input),
                    List.of(
                        Violation.of(
                            "origin_id.missing",
                            "origin_id",
                            input.originId(),
                            "origin_id is missing; set it to the cost code's key in your system,"
                                + " such as erp:cost_code:03-100, so that reruns update instead of"
                                + " duplicating")))));
        continue;
      }
      keyed.add(new Candidate(position, input, validate(input)));
    }

    HierarchyResult<String, Candidate> built =
        Hierarchy.build(
            keyed,
            c -> c.input().originId(),
            c -> c.input().parentOriginId().orElse(null),
            maxDepth);
    Map<String, Violation> broken = new HashMap<>();
    Map<String, Violation> duplicates = new HashMap<>();
    for (Violation v : built.violations()) {
      (Hierarchy.DUPLICATE_KEY.equals(v.code()) ? duplicates : broken)
          .putIfAbsent(v.rejectedValue(), v);
    }
    Hierarchy<String, Candidate> tree = built.hierarchy();
    Map<String, Candidate> first = new HashMap<>();
    for (Candidate c : keyed) {
      String key = c.input().originId();
      Candidate kept = first.putIfAbsent(key, c);
      List<Violation> refused = new ArrayList<>();
      if (kept != null) {
        refused.add(
            duplicates.getOrDefault(
                key,
                Violation.of(
                    Hierarchy.DUPLICATE_KEY,
                    "key",
                    key,
                    "key '" + key + "' is used by more than one item; the first one is kept")));
      } else if (broken.containsKey(key)) {
        refused.addAll(c.violations());
        refused.add(broken.get(key));
      }
      if (!refused.isEmpty()) {
        early.add(Step.done(c.position(), RecordOutcome.skipped(label(c.input()), refused)));
      }
    }
    early.sort(Comparator.comparingLong(Step::position));

    List<List<Step>> levels = new ArrayList<>();
    for (String key : tree.preOrder()) {
      int depth = tree.depth(key);
      while (levels.size() < depth) {
        levels.add(new ArrayList<>());
      }
      Candidate c = tree.get(key).orElseThrow();
      levels.get(depth - 1).add(Step.line(depth, c));
    }
    List<Step> steps = new ArrayList<>(early);
    levels.forEach(steps::addAll);
    return steps;
  }

  static List<Violation> validate(CostCodeInput input) {
    List<Violation> found = new ArrayList<>(2);
    OriginId.parse(input.originId()).violations().forEach(found::add);
    if (input.code().isBlank()) {
      found.add(
          Violation.of(
              "code.blank",
              "code",
              input.code(),
              "code is blank; Procore requires the code of each tier, such as 100"));
    }
    if (input.name().isBlank()) {
      found.add(
          Violation.of(
              "name.blank", "name", input.name(), "name is blank; Procore requires a name"));
    }
    return found;
  }

  private static String label(CostCodeInput input) {
    return "cost code " + (input.originId().isBlank() ? "(no origin_id)" : input.originId());
  }

  /** The state of one run's walk over the tree: what is resolved and what waits to be written. */
  private final class Walk {
    private final long projectId;
    private final SyncRun run;
    private final Map<String, Indexed> index;

    /** Lines that made it (written, unchanged or would be written): origin id to Procore id. */
    private final Map<String, Optional<Long>> resolved = new HashMap<>();

    /** Lines that did not make it: origin id to their outcome. */
    private final Map<String, Outcome> refused = new HashMap<>();

    private final List<Pending> window = new ArrayList<>(WINDOW);

    Walk(long projectId, SyncRun run, Map<String, Indexed> index) {
      this.projectId = projectId;
      this.run = run;
      this.index = index;
    }

    int windowSize() {
      return window.size();
    }

    void alreadyProcessed(Step step, long position, long resumeAt) {
      String key = step.originId();
      RecordOutcome decided = step.outcome();
      String label = decided != null ? decided.key() : "cost code " + key;
      if (key != null) {
        Indexed existing = index.get(key);
        if (existing != null) {
          resolved.put(key, Optional.of(existing.id()));
        } else {
          refused.put(key, Outcome.SKIPPED);
        }
      }
      run.record(
          RecordOutcome.skipped(
              label,
              "resume.already_processed",
              "processed by the run this one resumes (position "
                  + position
                  + " of "
                  + resumeAt
                  + " in processing order)"));
    }

    void process(Step step) {
      RecordOutcome done = step.outcome();
      if (done != null) {
        run.record(done);
        return;
      }
      Candidate c = Objects.requireNonNull(step.candidate());
      CostCodeInput input = c.input();
      String key = input.originId();
      String label = label(input);
      if (!c.violations().isEmpty()) {
        refused.put(key, Outcome.SKIPPED);
        run.record(RecordOutcome.skipped(label, c.violations()));
        return;
      }
      Optional<Long> parentId = Optional.empty();
      boolean parentPending = false;
      if (input.parentOriginId().isPresent()) {
        String parent = input.parentOriginId().get();
        Optional<Long> id = resolved.get(parent);
        if (id == null) {
          refused.put(key, Outcome.SKIPPED);
          Outcome why = refused.getOrDefault(parent, Outcome.SKIPPED);
          run.record(
              RecordOutcome.skipped(
                  label,
                  List.of(
                      Violation.of(
                          PARENT_NOT_SYNCED,
                          "parentOriginId",
                          parent,
                          "parent cost code '"
                              + parent
                              + "' was "
                              + (why == Outcome.FAILED ? "FAILED" : "SKIPPED")
                              + " in this run, so this code cannot be placed under it; fix the"
                              + " parent and run again"))));
          return;
        }
        parentId = id;
        parentPending = id.isEmpty();
      }
      ImmutableCostCodeUpdate.Builder body =
          ImmutableCostCodeUpdate.builder()
              .originId(key)
              .code(input.code())
              .name(input.name())
              .parentId(parentId);
      Indexed existing = index.get(key);
      if (existing != null) {
        body.id(existing.id());
      }
      CostCodeUpdate update = body.build();
      if (existing != null && !parentPending && !DIGEST.changes(update, existing.digest())) {
        resolved.put(key, Optional.of(existing.id()));
        run.record(RecordOutcome.unchanged(label, Long.toString(existing.id())));
        return;
      }
      window.add(new Pending(key, label, update, existing != null));
    }

    void flush() {
      if (window.isEmpty()) {
        return;
      }
      List<CostCodeUpdate> bodies = new ArrayList<>(window.size());
      for (Pending p : window) {
        bodies.add(p.body());
      }
      Optional<SyncResult<CostCode>> result;
      try {
        result = run.write(() -> company.costCodes().sync(projectId, bodies));
      } catch (ProcoreSyncException e) {
        for (Pending p : window) {
          fail(p, RecordOutcome.failed(p.label(), e));
        }
        window.clear();
        return;
      }
      if (result.isEmpty()) {
        for (Pending p : window) {
          succeed(p, p.body().id().orElse(null));
        }
        window.clear();
        return;
      }
      Map<String, CostCode> written = new LinkedHashMap<>();
      for (CostCode code : result.get().entities()) {
        code.originId().ifPresent(origin -> written.put(origin, code));
      }
      Map<String, SyncFailure> failures = result.get().failuresByOriginId();
      for (Pending p : window) {
        SyncFailure failure = failures.get(p.key());
        CostCode code = written.get(p.key());
        if (failure != null) {
          fail(p, RecordOutcome.failed(p.label(), "ProcoreSyncError", failure.message()));
        } else if (code != null && code.id().isPresent()) {
          succeed(p, code.id().get());
        } else {
          fail(
              p,
              RecordOutcome.failed(
                  p.label(),
                  "ProcoreSyncError",
                  "Procore's sync answer named neither an entity with an id nor an error for"
                      + " this origin_id"));
        }
      }
      window.clear();
    }

    private void succeed(Pending p, @Nullable Long id) {
      resolved.put(p.key(), Optional.ofNullable(id));
      String target = id == null ? null : Long.toString(id);
      run.record(
          p.exists()
              ? RecordOutcome.updated(p.label(), target)
              : RecordOutcome.created(p.label(), target));
    }

    private void fail(Pending p, RecordOutcome outcome) {
      refused.put(p.key(), Outcome.FAILED);
      run.record(outcome);
    }
  }

  /** A mapped line with an origin id, its input position and its own violations. */
  private record Candidate(long position, CostCodeInput input, List<Violation> violations) {}

  /**
   * One unit of work in processing order: either an outcome decided while planning (level 0) or a
   * line of the tree at its level (1 = divisions).
   */
  private record Step(
      long position, int level, @Nullable RecordOutcome outcome, @Nullable Candidate candidate) {
    static Step done(long position, RecordOutcome outcome) {
      return new Step(position, 0, outcome, null);
    }

    static Step line(int level, Candidate candidate) {
      return new Step(candidate.position(), level, null, candidate);
    }

    @Nullable String originId() {
      return candidate == null ? null : candidate.input().originId();
    }
  }

  private record Indexed(long id, long[] digest) {}

  private record Pending(String key, String label, CostCodeUpdate body, boolean exists) {}

  @Override
  public String toString() {
    return "CostCodeUpsertFlow{company=" + company.companyId() + ", maxDepth=" + maxDepth + "}";
  }
}
