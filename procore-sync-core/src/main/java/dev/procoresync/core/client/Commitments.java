package dev.procoresync.core.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.client.internal.CommitmentsApi;
import dev.procoresync.core.client.internal.Envelope;
import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.core.model.CommitmentChangeOrder;
import dev.procoresync.core.model.CommitmentLineItem;
import dev.procoresync.core.model.CommitmentLineItemUpdate;
import dev.procoresync.core.model.PurchaseOrderContract;
import dev.procoresync.core.model.PurchaseOrderContractUpdate;
import dev.procoresync.core.model.WorkOrderContract;
import dev.procoresync.core.model.WorkOrderContractUpdate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

/**
 * A project's commitments: purchase order contracts, work order contracts (subcontracts), their
 * schedule-of-values lines, and commitment change orders.
 *
 * <p>Approved commitments cannot change vendor or schedule of values: Procore refuses such writes
 * with 422. Creates carrying an origin id are looked up by it before being sent again after an
 * unknown outcome, so they never land twice.
 *
 * <pre>{@code
 * Commitments commitments = client.forCompany(42L).commitments();
 * SyncResult<PurchaseOrderContract> result = commitments.syncPurchaseOrders(projectId, updates);
 * commitments.syncPurchaseOrderLines(projectId, poId, lines);
 * }</pre>
 */
public final class Commitments {
  private final Scope scope;
  private final CommitmentsApi api;

  Commitments(Scope scope) {
    this.scope = scope;
    this.api = scope.service(CommitmentsApi.class);
  }

  /**
   * Lists a project's purchase order contracts, lazily, all of them (no options).
   *
   * @param projectId the project
   * @return the records, lazily
   */
  public PagedIterable<PurchaseOrderContract> listPurchaseOrders(long projectId) {
    return listPurchaseOrders(projectId, ListOptions.none());
  }

  /**
   * Lists a project's purchase order contracts, lazily.
   *
   * @param projectId the project
   * @param options filters such as {@code withOriginId} or {@code withUpdatedBetween}
   * @return the contracts
   */
  public PagedIterable<PurchaseOrderContract> listPurchaseOrders(
      long projectId, ListOptions options) {
    Objects.requireNonNull(options, "options");
    return scope
        .transport()
        .list(
            api.purchaseOrders(projectId, options.perPageOr(Scope.V1_PAGE_SIZE), options.query()),
            PurchaseOrderContract.class,
            Envelope.NONE);
  }

  /**
   * Shows a purchase order contract.
   *
   * @param projectId the project
   * @param id the contract
   * @return the contract
   * @throws dev.procoresync.core.error.ProcoreNotFoundException when it does not exist
   */
  public PurchaseOrderContract getPurchaseOrder(long projectId, long id) {
    return scope
        .transport()
        .execute(api.purchaseOrder(id, projectId), PurchaseOrderContract.class, Envelope.NONE);
  }

  /**
   * Creates a purchase order contract.
   *
   * @param projectId the project
   * @param contract the attributes
   * @return the created contract
   */
  public PurchaseOrderContract createPurchaseOrder(
      long projectId, PurchaseOrderContractUpdate contract) {
    Objects.requireNonNull(contract, "contract");
    ObjectNode body = wrap(projectId, "purchase_order_contract", contract);
    return scope.createSafely(
        headers -> api.createPurchaseOrder(body, headers),
        PurchaseOrderContract.class,
        contract.originId().isPresent()
            ? () ->
                first(
                    listPurchaseOrders(projectId, originId(contract.originId().get())),
                    found -> found.originId().equals(contract.originId()))
            : null);
  }

  /**
   * Updates a purchase order contract.
   *
   * @param projectId the project
   * @param id the contract
   * @param contract the attributes to change (only those set are sent)
   * @return the updated contract
   */
  public PurchaseOrderContract updatePurchaseOrder(
      long projectId, long id, PurchaseOrderContractUpdate contract) {
    Objects.requireNonNull(contract, "contract");
    ObjectNode body = wrap(projectId, "purchase_order_contract", contract);
    return scope
        .transport()
        .execute(api.updatePurchaseOrder(id, body), PurchaseOrderContract.class, Envelope.NONE);
  }

  /**
   * Creates or updates many purchase order contracts through {@code PATCH
   * /rest/v1.0/purchase_order_contracts/sync}, in chunks of up to 1,000.
   *
   * @param projectId the project
   * @param updates the items, matched by {@code id} and/or {@code origin_id}
   * @return the stored contracts and the per-item failures
   */
  public SyncResult<PurchaseOrderContract> syncPurchaseOrders(
      long projectId, List<PurchaseOrderContractUpdate> updates) {
    return scope.sync(
        updates,
        array -> api.syncPurchaseOrders(updatesBody(projectId, array)),
        PurchaseOrderContract.class);
  }

  /**
   * Lists a purchase order's schedule-of-values lines, lazily.
   *
   * @param projectId the project
   * @param contractId the contract
   * @return the lines
   */
  public PagedIterable<CommitmentLineItem> listPurchaseOrderLines(long projectId, long contractId) {
    return scope
        .transport()
        .list(
            api.purchaseOrderLines(contractId, projectId, Scope.V1_PAGE_SIZE),
            CommitmentLineItem.class,
            Envelope.NONE);
  }

  /**
   * Creates or updates a purchase order's lines, matched by origin id, in chunks of up to 1,000.
   *
   * @param projectId the project
   * @param contractId the contract
   * @param lines the lines (each with {@code wbs_code_id}, or {@code cost_code_id} and {@code
   *     line_item_type_id})
   * @return the stored lines and the per-item failures
   */
  public SyncResult<CommitmentLineItem> syncPurchaseOrderLines(
      long projectId, long contractId, List<CommitmentLineItemUpdate> lines) {
    return scope.sync(
        lines,
        array -> api.syncPurchaseOrderLines(contractId, projectId, updatesBody(null, array)),
        CommitmentLineItem.class);
  }

  /**
   * Lists a project's work order contracts, lazily, all of them (no options).
   *
   * @param projectId the project
   * @return the records, lazily
   */
  public PagedIterable<WorkOrderContract> listWorkOrders(long projectId) {
    return listWorkOrders(projectId, ListOptions.none());
  }

  /**
   * Lists a project's work order contracts, lazily.
   *
   * @param projectId the project
   * @param options filters such as {@code withOriginId} or {@code withUpdatedBetween}
   * @return the contracts
   */
  public PagedIterable<WorkOrderContract> listWorkOrders(long projectId, ListOptions options) {
    Objects.requireNonNull(options, "options");
    return scope
        .transport()
        .list(
            api.workOrders(projectId, options.perPageOr(Scope.V1_PAGE_SIZE), options.query()),
            WorkOrderContract.class,
            Envelope.NONE);
  }

  /**
   * Shows a work order contract.
   *
   * @param projectId the project
   * @param id the contract
   * @return the contract
   * @throws dev.procoresync.core.error.ProcoreNotFoundException when it does not exist
   */
  public WorkOrderContract getWorkOrder(long projectId, long id) {
    return scope
        .transport()
        .execute(api.workOrder(id, projectId), WorkOrderContract.class, Envelope.NONE);
  }

  /**
   * Creates a work order contract.
   *
   * @param projectId the project
   * @param contract the attributes
   * @return the created contract
   */
  public WorkOrderContract createWorkOrder(long projectId, WorkOrderContractUpdate contract) {
    Objects.requireNonNull(contract, "contract");
    ObjectNode body = wrap(projectId, "work_order_contract", contract);
    return scope.createSafely(
        headers -> api.createWorkOrder(body, headers),
        WorkOrderContract.class,
        contract.originId().isPresent()
            ? () ->
                first(
                    listWorkOrders(projectId, originId(contract.originId().get())),
                    found -> found.originId().equals(contract.originId()))
            : null);
  }

  /**
   * Updates a work order contract.
   *
   * @param projectId the project
   * @param id the contract
   * @param contract the attributes to change (only those set are sent)
   * @return the updated contract
   */
  public WorkOrderContract updateWorkOrder(
      long projectId, long id, WorkOrderContractUpdate contract) {
    Objects.requireNonNull(contract, "contract");
    ObjectNode body = wrap(projectId, "work_order_contract", contract);
    return scope
        .transport()
        .execute(api.updateWorkOrder(id, body), WorkOrderContract.class, Envelope.NONE);
  }

  /**
   * Creates or updates many work order contracts through {@code PATCH
   * /rest/v1.0/work_order_contracts/sync}, in chunks of up to 1,000.
   *
   * @param projectId the project
   * @param updates the items, matched by {@code id} and/or {@code origin_id}
   * @return the stored contracts and the per-item failures
   */
  public SyncResult<WorkOrderContract> syncWorkOrders(
      long projectId, List<WorkOrderContractUpdate> updates) {
    return scope.sync(
        updates,
        array -> api.syncWorkOrders(updatesBody(projectId, array)),
        WorkOrderContract.class);
  }

  /**
   * Lists a work order's schedule-of-values lines, lazily.
   *
   * @param projectId the project
   * @param contractId the contract
   * @return the lines
   */
  public PagedIterable<CommitmentLineItem> listWorkOrderLines(long projectId, long contractId) {
    return scope
        .transport()
        .list(
            api.workOrderLines(contractId, projectId, Scope.V1_PAGE_SIZE),
            CommitmentLineItem.class,
            Envelope.NONE);
  }

  /**
   * Creates or updates a work order's lines, matched by origin id, in chunks of up to 1,000.
   *
   * @param projectId the project
   * @param contractId the contract
   * @param lines the lines
   * @return the stored lines and the per-item failures
   */
  public SyncResult<CommitmentLineItem> syncWorkOrderLines(
      long projectId, long contractId, List<CommitmentLineItemUpdate> lines) {
    return scope.sync(
        lines,
        array -> api.syncWorkOrderLines(contractId, projectId, updatesBody(null, array)),
        CommitmentLineItem.class);
  }

  /**
   * Lists a project's commitment change orders (1- and 2-tier configurations), lazily, all of them
   * (no options).
   *
   * @param projectId the project
   * @return the records, lazily
   */
  public PagedIterable<CommitmentChangeOrder> listChangeOrders(long projectId) {
    return listChangeOrders(projectId, ListOptions.none());
  }

  /**
   * Lists a project's commitment change orders (1- and 2-tier configurations), lazily.
   *
   * @param projectId the project
   * @param options filters such as {@code withFilter("status", "approved")}
   * @return the change orders
   */
  public PagedIterable<CommitmentChangeOrder> listChangeOrders(
      long projectId, ListOptions options) {
    Objects.requireNonNull(options, "options");
    return scope
        .transport()
        .list(
            api.changeOrders(projectId, options.perPageOr(Scope.V1_PAGE_SIZE), options.query()),
            CommitmentChangeOrder.class,
            Envelope.NONE);
  }

  /**
   * Shows a commitment change order.
   *
   * @param projectId the project
   * @param id the change order
   * @return the change order
   */
  public CommitmentChangeOrder getChangeOrder(long projectId, long id) {
    return scope
        .transport()
        .execute(api.changeOrder(projectId, id), CommitmentChangeOrder.class, Envelope.NONE);
  }

  private ObjectNode wrap(long projectId, String key, Object value) {
    ObjectNode body = scope.object();
    body.put("project_id", projectId);
    body.set(key, scope.tree(value));
    return body;
  }

  private ObjectNode updatesBody(
      Long projectId, com.fasterxml.jackson.databind.node.ArrayNode array) {
    ObjectNode body = scope.object();
    if (projectId != null) {
      body.put("project_id", projectId);
    }
    body.set("updates", array);
    return body;
  }

  private static ListOptions originId(String originId) {
    return ListOptions.none().withOriginId(originId);
  }

  private static <T> Optional<T> first(PagedIterable<T> items, Predicate<T> same) {
    return StreamSupport.stream(items.spliterator(), false).filter(same).findFirst();
  }

  @Override
  public String toString() {
    return "Commitments{" + scope + "}";
  }
}
