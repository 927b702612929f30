package dev.procoresync.bc.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.bc.client.BcClient;
import dev.procoresync.bc.mapping.PurchaseOrderRules;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.client.ProcoreCredentials;
import dev.procoresync.core.client.ProcoreEnvironment;
import dev.procoresync.core.http.RetryPolicy;
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
import java.util.Map;
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

  /** A run whose clients wait 60 s for an answer (1,000 orders on a loaded build machine). */
  private SyncReport patientRun() {
    BcClient client = BcHarness.builder(bc).readTimeout(Duration.ofSeconds(60)).build();
    return PurchaseOrderFlow.create(
            client, ProcoreHarness.company(procore, Duration.ofSeconds(60)), procore.clock())
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
        BcHarness.customBatch(bc),
        1,
        dev.procoresync.testkit.http.Fault.reply(
            dev.procoresync.testkit.bc.internal.BcErrors.reply(
                409, "Request_EntityChanged", "Another user has already changed the record.")));
    SyncReport report = run();
    assertEquals(1, report.count(Outcome.CREATED), report.toText());
    assertEquals(0, bc.pendingFaults(), "the stale answer was given");
    assertEquals(
        1,
        BcHarness.writes(bc).stream().filter(r -> r.method().equals("PATCH")).count(),
        "one re-read and one PATCH with the fresh ETag after the stale $batch");
    assertTrue(bcOrder("PO-4001").path("procoreCommitmentId").asLong() > 0);
  }

  @Test
  void anOrderEditedWhileTheFlowRunsIsReadAgainOnceAndItsIdWritten() {
    order("PO-4101", "JOB000042", "V0042", 1);
    String id = bcOrder("PO-4101").path("id").asText();
    // a user edits the order in Business Central right after Procore took the commitment: the
    // write-back's PATCH in the $batch carries the ETag read before, and Business Central answers
    // that operation 409 Request_EntityChanged
    CompanyClient procoreClient =
        ProcoreClient.builder()
            .environment(ProcoreEnvironment.custom(procore.loginBaseUrl(), procore.apiBaseUrl()))
            .credentials(
                ProcoreCredentials.clientCredentials(procore.clientId(), procore.clientSecret()))
            .clock(procore.clock())
            .sleeper(procore.clock().sleeper())
            .retryPolicy(RetryPolicy.defaults().withJitter(0))
            .requestListener(
                e -> {
                  if (e.path().endsWith("/purchase_order_contracts/sync")) {
                    bc.update(
                        BcApi.CUSTOM,
                        "purchaseOrders",
                        id,
                        JsonNodeFactory.instance.objectNode().put("description", "edited"));
                  }
                })
            .build()
            .forCompany(procore.companyId());

    SyncReport report =
        PurchaseOrderFlow.create(BcHarness.client(bc), procoreClient, procore.clock())
            .run(RunOptions.defaults());

    assertEquals(1, report.count(Outcome.CREATED), report.toText());
    JsonNode order = bcOrder("PO-4101");
    assertEquals("edited", order.path("description").asText(), "the user's edit is kept");
    assertTrue(order.path("procoreCommitmentId").asLong() > 0, order.toString());
    assertEquals(
        2,
        BcHarness.writes(bc).stream().filter(r -> r.method().equals("PATCH")).count(),
        "the stale PATCH inside the $batch, then one PATCH with the fresh ETag");
    assertEquals(1, bc.requestCount(BcHarness.customBatch(bc)), "one $batch");
  }

  @Test
  void a429FromProcoreIsWaitedOut() {
    order("PO-5001", "JOB000042", "V0042", 2);
    procore.failNext("PATCH /rest/v1.0/purchase_order_contracts/sync", 2, Fault.tooManyRequests());
    SyncReport report = run();
    assertEquals(1, report.count(Outcome.CREATED), report.toText());
  }

  @Test
  void aFailureHalfWayThenARerunFinishesWithoutDuplicatesOnEitherSide() {
    PurchaseOrderFlow flow =
        PurchaseOrderFlow.create(
                BcHarness.client(bc), ProcoreHarness.company(procore), procore.clock())
            .withWindowSize(2);
    order("PO-6001", "JOB000042", "V0042", 2);
    order("PO-6002", "JOB000042", "V0042", 2);
    assertEquals(2, flow.run(RunOptions.defaults()).count(Outcome.CREATED));
    for (int i = 3; i <= 6; i++) {
      order("PO-600" + i, "JOB000042", "V0042", 2);
    }
    // the first window (6001-6002) is unchanged; the next one's contract sync fails past retries
    procore.failNext("PATCH /rest/v1.0/purchase_order_contracts/sync", 5, Fault.serverError());

    SyncReport broken = flow.run(RunOptions.defaults());
    assertEquals(6, broken.totalInputs(), broken.toText());
    assertTrue(broken.count(Outcome.FAILED) > 0, broken.toText());
    assertEquals(2, broken.count(Outcome.UNCHANGED), broken.toText());

    SyncReport rerun = flow.run(RunOptions.defaults());
    assertEquals(0, rerun.count(Outcome.FAILED), rerun.toText());
    assertEquals(6, procore.all("purchase_order_contracts").size());
    assertEquals(12, procore.all("purchase_order_contracts_line_items").size());
    assertEquals(Map.of(), ProcoreHarness.duplicateOriginIds(procore, "purchase_order_contracts"));
    assertEquals(
        Map.of(),
        ProcoreHarness.duplicateOriginIds(procore, "purchase_order_contracts_line_items"));
    for (int i = 1; i <= 6; i++) {
      String po = "PO-600" + i;
      assertEquals(
          ProcoreHarness.byOrigin(procore, "purchase_order_contracts", "bc:purchase_order:" + po)
              .path("id")
              .asLong(),
          bcOrder(po).path("procoreCommitmentId").asLong(),
          po + " holds its commitment id");
    }
    int procoreWrites = ProcoreHarness.writes(procore).size();
    int bcWrites = BcHarness.writes(bc).size();
    SyncReport third = flow.run(RunOptions.defaults());
    assertEquals(6, third.count(Outcome.UNCHANGED), third.toText());
    assertEquals(procoreWrites, ProcoreHarness.writes(procore).size());
    assertEquals(bcWrites, BcHarness.writes(bc).size());
  }

  @Test
  void aWriteBackThatFailsIsFinishedByTheRerunWithoutASecondCommitment() {
    order("PO-7001", "JOB000042", "V0042", 2);
    order("PO-7002", "JOB000042", "V0042", 1);
    // Procore takes the commitments; Business Central refuses the $batch of ids past retries
    bc.failNext(BcHarness.customBatch(bc), 5, dev.procoresync.testkit.http.Fault.status(500));

    SyncReport broken = run();
    assertEquals(2, broken.totalInputs(), broken.toText());
    assertEquals(2, broken.count(Outcome.FAILED), broken.toText());
    assertEquals(2, procore.all("purchase_order_contracts").size(), "Procore holds both");
    bc.clearFaults();

    SyncReport rerun = run();
    assertEquals(0, rerun.count(Outcome.FAILED), rerun.toText());
    assertEquals(2, procore.all("purchase_order_contracts").size(), "no second commitment");
    assertEquals(3, procore.all("purchase_order_contracts_line_items").size());
    assertEquals(Map.of(), ProcoreHarness.duplicateOriginIds(procore, "purchase_order_contracts"));
    assertTrue(bcOrder("PO-7001").path("procoreCommitmentId").asLong() > 0);
    assertTrue(bcOrder("PO-7002").path("procoreCommitmentId").asLong() > 0);
    SyncReport third = run();
    assertEquals(2, third.count(Outcome.UNCHANGED), third.toText());
  }

  @Test
  void requestsPerThousandOrdersOnBothSidesAgainstOneRequestPerRecord() {
    for (int i = 0; i < 1000; i++) {
      order(String.format("PO-%04d", i), "JOB000042", "V0042", 1);
    }
    procore.clearRequests();
    bc.clearRequests();

    SyncReport first = patientRun();

    assertEquals(1000, first.count(Outcome.CREATED), first.toText());
    long procoreRequests = ProcoreHarness.apiRequests(procore).size();
    long procoreWrites = ProcoreHarness.writes(procore).size();
    long bcRequests = BcHarness.apiRequests(bc).size();
    long bcWrites = BcHarness.writes(bc).size();
    System.out.println(
        "FIGURE bc-purchase-orders: 1000 orders (1 line each) -> "
            + procoreRequests
            + " Procore requests ("
            + procoreWrites
            + " writes: one contract sync per 1,000, one line sync per contract), "
            + bcRequests
            + " Business Central requests ("
            + bcWrites
            + " writes: $batch of 100 write-backs); one request per record: 1000 Procore"
            + " (POST contract with its lines) + 1000 Business Central (PATCH write-back)");
    assertEquals(10, bcWrites, "1,000 write-backs in $batch requests of 100");
    assertTrue(procoreWrites <= 1001, "contract sync + one line sync per contract");
    procore.clearRequests();
    bc.clearRequests();

    SyncReport rerun = patientRun();

    assertEquals(1000, rerun.count(Outcome.UNCHANGED), rerun.toText());
    System.out.println(
        "FIGURE bc-purchase-orders rerun: 1000 unchanged orders -> "
            + ProcoreHarness.apiRequests(procore).size()
            + " Procore requests, "
            + ProcoreHarness.writes(procore).size()
            + " writes; "
            + BcHarness.apiRequests(bc).size()
            + " Business Central requests, "
            + BcHarness.writes(bc).size()
            + " writes");
    assertEquals(0, ProcoreHarness.writes(procore).size(), "rerun writes nothing in Procore");
    assertEquals(0, BcHarness.writes(bc).size(), "rerun writes nothing in Business Central");
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
