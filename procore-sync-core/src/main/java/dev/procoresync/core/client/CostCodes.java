package dev.procoresync.core.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.client.internal.CostCodesApi;
import dev.procoresync.core.client.internal.Envelope;
import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.core.model.CostCode;
import dev.procoresync.core.model.CostCodeUpdate;
import dev.procoresync.core.model.StandardCostCode;
import dev.procoresync.core.model.StandardCostCodeList;
import dev.procoresync.core.model.StandardCostCodeUpdate;
import java.util.List;
import java.util.Objects;

/**
 * Cost codes: a project's codes and the company's standard cost code lists, with their batch syncs.
 *
 * <pre>{@code
 * CostCodes codes = client.forCompany(42L).costCodes();
 * codes.list(projectId).forEach(c -> System.out.println(c.fullCode().orElse("?")));
 * SyncResult<CostCode> r = codes.sync(projectId, updates);
 * }</pre>
 */
public final class CostCodes {
  private final Scope scope;
  private final CostCodesApi api;

  CostCodes(Scope scope) {
    this.scope = scope;
    this.api = scope.service(CostCodesApi.class);
  }

  /**
   * Lists a project's cost codes, lazily.
   *
   * @param projectId the project
   * @return the cost codes
   */
  public PagedIterable<CostCode> list(long projectId) {
    return list(projectId, ListOptions.none());
  }

  /**
   * Lists a project's cost codes matching the options, lazily.
   *
   * @param projectId the project
   * @param options filters such as {@code withOriginId}
   * @return the cost codes
   */
  public PagedIterable<CostCode> list(long projectId, ListOptions options) {
    Objects.requireNonNull(options, "options");
    return scope
        .transport()
        .list(
            api.list(projectId, options.perPageOr(Scope.V1_PAGE_SIZE), options.query()),
            CostCode.class,
            Envelope.NONE);
  }

  /**
   * Creates or updates a project's cost codes through {@code PATCH /rest/v1.0/cost_codes/sync}, in
   * chunks of up to 1,000.
   *
   * @param projectId the project
   * @param updates the items, matched by {@code id} and/or {@code origin_id}
   * @return the stored codes and the per-item failures
   */
  public SyncResult<CostCode> sync(long projectId, List<CostCodeUpdate> updates) {
    return scope.sync(
        updates,
        array -> {
          ObjectNode body = scope.object();
          body.set("updates", array);
          return api.sync(projectId, body);
        },
        CostCode.class);
  }

  /**
   * Lists the company's standard cost code lists, lazily.
   *
   * @return the lists
   */
  public PagedIterable<StandardCostCodeList> listStandardLists() {
    return scope
        .transport()
        .list(
            api.standardLists(scope.companyId(), Scope.V1_PAGE_SIZE),
            StandardCostCodeList.class,
            Envelope.NONE);
  }

  /**
   * Lists the codes of a standard cost code list, lazily.
   *
   * @param listId the standard cost code list
   * @return the codes
   */
  public PagedIterable<StandardCostCode> listStandardCodes(long listId) {
    return scope
        .transport()
        .list(
            api.standardCodes(
                scope.companyId(), listId, Scope.V1_PAGE_SIZE, ListOptions.none().query()),
            StandardCostCode.class,
            Envelope.NONE);
  }

  /**
   * Creates or updates the codes of a standard cost code list through {@code PATCH
   * /rest/v1.0/standard_cost_codes/sync}; a 413 halves the chunk.
   *
   * @param listId the standard cost code list
   * @param updates the items
   * @return the stored codes and the per-item failures
   */
  public SyncResult<StandardCostCode> syncStandard(
      long listId, List<StandardCostCodeUpdate> updates) {
    return scope.sync(
        updates,
        array -> {
          ObjectNode body = scope.object();
          body.put("company_id", scope.companyId());
          body.put("standard_cost_code_list_id", listId);
          body.set("updates", array);
          return api.syncStandard(body);
        },
        StandardCostCode.class);
  }

  @Override
  public String toString() {
    return "CostCodes{" + scope + "}";
  }
}
