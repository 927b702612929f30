package dev.procoresync.testkit.procore.internal;

/** Cost codes, WBS, budgets, commitments, invoices, direct costs, change management, webhooks. */
final class FinancialRoutes {
  private FinancialRoutes() {}

  static void register(Catalogue c) {
    // filled in below
  }
}
