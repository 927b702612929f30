package dev.procoresync.qbd.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.qbd.mapping.ItemMapping;
import dev.procoresync.qbd.model.BudgetExport;
import dev.procoresync.qbd.model.ChangeOrderExport;
import dev.procoresync.qbd.model.CommitmentExport;
import dev.procoresync.qbd.model.CostCodeExport;
import dev.procoresync.qbd.model.ExportLine;
import dev.procoresync.qbd.model.InvoiceExport;
import dev.procoresync.qbd.qbxml.QbRequest;
import dev.procoresync.qbd.qbxml.QbXmlMessage;
import dev.procoresync.testkit.qbd.company.CompanyRecord;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Commitments -> purchase orders (+ CCO lines) and budgets -> estimates (+ modification lines), end
 * to end.
 */
class TransactionFlowsEndToEndTest extends FlowHarness {

  @BeforeEach
  void masterData() {
    // the items straight into the company file (the cost-code flow has its own tests)
    QbXmlMessage.Builder items = QbXmlMessage.builder();
    for (CostCodeExport c : codes(5)) {
      items.addRequest(QbRequest.of("i" + c.procoreId(), ItemMapping.toItem(c, ACCOUNTS).value()));
    }
    qb.process(items.build().toXml());
    qb.addVendor("Smith Plumbing", null);
    qb.addCustomer("Acme Corp", null, null, null);
    qb.addCustomer("Tower A", "Acme Corp", "1 Main St", null);
  }

  static ExportLine line(String code, String desc, String amount) {
    return ExportLine.builder()
        .costCode(code)
        .description(desc)
        .amount(new BigDecimal(amount))
        .build();
  }

  @Test
  void commitmentBecomesAPurchaseOrderAndAChangeOrderBecomesNewLines() {
    CommitmentExport sc =
        CommitmentExport.builder()
            .procoreId(9)
            .number("SC-001")
            .vendor("Smith Plumbing")
            .job("Acme Corp:Tower A")
            .addLine(line("00-001", "Rough-in", "12000"))
            .addLine(line("00-002", "Trim", "3000.5"))
            .build();
    CommitmentExport orphan =
        sc.toBuilder().procoreId(10).number("SC-002").vendor("Nobody Inc").build();
    CommitmentsToPurchaseOrdersFlow flow = CommitmentsToPurchaseOrdersFlow.create(qbd);
    SyncReport first = drive(flow.start("po-1", List.of(sc, orphan)), flow::advance);
    assertEquals(1, first.count(Outcome.CREATED), first.toText());
    assertEquals(1, first.count(Outcome.FAILED), first.toText());
    assertTrue(first.failures().get(0).toString().contains("3140"), first.failures().toString());
    CompanyRecord po = qb.records("PurchaseOrder").get(0);
    assertEquals(2, po.lines().size());
    assertEquals("Acme Corp:Tower A", po.lines().get(0).get("CustomerRef"));
    assertEquals("3000.50", po.lines().get(1).get("Amount"));

    long writes = qb.writes();
    SyncReport rerun = drive(flow.start("po-2", List.of(sc)), flow::advance);
    assertEquals(1, rerun.count(Outcome.UNCHANGED), rerun.toText());
    assertEquals(writes, qb.writes(), "a rerun sends no Add or Mod");

    CommitmentExport withCco =
        sc.toBuilder()
            .addChangeOrder(
                ChangeOrderExport.builder()
                    .number("CCO-1")
                    .addLine(line("00-003", "Extra fixtures", "800"))
                    .build())
            .build();
    SyncReport third = drive(flow.start("po-3", List.of(withCco)), flow::advance);
    assertEquals(1, third.count(Outcome.UPDATED), third.toText());
    List<Map<String, String>> lines = qb.record(po.id()).orElseThrow().lines();
    assertEquals(3, lines.size(), lines.toString());
    assertEquals(
        po.lines().get(0).get("TxnLineID"), lines.get(0).get("TxnLineID"), "existing lines kept");
    assertTrue(lines.get(2).get("Desc").startsWith("[CCO-1/1] Extra fixtures"), lines.toString());
  }

  @Test
  void budgetBecomesAnEstimateAndAModificationBecomesNewLinesBelow() {
    BudgetExport budget =
        BudgetExport.builder()
            .procoreId(1)
            .number("B-1001")
            .job("Acme Corp:Tower A")
            .addLine(line("00-001", "General", "1200"))
            .addLine(line("00-002", "Site", "5000"))
            .addLine(line("00-003", "Concrete", "0"))
            .build();
    BudgetsToEstimatesFlow flow = BudgetsToEstimatesFlow.create(qbd);
    SyncReport first = drive(flow.start("b-1", List.of(budget)), flow::advance);
    assertEquals(1, first.count(Outcome.CREATED), first.toText());
    CompanyRecord est = qb.records("Estimate").get(0);
    assertEquals(3, est.lines().size());
    assertEquals("1200.00", est.lines().get(0).get("Rate"));

    BudgetExport modified =
        budget.toBuilder()
            .addModification(
                ChangeOrderExport.builder()
                    .number("BM-1")
                    .addLine(line("00-002", "Move to concrete", "-500"))
                    .addLine(line("00-003", "Move from site", "500"))
                    .build())
            .build();
    SyncReport second = drive(flow.start("b-2", List.of(modified)), flow::advance);
    assertEquals(1, second.count(Outcome.UPDATED), second.toText());
    List<Map<String, String>> lines = qb.record(est.id()).orElseThrow().lines();
    assertEquals(5, lines.size(), lines.toString());
    assertEquals("-500.00", lines.get(3).get("Amount"));
    assertEquals("500.00", lines.get(4).get("Amount"));
    assertEquals("6200.00", qb.record(est.id()).orElseThrow().field("TotalAmount").orElseThrow());

    long writes = qb.writes();
    SyncReport rerun = drive(flow.start("b-3", List.of(modified)), flow::advance);
    assertEquals(1, rerun.count(Outcome.UNCHANGED), rerun.toText());
    assertEquals(writes, qb.writes());
  }

  @Test
  void invoicesBecomeBillsLinkedToPurchaseOrderLinesAndNegativeOnesAreSkipped() {
    CommitmentExport sc =
        CommitmentExport.builder()
            .procoreId(9)
            .number("SC-001")
            .vendor("Smith Plumbing")
            .job("Acme Corp:Tower A")
            .addLine(line("00-001", "Rough-in", "12000"))
            .addLine(line("00-002", "Trim", "3000"))
            .build();
    CommitmentsToPurchaseOrdersFlow pos = CommitmentsToPurchaseOrdersFlow.create(qbd);
    drive(pos.start("po", List.of(sc)), pos::advance);
    InvoiceExport payApp =
        InvoiceExport.builder()
            .procoreId(301)
            .number("PAY-APP-1")
            .commitmentNumber("SC-001")
            .vendor("Smith Plumbing")
            .job("Acme Corp:Tower A")
            .addLine(new BigDecimal("6000"))
            .addLine(BigDecimal.ZERO)
            .build();
    InvoiceExport credit =
        payApp.toBuilder()
            .procoreId(302)
            .number("PAY-APP-2")
            .lines(List.of(new BigDecimal("-100")))
            .build();
    InvoiceExport noPo =
        payApp.toBuilder().procoreId(303).number("PAY-APP-3").commitmentNumber("SC-404").build();
    qb.loseAnswerAfterCommit("BillAddRq", 1);
    InvoicesToBillsFlow flow = InvoicesToBillsFlow.create(qbd);
    SyncReport first = drive(flow.start("bills-1", List.of(payApp, credit, noPo)), flow::advance);
    assertEquals(1, first.count(Outcome.CREATED), first.toText());
    assertEquals(2, first.count(Outcome.SKIPPED), first.toText());
    assertTrue(
        first.skips().toString().contains("negative values do not sync"), first.skips().toString());
    assertEquals(1, qb.records("Bill").size(), "the lost answer did not duplicate the bill");
    CompanyRecord bill = qb.records("Bill").get(0);
    assertEquals("6000.00", bill.lines().get(0).get("Amount"));
    assertEquals("00-001", bill.lines().get(0).get("ItemRef"));
    assertEquals(
        qb.records("PurchaseOrder").get(0).id(), bill.lines().get(0).get("LinkedTxn/TxnID"));

    long writes = qb.writes();
    SyncReport rerun = drive(flow.start("bills-2", List.of(payApp, credit, noPo)), flow::advance);
    assertEquals(1, rerun.count(Outcome.UNCHANGED), rerun.toText());
    assertEquals(writes, qb.writes());
  }
}
