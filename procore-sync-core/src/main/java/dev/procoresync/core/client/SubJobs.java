package dev.procoresync.core.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.client.internal.Envelope;
import dev.procoresync.core.client.internal.SubJobsApi;
import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.core.model.SubJob;
import dev.procoresync.core.model.SubJobUpdate;
import java.util.List;
import java.util.Objects;

/**
 * A project's sub jobs: list and batch sync.
 *
 * <pre>{@code
 * SyncResult<SubJob> r = client.forCompany(42L).subJobs().sync(projectId, updates);
 * }</pre>
 */
public final class SubJobs {
  private final Scope scope;
  private final SubJobsApi api;

  SubJobs(Scope scope) {
    this.scope = scope;
    this.api = scope.service(SubJobsApi.class);
  }

  /**
   * Lists a project's sub jobs, lazily.
   *
   * @param projectId the project
   * @return the sub jobs
   */
  public PagedIterable<SubJob> list(long projectId) {
    return list(projectId, ListOptions.none());
  }

  /**
   * Lists a project's sub jobs matching the options, lazily.
   *
   * @param projectId the project
   * @param options filters
   * @return the sub jobs
   */
  public PagedIterable<SubJob> list(long projectId, ListOptions options) {
    Objects.requireNonNull(options, "options");
    return scope
        .transport()
        .list(
            api.list(projectId, options.perPageOr(Scope.V1_PAGE_SIZE), options.query()),
            SubJob.class,
            Envelope.NONE);
  }

  /**
   * Creates or updates a project's sub jobs through {@code PATCH /rest/v1.0/sub_jobs/sync}, in
   * chunks of up to 1,000.
   *
   * @param projectId the project
   * @param updates the items, matched by {@code id} and/or {@code origin_id}
   * @return the stored sub jobs and the per-item failures
   */
  public SyncResult<SubJob> sync(long projectId, List<SubJobUpdate> updates) {
    return scope.sync(
        updates,
        array -> {
          ObjectNode body = scope.object();
          body.put("project_id", projectId);
          body.set("updates", array);
          return api.sync(projectId, body);
        },
        SubJob.class);
  }

  @Override
  public String toString() {
    return "SubJobs{" + scope + "}";
  }
}
