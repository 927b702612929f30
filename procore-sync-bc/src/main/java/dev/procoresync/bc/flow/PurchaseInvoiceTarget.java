package dev.procoresync.bc.flow;

/**
 * Which Procore record {@link PurchaseInvoiceFlow} makes of a posted purchase invoice, the guide's
 * "Commitment Invoice (Direct Cost)" (decisions 0213 and 0231).
 *
 * <pre>{@code
 * PurchaseInvoiceFlow.create(bc, procore, clock).withTarget(PurchaseInvoiceTarget.REQUISITION);
 * }</pre>
 */
public enum PurchaseInvoiceTarget {
  /**
   * The default: a direct cost of type {@code invoice} in the order's project, with one line item
   * per posted line on its budget code and the commitment named in {@code origin_data}; written
   * with Procore's direct cost {@code sync} (up to 1,000 invoices a request).
   */
  DIRECT_COST_INVOICE,

  /**
   * A subcontractor invoice (requisition) on the order's commitment, for companies that bill
   * subcontracts through Procore's invoicing: the invoice number, the posting date as billing date,
   * and the invoice's key, lines and total in {@code origin_id}/{@code origin_data}. Procore has no
   * {@code sync} for requisitions: one create or update request per invoice. The amounts claimed
   * per schedule-of-values line are not written (decision 0231).
   */
  REQUISITION
}
