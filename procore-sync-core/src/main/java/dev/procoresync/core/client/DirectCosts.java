package dev.procoresync.core.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.client.internal.DirectCostsApi;
import dev.procoresync.core.client.internal.Envelope;
import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.core.model.DirectCost;
import dev.procoresync.core.model.DirectCostLineItem;
import dev.procoresync.core.model.DirectCostLineItemUpdate;
import dev.procoresync.core.model.DirectCostUpdate;
import java.util.List;
import java.util.Objects;
import java.util.stream.StreamSupport;

/**
 * A project's direct costs (invoices, expenses, payroll) and their lines.
 *
 * <p>Procore answers 409 to concurrent writes on one direct cost: send the writes of one direct
 * cost from one thread. A direct cost with an origin id is locked in Procore's interface; the API
 * still accepts writes with {@code id} and {@code origin_id}.
 *
 * <pre>{@code
 * DirectCosts costs = client.forCompany(42L).directCosts();
 * SyncResult<DirectCost> result = costs.sync(projectId, updates);
 * }</pre>
 */
public final class DirectCosts {

  /** The most lines one create or update of a direct cost may carry. */
  public static final int MAX_LINES_PER_WRITE = 100;

  private final Scope scope;
  private final DirectCostsApi api;

  DirectCosts(Scope scope) {
    this.scope = scope;
    this.api = scope.service(DirectCostsApi.class);
  }

  /**
   * Lists a project's direct costs, lazily, all of them (no options).
   *
   * @param projectId the project
   * @return the records, lazily
   */
  public PagedIterable<DirectCost> list(long projectId) {
    return list(projectId, ListOptions.none());
  }

  /**
   * Lists a project's direct costs, lazily.
   *
   * @param projectId the project
   * @param options filters such as {@code withOriginId}, {@code withUpdatedBetween} or {@code
   *     withFilter("invoice_number", "A-55")}
   * @return the direct costs
   */
  public PagedIterable<DirectCost> list(long projectId, ListOptions options) {
    Objects.requireNonNull(options, "options");
    return scope
        .transport()
        .list(
            api.list(projectId, options.perPageOr(Scope.V1_PAGE_SIZE), options.query()),
            DirectCost.class,
            Envelope.NONE);
  }

  /**
   * Shows a direct cost.
   *
   * @param projectId the project
   * @param id the direct cost
   * @return the direct cost
   * @throws dev.procoresync.core.error.ProcoreNotFoundException when it does not exist
   */
  public DirectCost get(long projectId, long id) {
    return scope.transport().execute(api.get(projectId, id), DirectCost.class, Envelope.NONE);
  }

  /**
   * Creates a direct cost (v1.1). With an origin id, a create whose outcome is unknown is looked up
   * by it before being sent again.
   *
   * @param projectId the project
   * @param cost the attributes ({@code direct_cost_type} and {@code vendor_id} are required)
   * @return the created direct cost
   * @throws IllegalArgumentException when a required attribute is missing or there are more than
   *     {@value #MAX_LINES_PER_WRITE} lines
   */
  public DirectCost create(long projectId, DirectCostUpdate cost) {
    Objects.requireNonNull(cost, "cost");
    if (cost.directCostType().isEmpty() || cost.vendorId().isEmpty()) {
      throw new IllegalArgumentException(
          "cost.directCostType and cost.vendorId are required to create a direct cost");
    }
    checkLines(cost);
    ObjectNode body = scope.object();
    body.set("direct_cost", scope.tree(cost));
    return scope.createSafely(
        headers -> api.create(projectId, body, headers),
        DirectCost.class,
        cost.originId().isPresent()
            ? () ->
                StreamSupport.stream(
                        list(projectId, ListOptions.none().withOriginId(cost.originId().get()))
                            .spliterator(),
                        false)
                    .filter(found -> found.originId().equals(cost.originId()))
                    .findFirst()
            : null);
  }

  /**
   * Updates a direct cost (v1.1).
   *
   * @param projectId the project
   * @param id the direct cost
   * @param cost the attributes to change (only those set are sent)
   * @return the updated direct cost
   * @throws IllegalArgumentException when there are more than {@value #MAX_LINES_PER_WRITE} lines
   */
  public DirectCost update(long projectId, long id, DirectCostUpdate cost) {
    Objects.requireNonNull(cost, "cost");
    checkLines(cost);
    ObjectNode body = scope.object();
    body.set("direct_cost", scope.tree(cost));
    return scope
        .transport()
        .execute(api.update(projectId, id, body), DirectCost.class, Envelope.NONE);
  }

  /**
   * Creates or updates many direct costs through {@code PATCH
   * /rest/v1.0/projects/{project_id}/direct_costs/sync}, in chunks of up to 1,000.
   *
   * @param projectId the project
   * @param updates the items, matched by {@code id} and/or {@code origin_id}
   * @return the stored direct costs and the per-item failures
   */
  public SyncResult<DirectCost> sync(long projectId, List<DirectCostUpdate> updates) {
    return scope.sync(
        updates,
        array -> {
          ObjectNode body = scope.object();
          body.set("updates", array);
          return api.sync(projectId, body);
        },
        DirectCost.class);
  }

  /**
   * Lists the lines of every direct cost of a project, lazily.
   *
   * @param projectId the project
   * @return the lines
   */
  public PagedIterable<DirectCostLineItem> listAllLines(long projectId) {
    return scope
        .transport()
        .list(api.allLines(projectId, Scope.V1_PAGE_SIZE), DirectCostLineItem.class, Envelope.NONE);
  }

  /**
   * Lists the lines of one direct cost, lazily.
   *
   * @param projectId the project
   * @param directCostId the direct cost
   * @return the lines
   */
  public PagedIterable<DirectCostLineItem> listLines(long projectId, long directCostId) {
    return scope
        .transport()
        .list(
            api.lines(projectId, directCostId, Scope.V1_PAGE_SIZE),
            DirectCostLineItem.class,
            Envelope.NONE);
  }

  /**
   * Creates or updates many direct cost lines through {@code PATCH
   * /rest/v1.0/projects/{project_id}/direct_costs/line_items/sync}, in chunks of up to 1,000. A new
   * line needs {@code direct_cost_id}, and {@code wbs_code_id} or {@code cost_code_id} with {@code
   * line_item_type_id}.
   *
   * @param projectId the project
   * @param lines the lines
   * @return the stored lines and the per-item failures
   */
  public SyncResult<DirectCostLineItem> syncLines(
      long projectId, List<DirectCostLineItemUpdate> lines) {
    return scope.sync(
        lines,
        array -> {
          ObjectNode body = scope.object();
          body.set("updates", array);
          return api.syncLines(projectId, body);
        },
        DirectCostLineItem.class);
  }

  private static void checkLines(DirectCostUpdate cost) {
    if (cost.lineItems().size() > MAX_LINES_PER_WRITE) {
      throw new IllegalArgumentException(
          "a direct cost write carries at most "
              + MAX_LINES_PER_WRITE
              + " lines, got "
              + cost.lineItems().size()
              + ": sync the rest with syncLines");
    }
  }

  @Override
  public String toString() {
    return "DirectCosts{" + scope + "}";
  }
}
