package dev.procoresync.bc.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.procoresync.bc.client.BcClient;
import dev.procoresync.bc.mapping.PurchaseInvoiceRules;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.bc.BcCompanyFixture;
import dev.procoresync.testkit.bc.FakeBusinessCentral;
import dev.procoresync.testkit.bc.FakeBusinessCentralTest;
import dev.procoresync.testkit.bc.contract.BcApi;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.FakeProcoreTest;
import dev.procoresync.testkit.procore.Fault;
import dev.procoresync.testkit.procore.Fixtures;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Flow 3, posted purchase invoices to Procore direct costs of type invoice under the commitment of
 * flow 2, between the fake Business Central and the fake Procore.
 */
@FakeProcoreTest
@FakeBusinessCentralTest
class PurchaseInvoiceFlowTest {
  private FakeProcore procore;
  private FakeBusinessCentral bc;
  private long project;

  @BeforeEach
  void setUp(FakeProcore procore, FakeBusinessCentral bc) {
    this.procore = procore;
    this.bc = bc;
    project = ProcoreHarness.project(procore, "Main St", "01.1000.M", "01.2000.L");
    procore.givenVendor(Fixtures.vendor("Acme Supply").originId("bc:vendor:V0042"));
    bc.given(
        BcCompanyFixture.builder()
            .vendor("V0042", "Acme Supply")
            .project("JOB000042", "Main St", p -> p.put("procoreProjectId", project))
            .project("JOB000099", "Not linked", p -> {})
            .build());
  }

  /** A purchase order with two sent lines on the linked project. */
  private void order(String number) {
    BcCompanyFixture.Builder f =
        BcCompanyFixture.builder()
            .purchaseOrder(number, "V0042", "JOB000042", o -> o.put("sendToProcore", true));
    for (int i = 1; i <= 2; i++) {
      int n = i;
      f.purchaseOrderLine(
          number,
          i * 10000,
          l ->
              l.put("description", "Rebar " + n)
                  .put("quantity", n)
                  .put("directUnitCost", 100)
                  .put("lineAmount", 100 * n)
                  .put("jobNo", "JOB000042")
                  .put("jobTaskNo", n % 2 == 0 ? "1000" : "2000")
                  .put("costType", n % 2 == 0 ? "M" : "L")
                  .put("segmentCode", "01")
                  .put("sendToProcore", true));
    }
    bc.given(f.build());
  }

  /** A posted invoice of that order with the given number of lines (plus one comment line). */
  private void invoice(String number, String order, String job, String vendor, int lines) {
    BcCompanyFixture.Builder f =
        BcCompanyFixture.builder()
            .postedInvoice(
                number,
                order,
                i ->
                    i.put("vendorNumber", vendor)
                        .put("vendorInvoiceNumber", "ACME-" + number)
                        .put("jobNo", job)
                        .put("postingDate", "2026-11-20")
                        .put("amount", 150 * lines));
    for (int i = 1; i <= lines; i++) {
      int n = i;
      f.postedInvoiceLine(
          number,
          i * 10000,
          l ->
              l.put("description", "Rebar " + n)
                  .put("orderLineNo", n * 10000)
                  .put("quantity", n)
                  .put("directUnitCost", 150)
                  .put("lineAmount", 150 * n)
                  .put("unitOfMeasureCode", "PCS")
                  .put("jobNo", job)
                  .put("jobTaskNo", n % 2 == 0 ? "1000" : "2000")
                  .put("costType", n % 2 == 0 ? "M" : "L")
                  .put("segmentCode", "01"));
    }
    f.postedInvoiceLine(
        number,
        90000,
        l -> l.put("type", "_x0020_").put("description", "Thank you").put("jobNo", job));
    bc.given(f.build());
  }

  private BcClient client() {
    return BcHarness.client(bc);
  }

  private SyncReport orders() {
    return PurchaseOrderFlow.create(client(), ProcoreHarness.company(procore), procore.clock())
        .run(RunOptions.defaults());
  }

  private SyncReport run() {
    return PurchaseInvoiceFlow.create(client(), ProcoreHarness.company(procore), procore.clock())
        .run(RunOptions.defaults());
  }

  /** A run whose clients wait 60 s for an answer (1,000 invoices on a loaded build machine). */
  private SyncReport patientRun() {
    return PurchaseInvoiceFlow.create(
            BcHarness.builder(bc).readTimeout(Duration.ofSeconds(60)).build(),
            ProcoreHarness.company(procore, Duration.ofSeconds(60)),
            procore.clock())
        .run(RunOptions.defaults());
  }

  @Test
  void aPostedInvoiceBecomesAnInvoiceDirectCostUnderItsCommitment() {
    order("PO-1001");
    orders();
    long commitment =
        ProcoreHarness.byOrigin(procore, "purchase_order_contracts", "bc:purchase_order:PO-1001")
            .path("id")
            .asLong();
    invoice("PPI-1", "PO-1001", "JOB000042", "V0042", 2);

    SyncReport report = run();

    assertEquals(1, report.count(Outcome.CREATED), report.toText());
    JsonNode cost =
        ProcoreHarness.byOrigin(procore, "direct_costs", "bc:posted_purchase_invoice:PPI-1");
    assertEquals("invoice", cost.path("direct_cost_type").asText());
    assertEquals("ACME-PPI-1", cost.path("invoice_number").asText());
    assertEquals("2026-11-20", cost.path("direct_cost_date").asText());
    assertTrue(
        cost.path("origin_data").asText().contains("commitment " + commitment),
        cost.path("origin_data").asText());
    assertTrue(cost.path("vendor_id").asLong() > 0 || cost.path("vendor").path("id").asLong() > 0);
    List<? extends JsonNode> items =
        procore.all("direct_cost_line_items").stream()
            .filter(
                i -> i.path("origin_id").asText().startsWith("bc:posted_purchase_invoice:PPI-1:"))
            .toList();
    assertEquals(2, items.size(), "the comment line carries no amount and is left out");
    assertTrue(
        items.stream()
            .anyMatch(
                i ->
                    new BigDecimal(i.path("amount").asText()).compareTo(new BigDecimal("300"))
                        == 0));
    assertTrue(
        items.stream()
            .allMatch(i -> i.path("direct_cost_id").asLong() == cost.path("id").asLong()));
  }

  @Test
  void anInvoiceWaitsWhileItsOrderHasNoCommitmentAndTheNextRunPicksItUp() {
    order("PO-2001");
    invoice("PPI-2", "PO-2001", "JOB000042", "V0042", 1);

    SyncReport waiting = run();
    assertEquals(1, waiting.count(Outcome.SKIPPED), waiting.toText());
    RecordOutcome skip = skip(waiting, "PPI-2");
    assertEquals(PurchaseInvoiceRules.NO_COMMITMENT, skip.violations().get(0).code());
    assertTrue(
        skip.violations()
            .get(0)
            .message()
            .startsWith("purchase order PO-2001 has no Procore commitment id yet"),
        skip.violations().toString());
    assertEquals(0, procore.all("direct_costs").size());

    orders();
    SyncReport next = run();
    assertEquals(1, next.count(Outcome.CREATED), next.toText());
  }

  @Test
  void everyRuleSkipsTheInvoiceNamingDocumentLineAndField() {
    order("PO-3001");
    orders();
    invoice("PPI-31", "", "JOB000042", "V0042", 1); // no order
    invoice("PPI-32", "PO-3001", "JOB000099", "V0042", 1); // project not linked
    invoice("PPI-33", "PO-3001", "JOB000042", "V9999", 1); // vendor not mapped
    invoice("PPI-34", "PO-3001", "JOB000042", "V0042", 0); // only the comment line
    invoice("PPI-35", "PO-3001", "JOB000042", "V0042", 1);
    invoice("PPI-36", "PO-3001", "JOB000042", "V0042", 1);
    line(
        "PPI-35",
        JsonNodeFactory.instance.objectNode().put("jobTaskNo", "").put("segmentCode", ""));
    line("PPI-36", JsonNodeFactory.instance.objectNode().put("segmentCode", "09"));
    int writes = ProcoreHarness.writes(procore).size();

    SyncReport report = run();

    assertEquals(6, report.count(Outcome.SKIPPED), report.toText());
    assertSkip(report, "PPI-31", PurchaseInvoiceRules.NO_ORDER, "Order No. is required");
    assertSkip(report, "PPI-32", PurchaseInvoiceRules.JOB_NOT_LINKED, "Job No. JOB000099");
    assertSkip(report, "PPI-33", PurchaseInvoiceRules.VENDOR_NOT_MAPPED, "Vendor No. V9999");
    assertSkip(report, "PPI-34", PurchaseInvoiceRules.NO_LINES, "at least one line");
    RecordOutcome five = skip(report, "PPI-35");
    assertEquals(2, five.violations().size(), five.violations().toString());
    assertTrue(
        five.violations()
            .get(0)
            .message()
            .startsWith("posted purchase invoice PPI-35 line 10000: Job Task No."));
    assertEquals(PurchaseInvoiceRules.SEGMENT_MISSING, five.violations().get(1).code());
    assertSkip(report, "PPI-36", PurchaseInvoiceRules.NO_BUDGET_CODE, "09.2000.L");
    assertEquals(writes, ProcoreHarness.writes(procore).size());
  }

  @Test
  void aRerunWritesNothingAndAChangedLineIsWrittenOnce() {
    order("PO-4001");
    orders();
    invoice("PPI-41", "PO-4001", "JOB000042", "V0042", 2);
    invoice("PPI-42", "PO-4001", "JOB000042", "V0042", 2);
    assertEquals(2, run().count(Outcome.CREATED));
    int procoreWrites = ProcoreHarness.writes(procore).size();
    int bcWrites = BcHarness.writes(bc).size();

    SyncReport rerun = run();
    assertEquals(2, rerun.count(Outcome.UNCHANGED), rerun.toText());
    assertEquals(procoreWrites, ProcoreHarness.writes(procore).size(), "a rerun writes nothing");
    assertEquals(bcWrites, BcHarness.writes(bc).size(), "nor in Business Central");

    line("PPI-42", JsonNodeFactory.instance.objectNode().put("lineAmount", 777));
    SyncReport changed = run();
    assertEquals(1, changed.count(Outcome.UPDATED), changed.toText());
    assertEquals(1, changed.count(Outcome.UNCHANGED));
    assertEquals(procoreWrites + 2, ProcoreHarness.writes(procore).size(), "header and lines");
    assertEquals(4, procore.all("direct_cost_line_items").size(), "lines updated, not added");
    assertTrue(
        procore.all("direct_cost_line_items").stream()
            .anyMatch(
                i ->
                    new BigDecimal(i.path("amount").asText()).compareTo(new BigDecimal("777"))
                        == 0));
  }

  @Test
  void a429FromProcoreIsWaitedOut() {
    order("PO-5001");
    orders();
    invoice("PPI-51", "PO-5001", "JOB000042", "V0042", 2);
    procore.failNext(
        "PATCH /rest/v1.0/projects/" + project + "/direct_costs/sync", 2, Fault.tooManyRequests());
    SyncReport report = run();
    assertEquals(1, report.count(Outcome.CREATED), report.toText());
    assertEquals(1, procore.all("direct_costs").size());
  }

  @Test
  void aFailureHalfWayThenARerunFinishesWithoutDuplicates() {
    order("PO-6001");
    orders();
    PurchaseInvoiceFlow flow =
        PurchaseInvoiceFlow.create(client(), ProcoreHarness.company(procore), procore.clock())
            .withWindowSize(2);
    invoice("PPI-61", "PO-6001", "JOB000042", "V0042", 2);
    invoice("PPI-62", "PO-6001", "JOB000042", "V0042", 2);
    assertEquals(2, flow.run(RunOptions.defaults()).count(Outcome.CREATED));
    for (int i = 3; i <= 6; i++) {
      invoice("PPI-6" + i, "PO-6001", "JOB000042", "V0042", 2);
    }
    // the first window (PPI-61, PPI-62) is unchanged; the next one's sync fails past retries
    procore.failNext(
        "PATCH /rest/v1.0/projects/" + project + "/direct_costs/sync", 5, Fault.serverError());

    SyncReport broken = flow.run(RunOptions.defaults());
    assertEquals(6, broken.totalInputs(), broken.toText());
    assertTrue(broken.count(Outcome.FAILED) > 0, broken.toText());

    SyncReport rerun = flow.run(RunOptions.defaults());
    assertEquals(0, rerun.count(Outcome.FAILED), rerun.toText());
    assertEquals(6, procore.all("direct_costs").size());
    assertEquals(12, procore.all("direct_cost_line_items").size());
    assertEquals(Map.of(), ProcoreHarness.duplicateOriginIds(procore, "direct_costs"));
    assertEquals(Map.of(), ProcoreHarness.duplicateOriginIds(procore, "direct_cost_line_items"));
    int writes = ProcoreHarness.writes(procore).size();
    SyncReport third = flow.run(RunOptions.defaults());
    assertEquals(6, third.count(Outcome.UNCHANGED), third.toText());
    assertEquals(writes, ProcoreHarness.writes(procore).size(), "converged: nothing written");
  }

  @Test
  void requestsPerThousandInvoicesOnBothSidesAgainstOneRequestPerRecord() {
    for (int o = 0; o < 10; o++) {
      order("PO-80" + o);
    }
    PurchaseOrderFlow.create(
            BcHarness.builder(bc).readTimeout(Duration.ofSeconds(60)).build(),
            ProcoreHarness.company(procore, Duration.ofSeconds(60)),
            procore.clock())
        .run(RunOptions.defaults());
    for (int i = 0; i < 1000; i++) {
      invoice(String.format("PPI-%04d", i), "PO-80" + (i % 10), "JOB000042", "V0042", 1);
    }
    procore.clearRequests();
    bc.clearRequests();

    SyncReport first = patientRun();

    assertEquals(1000, first.count(Outcome.CREATED), first.toText());
    long procoreRequests = ProcoreHarness.apiRequests(procore).size();
    long procoreWrites = ProcoreHarness.writes(procore).size();
    System.out.println(
        "FIGURE bc-posted-purchase-invoices: 1000 invoices (1 line each) -> "
            + procoreRequests
            + " Procore requests ("
            + procoreWrites
            + " writes: one direct cost sync, one line sync), "
            + BcHarness.apiRequests(bc).size()
            + " Business Central requests ("
            + BcHarness.writes(bc).size()
            + " writes); one request per record: 1000 Procore (POST direct cost with its line),"
            + " 0 Business Central writes");
    assertTrue(procoreWrites <= 2, "one header sync and one line sync: " + procoreWrites);
    assertEquals(0, BcHarness.writes(bc).size(), "flow 3 writes nothing to Business Central");
    procore.clearRequests();
    bc.clearRequests();

    SyncReport rerun = patientRun();

    assertEquals(1000, rerun.count(Outcome.UNCHANGED), rerun.toText());
    System.out.println(
        "FIGURE bc-posted-purchase-invoices rerun: 1000 unchanged invoices -> "
            + ProcoreHarness.apiRequests(procore).size()
            + " Procore requests, "
            + ProcoreHarness.writes(procore).size()
            + " writes; "
            + BcHarness.apiRequests(bc).size()
            + " Business Central requests, "
            + BcHarness.writes(bc).size()
            + " writes");
    assertEquals(0, ProcoreHarness.writes(procore).size(), "rerun writes nothing in Procore");
    assertEquals(0, BcHarness.writes(bc).size(), "nor in Business Central");
  }

  @Test
  void theRequisitionOptionMakesASubcontractorInvoiceOnTheCommitment() {
    order("PO-9001");
    orders();
    long commitment =
        ProcoreHarness.byOrigin(procore, "purchase_order_contracts", "bc:purchase_order:PO-9001")
            .path("id")
            .asLong();
    invoice("PPI-91", "PO-9001", "JOB000042", "V0042", 2);
    PurchaseInvoiceFlow flow =
        PurchaseInvoiceFlow.create(client(), ProcoreHarness.company(procore), procore.clock())
            .withTarget(PurchaseInvoiceTarget.REQUISITION);
    assertEquals(PurchaseInvoiceTarget.REQUISITION, flow.target());
    int before = ProcoreHarness.writes(procore).size();

    SyncReport report = flow.run(RunOptions.defaults());

    assertEquals(1, report.count(Outcome.CREATED), report.toText());
    JsonNode req =
        ProcoreHarness.byOrigin(procore, "requisitions", "bc:posted_purchase_invoice:PPI-91");
    assertEquals(commitment, req.path("commitment_id").asLong());
    assertEquals("ACME-PPI-91", req.path("invoice_number").asText());
    assertEquals("2026-11-20", req.path("billing_date").asText());
    assertTrue(req.path("origin_data").asText().contains("total 450"), req.toString());
    assertEquals(0, procore.all("direct_costs").size(), "no direct cost with this target");
    assertEquals(before + 1, ProcoreHarness.writes(procore).size(), "one create per invoice");

    SyncReport rerun = flow.run(RunOptions.defaults());
    assertEquals(1, rerun.count(Outcome.UNCHANGED), rerun.toText());
    assertEquals(before + 1, ProcoreHarness.writes(procore).size(), "a rerun writes nothing");

    line("PPI-91", JsonNodeFactory.instance.objectNode().put("lineAmount", 777));
    SyncReport changed = flow.run(RunOptions.defaults());
    assertEquals(1, changed.count(Outcome.UPDATED), changed.toText());
    assertEquals(before + 2, ProcoreHarness.writes(procore).size(), "one update");
    assertEquals(1, procore.all("requisitions").size(), "updated, not added");
    assertTrue(
        ProcoreHarness.byOrigin(procore, "requisitions", "bc:posted_purchase_invoice:PPI-91")
            .path("origin_data")
            .asText()
            .contains("total 1077"));
  }

  @Test
  void withTheRequisitionOptionAnInvoiceStillWaitsForItsCommitment() {
    order("PO-9101");
    invoice("PPI-92", "PO-9101", "JOB000042", "V0042", 1);
    PurchaseInvoiceFlow flow =
        PurchaseInvoiceFlow.create(client(), ProcoreHarness.company(procore), procore.clock())
            .withTarget(PurchaseInvoiceTarget.REQUISITION);

    SyncReport waiting = flow.run(RunOptions.defaults());
    assertEquals(1, waiting.count(Outcome.SKIPPED), waiting.toText());
    assertEquals(
        PurchaseInvoiceRules.NO_COMMITMENT, skip(waiting, "PPI-92").violations().get(0).code());
    assertEquals(0, procore.all("requisitions").size());

    orders();
    SyncReport next = flow.run(RunOptions.defaults());
    assertEquals(1, next.count(Outcome.CREATED), next.toText());
    assertEquals(1, procore.all("requisitions").size());
  }

  @Test
  void aRequisitionProcoreRefusesFailsAloneAndTheOthersAreWritten() {
    order("PO-9201");
    orders();
    invoice("PPI-93", "PO-9201", "JOB000042", "V0042", 1);
    invoice("PPI-94", "PO-9201", "JOB000042", "V0042", 1);
    procore.failNext("POST /rest/v1.1/requisitions", 1, Fault.serverError());
    procore.failNext("POST /rest/v1.0/requisitions", 1, Fault.serverError());
    PurchaseInvoiceFlow flow =
        PurchaseInvoiceFlow.create(client(), ProcoreHarness.company(procore), procore.clock())
            .withTarget(PurchaseInvoiceTarget.REQUISITION);

    SyncReport report = flow.run(RunOptions.defaults());
    assertEquals(2, report.totalInputs(), report.toText());
    SyncReport rerun = flow.run(RunOptions.defaults());
    assertEquals(0, rerun.count(Outcome.FAILED), rerun.toText());
    assertEquals(2, procore.all("requisitions").size());
    assertEquals(Map.of(), ProcoreHarness.duplicateOriginIds(procore, "requisitions"));
  }

  /** Changes the first line (line 10000) of a posted invoice. */
  private void line(String invoice, com.fasterxml.jackson.databind.node.ObjectNode change) {
    String id =
        bc.all(BcApi.CUSTOM, "postedPurchaseInvoiceLines").stream()
            .filter(
                l ->
                    invoice.equals(l.path("documentNumber").asText())
                        && l.path("lineNo").asInt() == 10000)
            .findFirst()
            .orElseThrow()
            .path("id")
            .asText();
    bc.update(BcApi.CUSTOM, "postedPurchaseInvoiceLines", id, change);
  }

  private static RecordOutcome skip(SyncReport report, String invoice) {
    String key = "bc:posted_purchase_invoice:" + invoice;
    return report.skips().stream()
        .filter(s -> s.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no skip of " + key + " in " + report.toText()));
  }

  private static void assertSkip(SyncReport report, String invoice, String code, String text) {
    RecordOutcome skip = skip(report, invoice);
    assertEquals(code, skip.violations().get(0).code(), skip.toString());
    assertTrue(skip.violations().get(0).message().contains(text), skip.violations().toString());
  }
}
