package dev.procoresync.core.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.client.internal.Envelope;
import dev.procoresync.core.client.internal.RequisitionsApi;
import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.core.model.Requisition;
import dev.procoresync.core.model.RequisitionUpdate;
import java.util.Objects;
import java.util.stream.StreamSupport;

/**
 * A project's subcontractor invoices, which Procore calls requisitions.
 *
 * <p>Only the latest open invoice of a commitment can be updated or deleted.
 *
 * <pre>{@code
 * Requisitions invoices = client.forCompany(42L).requisitions();
 * invoices.list(projectId, ListOptions.none().withFilter("commitment_id", "32")).forEach(...);
 * }</pre>
 */
public final class Requisitions {
  private final Scope scope;
  private final RequisitionsApi api;

  Requisitions(Scope scope) {
    this.scope = scope;
    this.api = scope.service(RequisitionsApi.class);
  }

  /**
   * Lists a project's subcontractor invoices, lazily, all of them (no options).
   *
   * @param projectId the project
   * @return the records, lazily
   */
  public PagedIterable<Requisition> list(long projectId) {
    return list(projectId, ListOptions.none());
  }

  /**
   * Lists a project's subcontractor invoices, lazily.
   *
   * @param projectId the project
   * @param options filters such as {@code withFilter("commitment_id", "32")}, {@code withOriginId}
   *     or {@code withUpdatedBetween}
   * @return the invoices
   */
  public PagedIterable<Requisition> list(long projectId, ListOptions options) {
    Objects.requireNonNull(options, "options");
    return scope
        .transport()
        .list(
            api.list(projectId, options.perPageOr(Scope.V1_PAGE_SIZE), options.query()),
            Requisition.class,
            Envelope.NONE);
  }

  /**
   * Shows a subcontractor invoice.
   *
   * @param projectId the project
   * @param id the invoice
   * @return the invoice
   * @throws dev.procoresync.core.error.ProcoreNotFoundException when it does not exist
   */
  public Requisition get(long projectId, long id) {
    return scope.transport().execute(api.get(id, projectId), Requisition.class, Envelope.NONE);
  }

  /**
   * Creates a subcontractor invoice on a commitment. With an origin id, a create whose outcome is
   * unknown is looked up by it before being sent again.
   *
   * @param projectId the project
   * @param commitmentId the commitment invoiced
   * @param invoice the attributes
   * @return the created invoice
   */
  public Requisition create(long projectId, long commitmentId, RequisitionUpdate invoice) {
    Objects.requireNonNull(invoice, "invoice");
    ObjectNode body = scope.object();
    body.put("project_id", projectId);
    body.put("commitment_id", commitmentId);
    body.set("requisition", scope.tree(invoice));
    return scope.createSafely(
        headers -> api.create(body, headers),
        Requisition.class,
        invoice.originId().isPresent()
            ? () ->
                StreamSupport.stream(
                        list(projectId, ListOptions.none().withOriginId(invoice.originId().get()))
                            .spliterator(),
                        false)
                    .filter(found -> found.originId().equals(invoice.originId()))
                    .findFirst()
            : null);
  }

  /**
   * Updates a subcontractor invoice.
   *
   * @param projectId the project
   * @param id the invoice
   * @param invoice the attributes to change (only those set are sent)
   * @return the updated invoice
   */
  public Requisition update(long projectId, long id, RequisitionUpdate invoice) {
    Objects.requireNonNull(invoice, "invoice");
    ObjectNode body = scope.object();
    body.put("project_id", projectId);
    body.set("requisition", scope.tree(invoice));
    return scope.transport().execute(api.update(id, body), Requisition.class, Envelope.NONE);
  }

  @Override
  public String toString() {
    return "Requisitions{" + scope + "}";
  }
}
