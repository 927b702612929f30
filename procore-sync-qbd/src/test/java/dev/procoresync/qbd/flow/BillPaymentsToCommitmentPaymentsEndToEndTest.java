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
import dev.procoresync.qbd.model.ExportLine;
import dev.procoresync.qbd.model.InvoiceExport;
import dev.procoresync.qbd.model.QbdEdition;
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
 * QuickBooks bill payments -> Procore commitment payments, end to end (Web Connector simulator +
 * simulated company file + fake Procore): the commitment is exported as a purchase order, its
 * invoice as a bill, the user pays the bill in QuickBooks, the import records the payment.
 */
class BillPaymentsToCommitmentPaymentsEndToEndTest extends FlowHarness {
  private FakeProcore procore;
  private CompanyClient company;
  private long commitment;
  private String billOfCommitment;
  private String otherBill;

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
    for (CostCodeExport c : codes(1)) {
      items.addRequest(QbRequest.of("i" + c.procoreId(), ItemMapping.toItem(c, ACCOUNTS).value()));
    }
    qb.process(items.build().toXml());
    qb.addCustomer("Acme Corp", null, null, null);
    qb.addCustomer("Tower A", "Acme Corp", null, null);
    qb.addVendor("Smith Plumbing", null);
    // the projects export made "Tower A" from this Procore project: linked by name
    long towerA = procore.givenProject(Fixtures.project("Tower A"));
    long smith = procore.givenVendor(Fixtures.vendor("Smith Plumbing"));
    commitment =
        procore
            .given(Fixtures.purchaseOrder(smith).with("number", "SC-001").in(towerA))
            .path("id")
            .asLong();

    CommitmentExport sc =
        CommitmentExport.builder()
            .procoreId(commitment)
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
    drive(bills.start("bill-1", List.of(invoice)), bills::advance);
    billOfCommitment = qb.records("Bill").get(0).id();
    otherBill =
        qb.addCost(
            "Bill",
            "Smith Plumbing",
            "Acme Corp:Tower A",
            "Job Expenses",
            new BigDecimal("75"),
            LocalDate.of(2024, 6, 2),
            "MISC-1");
  }

  @AfterEach
  void stopProcore() {
    procore.close();
  }

  @Test
  void aPaymentOfTheCommitmentsBillBecomesACommitmentPaymentAndARerunWritesNothing() {
    String byCheck =
        qb.addBillPayment(true, billOfCommitment, new BigDecimal("250"), LocalDate.of(2024, 6, 20));
    String byCard =
        qb.addBillPayment(
            false, billOfCommitment, new BigDecimal("150"), LocalDate.of(2024, 6, 21));
    qb.addBillPayment(true, otherBill, new BigDecimal("75"), LocalDate.of(2024, 6, 20));
    BillPaymentsToCommitmentPaymentsFlow flow =
        BillPaymentsToCommitmentPaymentsFlow.create(qbd, company, QbdEdition.US);

    SyncReport first = drive(flow.start("pay-1"), flow::advance);

    assertEquals(3, first.inputs(), first.toText());
    assertEquals(2, first.count(Outcome.CREATED), first.toText());
    assertEquals(1, first.count(Outcome.SKIPPED), first.toText());
    assertEquals("bill.not_from_commitment", first.skips().get(0).reason().orElseThrow());
    Map<String, ObjectNode> paid =
        procore.all("contract_payments").stream()
            .collect(Collectors.toMap(n -> n.path("origin_id").asText(), n -> n));
    ObjectNode check = paid.get("qbd:bill_payment:" + byCheck + ":" + billOfCommitment);
    assertEquals(commitment, check.path("contract_id").asLong());
    assertEquals(0, new BigDecimal("250").compareTo(new BigDecimal(check.path("amount").asText())));
    assertEquals("2024-06-20", check.path("date").asText());
    assertEquals("PAY-APP-1", check.path("invoice_number").asText());
    assertTrue(paid.containsKey("qbd:bill_payment:" + byCard + ":" + billOfCommitment));

    int posts = procore.requestCount("POST /rest/v1.0/contract_payments");
    SyncReport rerun = drive(flow.start("pay-2"), flow::advance);
    assertEquals(2, rerun.count(Outcome.UNCHANGED), rerun.toText());
    assertEquals(posts, procore.requestCount("POST /rest/v1.0/contract_payments"));
    assertEquals(2, procore.all("contract_payments").size());
  }

  @Test
  void outsideTheUsEveryPaymentIsSkippedWithTheReasonAndNothingIsWritten() {
    qb.addBillPayment(true, billOfCommitment, new BigDecimal("250"), LocalDate.of(2024, 6, 20));
    BillPaymentsToCommitmentPaymentsFlow flow =
        BillPaymentsToCommitmentPaymentsFlow.create(qbd, company, QbdEdition.CANADA);

    SyncReport report = drive(flow.start("pay-ca"), flow::advance);

    assertEquals(1, report.count(Outcome.SKIPPED), report.toText());
    RecordOutcome skip = report.skips().get(0);
    assertEquals("edition.not_us", skip.reason().orElseThrow());
    assertTrue(skip.toString().contains("US editions"), skip.toString());
    assertTrue(procore.all("contract_payments").isEmpty());
  }
}
