package dev.procoresync.timekeeping.servicetrade.flow;

import dev.procoresync.core.flow.FieldDigest;
import dev.procoresync.core.flow.ItemResult;
import dev.procoresync.core.flow.PlannedWrite;
import dev.procoresync.core.flow.RecordMapper;
import dev.procoresync.core.flow.UpsertTarget;
import dev.procoresync.core.flow.UpsertTemplate;
import dev.procoresync.core.model.Project;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.core.validation.Violation;
import dev.procoresync.timekeeping.servicetrade.client.ServiceTradeClient;
import dev.procoresync.timekeeping.servicetrade.mapping.ProjectJobMapping;
import dev.procoresync.timekeeping.servicetrade.model.ServiceTradeAddress;
import dev.procoresync.timekeeping.servicetrade.model.ServiceTradeCustomer;
import dev.procoresync.timekeeping.servicetrade.model.ServiceTradeJob;
import dev.procoresync.timekeeping.servicetrade.model.ServiceTradeLocation;
import java.time.Clock;
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
 * Syncs Procore projects to ServiceTrade, as the "Sync project to ServiceTrade" button of
 * ServiceTrade's Procore app: for each project a customer, a location and a job of the type the
 * user chose, all three related to the project ({@code externalIds.procore_project}).
 *
 * <p>A project without a name, address, city, state or zip is SKIPPED, each missing field named. A
 * project already linked is UNCHANGED, or UPDATED when its name or address changed (job name,
 * location name and address). Nothing is created twice: before creating the customer or the
 * location, the flow looks for the one related to the project (a run that failed half-way, after
 * the customer was created, reuses it on the rerun); a job whose create got no answer is looked up
 * by the template before it reports.
 *
 * <pre>{@code
 * SyncReport report = ProjectJobFlow.create(serviceTrade, clock)
 *     .run(List.of(procoreProject), "construction", RunOptions.defaults());
 * }</pre>
 */
public final class ProjectJobFlow {
  /** The flow's name in reports. */
  public static final String NAME = "servicetrade-project-job";

  static final FieldDigest<Linked, Plan> DIGEST =
      FieldDigest.of(
          List.of(
              l -> l.job.name(),
              l -> l.location.map(ServiceTradeLocation::name),
              l -> address(l.location).flatMap(ServiceTradeAddress::street),
              l -> address(l.location).flatMap(ServiceTradeAddress::city),
              l -> address(l.location).flatMap(ServiceTradeAddress::state),
              l -> address(l.location).flatMap(ServiceTradeAddress::postalCode)),
          List.of(
              p -> Optional.of(p.project.name()),
              p -> Optional.of(p.project.name()),
              p -> p.project.address(),
              p -> p.project.city(),
              p -> p.project.stateCode(),
              p -> p.project.zip()));

  private final ServiceTradeClient serviceTrade;
  private final Clock clock;
  private final int windowSize;

  private ProjectJobFlow(ServiceTradeClient serviceTrade, Clock clock, int windowSize) {
    this.serviceTrade = serviceTrade;
    this.clock = clock;
    this.windowSize = windowSize;
  }

  /**
   * Creates the flow.
   *
   * @param serviceTrade the ServiceTrade client
   * @param clock stamps the reports
   * @return the flow
   */
  public static ProjectJobFlow create(ServiceTradeClient serviceTrade, Clock clock) {
    return new ProjectJobFlow(
        Objects.requireNonNull(serviceTrade, "serviceTrade"),
        Objects.requireNonNull(clock, "clock"),
        25);
  }

  /**
   * Returns a copy that writes at most {@code windowSize} records between checkpoints (default 25).
   * Each record is still one request: the window only sets how often the run reports and
   * checkpoints.
   *
   * @param windowSize 1 to 1,000
   * @return the copy
   * @throws IllegalArgumentException when {@code windowSize} is out of range
   */
  public ProjectJobFlow withWindowSize(int windowSize) {
    if (windowSize < 1 || windowSize > 1_000) {
      throw new IllegalArgumentException("windowSize must be 1 to 1000, got " + windowSize);
    }
    return new ProjectJobFlow(serviceTrade, clock, windowSize);
  }

  /**
   * Syncs projects.
   *
   * @param projects the Procore projects, read once, in order
   * @param jobType the ServiceTrade job type of new jobs, such as {@code construction}
   * @param options dry run, listener, cancellation, resume
   * @return the report: one outcome per project, keyed {@code procore:project:<id>}
   * @throws IllegalArgumentException when {@code jobType} is blank
   */
  public SyncReport run(Iterable<Project> projects, String jobType, RunOptions options) {
    Objects.requireNonNull(projects, "projects");
    Objects.requireNonNull(options, "options");
    if (Objects.requireNonNull(jobType, "jobType").isBlank()) {
      throw new IllegalArgumentException("jobType must not be blank");
    }
    return UpsertTemplate.of(NAME, new Target(jobType), clock)
        .run("servicetrade", projects, RecordMapper.of((Project p) -> new Plan(p)), options);
  }

  private static Optional<ServiceTradeAddress> address(Optional<ServiceTradeLocation> location) {
    return location.flatMap(ServiceTradeLocation::address);
  }

  /** A project's job with its location, as ServiceTrade holds them. */
  static final class Linked {
    final ServiceTradeJob job;
    final Optional<ServiceTradeLocation> location;

    Linked(ServiceTradeJob job, Optional<ServiceTradeLocation> location) {
      this.job = job;
      this.location = location;
    }
  }

  /** What a project should be in ServiceTrade. */
  static final class Plan {
    final Project project;
    final Optional<Long> jobId;

    Plan(Project project) {
      this(project, Optional.empty());
    }

    Plan(Project project, Optional<Long> jobId) {
      this.project = Objects.requireNonNull(project, "project");
      this.jobId = jobId;
    }

    @Override
    public String toString() {
      return "Plan{project=" + project.id() + ", job=" + jobId.orElse(null) + "}";
    }
  }

  /** ServiceTrade's customers, locations and jobs related to Procore projects. */
  private final class Target implements UpsertTarget<Linked, Plan> {
    private final String jobType;

    Target(String jobType) {
      this.jobType = jobType;
    }

    @Override
    public String noun() {
      return "servicetrade job";
    }

    @Override
    public Iterable<Linked> existing() {
      Map<Long, ServiceTradeLocation> locations = new HashMap<>();
      for (ServiceTradeLocation l : serviceTrade.locations()) {
        if (ProjectJobMapping.projectOf(l.externalIds()).isPresent()) {
          l.id().ifPresent(id -> locations.put(id, l));
        }
      }
      List<Linked> out = new ArrayList<>();
      for (ServiceTradeJob job : serviceTrade.jobs()) {
        if (ProjectJobMapping.projectOf(job.externalIds()).isPresent()) {
          out.add(new Linked(job, job.locationId().map(locations::get)));
        }
      }
      return out;
    }

    @Override
    public Optional<String> existingKey(Linked existing) {
      return ProjectJobMapping.projectOf(existing.job.externalIds()).map(ProjectJobMapping::key);
    }

    @Override
    public Optional<String> existingId(Linked existing) {
      return existing.job.id().map(String::valueOf);
    }

    @Override
    public Optional<String> updateKey(Plan update) {
      return Optional.of(ProjectJobMapping.key(update.project.id()));
    }

    @Override
    public FieldDigest<Linked, Plan> digest() {
      return DIGEST;
    }

    @Override
    public Plan withTargetId(Plan update, String targetId) {
      return new Plan(update.project, Optional.of(Long.parseLong(targetId)));
    }

    @Override
    public List<Violation> validate(Plan update) {
      return ProjectJobMapping.violations(update.project);
    }

    @Override
    public int windowSize() {
      return windowSize;
    }

    @Override
    public Map<String, ItemResult> write(List<PlannedWrite<Plan>> window) {
      Map<String, ItemResult> answers = new HashMap<>();
      Related related = new Related();
      for (PlannedWrite<Plan> w : window) {
        try {
          answers.put(w.key(), ItemResult.written(Long.toString(write(w, related))));
        } catch (RuntimeException e) {
          answers.put(w.key(), TimecardWrites.answer(e));
        }
      }
      return answers;
    }

    private long write(PlannedWrite<Plan> w, Related related) {
      Project project = w.body().project;
      if (w.kind() == PlannedWrite.Kind.UPDATE) {
        long jobId = Long.parseLong(w.targetId().orElseThrow());
        ServiceTradeJob job = serviceTrade.job(jobId);
        ServiceTradeJob changed =
            ServiceTradeJob.builder().name(project.name()).externalIds(job.externalIds()).build();
        serviceTrade.updateJob(jobId, changed);
        if (job.locationId().isPresent()) {
          ServiceTradeLocation location =
              ProjectJobMapping.location(project, job.customerId().orElse(0L));
          serviceTrade.updateLocation(
              job.locationId().get(), location.toBuilder().companyId(job.customerId()).build());
        }
        return jobId;
      }
      long customerId =
          related
              .customer(project.id())
              .orElseGet(
                  () ->
                      serviceTrade
                          .createCustomer(ProjectJobMapping.customer(project))
                          .id()
                          .orElseThrow());
      long locationId =
          related
              .location(project.id())
              .orElseGet(
                  () ->
                      serviceTrade
                          .createLocation(ProjectJobMapping.location(project, customerId))
                          .id()
                          .orElseThrow());
      return serviceTrade
          .createJob(ProjectJobMapping.job(project, jobType, locationId))
          .id()
          .orElseThrow();
    }

    @Override
    public Map<String, Linked> lookup(Collection<String> keys) {
      Set<String> wanted = new HashSet<>(keys);
      Map<String, Linked> found = new HashMap<>();
      for (Linked l : existing()) {
        existingKey(l).filter(wanted::contains).ifPresent(k -> found.put(k, l));
      }
      return found;
    }

    @Override
    public String toString() {
      return "ServiceTrade jobs of Procore projects";
    }
  }

  /** The customers and locations already related to projects, read once per write window. */
  private final class Related {
    private Map<Long, Long> customers;
    private Map<Long, Long> locations;

    Optional<Long> customer(long projectId) {
      if (customers == null) {
        customers = new HashMap<>();
        for (ServiceTradeCustomer c : serviceTrade.customers()) {
          ProjectJobMapping.projectOf(c.externalIds())
              .ifPresent(p -> c.id().ifPresent(id -> customers.putIfAbsent(p, id)));
        }
      }
      return Optional.ofNullable(customers.get(projectId));
    }

    Optional<Long> location(long projectId) {
      if (locations == null) {
        locations = new HashMap<>();
        for (ServiceTradeLocation l : serviceTrade.locations()) {
          ProjectJobMapping.projectOf(l.externalIds())
              .ifPresent(p -> l.id().ifPresent(id -> locations.putIfAbsent(p, id)));
        }
      }
      return Optional.ofNullable(locations.get(projectId));
    }
  }

  @Override
  public String toString() {
    return "ProjectJobFlow{" + serviceTrade + "}";
  }
}
