package dev.procoresync.timekeeping.busybusy;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ListOptions;
import dev.procoresync.core.client.SyncFailure;
import dev.procoresync.core.client.SyncResult;
import dev.procoresync.core.flow.FieldDigest;
import dev.procoresync.core.flow.ItemResult;
import dev.procoresync.core.flow.PlannedWrite;
import dev.procoresync.core.flow.UpsertTarget;
import dev.procoresync.core.model.Project;
import dev.procoresync.core.model.ProjectUpdate;
import dev.procoresync.timekeeping.model.Location;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Procore's projects as the target of the first sync's busybusy -> Procore step: a top-level
 * busybusy project Procore lacks becomes a Procore project with {@code origin_id} {@code
 * busybusy:project:<id>} (the step's key), its title as name, its number, address, city, state and
 * postal code; written in windows through the batch {@code PATCH /rest/v1.0/projects/sync}.
 */
final class ProcoreProjectTarget implements UpsertTarget<Project, ProjectUpdate> {
  /** The prefix of the keys and origin ids: the busybusy project id follows it. */
  static final String ORIGIN_PREFIX = "busybusy:project:";

  private final CompanyClient company;
  private final List<Project> projects;
  private final int windowSize;

  /** Key to the id of every project this target wrote (or found written). */
  final Map<String, Long> written = new HashMap<>();

  ProcoreProjectTarget(CompanyClient company, List<Project> projects, int windowSize) {
    this.company = company;
    this.projects = projects;
    this.windowSize = windowSize;
  }

  /** The body that creates or updates the Procore project of a top-level busybusy project. */
  static ProjectUpdate body(Location project) {
    return ProjectUpdate.builder()
        .originId(ORIGIN_PREFIX + project.id())
        .name(project.name())
        .projectNumber(project.code())
        .address(project.address())
        .city(project.city())
        .stateCode(project.state())
        .zip(project.postalCode())
        .build();
  }

  @Override
  public String noun() {
    return "Procore project";
  }

  @Override
  public Iterable<Project> existing() {
    return projects;
  }

  @Override
  public Optional<String> existingKey(Project existing) {
    return existing.originId().filter(o -> o.startsWith(ORIGIN_PREFIX));
  }

  @Override
  public Optional<String> existingId(Project existing) {
    return Optional.of(String.valueOf(existing.id()));
  }

  @Override
  public Optional<String> updateKey(ProjectUpdate update) {
    return update.originId();
  }

  /** The key alone, as in the outcomes the first sync decides itself (links, skips). */
  @Override
  public String label(ProjectUpdate update) {
    return updateKey(update).orElse(noun());
  }

  @Override
  public FieldDigest<Project, ProjectUpdate> digest() {
    return FieldDigest.of(
        List.of(
            p -> Optional.of(p.name()),
            Project::projectNumber,
            Project::address,
            Project::city,
            Project::stateCode,
            Project::zip),
        List.of(
            ProjectUpdate::name,
            ProjectUpdate::projectNumber,
            ProjectUpdate::address,
            ProjectUpdate::city,
            ProjectUpdate::stateCode,
            ProjectUpdate::zip));
  }

  @Override
  public ProjectUpdate withTargetId(ProjectUpdate update, String targetId) {
    return update.toBuilder().id(Long.parseLong(targetId)).build();
  }

  @Override
  public int windowSize() {
    return windowSize;
  }

  @Override
  public Map<String, ItemResult> write(List<PlannedWrite<ProjectUpdate>> window) {
    List<ProjectUpdate> bodies = new ArrayList<>(window.size());
    window.forEach(w -> bodies.add(w.body()));
    SyncResult<Project> result = company.projects().sync(bodies);
    Map<String, ItemResult> answers = new HashMap<>();
    for (Project p : result.entities()) {
      p.originId()
          .ifPresent(
              key -> {
                written.put(key, p.id());
                answers.put(key, ItemResult.written(String.valueOf(p.id())));
              });
    }
    for (Map.Entry<String, SyncFailure> f : result.failuresByOriginId().entrySet()) {
      SyncFailure failure = f.getValue();
      answers.put(
          f.getKey(),
          failure.retryable()
              ? ItemResult.unknown("SyncFailure", failure.message())
              : ItemResult.failed("SyncFailure", failure.message()));
    }
    return answers;
  }

  @Override
  public Map<String, Project> lookup(Collection<String> keys) {
    Set<String> wanted = new HashSet<>(keys);
    Map<String, Project> found = new HashMap<>();
    for (Project p : company.projects().list(ListOptions.none().withFilter("by_status", "All"))) {
      p.originId()
          .filter(wanted::contains)
          .ifPresent(
              key -> {
                found.put(key, p);
                written.put(key, p.id());
              });
    }
    return found;
  }

  @Override
  public String toString() {
    return "projects of company " + company.companyId();
  }
}
