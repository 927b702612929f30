package dev.procoresync.qbd.model;

/**
 * The edition (country version) of the user's QuickBooks Desktop. Procore imports bill payments
 * from US editions only (seed note 4); other imports and the exports work with every edition.
 *
 * <pre>{@code
 * BillPaymentsToCommitmentPaymentsFlow.create(qbd, company, QbdEdition.US);
 * }</pre>
 */
public enum QbdEdition {
  /** QuickBooks Desktop Pro, Premier or Enterprise, US version. */
  US,
  /** The Canadian version. */
  CANADA,
  /** The UK version. */
  UK,
  /** The Australian version, or any other. */
  OTHER;

  /**
   * Tells whether Procore's connector imports bill payments from this edition.
   *
   * @return {@code true} for {@link #US} only
   */
  public boolean importsBillPayments() {
    return this == US;
  }
}
