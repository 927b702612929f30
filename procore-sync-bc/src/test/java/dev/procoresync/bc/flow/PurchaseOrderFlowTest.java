package dev.procoresync.bc.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.bc.client.BcClient;
import dev.procoresync.bc.mapping.PurchaseOrderRules;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Flow 2, purchase orders to Procore commitments, between the fake Business Central and Procore.
 */
@FakeProcoreTest
@FakeBusinessCentralTest
class PurchaseOrderFlowTest {
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

  private void order(String number, String job, String vendor, int lines) {
    BcCompanyFixture.Builder f =
        BcCompanyFixture.builder()
            .purchaseOrder(number, vendor, job, o -> o.put("sendToProcore", true));
    for (int i = 1; i <= lines; i++) {
      int n = i;
      f.purchaseOrderLine(
          number,
          i * 10000,
          l ->
              l.put("description", "Rebar " + n)
                  .put("quantity", n)
                  .put("directUnitCost", 100)
                  .put("lineAmount", 100 * n)
                  .put("jobNo", job)
                  .put("jobTaskNo", n % 2 == 0 ? "1000" : "2000")
                  .put("costType", n % 2 == 0 ? "M" : "L")
                  .put("segmentCode", "01")
                  .put("sendToProcore", true));
    }
    bc.given(f.build());
  }

  private SyncReport run() {
    BcClient client = BcHarness.client(bc);
    return PurchaseOrderFlow.create(client, ProcoreHarness.company(procore), procore.clock())
        .run(RunOptions.defaults());
  }

  private JsonNode bcOrder(String number) {
    return bc.all(BcApi.CUSTOM, "purchaseOrders").stream()
        .filter(o -> number.equals(o.path("number").asText()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anOrderBecomesACommitmentWithOneLineItemPerLineAndItsIdIsWrittenBack() {
    order("PO-1001", "JOB000042", "V0042", 3);
    SyncReport report = run();

    assertEquals(1, report.count(Outcome.CREATED), report.toText());
    JsonNode contract =
        ProcoreHarness.byOrigin(procore, "purchase_order_contracts", "bc:purchase_order:PO-1001");
    assertEquals("PO-1001", contract.path("number").asText());
    assertEquals(3, procore.all("purchase_order_contracts_line_items").size());
    assertEquals(
        contract.path("id").asLong(),
        bcOrder("PO-1001").path("procoreCommitmentId").asLong(),
        "Procore Commitment ID written back");
  }

  @Test
  void everyRuleSkipsTheOrderNamingDocumentLineAndField() {
    order("PO-2001", "JOB000099", "V0042", 1); // project not linked
    order("PO-2002", "JOB000042", "V9999", 1); // vendor not mapped
    order("PO-2003", "JOB000042", "V0042", 0); // no lines
    order("PO-2004", "JOB000042", "V0042", 1);
    String line =
        bc.all(BcApi.CUSTOM, "purchaseOrderLines").stream()
            .filter(l -> "PO-2004".equals(l.path("documentNumber").asText()))
            .findFirst()
            .orElseThrow()
            .path("id")
            .asText();
    ObjectNode blank =
        JsonNodeFactory.instance
            .objectNode()
            .put("costType", "")
            .put("jobTaskNo", "")
            .put("segmentCode", "");
    bc.update(BcApi.CUSTOM, "purchaseOrderLines", line, blank);

    SyncReport report = run();
    assertEquals(4, report.count(Outcome.SKIPPED), report.toText());
    assertSkip(report, "PO-2001", PurchaseOrderRules.JOB_NOT_LINKED, "Job No. JOB000099");
    assertSkip(report, "PO-2002", PurchaseOrderRules.VENDOR_NOT_MAPPED, "Vendor No. V9999");
    assertSkip(report, "PO-2003", PurchaseOrderRules.NO_LINES, "at least one line");
    RecordOutcome four = skip(report, "PO-2004");
    assertEquals(3, four.violations().size(), four.violations().toString());
    assertTrue(
        four.violations()
            .get(0)
            .message()
            .startsWith("purchase order PO-2004 line 10000: Cost Type"));
    assertEquals(0, ProcoreHarness.writes(procore).size());
  }

  @Test
  void aRerunWritesNothingOnEitherSideAndAChangedLineIsWrittenOnce() {
    order("PO-3001", "JOB000042", "V0042", 2);
    order("PO-3002", "JOB000042", "V0042", 2);
    run();
    int procoreWrites = ProcoreHarness.writes(procore).size();
    int bcWrites = BcHarness.writes(bc).size();

    SyncReport rerun = run();
    assertEquals(2, rerun.count(Outcome.UNCHANGED), rerun.toText());
    assertEquals(procoreWrites, ProcoreHarness.writes(procore).size());
    assertEquals(bcWrites, BcHarness.writes(bc).size());

    String line =
        bc.all(BcApi.CUSTOM, "purchaseOrderLines").stream()
            .filter(l -> "PO-3002".equals(l.path("documentNumber").asText()))
            .findFirst()
            .orElseThrow()
            .path("id")
            .asText();
    bc.update(
        BcApi.CUSTOM,
        "purchaseOrderLines",
        line,
        JsonNodeFactory.instance.objectNode().put("lineAmount", 777));
    SyncReport changed = run();
    assertEquals(1, changed.count(Outcome.UPDATED), changed.toText());
    assertEquals(procoreWrites + 2, ProcoreHarness.writes(procore).size(), "contract + its lines");
    assertEquals(bcWrites, BcHarness.writes(bc).size(), "the id is already written back");
    assertTrue(
        procore.all("purchase_order_contracts_line_items").stream()
            .anyMatch(
                l ->
                    new BigDecimal(l.path("amount").asText()).compareTo(new BigDecimal("777"))
                        == 0));
    assertEquals(4, procore.all("purchase_order_contracts_line_items").size());
  }

  @Test
  void aStaleEtagOnTheWriteBackIsReadAgainOnce() {
    order("PO-4001", "JOB000042", "V0042", 1);
    // a user edits the order after the flow read it: the batch write-back meets a stale ETag
    bc.failNext(
        "POST /**/$batch",
        1,
        dev.procoresync.testkit.http.Fault.reply(
            dev.procoresync.testkit.bc.internal.BcErrors.reply(
                409, "Request_EntityChanged", "Another user has already changed the record.")));
    SyncReport report = run();
    assertEquals(1, report.count(Outcome.CREATED), report.toText());
    assertTrue(bcOrder("PO-4001").path("procoreCommitmentId").asLong() > 0);
  }

  @Test
  void a429FromProcoreIsWaitedOut() {
    order("PO-5001", "JOB000042", "V0042", 2);
    procore.failNext("PATCH /rest/v1.0/purchase_order_contracts/sync", 2, Fault.tooManyRequests());
    SyncReport report = run();
    assertEquals(1, report.count(Outcome.CREATED), report.toText());
  }

  private static RecordOutcome skip(SyncReport report, String po) {
    return report.skips().stream()
        .filter(s -> s.key().equals("bc:purchase_order:" + po))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no skip of " + po + " in " + report.toText()));
  }

  private static void assertSkip(SyncReport report, String po, String code, String text) {
    RecordOutcome s = skip(report, po);
    assertEquals(code, s.violations().get(0).code(), s.toString());
    assertTrue(s.violations().get(0).message().contains(text), s.violations().toString());
  }
}
