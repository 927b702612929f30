package dev.procoresync.core.client;

import dev.procoresync.core.client.internal.Envelope;
import dev.procoresync.core.client.internal.TimecardTimeTypesApi;
import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.core.model.TimecardTimeType;

/**
 * Timecard time types (regular time, overtime, time off ...), company-wide or per project.
 *
 * <pre>{@code
 * client.forCompany(42L).timecardTimeTypes().listForCompany().forEach(...);
 * }</pre>
 */
public final class TimecardTimeTypes {
  private final Scope scope;
  private final TimecardTimeTypesApi api;

  TimecardTimeTypes(Scope scope) {
    this.scope = scope;
    this.api = scope.service(TimecardTimeTypesApi.class);
  }

  /**
   * Lists the company's time types, lazily.
   *
   * @return the time types
   */
  public PagedIterable<TimecardTimeType> listForCompany() {
    return scope
        .transport()
        .list(
            api.listForCompany(scope.companyId(), Scope.V1_PAGE_SIZE),
            TimecardTimeType.class,
            Envelope.NONE);
  }

  /**
   * Lists the time types available in a project, lazily.
   *
   * @param projectId the project
   * @return the time types
   */
  public PagedIterable<TimecardTimeType> listForProject(long projectId) {
    return scope
        .transport()
        .list(
            api.listForProject(projectId, Scope.V1_PAGE_SIZE),
            TimecardTimeType.class,
            Envelope.NONE);
  }

  @Override
  public String toString() {
    return "TimecardTimeTypes{" + scope + "}";
  }
}
