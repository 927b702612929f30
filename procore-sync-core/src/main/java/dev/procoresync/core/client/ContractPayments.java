package dev.procoresync.core.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.client.internal.ContractPaymentsApi;
import dev.procoresync.core.client.internal.Envelope;
import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.core.model.ContractPayment;
import dev.procoresync.core.model.ContractPaymentUpdate;
import java.util.Objects;
import java.util.stream.StreamSupport;

/**
 * The payments issued on a commitment (purchase order or subcontract), which Procore's API calls
 * contract payments. A payment with an origin id is locked in Procore's interface except for its
 * attachments, origin id and origin data; the API still accepts writes.
 *
 * <pre>{@code
 * ContractPayments payments = client.forCompany(42L).contractPayments();
 * payments.create(projectId, commitmentId, ContractPaymentUpdate.builder().amount(amount).build());
 * }</pre>
 */
public final class ContractPayments {
  private final Scope scope;
  private final ContractPaymentsApi api;

  ContractPayments(Scope scope) {
    this.scope = scope;
    this.api = scope.service(ContractPaymentsApi.class);
  }

  /**
   * Lists a commitment's payments, lazily.
   *
   * @param projectId the project
   * @param commitmentId the commitment
   * @return the payments
   */
  public PagedIterable<ContractPayment> list(long projectId, long commitmentId) {
    return list(projectId, commitmentId, ListOptions.none());
  }

  /**
   * Lists a commitment's payments, lazily.
   *
   * @param projectId the project
   * @param commitmentId the commitment
   * @param options filters
   * @return the payments
   */
  public PagedIterable<ContractPayment> list(
      long projectId, long commitmentId, ListOptions options) {
    Objects.requireNonNull(options, "options");
    return scope
        .transport()
        .list(
            api.list(
                projectId, commitmentId, options.perPageOr(Scope.V1_PAGE_SIZE), options.query()),
            ContractPayment.class,
            Envelope.NONE);
  }

  /**
   * Creates a payment on a commitment. With an origin id, a create whose outcome is unknown is
   * looked up by it among the commitment's payments before being sent again.
   *
   * @param projectId the project
   * @param commitmentId the commitment paid
   * @param payment the attributes
   * @return the created payment
   */
  public ContractPayment create(long projectId, long commitmentId, ContractPaymentUpdate payment) {
    Objects.requireNonNull(payment, "payment");
    ObjectNode body = scope.object();
    body.put("project_id", projectId);
    body.put("contract_id", commitmentId);
    body.set("contract_payment", scope.tree(payment));
    return scope.createSafely(
        headers -> api.create(body, headers),
        ContractPayment.class,
        payment.originId().isPresent()
            ? () ->
                StreamSupport.stream(list(projectId, commitmentId).spliterator(), false)
                    .filter(found -> found.originId().equals(payment.originId()))
                    .findFirst()
            : null);
  }

  /**
   * Updates a payment.
   *
   * @param projectId the project
   * @param commitmentId the commitment paid
   * @param id the payment
   * @param payment the attributes to change (only those set are sent)
   * @return the updated payment
   */
  public ContractPayment update(
      long projectId, long commitmentId, long id, ContractPaymentUpdate payment) {
    Objects.requireNonNull(payment, "payment");
    ObjectNode body = scope.object();
    body.put("project_id", projectId);
    body.put("contract_id", commitmentId);
    body.set("contract_payment", scope.tree(payment));
    return scope.transport().execute(api.update(id, body), ContractPayment.class, Envelope.NONE);
  }

  @Override
  public String toString() {
    return "ContractPayments{" + scope + "}";
  }
}
