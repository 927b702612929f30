package dev.procoresync.qbd.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.client.ProcoreCredentials;
import dev.procoresync.core.client.ProcoreEnvironment;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.qbd.mapping.ItemMapping;
import dev.procoresync.qbd.model.CommitmentExport;
import dev.procoresync.qbd.model.CostCodeExport;
import dev.procoresync.qbd.model.CostImportSettings;
import dev.procoresync.qbd.model.ExportLine;
import dev.procoresync.qbd.model.InvoiceExport;
import dev.procoresync.qbd.qbxml.QbRequest;
import dev.procoresync.qbd.qbxml.QbXmlMessage;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.Fixtures;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * QuickBooks bills, checks and credit card charges -> Procore direct costs, end to end (Web
 * Connector simulator + simulated company file + fake Procore).
 */
class CostsToDirectCostsEndToEndTest extends FlowHarness {
  private FakeProcore procore;
  private CompanyClient company;
  private long towerA;
  private long lineItemType;
  private String towerAJob;

  @BeforeEach
  void startProcore() {
    procore = FakeProcore.builder().clock(clock).start();
    company =
        ProcoreClient.builder()
            .environment(ProcoreEnvironment.custom(procore.loginBaseUrl(), procore.apiBaseUrl()))
            .credentials(
                ProcoreCredentials.clientCredentials(procore.clientId(), procore.clientSecret()))
            .clock(clock)
            .sleeper(clock.sleeper())
            .retryPolicy(RetryPolicy.defaults().withJitter(0))
            .readTimeout(Duration.ofSeconds(10))
            .build()
            .forCompany(procore.companyId());
    QbXmlMessage.Builder items = QbXmlMessage.builder();
    for (CostCodeExport c : codes(2)) {
      items.addRequest(QbRequest.of("i" + c.procoreId(), ItemMapping.toItem(c, ACCOUNTS).value()));
    }
    qb.process(items.build().toXml());
    qb.addCustomer("Acme Corp", null, null, null);
    towerAJob = qb.addCustomer("Tower A", "Acme Corp", "1 Main St", null);
    qb.addCustomer("Tower B", "Acme Corp", null, null);
    String smith = qb.addVendor("Smith Plumbing", null);
    qb.addVendor("Corner Hardware", null);
    qb.addVendor("Unknown Supplies", null);
    // Tower A was imported (origin id), Tower B is not in Procore
    towerA =
        procore.givenProject(Fixtures.project("Tower A").originId("qbd:customer:" + towerAJob));
    procore.givenCostCode(towerA, Fixtures.costCode("00-000", "General"));
    procore.givenCostCode(towerA, Fixtures.costCode("99-900", "Other costs"));
    lineItemType = procore.given(Fixtures.lineItemType("O", "Other")).path("id").asLong();
    procore.givenVendor(Fixtures.vendor("Smith Plumbing").originId("qbd:vendor:" + smith));
    procore.givenVendor(Fixtures.vendor("Corner Hardware"));
  }

  @AfterEach
  void stopProcore() {
    procore.close();
  }

  private CostsToDirectCostsFlow flow() {
    return CostsToDirectCostsFlow.create(
        qbd,
        company,
        CostImportSettings.builder()
            .lineItemTypeId(lineItemType)
            .defaultCostCode("99-900")
            .build());
  }

  private Map<String, ObjectNode> costs() {
    return procore.all("direct_costs").stream()
        .collect(Collectors.toMap(n -> n.path("origin_id").asText(), n -> n));
  }

  private BigDecimal total(ObjectNode cost) {
    return company.directCosts().get(towerA, cost.path("id").asLong()).grandTotal().orElseThrow();
  }

  @Test
  void billsChecksAndChargesOnSyncedJobsBecomeDirectCostsAndARerunWritesNothing() {
    LocalDate day = LocalDate.of(2024, 6, 3);
    String check =
        qb.addCost(
            "Check",
            "Corner Hardware",
            "Acme Corp:Tower A",
            "Job Expenses",
            new BigDecimal("120.5"),
            day,
            "1001");
    String charge =
        qb.addCost(
            "CreditCardCharge",
            "Smith Plumbing",
            "Acme Corp:Tower A",
            "Job Expenses",
            new BigDecimal("-15"),
            day,
            null);
    String bill =
        qb.addCost(
            "Bill",
            "Smith Plumbing",
            "Acme Corp:Tower A",
            "Job Expenses",
            new BigDecimal("980"),
            day,
            "INV-77");
    String otherJob =
        qb.addCost(
            "Check",
            "Corner Hardware",
            "Acme Corp:Tower B",
            "Job Expenses",
            new BigDecimal("50"),
            day,
            "1002");
    String noVendor =
        qb.addCost(
            "Check",
            "Unknown Supplies",
            "Acme Corp:Tower A",
            "Job Expenses",
            new BigDecimal("5"),
            day,
            "1003");

    CostsToDirectCostsFlow flow = flow();
    SyncReport first = drive(flow.start("costs-1"), flow::advance);

    assertEquals(5, first.inputs(), first.toText());
    assertEquals(3, first.count(Outcome.CREATED), first.toText());
    assertEquals(2, first.count(Outcome.SKIPPED), first.toText());
    Map<String, String> reasons =
        first.skips().stream()
            .collect(Collectors.toMap(RecordOutcome::key, o -> o.reason().orElse("")));
    assertEquals("job.not_synced", reasons.get("qbd:check:" + otherJob), reasons.toString());
    assertEquals(
        "vendor.not_synced",
        reasons.get("qbd:check:" + noVendor + ":" + towerAJob),
        reasons.toString());
    Map<String, ObjectNode> held = costs();
    ObjectNode b = held.get("qbd:bill:" + bill + ":" + towerAJob);
    assertEquals("invoice", b.path("direct_cost_type").asText());
    assertEquals("INV-77", b.path("invoice_number").asText());
    assertEquals(0, new BigDecimal("980").compareTo(total(b)));
    assertEquals(
        "expense",
        held.get("qbd:check:" + check + ":" + towerAJob).path("direct_cost_type").asText());
    ObjectNode c = held.get("qbd:credit_card_charge:" + charge + ":" + towerAJob);
    assertEquals(0, new BigDecimal("-15").compareTo(total(c)), "negative kept");
    assertEquals(3, procore.all("direct_cost_line_items").size());
    assertEquals(towerA, b.path("project_id").asLong(towerA));

    int syncs = procore.requestCount("PATCH /rest/v1.0/projects/" + towerA + "/direct_costs/sync");
    long qbWrites = qb.writes();
    SyncReport rerun = drive(flow.start("costs-2"), flow::advance);
    assertEquals(3, rerun.count(Outcome.UNCHANGED), rerun.toText());
    assertEquals(2, rerun.count(Outcome.SKIPPED), rerun.toText());
    assertEquals(
        syncs,
        procore.requestCount("PATCH /rest/v1.0/projects/" + towerA + "/direct_costs/sync"),
        "a rerun writes nothing");
    assertEquals(3, procore.all("direct_costs").size());
    assertEquals(qbWrites, qb.writes(), "the import never writes to QuickBooks");
  }

  @Test
  void aBillAgainstAPurchaseOrderFromAProcoreCommitmentIsTheCommitmentsInvoiceNotADirectCost() {
    CommitmentExport sc =
        CommitmentExport.builder()
            .procoreId(9)
            .number("SC-001")
            .vendor("Smith Plumbing")
            .job("Acme Corp:Tower A")
            .addLine(
                ExportLine.builder()
                    .costCode("00-000")
                    .description("Rough-in")
                    .amount(new BigDecimal("1000"))
                    .build())
            .build();
    CommitmentsToPurchaseOrdersFlow pos = CommitmentsToPurchaseOrdersFlow.create(qbd);
    drive(pos.start("po-1", List.of(sc)), pos::advance);
    InvoicesToBillsFlow bills = InvoicesToBillsFlow.create(qbd);
    InvoiceExport invoice =
        InvoiceExport.builder()
            .procoreId(301)
            .number("PAY-APP-1")
            .commitmentNumber("SC-001")
            .vendor("Smith Plumbing")
            .job("Acme Corp:Tower A")
            .addLine(new BigDecimal("400"))
            .build();
    SyncReport billed = drive(bills.start("bill-1", List.of(invoice)), bills::advance);
    assertEquals(1, billed.count(Outcome.CREATED), billed.toText());

    CostsToDirectCostsFlow flow = flow();
    SyncReport report = drive(flow.start("costs-1"), flow::advance);

    assertEquals(1, report.inputs(), report.toText());
    assertEquals(1, report.count(Outcome.SKIPPED), report.toText());
    assertEquals("bill.from_commitment", report.skips().get(0).reason().orElseThrow());
    assertTrue(procore.all("direct_costs").isEmpty());
  }

  @Test
  void aLineOfAnItemThatIsACostCodeGoesToThatCostCodeOthersToTheDefault() {
    String check =
        qb.addCost(
            "Check",
            "Corner Hardware",
            "Acme Corp:Tower A",
            "Job Expenses",
            new BigDecimal("10"),
            LocalDate.of(2024, 6, 3),
            "2001");
    CostsToDirectCostsFlow strict =
        CostsToDirectCostsFlow.create(
            qbd, company, CostImportSettings.builder().lineItemTypeId(lineItemType).build());
    SyncReport skipped = drive(strict.start("costs-0"), strict::advance);
    assertEquals(
        "cost_code.unmatched", skipped.skips().get(0).reason().orElseThrow(), skipped.toText());

    SyncReport report = drive(flow().start("costs-1"), flow()::advance);
    assertEquals(1, report.count(Outcome.CREATED), report.toText());
    ObjectNode line = procore.all("direct_cost_line_items").get(0);
    long other =
        procore.all("cost_codes").stream()
            .filter(n -> n.path("full_code").asText().equals("99-900"))
            .findFirst()
            .orElseThrow()
            .path("id")
            .asLong();
    assertEquals(other, line.path("cost_code_id").asLong());
    assertEquals(
        "qbd:check:"
            + check
            + ":"
            + towerAJob
            + ":"
            + qb.record(check).orElseThrow().lines().get(0).get("TxnLineID"),
        line.path("origin_id").asText());
  }
}
