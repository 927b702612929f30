package dev.procoresync.qbd.qbxml;

/** The QuickBooks transactions a {@link TxnQuery} reads. */
public enum TxnType {
  /** Estimates. */
  ESTIMATE("Estimate", true),
  /** Purchase orders. */
  PURCHASE_ORDER("PurchaseOrder", true),
  /** Vendor bills. */
  BILL("Bill", true),
  /** Checks (written cheques, costs paid at once). */
  CHECK("Check", true),
  /** Credit card charges. */
  CREDIT_CARD_CHARGE("CreditCardCharge", false),
  /** Bill payments by check. */
  BILL_PAYMENT_CHECK("BillPaymentCheck", false),
  /** Bill payments by credit card. */
  BILL_PAYMENT_CREDIT_CARD("BillPaymentCreditCard", false);

  private final String wire;
  private final boolean linkedTxns;

  TxnType(String wire, boolean linkedTxns) {
    this.wire = wire;
    this.linkedTxns = linkedTxns;
  }

  /**
   * Returns the stem of the request's name.
   *
   * @return such as {@code "PurchaseOrder"}
   */
  public String wire() {
    return wire;
  }

  /**
   * Tells whether the query takes {@code IncludeLinkedTxns}.
   *
   * @return {@code true} for estimates, purchase orders, bills and checks
   */
  public boolean takesLinkedTxns() {
    return linkedTxns;
  }
}
