package dev.procoresync.bc.flow;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.bc.client.BcClient;
import dev.procoresync.bc.client.BcEntitySet;
import dev.procoresync.bc.client.ODataFilter;
import dev.procoresync.bc.client.ODataQuery;
import dev.procoresync.bc.mapping.ProjectPushRules;
import dev.procoresync.bc.model.BcJobTask;
import dev.procoresync.bc.model.BcPlanningLine;
import dev.procoresync.bc.model.BcProject;
import dev.procoresync.bc.model.BcSegmentCode;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ListOptions;
import dev.procoresync.core.client.SyncResult;
import dev.procoresync.core.flow.Mapped;
import dev.procoresync.core.flow.RecordMapper;
import dev.procoresync.core.flow.UpsertTarget;
import dev.procoresync.core.flow.UpsertTemplate;
import dev.procoresync.core.model.BudgetDetailRow;
import dev.procoresync.core.model.BudgetLineItem;
import dev.procoresync.core.model.BudgetLineItemUpdate;
import dev.procoresync.core.model.BudgetView;
import dev.procoresync.core.model.CostCode;
import dev.procoresync.core.model.CostCodeUpdate;
import dev.procoresync.core.model.LineItemType;
import dev.procoresync.core.model.Project;
import dev.procoresync.core.model.ProjectUpdate;
import dev.procoresync.core.model.SubJob;
import dev.procoresync.core.model.SubJobUpdate;
import dev.procoresync.core.state.InMemorySyncStateStore;
import dev.procoresync.core.state.SyncStateStore;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.ResumePosition;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.core.validation.Validated;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Flow 1 of the guide, "Project": Business Central projects with "Send to Procore" are pushed to
 * Procore in four stages, each an upsert run on the kit's template, in the order the guide needs:
 *
 * <ol>
 *   <li>the project (name, number, address, dates; the customer in {@code origin_data}), written
 *       with Procore's project {@code sync}; Procore's project id is written back to the project
 *       ("Procore Project ID") with {@code If-Match} in one {@code $batch} per window;
 *   <li>its segment codes, as Procore sub jobs ({@code sub_jobs/sync} per project): the segment the
 *       cost codes and budget lines hang under;
 *   <li>its job tasks (type Posting), as cost codes under the sub job of their segment code ({@code
 *       cost_codes/sync} per project);
 *   <li>its planning lines with "Send Budget Line to Procore", as budget line items on the cost
 *       code of their job task and the line item type of their cost type, with quantity, unit of
 *       measure, unit cost and amount ({@code budget_line_items/sync}); Procore's id is written
 *       back to the line ("Procore Budget Line Item ID") and kept in the state store, since Procore
 *       lists budget lines without their origin id.
 * </ol>
 *
 * <p>Every record read (project, segment code, job task, planning line of a pushed project) has
 * exactly one outcome in the one report; a refusal is SKIPPED with the rule ({@link
 * ProjectPushRules}). Reads stream page by page; a rerun with nothing changed writes nothing on
 * either side (decision 0214 on the order of the stages and what is compared).
 *
 * <pre>{@code
 * SyncReport r = ProjectPushFlow.create(bc, procore.forCompany(7), Clock.systemUTC())
 *     .run(RunOptions.defaults());
 * }</pre>
 */
public final class ProjectPushFlow {
  /** The flow's name in reports. */
  public static final String NAME = "bc-project-push";

  /** The state store's namespace of budget line item ids, by planning line key. */
  public static final String BUDGET_LINE_NAMESPACE = "bc-budget-line-item";

  private static final BcEntitySet<ObjectNode> PROJECT_WRITES =
      BcEntitySet.custom("projects", ObjectNode.class, List.of());
  private static final BcEntitySet<ObjectNode> PLANNING_WRITES =
      BcEntitySet.custom("jobPlanningLines", ObjectNode.class, List.of());

  private final BcClient bc;
  private final CompanyClient procore;
  private final Clock clock;
  private final SyncStateStore state;
  private final int windowSize;

  private ProjectPushFlow(
      BcClient bc, CompanyClient procore, Clock clock, SyncStateStore state, int windowSize) {
    this.bc = bc;
    this.procore = procore;
    this.clock = clock;
    this.state = state;
    this.windowSize = windowSize;
  }

  /**
   * Creates the flow between a Business Central company and a Procore company, with an in-memory
   * state store.
   *
   * @param bc the Business Central client (reads the projects, writes the Procore ids back)
   * @param procore the Procore company
   * @param clock stamps the reports
   * @return the flow
   */
  public static ProjectPushFlow create(BcClient bc, CompanyClient procore, Clock clock) {
    return new ProjectPushFlow(
        Objects.requireNonNull(bc, "bc"),
        Objects.requireNonNull(procore, "procore"),
        Objects.requireNonNull(clock, "clock"),
        InMemorySyncStateStore.create(clock),
        UpsertTarget.DEFAULT_WINDOW_SIZE);
  }

  /**
   * Returns a copy that keeps the budget line items' ids in another state store (a durable one on
   * hosts with many machines).
   *
   * @param state the store
   * @return the copy
   */
  public ProjectPushFlow withStateStore(SyncStateStore state) {
    return new ProjectPushFlow(
        bc, procore, clock, Objects.requireNonNull(state, "state"), windowSize);
  }

  /**
   * Returns a copy that writes windows of another size.
   *
   * @param windowSize 1 to 1,000 records per window
   * @return the copy
   * @throws IllegalArgumentException when out of range
   */
  public ProjectPushFlow withWindowSize(int windowSize) {
    return new ProjectPushFlow(bc, procore, clock, state, Flows.windowSize(windowSize));
  }

  /**
   * Pushes every project with "Send to Procore", then its segment codes, job tasks and budget
   * lines.
   *
   * <p>A resume position ({@link RunOptions#resumeFrom()}, from the report of a cancelled run)
   * counts records of the project stage only: that many projects are passed over (resumed past,
   * still linked for the later stages), and the later stages always run over all their records,
   * comparing and writing only what changed. A run cancelled in a later stage reports the position
   * after every project, so that its resumed run passes over the project stage.
   *
   * @param options dry run, progress, cancellation, resume
   * @return one report over the four stages: every record read has exactly one outcome
   */
  public SyncReport run(RunOptions options) {
    Objects.requireNonNull(options, "options");
    String scope = "company:" + procore.companyId();
    RunOptions later =
        options.resumeFrom().isPresent()
            ? options.toBuilder().resumeFrom(Optional.empty()).build()
            : options;
    List<SyncReport> stages = new ArrayList<>();
    Map<String, Long> linked = new ConcurrentHashMap<>();

    // 1. projects
    OriginSyncTarget<Project, ProjectUpdate> projects =
        new OriginSyncTarget<>(
            "project",
            bc,
            () -> List.of(0L),
            new OriginSyncTarget.Resource<>() {
              @Override
              public Iterable<Project> list(long s) {
                return procore.projects().list(ListOptions.none().withParam("by_status", "All"));
              }

              @Override
              public SyncResult<Project> sync(long s, List<ProjectUpdate> updates) {
                return procore.projects().sync(updates);
              }

              @Override
              public Optional<String> originId(Project r) {
                return r.originId().filter(k -> k.startsWith("bc:job:"));
              }

              @Override
              public long id(Project r) {
                return r.id();
              }

              @Override
              public Optional<String> updateOriginId(ProjectUpdate u) {
                return u.originId();
              }

              @Override
              public ProjectUpdate withId(ProjectUpdate u, long id) {
                return u.toBuilder().id(id).build();
              }
            },
            OriginSyncTarget.digest(
                List.of(
                    p -> Optional.of(p.name()),
                    Project::projectNumber,
                    Project::address,
                    Project::city,
                    Project::stateCode,
                    Project::zip,
                    Project::countryCode,
                    Project::startDate,
                    Project::completionDate,
                    Project::originData),
                List.of(
                    ProjectUpdate::name,
                    ProjectUpdate::projectNumber,
                    ProjectUpdate::address,
                    ProjectUpdate::city,
                    ProjectUpdate::stateCode,
                    ProjectUpdate::zip,
                    ProjectUpdate::countryCode,
                    ProjectUpdate::startDate,
                    ProjectUpdate::completionDate,
                    ProjectUpdate::originData)),
            windowSize);
    RecordMapper<BcProject, OriginSyncTarget.Draft<ProjectUpdate>> projectMapper =
        (p, context) -> {
          String key = ProjectPushRules.projectKey(p);
          Validated<ProjectUpdate> u = ProjectPushRules.project(p);
          if (!u.isValid()) {
            return Mapped.decided(key, RecordOutcome.skipped(key, u.violations()));
          }
          ProjectUpdate body = u.value();
          OptionalLong held = projects.idOf(key);
          if (held.isEmpty() && procoreProjectId(p).isPresent()) {
            // linked by hand before: the sync takes id + origin_id and sets the origin id
            body = body.toBuilder().id(procoreProjectId(p).get()).build();
          }
          OriginSyncTarget.WriteBack back =
              p.id().isPresent() && p.etag().isPresent()
                  ? new OriginSyncTarget.WriteBack(
                      PROJECT_WRITES,
                      p.id().get(),
                      p.etag().get(),
                      "procoreProjectId",
                      procoreProjectId(p).map(OptionalLong::of).orElse(OptionalLong.empty()),
                      "project " + p.number())
                  : null;
          OriginSyncTarget.Draft<ProjectUpdate> d = new OriginSyncTarget.Draft<>(0L, body, back);
          boolean idMissing =
              held.isPresent()
                  && !procoreProjectId(p).equals(Optional.of(held.getAsLong()))
                  && back != null;
          return idMissing ? Mapped.upsertChanged(d) : Mapped.upsert(d);
        };
    SyncReport projectReport =
        UpsertTemplate.of(NAME, projects, clock)
            .run(
                scope,
                peek(
                    bc.list(
                        BcEntitySet.PROJECTS,
                        ODataQuery.where(ODataFilter.eq("sendToProcore", true))),
                    // every valid project taken, also one a resumed run passes over
                    p -> {
                      if (ProjectPushRules.project(p).isValid()) {
                        linked.put(p.number(), -1L);
                      }
                    }),
                projectMapper,
                options);
    stages.add(projectReport);
    for (String job : List.copyOf(linked.keySet())) {
      OptionalLong id = projects.idOf("bc:job:" + job);
      if (id.isPresent()) {
        linked.put(job, id.getAsLong());
      } else {
        linked.remove(job);
      }
    }
    Predicate<String> pushed = linked::containsKey;
    if (!completed(projectReport) || linked.isEmpty()) {
      return merge(scope, stages);
    }
    Collection<Long> projectIds = Set.copyOf(linked.values());

    // 2. segment codes -> sub jobs
    OriginSyncTarget<SubJob, SubJobUpdate> subJobs =
        new OriginSyncTarget<>(
            "sub job",
            null,
            () -> projectIds,
            new OriginSyncTarget.Resource<>() {
              @Override
              public Iterable<SubJob> list(long project) {
                return procore.subJobs().list(project);
              }

              @Override
              public SyncResult<SubJob> sync(long project, List<SubJobUpdate> updates) {
                return procore.subJobs().sync(project, updates);
              }

              @Override
              public Optional<String> originId(SubJob r) {
                return r.originId();
              }

              @Override
              public long id(SubJob r) {
                return r.id();
              }

              @Override
              public Optional<String> updateOriginId(SubJobUpdate u) {
                return u.originId();
              }

              @Override
              public SubJobUpdate withId(SubJobUpdate u, long id) {
                return u.toBuilder().id(id).build();
              }
            },
            OriginSyncTarget.digest(
                List.of(SubJob::code, SubJob::name),
                List.of(SubJobUpdate::code, SubJobUpdate::name)),
            windowSize);
    RecordMapper<BcSegmentCode, OriginSyncTarget.Draft<SubJobUpdate>> segmentMapper =
        (s, context) -> {
          String job = s.jobNo().orElseThrow();
          String key = ProjectPushRules.segmentKey(job, s.code());
          Validated<SubJobUpdate> u = ProjectPushRules.subJob(job, s);
          return u.isValid()
              ? Mapped.upsert(new OriginSyncTarget.Draft<>(linked.get(job), u.value(), null))
              : Mapped.decided(key, RecordOutcome.skipped(key, u.violations()));
        };
    SyncReport segmentReport =
        UpsertTemplate.of(NAME, subJobs, clock)
            .run(
                scope,
                filtered(
                    bc.list(BcEntitySet.SEGMENT_CODES, ODataQuery.all()),
                    s -> s.jobNo().filter(pushed).isPresent()),
                segmentMapper,
                later);
    stages.add(segmentReport);
    if (!completed(segmentReport)) {
      return merge(scope, stages);
    }

    // 3. job tasks -> cost codes
    OriginSyncTarget<CostCode, CostCodeUpdate> costCodes =
        new OriginSyncTarget<>(
            "cost code",
            null,
            () -> projectIds,
            new OriginSyncTarget.Resource<>() {
              @Override
              public Iterable<CostCode> list(long project) {
                return procore.costCodes().list(project);
              }

              @Override
              public SyncResult<CostCode> sync(long project, List<CostCodeUpdate> updates) {
                return procore.costCodes().sync(project, updates);
              }

              @Override
              public Optional<String> originId(CostCode r) {
                return r.originId();
              }

              @Override
              public long id(CostCode r) {
                return r.id();
              }

              @Override
              public Optional<String> updateOriginId(CostCodeUpdate u) {
                return u.originId();
              }

              @Override
              public CostCodeUpdate withId(CostCodeUpdate u, long id) {
                return u.toBuilder().id(id).build();
              }
            },
            OriginSyncTarget.digest(
                List.of(
                    CostCode::code,
                    CostCode::name,
                    c ->
                        c.billerType().filter("SubJob"::equals).isPresent()
                            ? c.billerId()
                            : Optional.empty()),
                List.of(CostCodeUpdate::code, CostCodeUpdate::name, CostCodeUpdate::subJobId)),
            windowSize);
    RecordMapper<BcJobTask, OriginSyncTarget.Draft<CostCodeUpdate>> taskMapper =
        (t, context) -> {
          String key = ProjectPushRules.taskKey(t);
          Validated<CostCodeUpdate> u =
              ProjectPushRules.costCode(
                  t, code -> subJobs.idOf(ProjectPushRules.segmentKey(t.jobNo(), code)));
          return u.isValid()
              ? Mapped.upsert(new OriginSyncTarget.Draft<>(linked.get(t.jobNo()), u.value(), null))
              : Mapped.decided(key, RecordOutcome.skipped(key, u.violations()));
        };
    SyncReport taskReport =
        UpsertTemplate.of(NAME, costCodes, clock)
            .run(
                scope,
                filtered(
                    bc.list(BcEntitySet.JOB_TASKS, ODataQuery.all()), t -> pushed.test(t.jobNo())),
                taskMapper,
                later);
    stages.add(taskReport);
    if (!completed(taskReport)) {
      return merge(scope, stages);
    }

    // 4. planning lines -> budget line items
    ODataQuery sent = ODataQuery.where(ODataFilter.eq("sendBudgetLineToProcore", true));
    Map<String, Long> knownIds = new HashMap<>();
    for (BcPlanningLine l : bc.list(BcEntitySet.JOB_PLANNING_LINES, sent)) {
      if (!pushed.test(l.jobNo())) {
        continue;
      }
      String key = ProjectPushRules.lineKey(l);
      Optional<Long> id =
          budgetLineItemId(l)
              .or(() -> state.crossReference(BUDGET_LINE_NAMESPACE, key).map(Long::parseLong));
      id.ifPresent(v -> knownIds.put(key, v));
    }
    Map<Long, String> keyOfId = new HashMap<>();
    knownIds.forEach((k, v) -> keyOfId.put(v, k));
    Map<String, Long> lineTypes = new ConcurrentHashMap<>();
    for (LineItemType t : procore.lineItemTypes().list()) {
      t.code().ifPresent(c -> lineTypes.put(c, t.id()));
    }
    OriginSyncTarget<BudgetHeld, BudgetLineItemUpdate> budget =
        new OriginSyncTarget<>(
            "budget line item",
            bc,
            () -> projectIds,
            new OriginSyncTarget.Resource<>() {
              @Override
              public Iterable<BudgetHeld> list(long project) {
                List<BudgetHeld> held = new ArrayList<>();
                Optional<BudgetView> view =
                    procore.budget().listViews(project).stream().findFirst();
                if (view.isEmpty()) {
                  return held;
                }
                for (BudgetDetailRow r :
                    procore.budget().listDetailRows(project, view.get().id())) {
                  String key = keyOfId.get(r.id());
                  if (key != null) {
                    held.add(
                        new BudgetHeld(
                            r.id(), key, r.costCodeId(), r.categoryId(), r.originalBudgetAmount()));
                  }
                }
                return held;
              }

              @Override
              public SyncResult<BudgetHeld> sync(long project, List<BudgetLineItemUpdate> updates) {
                SyncResult<BudgetLineItem> r = procore.budget().syncLineItems(project, updates);
                List<BudgetHeld> out = new ArrayList<>();
                boolean inOrder = r.failures().isEmpty() && r.entities().size() == updates.size();
                for (int i = 0; i < r.entities().size(); i++) {
                  BudgetLineItem b = r.entities().get(i);
                  Optional<String> key = b.originId();
                  if (key.isEmpty() && inOrder) {
                    key = updates.get(i).originId();
                  }
                  if (key.isEmpty()) {
                    continue;
                  }
                  state.putCrossReference(BUDGET_LINE_NAMESPACE, key.get(), String.valueOf(b.id()));
                  keyOfId.put(b.id(), key.get());
                  out.add(
                      new BudgetHeld(
                          b.id(),
                          key.get(),
                          Optional.empty(),
                          Optional.empty(),
                          b.originalBudgetAmount()));
                }
                List<dev.procoresync.core.client.SyncFailure> failures = new ArrayList<>();
                boolean whole = r.entities().isEmpty() && r.failures().size() == updates.size();
                for (int i = 0; i < r.failures().size(); i++) {
                  dev.procoresync.core.client.SyncFailure f = r.failures().get(i);
                  Optional<String> key = f.originId();
                  if (key.isEmpty() && whole) {
                    key = updates.get(i).originId();
                  }
                  failures.add(
                      new dev.procoresync.core.client.SyncFailure(
                          key.orElse(null),
                          f.id().isPresent() ? f.id().getAsLong() : null,
                          f.fieldErrors(),
                          f.cause().orElse(null),
                          f.retryable()));
                }
                return new SyncResult<>(out, failures, r.requests());
              }

              @Override
              public Optional<String> originId(BudgetHeld r) {
                return Optional.of(r.key());
              }

              @Override
              public long id(BudgetHeld r) {
                return r.id();
              }

              @Override
              public Optional<String> updateOriginId(BudgetLineItemUpdate u) {
                return u.originId();
              }

              @Override
              public BudgetLineItemUpdate withId(BudgetLineItemUpdate u, long id) {
                return u.toBuilder().id(id).build();
              }
            },
            OriginSyncTarget.digest(
                List.of(BudgetHeld::costCodeId, BudgetHeld::lineItemTypeId, BudgetHeld::amount),
                List.of(
                    BudgetLineItemUpdate::costCodeId,
                    BudgetLineItemUpdate::lineItemTypeId,
                    BudgetLineItemUpdate::originalBudgetAmount)),
            windowSize);
    RecordMapper<BcPlanningLine, OriginSyncTarget.Draft<BudgetLineItemUpdate>> lineMapper =
        (l, context) -> {
          String key = ProjectPushRules.lineKey(l);
          Validated<BudgetLineItemUpdate> u =
              ProjectPushRules.budgetLine(
                  l,
                  task ->
                      costCodes.idOf(
                          "bc:job_task:" + l.jobNo() + ":" + Objects.requireNonNull(task)),
                  type -> {
                    Long id = lineTypes.get(type);
                    return id == null ? OptionalLong.empty() : OptionalLong.of(id);
                  });
          if (!u.isValid()) {
            return Mapped.decided(key, RecordOutcome.skipped(key, u.violations()));
          }
          OriginSyncTarget.WriteBack back =
              l.id().isPresent() && l.etag().isPresent()
                  ? new OriginSyncTarget.WriteBack(
                      PLANNING_WRITES,
                      l.id().get(),
                      l.etag().get(),
                      "procoreBudgetLineItemId",
                      budgetLineItemId(l).map(OptionalLong::of).orElse(OptionalLong.empty()),
                      "planning line " + key.substring("bc:planning_line:".length()))
                  : null;
          OriginSyncTarget.Draft<BudgetLineItemUpdate> d =
              new OriginSyncTarget.Draft<>(linked.get(l.jobNo()), u.value(), back);
          OptionalLong held = budget.idOf(key);
          boolean idMissing =
              held.isPresent()
                  && !budgetLineItemId(l).equals(Optional.of(held.getAsLong()))
                  && back != null;
          return idMissing ? Mapped.upsertChanged(d) : Mapped.upsert(d);
        };
    stages.add(
        UpsertTemplate.of(NAME, budget, clock)
            .run(
                scope,
                filtered(
                    bc.list(BcEntitySet.JOB_PLANNING_LINES, sent), l -> pushed.test(l.jobNo())),
                lineMapper,
                later));
    return merge(scope, stages);
  }

  /**
   * One report of the stages; when a later stage stopped, its resume position is replaced by the
   * position after the project stage's records (positions count the project stage only).
   */
  private static SyncReport merge(String scope, List<SyncReport> stages) {
    SyncReport merged = Flows.merge(NAME, scope, stages);
    SyncReport first = stages.get(0);
    if (stages.size() == 1 || merged.resumeFrom().isEmpty()) {
      return merged;
    }
    return merged.toBuilder()
        .resumeFrom(ResumePosition.afterRecords(first.resumedPast() + first.totalInputs()))
        .build();
  }

  /** Business Central's integers are 0 when unset. */
  private static Optional<Long> procoreProjectId(BcProject p) {
    return p.procoreProjectId().filter(id -> id > 0);
  }

  private static Optional<Long> budgetLineItemId(BcPlanningLine l) {
    return l.procoreBudgetLineItemId().filter(id -> id > 0);
  }

  private static boolean completed(SyncReport report) {
    return report.status() == SyncReport.Status.COMPLETED;
  }

  private static <T> Iterable<T> peek(Iterable<T> source, java.util.function.Consumer<T> action) {
    return () ->
        java.util.stream.StreamSupport.stream(source.spliterator(), false).peek(action).iterator();
  }

  private static <T> Iterable<T> filtered(Iterable<T> source, Predicate<? super T> keep) {
    return () ->
        java.util.stream.StreamSupport.stream(source.spliterator(), false).filter(keep).iterator();
  }

  /** A budget line item as the flow compares it: from the budget view's detail rows. */
  record BudgetHeld(
      long id,
      String key,
      Optional<Long> costCodeId,
      Optional<Long> lineItemTypeId,
      Optional<BigDecimal> amount) {}

  @Override
  public String toString() {
    return "ProjectPushFlow{company=" + procore.companyId() + "}";
  }
}
