package dev.procoresync.core.flow;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.SyncFailure;
import dev.procoresync.core.client.SyncResult;
import dev.procoresync.core.mapping.hierarchy.Hierarchy;
import dev.procoresync.core.mapping.hierarchy.HierarchyResult;
import dev.procoresync.core.model.CostCode;
import dev.procoresync.core.model.CostCodeUpdate;
import dev.procoresync.core.model.NamedRef;
import dev.procoresync.core.origin.OriginId;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.core.validation.Violation;
import java.time.Clock;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
 *       call per 1,000 lines, a level's pending lines before the first child that needs their ids,
 *       and reports each as CREATED or UPDATED, or FAILED with Procore's per-item message.
 * </ol>
 *
 * <p>The flow runs on the {@link UpsertTemplate} (dry run, progress, cancellation at the next
 * record boundary, the ABORTED status, the lookup after a write whose outcome is unknown). Resume
 * positions are record counts in processing order ({@link
 * dev.procoresync.core.sync.ResumePosition#afterRecords}): first the records refused before the
 * tree was built, then the tree level by level; a resumed run plans the same list again and passes
 * over that many.
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

  static final FieldDigest<CostCode, CostCodeUpdate> DIGEST =
      FieldDigest.of(
          List.of(CostCode::code, CostCode::name, c -> c.parent().map(NamedRef::id)),
          List.of(CostCodeUpdate::code, CostCodeUpdate::name, CostCodeUpdate::parentId));

  private final CompanyClient company;
  private final Clock clock;
  private final int maxDepth;
  private final int windowSize;

  private CostCodeUpsertFlow(CompanyClient company, Clock clock, int maxDepth, int windowSize) {
    this.company = company;
    this.clock = clock;
    this.maxDepth = maxDepth;
    this.windowSize = windowSize;
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
        DEFAULT_MAX_DEPTH,
        UpsertTarget.DEFAULT_WINDOW_SIZE);
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
    return new CostCodeUpsertFlow(company, clock, maxDepth, windowSize);
  }

  /**
   * Returns a copy that writes at most {@code windowSize} codes per sync call (default 1,000, the
   * most Procore's sync endpoint takes).
   *
   * @param windowSize the most codes per call, 1 to 1,000
   * @return the copy
   * @throws IllegalArgumentException when {@code windowSize} is out of range
   */
  public CostCodeUpsertFlow withWindowSize(int windowSize) {
    if (windowSize < 1 || windowSize > UpsertTarget.DEFAULT_WINDOW_SIZE) {
      throw new IllegalArgumentException(
          "windowSize must be 1 to " + UpsertTarget.DEFAULT_WINDOW_SIZE + ", got " + windowSize);
    }
    return new CostCodeUpsertFlow(company, clock, maxDepth, windowSize);
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
   * the records refused before the tree was built, then the tree level by level. A failure to read
   * the project's codes ends the run ABORTED before any write; a failed write fails the records of
   * that write (after the lookup when its outcome is unknown; their children are skipped) and the
   * run goes on. A source that throws while it is read ends the run ABORTED after the records read
   * before it are processed (children of records not read are orphans, SKIPPED).
   *
   * @param projectId the Procore project
   * @param records the host's cost-code records, read once
   * @param mapping turns one record into a {@link CostCodeInput}; a record whose mapping throws an
   *     exception is FAILED with that error ({@code "record #n"}, n its place in the input); an
   *     {@link Error} fails it and ends the run ABORTED
   * @param options dry run, progress listener, cancellation, resume position (a record count in
   *     processing order from a report of the same input)
   * @param <S> the host's record type
   * @return the report, counting every record exactly once
   * @throws IllegalArgumentException when the resume position is not a record count
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
    Plan plan = plan(records, mapping);
    return UpsertTemplate.of(NAME, new Target(company, projectId, windowSize), clock)
        .run(scope, plan, CostCodeUpsertFlow::map, options);
  }

  /** Maps one step of the plan, in processing order, parents before children. */
  private static Mapped<CostCodeUpdate> map(Step step, UpsertContext context) {
    if (step.error() != null) {
      throw step.error(); // an Error from the host's mapping: FAILED, and the run stops
    }
    RecordOutcome decided = step.outcome();
    if (decided != null) {
      return Mapped.decided(decided);
    }
    Candidate c = Objects.requireNonNull(step.candidate());
    CostCodeInput input = c.input();
    String key = input.originId();
    String label = label(input);
    if (!c.violations().isEmpty()) {
      return Mapped.decided(key, RecordOutcome.skipped(label, c.violations()));
    }
    Optional<String> parentId = Optional.empty();
    if (input.parentOriginId().isPresent()) {
      String parent = input.parentOriginId().get();
      parentId = context.targetIdOf(parent); // writes the parent's window first when it waits
      if (!context.accepted(parent)) {
        Outcome why = context.refusedAs(parent).orElse(Outcome.SKIPPED);
        return Mapped.decided(
            key,
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
      }
    }
    CostCodeUpdate body =
        CostCodeUpdate.builder()
            .originId(key)
            .code(input.code())
            .name(input.name())
            .parentId(parentId.map(Long::parseLong))
            .build();
    boolean parentOnlyPlanned = input.parentOriginId().isPresent() && parentId.isEmpty();
    return parentOnlyPlanned ? Mapped.upsertChanged(body) : Mapped.upsert(body);
  }

  /**
   * Maps every record and orders the work: records refused before the tree (in input order), then
   * the tree's lines level by level, each level in pre-order. A source that throws ends the plan
   * there: the plan then throws the same error after its last step.
   */
  private <S> Plan plan(Iterable<S> records, Function<? super S, CostCodeInput> mapping) {
    List<Step> early = new ArrayList<>();
    List<Candidate> keyed = new ArrayList<>();
    Throwable sourceFailure = null;
    Step errorStep = null;
    long position = 0;
    try {
      for (S record : records) {
        position++;
        CostCodeInput input;
        try {
          input = Objects.requireNonNull(mapping.apply(record), "mapping returned null");
        } catch (VirtualMachineError e) {
          throw e;
        } catch (Exception e) {
          early.add(Step.done(position, RecordOutcome.failed("record #" + position, e)));
          continue;
        } catch (Error e) {
          errorStep = Step.error(position, e);
          break;
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
                              "origin_id is missing; set it to the cost code's key in your"
                                  + " system, such as erp:cost_code:03-100, so that reruns update"
                                  + " instead of duplicating")))));
          continue;
        }
        keyed.add(new Candidate(position, input, validate(input)));
      }
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      sourceFailure = e;
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
    Set<String> first = new HashSet<>();
    for (Candidate c : keyed) {
      String key = c.input().originId();
      List<Violation> refused = new ArrayList<>();
      if (!first.add(key)) {
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
      levels.get(depth - 1).add(Step.line(c));
    }
    List<Step> steps = new ArrayList<>(early);
    levels.forEach(steps::addAll);
    if (errorStep != null) {
      steps.add(errorStep);
    }
    return new Plan(steps, sourceFailure);
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

  /**
   * The steps in processing order; when the source threw while it was read, iterating the plan
   * throws that error after the last step, so that the template ends the run ABORTED.
   */
  private static final class Plan extends AbstractList<Step> {
    private final List<Step> steps;
    private final @Nullable Throwable sourceFailure;

    Plan(List<Step> steps, @Nullable Throwable sourceFailure) {
      this.steps = steps;
      this.sourceFailure = sourceFailure;
    }

    @Override
    public Step get(int index) {
      return steps.get(index);
    }

    @Override
    public int size() {
      return steps.size();
    }

    @Override
    public Iterator<Step> iterator() {
      Iterator<Step> it = steps.iterator();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          if (!it.hasNext() && sourceFailure != null) {
            throw sneaky(sourceFailure);
          }
          return it.hasNext();
        }

        @Override
        public Step next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          return it.next();
        }
      };
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException sneaky(Throwable e) throws E {
      throw (E) e;
    }
  }

  /** The project's cost codes as an upsert target: the batch sync endpoint. */
  private static final class Target implements UpsertTarget<CostCode, CostCodeUpdate> {
    private final CompanyClient company;
    private final long projectId;
    private final int windowSize;

    Target(CompanyClient company, long projectId, int windowSize) {
      this.company = company;
      this.projectId = projectId;
      this.windowSize = windowSize;
    }

    @Override
    public String noun() {
      return "cost code";
    }

    @Override
    public Iterable<CostCode> existing() {
      return company.costCodes().list(projectId);
    }

    @Override
    public Optional<String> existingKey(CostCode existing) {
      return existing.originId();
    }

    @Override
    public Optional<String> existingId(CostCode existing) {
      return Optional.of(String.valueOf(existing.id()));
    }

    @Override
    public Optional<String> updateKey(CostCodeUpdate update) {
      return update.originId();
    }

    @Override
    public FieldDigest<CostCode, CostCodeUpdate> digest() {
      return DIGEST;
    }

    @Override
    public CostCodeUpdate withTargetId(CostCodeUpdate update, String targetId) {
      return update.toBuilder().id(Long.parseLong(targetId)).build();
    }

    @Override
    public int windowSize() {
      return windowSize;
    }

    @Override
    public Map<String, ItemResult> write(List<PlannedWrite<CostCodeUpdate>> window) {
      List<CostCodeUpdate> bodies = new ArrayList<>(window.size());
      window.forEach(w -> bodies.add(w.body()));
      SyncResult<CostCode> result = company.costCodes().sync(projectId, bodies);
      Map<String, ItemResult> answers = new HashMap<>();
      for (CostCode code : result.entities()) {
        if (code.originId().isPresent()) {
          answers.put(code.originId().get(), ItemResult.written(String.valueOf(code.id())));
        }
      }
      for (Map.Entry<String, SyncFailure> f : result.failuresByOriginId().entrySet()) {
        answers.put(f.getKey(), VendorUpsertFlow.failed(f.getValue()));
      }
      return answers;
    }

    @Override
    public Map<String, CostCode> lookup(Collection<String> keys) {
      Set<String> wanted = new HashSet<>(keys);
      Map<String, CostCode> found = new HashMap<>();
      for (CostCode code : company.costCodes().list(projectId)) {
        code.originId().filter(wanted::contains).ifPresent(key -> found.put(key, code));
      }
      return found;
    }

    @Override
    public String toString() {
      return "cost codes of project " + projectId;
    }
  }

  /** A mapped line with an origin id, its input position and its own violations. */
  private record Candidate(long position, CostCodeInput input, List<Violation> violations) {}

  /**
   * One unit of work in processing order: an outcome decided while planning, a line of the tree, or
   * an {@link Error} the host's mapping threw.
   */
  private record Step(
      long position,
      @Nullable RecordOutcome outcome,
      @Nullable Candidate candidate,
      @Nullable Error error) {
    static Step done(long position, RecordOutcome outcome) {
      return new Step(position, outcome, null, null);
    }

    static Step line(Candidate candidate) {
      return new Step(candidate.position(), null, candidate, null);
    }

    static Step error(long position, Error error) {
      return new Step(position, null, null, error);
    }
  }

  @Override
  public String toString() {
    return "CostCodeUpsertFlow{company=" + company.companyId() + ", maxDepth=" + maxDepth + "}";
  }
}
