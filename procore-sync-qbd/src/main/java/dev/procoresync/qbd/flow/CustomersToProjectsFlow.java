package dev.procoresync.qbd.flow;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.SyncFailure;
import dev.procoresync.core.client.SyncResult;
import dev.procoresync.core.error.ProcoreSyncException;
import dev.procoresync.core.flow.FieldDigest;
import dev.procoresync.core.flow.ItemResult;
import dev.procoresync.core.flow.Mapped;
import dev.procoresync.core.flow.PlannedWrite;
import dev.procoresync.core.flow.RecordMapper;
import dev.procoresync.core.flow.UpsertTarget;
import dev.procoresync.core.flow.UpsertTemplate;
import dev.procoresync.core.model.Project;
import dev.procoresync.core.model.ProjectUpdate;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.ResumePosition;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.qbd.mapping.ProjectImportMapping;
import dev.procoresync.qbd.model.JobSettings;
import dev.procoresync.qbd.qbxml.ListQuery;
import dev.procoresync.qbd.qbxml.ListType;
import dev.procoresync.qbd.qbxml.QbRet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * QuickBooks customers or jobs -> Procore projects (import), configured as the export is ({@link
 * JobSettings}): with a parent customer, the jobs under it become projects; without one, the
 * top-level customers do ("customers set up as jobs"). Other customer records are SKIPPED with
 * reason {@code customer.not_a_project}. Name and address (Ship To, or Bill To when Ship To is
 * empty) come from {@link ProjectImportMapping}; writes go through Procore's project sync endpoint
 * on core's {@link UpsertTemplate} (origin id {@code qbd:customer:<ListID>}), so a rerun with
 * nothing changed writes nothing. One Procore project of the same name without an origin id is
 * linked by its id, not duplicated; a name held by a project linked elsewhere, or by several
 * unlinked projects, is SKIPPED ({@code name.in_use}, {@code name.ambiguous}; decision 0411).
 *
 * <pre>{@code
 * CustomersToProjectsFlow flow = CustomersToProjectsFlow.create(qbd, procore.forCompany(id),
 *     JobSettings.builder().parentCustomer("Acme Corp").build());
 * QbdFlowRun run = flow.start("project-import-1");
 * run = flow.advance(run); // after the Web Connector session
 * }</pre>
 */
public final class CustomersToProjectsFlow {
  /** The flow's name in reports. */
  public static final String FLOW = "qbd-customers-to-projects";

  static final FieldDigest<Project, ProjectUpdate> DIGEST =
      FieldDigest.of(
          List.of(
              p -> Optional.of(p.name()),
              Project::address,
              Project::city,
              Project::stateCode,
              Project::zip,
              Project::originId),
          List.of(
              ProjectUpdate::name,
              ProjectUpdate::address,
              ProjectUpdate::city,
              ProjectUpdate::stateCode,
              ProjectUpdate::zip,
              ProjectUpdate::originId));

  private final QbdConnection conn;
  private final CompanyClient procore;
  private final JobSettings settings;
  private final ImportReader reader;

  private CustomersToProjectsFlow(QbdConnection conn, CompanyClient procore, JobSettings settings) {
    this.conn = conn;
    this.procore = procore;
    this.settings = settings;
    this.reader =
        new ImportReader(
            conn, size -> ListQuery.builder().type(ListType.CUSTOMER).maxReturned(size).build());
  }

  /**
   * Creates the flow.
   *
   * @param conn the Web Connector queue and company
   * @param procore the Procore company the projects belong to
   * @param settings jobs under a parent customer, or customers as jobs
   * @return the flow
   */
  public static CustomersToProjectsFlow create(
      QbdConnection conn, CompanyClient procore, JobSettings settings) {
    return new CustomersToProjectsFlow(
        Objects.requireNonNull(conn, "conn"),
        Objects.requireNonNull(procore, "procore"),
        Objects.requireNonNull(settings, "settings"));
  }

  /**
   * Starts a run: queues the read of QuickBooks' customers and jobs.
   *
   * @param runId the run's id, unique per run
   * @return the run
   * @throws IllegalArgumentException when {@code runId} is blank
   */
  public QbdFlowRun start(String runId) {
    if (Objects.requireNonNull(runId, "runId").isBlank()) {
      throw new IllegalArgumentException("runId must not be blank (was '" + runId + "')");
    }
    QbdFlowRun run = new QbdFlowRun(FLOW, runId, List.of());
    reader.enqueue(run);
    return run;
  }

  /**
   * Moves the run on once the Web Connector drained the read: restarts a failed read (at most five
   * reads, then the run is ABORTED), else writes to Procore and makes the report final. Does
   * nothing before the read is drained or after the run is final.
   *
   * @param run the run
   * @return the run, final once the projects were written
   */
  public QbdFlowRun advance(QbdFlowRun run) {
    Objects.requireNonNull(run, "run");
    if (run.isFinal() || !reader.drained(run)) {
      return run;
    }
    ImportReader.Pages pages = reader.collect(run);
    if (!pages.ok() && run.readAttempts < ExportEngine.MAX_READS) {
      reader.enqueue(run);
      return run;
    }
    String scope = "qbd:" + conn.companyKey() + "->company:" + procore.companyId();
    run.importReport =
        pages.ok()
            ? write(scope, pages.rets())
            : SyncReport.recorder(FLOW, scope, false, conn.clock().instant())
                .abort(conn.clock().instant(), ResumePosition.start(), pages.problem());
    run.phase = QbdFlowRun.Phase.DONE;
    return run;
  }

  private SyncReport write(String scope, List<QbRet> customers) {
    List<Project> existing = new ArrayList<>();
    try {
      procore.projects().list().forEach(existing::add);
    } catch (ProcoreSyncException e) {
      return SyncReport.recorder(FLOW, scope, false, conn.clock().instant())
          .abort(conn.clock().instant(), ResumePosition.start(), e);
    }
    Set<String> linked = new HashSet<>();
    Map<String, List<Project>> byName = new HashMap<>();
    for (Project p : existing) {
      p.originId().ifPresent(linked::add);
      byName.computeIfAbsent(ProjectImportMapping.nameKey(p.name()), k -> new ArrayList<>()).add(p);
    }
    RecordMapper<QbRet, ProjectUpdate> mapper = (c, context) -> map(c, linked, byName);
    return UpsertTemplate.of(FLOW, new Target(procore, existing), conn.clock())
        .run(scope, customers, mapper, RunOptions.defaults());
  }

  private Mapped<ProjectUpdate> map(
      QbRet customer, Set<String> linked, Map<String, List<Project>> byName) {
    String key = "qbd:customer:" + customer.id().orElse(customer.fullName().orElse("?"));
    if (customer.id().isEmpty()) {
      return Mapped.decided(
          key,
          RecordOutcome.skipped(
              key, "list_id.missing", "QuickBooks sent a customer without a ListID"));
    }
    if (!ProjectImportMapping.isProject(customer, settings)) {
      return Mapped.decided(
          key,
          RecordOutcome.skipped(
              key,
              "customer.not_a_project",
              "'"
                  + customer.fullName().orElse("")
                  + "' is not "
                  + settings
                      .parentCustomer()
                      .map(p -> "a job of '" + p + "'")
                      .orElse("a top-level customer")
                  + ", so the import settings do not make it a project"));
    }
    ProjectUpdate update = ProjectImportMapping.toUpdate(customer);
    String name = update.name().orElse("");
    if (!linked.contains(key)) {
      List<Project> same = byName.getOrDefault(ProjectImportMapping.nameKey(name), List.of());
      List<Project> free =
          same.stream().filter(p -> p.originId().filter(s -> !s.isBlank()).isEmpty()).toList();
      if (free.size() == 1) {
        update = update.toBuilder().id(free.get(0).id()).build();
      } else if (free.size() > 1) {
        return Mapped.decided(
            key,
            RecordOutcome.skipped(
                key,
                "name.ambiguous",
                "'"
                    + name
                    + "' matches "
                    + free.size()
                    + " Procore projects without an origin id; give one of them origin id '"
                    + key
                    + "' to link it"));
      } else if (!same.isEmpty()) {
        return Mapped.decided(
            key,
            RecordOutcome.skipped(
                key,
                "name.in_use",
                "'"
                    + name
                    + "' is named like Procore project "
                    + same.get(0).id()
                    + ", which is linked to '"
                    + same.get(0).originId().orElse("")
                    + "'; rename one of them"));
      }
    }
    return Mapped.upsert(update);
  }

  /** Procore's projects as an upsert target: the project sync endpoint. */
  private static final class Target implements UpsertTarget<Project, ProjectUpdate> {
    private final CompanyClient procore;
    private final List<Project> existing;

    Target(CompanyClient procore, List<Project> existing) {
      this.procore = procore;
      this.existing = existing;
    }

    @Override
    public String noun() {
      return "project";
    }

    @Override
    public Iterable<Project> existing() {
      return existing;
    }

    @Override
    public Optional<String> existingKey(Project existing) {
      return existing.originId();
    }

    @Override
    public Optional<String> existingId(Project existing) {
      return Optional.of(String.valueOf(existing.id()));
    }

    @Override
    public Optional<String> updateKey(ProjectUpdate update) {
      return update.originId();
    }

    @Override
    public FieldDigest<Project, ProjectUpdate> digest() {
      return DIGEST;
    }

    @Override
    public ProjectUpdate withTargetId(ProjectUpdate update, String targetId) {
      return update.toBuilder().id(Long.parseLong(targetId)).build();
    }

    @Override
    public Map<String, ItemResult> write(List<PlannedWrite<ProjectUpdate>> window) {
      List<ProjectUpdate> bodies = new ArrayList<>(window.size());
      window.forEach(w -> bodies.add(w.body()));
      SyncResult<Project> result = procore.projects().sync(bodies);
      Map<String, ItemResult> answers = new HashMap<>();
      for (Project p : result.entities()) {
        p.originId().ifPresent(k -> answers.put(k, ItemResult.written(String.valueOf(p.id()))));
      }
      for (Map.Entry<String, SyncFailure> f : result.failuresByOriginId().entrySet()) {
        String message = f.getValue().message();
        answers.put(
            f.getKey(),
            ItemResult.failed(
                "ProcoreSyncError",
                message == null || message.isBlank() ? "Procore refused the project" : message));
      }
      return answers;
    }

    @Override
    public Map<String, Project> lookup(Collection<String> keys) {
      Set<String> wanted = new HashSet<>(keys);
      Map<String, Project> found = new HashMap<>();
      for (Project p : procore.projects().list()) {
        p.originId().filter(wanted::contains).ifPresent(k -> found.put(k, p));
      }
      return found;
    }
  }
}
