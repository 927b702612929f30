package dev.procoresync.examples;

import dev.procoresync.bc.client.BcClient;
import dev.procoresync.bc.flow.ProjectJournalFlow;
import dev.procoresync.bc.flow.PurchaseInvoiceFlow;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.bc.BcCompanyFixture;
import dev.procoresync.testkit.bc.FakeBusinessCentral;
import java.io.PrintStream;

/**
 * The Business Central demo's cost flows: posted purchase invoices (guide flow 3) become invoice
 * direct costs under the commitments the purchase-order run created, and posted project journal
 * lines (guide flow 4) become expense direct costs. Each flow runs twice; the second run writes
 * nothing.
 */
final class BcCostFlowsDemo {
  private BcCostFlowsDemo() {}

  /**
   * Seeds posted invoices and job ledger entries into the fake company and runs flows 3 and 4.
   *
   * @param out where to print
   * @param bc the fake Business Central the demo started (its purchase orders already synced)
   * @param client the Business Central client
   * @param procore the Procore company
   * @param clock the demo's clock
   * @param runOptions progress listener and dry run
   */
  static void run(
      PrintStream out,
      FakeBusinessCentral bc,
      BcClient client,
      CompanyClient procore,
      FakeClock clock,
      RunOptions runOptions) {
    BcCompanyFixture.Builder company = BcCompanyFixture.builder();
    // PO-1001 and PO-1002 have Procore commitments; PO-1006 (a vendor Procore lacks) has none yet
    for (String order : new String[] {"PO-1001", "PO-1002", "PO-1006"}) {
      String invoice = "PI-" + order.substring(3);
      String vendor = order.equals("PO-1006") ? "V0077" : "V0042";
      company.postedInvoice(
          invoice,
          order,
          i ->
              i.put("vendorNumber", vendor)
                  .put("vendorInvoiceNumber", "ACME-" + invoice)
                  .put("jobNo", "JOB000042")
                  .put("postingDate", "2026-01-16")
                  .put("amount", 150));
      company.postedInvoiceLine(
          invoice,
          10000,
          l ->
              l.put("description", "Rebar 1")
                  .put("orderLineNo", 10000)
                  .put("quantity", 1)
                  .put("directUnitCost", 150)
                  .put("lineAmount", 150)
                  .put("unitOfMeasureCode", "PCS")
                  .put("jobNo", "JOB000042")
                  .put("jobTaskNo", "2000")
                  .put("costType", "L")
                  .put("segmentCode", "01"));
    }
    for (int entry = 1; entry <= 4; entry++) {
      int n = entry;
      company.jobLedgerEntry(
          entry,
          "JOB000042",
          e ->
              e.put("jobTaskNo", n % 2 == 0 ? "1000" : "2000")
                  .put("segmentCode", "01")
                  .put("costType", n % 2 == 0 ? "M" : "L")
                  // the fourth line is a Sale: skipped with the guide's message
                  .put("lineType", n == 4 ? "Billable" : "Budget")
                  .put("entryType", n == 4 ? "Sale" : "Usage")
                  .put("documentNumber", "JNL" + n)
                  .put("postingDate", "2026-01-16")
                  .put("description", "Concrete " + n)
                  .put("quantity", n)
                  .put("unitCost", 10)
                  .put("totalCost", 10 * n));
    }
    bc.given(company.build());
    PurchaseInvoiceFlow invoices = PurchaseInvoiceFlow.create(client, procore, clock);
    ProjectJournalFlow journal = ProjectJournalFlow.create(client, procore, clock);
    for (int pass = 1; pass <= 2; pass++) {
      String again = pass == 1 ? "" : " (again: nothing may be written)";
      out.println("== BC flow 3: posted purchase invoices to invoice direct costs" + again);
      SyncReport report = invoices.run(runOptions);
      out.print(Demo.indent(report.toText(3)));
      out.println("== BC flow 4: posted project journal lines to direct costs" + again);
      report = journal.run(runOptions);
      out.print(Demo.indent(report.toText(3)));
    }
  }
}
