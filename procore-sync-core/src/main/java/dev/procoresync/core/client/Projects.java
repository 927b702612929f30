package dev.procoresync.core.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.client.internal.Envelope;
import dev.procoresync.core.client.internal.ProjectsApi;
import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.core.model.Project;
import dev.procoresync.core.model.ProjectUpdate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The company's projects: list, show, create, update and batch sync.
 *
 * <pre>{@code
 * Projects projects = client.forCompany(42L).projects();
 * Project p = projects.create(ProjectUpdate.builder().name("Depot").originId("bc:job:J42").build());
 * SyncResult<Project> r = projects.sync(updates);
 * }</pre>
 */
public final class Projects {
  private final Scope scope;
  private final ProjectsApi api;

  Projects(Scope scope) {
    this.scope = scope;
    this.api = scope.service(ProjectsApi.class);
  }

  /**
   * Lists the company's projects (Procore lists active projects unless {@code filters[by_status]}
   * says otherwise), lazily.
   *
   * @return the projects
   */
  public PagedIterable<Project> list() {
    return list(ListOptions.none());
  }

  /**
   * Lists the company's projects matching the options, lazily.
   *
   * @param options filters such as {@code withUpdatedBetween} or {@code withOriginId}
   * @return the projects
   */
  public PagedIterable<Project> list(ListOptions options) {
    Objects.requireNonNull(options, "options");
    return scope
        .transport()
        .list(
            api.list(scope.companyId(), options.perPageOr(Scope.V1_PAGE_SIZE), options.query()),
            Project.class,
            Envelope.NONE);
  }

  /**
   * Finds the project carrying an origin id.
   *
   * @param originId the other system's key
   * @return the project, if one has it
   */
  public Optional<Project> findByOriginId(String originId) {
    Objects.requireNonNull(originId, "originId");
    List<Project> found =
        StreamSupport.stream(
                list(ListOptions.none().withOriginId(originId).withFilter("by_status", "All"))
                    .spliterator(),
                false)
            .filter(p -> p.originId().filter(originId::equals).isPresent())
            .collect(Collectors.toList());
    return found.stream().findFirst();
  }

  /**
   * Shows a project.
   *
   * @param id the project id
   * @return the project
   * @throws dev.procoresync.core.error.ProcoreNotFoundException when it does not exist
   */
  public Project get(long id) {
    return scope.transport().execute(api.get(id, scope.companyId()), Project.class, Envelope.NONE);
  }

  /**
   * Creates a project. When the outcome of the POST is unknown (timeout, 5xx) and the project has
   * an origin id, the client looks it up by origin id before sending it again, so it is never
   * created twice.
   *
   * @param project the attributes ({@code name} is required)
   * @return the created project
   * @throws IllegalArgumentException when {@code name} is missing
   */
  public Project create(ProjectUpdate project) {
    Objects.requireNonNull(project, "project");
    if (project.name().isEmpty()) {
      throw new IllegalArgumentException("project.name is required to create a project");
    }
    ObjectNode body = scope.object();
    body.put("company_id", scope.companyId());
    body.set("project", scope.tree(project));
    return scope.createSafely(
        headers -> api.create(body, headers),
        Project.class,
        project.originId().isPresent() ? () -> findByOriginId(project.originId().get()) : null);
  }

  /**
   * Updates a project.
   *
   * @param id the project id
   * @param project the attributes to change (only those set are sent)
   * @return the updated project
   */
  public Project update(long id, ProjectUpdate project) {
    Objects.requireNonNull(project, "project");
    ObjectNode body = scope.object();
    body.put("company_id", scope.companyId());
    body.set("project", scope.tree(project));
    return scope.transport().execute(api.update(id, body), Project.class, Envelope.NONE);
  }

  /**
   * Creates or updates many projects through {@code PATCH /rest/v1.0/projects/sync}, in chunks of
   * up to 1,000. Items are matched by {@code id} and/or {@code origin_id}.
   *
   * @param updates the items
   * @return the stored projects and the per-item failures
   */
  public SyncResult<Project> sync(List<ProjectUpdate> updates) {
    return scope.sync(
        updates,
        array -> {
          ObjectNode body = scope.object();
          body.put("company_id", scope.companyId());
          body.set("updates", array);
          return api.sync(body);
        },
        Project.class);
  }

  @Override
  public String toString() {
    return "Projects{" + scope + "}";
  }
}
