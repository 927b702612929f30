package dev.procoresync.core.client;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.client.internal.ChangeManagementApi;
import dev.procoresync.core.client.internal.Envelope;
import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.core.model.ChangeEvent;
import dev.procoresync.core.model.ChangeOrderPackage;
import dev.procoresync.core.model.ChangeOrderRequest;
import dev.procoresync.core.model.ChangeOrderUpdate;
import dev.procoresync.core.model.PotentialChangeOrder;
import dev.procoresync.core.model.PotentialChangeOrderLineItem;
import java.util.List;
import java.util.Objects;

/**
 * A project's change management: change events, change order packages, potential change orders and
 * change order requests (which of them a project uses depends on its 1-, 2- or 3-tier
 * configuration; commitment change orders are in {@link Commitments}).
 *
 * <pre>{@code
 * ChangeManagement changes = client.forCompany(42L).changeManagement();
 * changes.listChangeOrderPackages(projectId, ListOptions.none().withParam("contract_id", "31")).forEach(...);
 * }</pre>
 */
public final class ChangeManagement {
  private final Scope scope;
  private final ChangeManagementApi api;

  ChangeManagement(Scope scope) {
    this.scope = scope;
    this.api = scope.service(ChangeManagementApi.class);
  }

  /**
   * Lists a project's change events, lazily, all of them (no options).
   *
   * @param projectId the project
   * @return the records, lazily
   */
  public PagedIterable<ChangeEvent> listChangeEvents(long projectId) {
    return listChangeEvents(projectId, ListOptions.none());
  }

  /**
   * Lists a project's change events, lazily.
   *
   * @param projectId the project
   * @param options filters
   * @return the change events
   */
  public PagedIterable<ChangeEvent> listChangeEvents(long projectId, ListOptions options) {
    Objects.requireNonNull(options, "options");
    return scope
        .transport()
        .list(
            api.changeEvents(projectId, options.perPageOr(Scope.V1_PAGE_SIZE), options.query()),
            ChangeEvent.class,
            Envelope.NONE);
  }

  /**
   * Shows a change event.
   *
   * @param projectId the project
   * @param id the change event
   * @return the change event
   */
  public ChangeEvent getChangeEvent(long projectId, long id) {
    return scope
        .transport()
        .execute(api.changeEvent(id, projectId), ChangeEvent.class, Envelope.NONE);
  }

  /**
   * Lists a project's change order packages, lazily, all of them (no options).
   *
   * @param projectId the project
   * @return the records, lazily
   */
  public PagedIterable<ChangeOrderPackage> listChangeOrderPackages(long projectId) {
    return listChangeOrderPackages(projectId, ListOptions.none());
  }

  /**
   * Lists a project's change order packages, lazily.
   *
   * @param projectId the project
   * @param options filters, such as {@code withParam("contract_id", "31")}
   * @return the packages
   */
  public PagedIterable<ChangeOrderPackage> listChangeOrderPackages(
      long projectId, ListOptions options) {
    Objects.requireNonNull(options, "options");
    return scope
        .transport()
        .list(
            api.packages(projectId, options.perPageOr(Scope.V1_PAGE_SIZE), options.query()),
            ChangeOrderPackage.class,
            Envelope.NONE);
  }

  /**
   * Shows a change order package.
   *
   * @param projectId the project
   * @param id the package
   * @return the package
   */
  public ChangeOrderPackage getChangeOrderPackage(long projectId, long id) {
    return scope
        .transport()
        .execute(api.changeOrderPackage(id, projectId), ChangeOrderPackage.class, Envelope.NONE);
  }

  /**
   * Lists a project's potential change orders, lazily, all of them (no options).
   *
   * @param projectId the project
   * @return the records, lazily
   */
  public PagedIterable<PotentialChangeOrder> listPotentialChangeOrders(long projectId) {
    return listPotentialChangeOrders(projectId, ListOptions.none());
  }

  /**
   * Lists a project's potential change orders, lazily.
   *
   * @param projectId the project
   * @param options filters
   * @return the potential change orders
   */
  public PagedIterable<PotentialChangeOrder> listPotentialChangeOrders(
      long projectId, ListOptions options) {
    Objects.requireNonNull(options, "options");
    return scope
        .transport()
        .list(
            api.potentialChangeOrders(
                projectId, options.perPageOr(Scope.V1_PAGE_SIZE), options.query()),
            PotentialChangeOrder.class,
            Envelope.NONE);
  }

  /**
   * Shows a potential change order.
   *
   * @param projectId the project
   * @param id the potential change order
   * @return the potential change order
   * @throws dev.procoresync.core.error.ProcoreNotFoundException when Procore has no such record
   */
  public PotentialChangeOrder getPotentialChangeOrder(long projectId, long id) {
    return scope
        .transport()
        .execute(
            api.potentialChangeOrder(id, projectId), PotentialChangeOrder.class, Envelope.NONE);
  }

  /**
   * Lists a potential change order's line items, lazily (Procore has no list of the line items of
   * many potential change orders at once).
   *
   * @param projectId the project
   * @param potentialChangeOrderId the potential change order
   * @return the line items
   */
  public PagedIterable<PotentialChangeOrderLineItem> listPotentialChangeOrderLineItems(
      long projectId, long potentialChangeOrderId) {
    return scope
        .transport()
        .list(
            api.potentialChangeOrderLineItems(
                potentialChangeOrderId, projectId, Scope.V1_PAGE_SIZE),
            PotentialChangeOrderLineItem.class,
            Envelope.NONE);
  }

  /**
   * Creates or updates a contract's potential change orders, in chunks of up to 1,000.
   *
   * @param projectId the project
   * @param contractId the prime or commitment contract
   * @param updates the items, matched by {@code id} and/or {@code origin_id}
   * @return the stored potential change orders and the per-item failures
   */
  public SyncResult<PotentialChangeOrder> syncPotentialChangeOrders(
      long projectId, long contractId, List<ChangeOrderUpdate> updates) {
    return scope.sync(
        updates,
        array -> api.syncPotentialChangeOrders(projectId, contractId, updates(array)),
        PotentialChangeOrder.class);
  }

  /**
   * Lists a contract's change order requests, lazily.
   *
   * @param projectId the project
   * @param contractId the contract
   * @return the change order requests
   */
  public PagedIterable<ChangeOrderRequest> listChangeOrderRequests(
      long projectId, long contractId) {
    return scope
        .transport()
        .list(
            api.changeOrderRequests(projectId, contractId, Scope.V1_PAGE_SIZE),
            ChangeOrderRequest.class,
            Envelope.NONE);
  }

  /**
   * Creates or updates a contract's change order requests, in chunks of up to 1,000.
   *
   * @param projectId the project
   * @param contractId the contract
   * @param updates the items, matched by {@code id} and/or {@code origin_id}
   * @return the stored change order requests and the per-item failures
   */
  public SyncResult<ChangeOrderRequest> syncChangeOrderRequests(
      long projectId, long contractId, List<ChangeOrderUpdate> updates) {
    return scope.sync(
        updates,
        array -> api.syncChangeOrderRequests(projectId, contractId, updates(array)),
        ChangeOrderRequest.class);
  }

  private ObjectNode updates(ArrayNode array) {
    ObjectNode body = scope.object();
    body.set("updates", array);
    return body;
  }

  @Override
  public String toString() {
    return "ChangeManagement{" + scope + "}";
  }
}
