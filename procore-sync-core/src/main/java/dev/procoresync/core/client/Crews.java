package dev.procoresync.core.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.client.internal.CrewsApi;
import dev.procoresync.core.client.internal.Envelope;
import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.core.model.Crew;
import dev.procoresync.core.model.CrewUpdate;
import java.util.Objects;

/**
 * A project's crews: list, show, create, update and delete.
 *
 * <p>A crew has no origin id, so a create whose outcome is unknown (timeout, 5xx) is never sent
 * again: the error reaches the caller, who can list the project's crews to check.
 *
 * <pre>{@code
 * Crews crews = client.forCompany(42L).crews();
 * Crew crew = crews.create(projectId,
 *     CrewUpdate.builder().name("Framing").leadPartyId(patId).addPartyIds(patId, samId).build());
 * }</pre>
 */
public final class Crews {
  private final Scope scope;
  private final CrewsApi api;

  Crews(Scope scope) {
    this.scope = scope;
    this.api = scope.service(CrewsApi.class);
  }

  /**
   * Lists a project's crews, lazily.
   *
   * <pre>{@code
   * crews.list(projectId).forEach(c -> System.out.println(c.name().orElse("")));
   * }</pre>
   *
   * @param projectId the project
   * @return the crews
   */
  public PagedIterable<Crew> list(long projectId) {
    return list(projectId, ListOptions.none());
  }

  /**
   * Lists a project's crews matching the options, lazily.
   *
   * <pre>{@code
   * crews.list(projectId, ListOptions.none().withFilter("search", "Fram"));
   * }</pre>
   *
   * @param projectId the project
   * @param options filters
   * @return the crews
   */
  public PagedIterable<Crew> list(long projectId, ListOptions options) {
    Objects.requireNonNull(options, "options");
    return scope
        .transport()
        .list(
            api.list(projectId, options.perPageOr(Scope.V1_PAGE_SIZE), options.query()),
            Crew.class,
            Envelope.NONE);
  }

  /**
   * Shows a crew, with its lead and members.
   *
   * <pre>{@code
   * Crew crew = crews.get(projectId, 301L);
   * }</pre>
   *
   * @param projectId the project
   * @param id the crew
   * @return the crew
   * @throws dev.procoresync.core.error.ProcoreNotFoundException when it does not exist
   */
  public Crew get(long projectId, long id) {
    return scope.transport().execute(api.get(projectId, id), Crew.class, Envelope.NONE);
  }

  /**
   * Creates a crew in a project.
   *
   * <pre>{@code
   * Crew crew = crews.create(projectId, CrewUpdate.builder().name("Framing").build());
   * }</pre>
   *
   * @param projectId the project
   * @param crew the attributes ({@code name} is required)
   * @return the created crew
   * @throws IllegalArgumentException when {@code name} is missing
   */
  public Crew create(long projectId, CrewUpdate crew) {
    Objects.requireNonNull(crew, "crew");
    if (crew.name().isEmpty()) {
      throw new IllegalArgumentException("crew.name is required to create a crew");
    }
    ObjectNode body = scope.object();
    body.set("crew", scope.tree(crew));
    return scope.createSafely(headers -> api.create(projectId, body, headers), Crew.class, null);
  }

  /**
   * Updates a crew.
   *
   * <pre>{@code
   * crews.update(projectId, crewId, CrewUpdate.builder().leadPartyId(samId).build());
   * }</pre>
   *
   * @param projectId the project
   * @param id the crew
   * @param crew the attributes to change (only those set are sent)
   * @return the updated crew
   * @throws dev.procoresync.core.error.ProcoreNotFoundException when it does not exist
   */
  public Crew update(long projectId, long id, CrewUpdate crew) {
    Objects.requireNonNull(crew, "crew");
    ObjectNode body = scope.object();
    body.set("crew", scope.tree(crew));
    return scope.transport().execute(api.update(projectId, id, body), Crew.class, Envelope.NONE);
  }

  /**
   * Deletes a crew.
   *
   * <pre>{@code
   * crews.delete(projectId, crewId);
   * }</pre>
   *
   * @param projectId the project
   * @param id the crew
   * @throws dev.procoresync.core.error.ProcoreNotFoundException when it does not exist
   */
  public void delete(long projectId, long id) {
    scope.transport().executeDiscarding(api.delete(projectId, id));
  }

  @Override
  public String toString() {
    return "Crews{" + scope + "}";
  }
}
