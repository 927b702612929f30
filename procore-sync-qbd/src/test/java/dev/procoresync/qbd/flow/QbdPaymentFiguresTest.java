package dev.procoresync.qbd.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.client.ProcoreCredentials;
import dev.procoresync.core.client.ProcoreEnvironment;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.qbd.mapping.ItemMapping;
import dev.procoresync.qbd.model.CommitmentExport;
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
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The README's bill payments figure: qbXML requests, messages and SOAP round trips per N QuickBooks
 * bill payments read by {@link BillPaymentsToCommitmentPaymentsFlow}, with iterator pages of 500
 * against pages of one record (one round trip per record), and the Procore requests of the first
 * run and of the rerun. Skipped in a plain build; {@code -Dqbd.figures.records=1000} gives the
 * README's numbers.
 */
class QbdPaymentFiguresTest extends FlowHarness {
  static final int N = QbdImportFiguresTest.N;

  private FakeProcore procore;
  private CompanyClient company;

  @BeforeEach
  void setUp() {
    Assumptions.assumeTrue(
        N > 0, "skipped: the figures run with -Dqbd.figures.records=N (the README uses 1000)");
    procore = FakeProcore.builder().clock(clock).start();
    company =
        ProcoreClient.builder()
            .environment(ProcoreEnvironment.custom(procore.loginBaseUrl(), procore.apiBaseUrl()))
            .credentials(
                ProcoreCredentials.clientCredentials(procore.clientId(), procore.clientSecret()))
            .clock(clock)
            .sleeper(clock.sleeper())
            .retryPolicy(RetryPolicy.defaults().withJitter(0))
            .readTimeout(Duration.ofSeconds(30))
            .build()
            .forCompany(procore.companyId());
    qb.process(
        QbXmlMessage.builder()
            .addRequest(QbRequest.of("i0", ItemMapping.toItem(codes(1).get(0), ACCOUNTS).value()))
            .build()
            .toXml());
    qb.addCustomer("Acme Corp", null, null, null);
    qb.addCustomer("Tower A", "Acme Corp", null, null);
    qb.addVendor("Smith Plumbing", null);
    long towerA = procore.givenProject(Fixtures.project("Tower A"));
    long smith = procore.givenVendor(Fixtures.vendor("Smith Plumbing"));
    long commitment =
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
                    .amount(new BigDecimal("1000000"))
                    .build())
            .build();
    CommitmentsToPurchaseOrdersFlow pos = CommitmentsToPurchaseOrdersFlow.create(qbd);
    drive(pos.start("po-1", List.of(sc)), pos::advance);
    InvoicesToBillsFlow bills = InvoicesToBillsFlow.create(qbd);
    drive(
        bills.start(
            "bill-1",
            List.of(
                InvoiceExport.builder()
                    .procoreId(301)
                    .number("PAY-APP-1")
                    .commitmentNumber("SC-001")
                    .vendor("Smith Plumbing")
                    .job("Acme Corp:Tower A")
                    .addLine(new BigDecimal("500000"))
                    .build())),
        bills::advance);
    String bill = qb.records("Bill").get(0).id();
    for (int i = 0; i < N; i++) {
      qb.addBillPayment(
          i % 2 == 0, bill, new BigDecimal(100 + i), LocalDate.of(2024, 6, 3).plusDays(i % 28));
    }
  }

  @AfterEach
  void tearDown() {
    if (procore != null) {
      procore.close();
    }
  }

  private long[] measure(QbdConnection conn, String runId, Outcome expected) {
    int s0 = sessions;
    int m0 = messages;
    long q0 = qb.journal().size();
    int p0 = procore.requestCount();
    BillPaymentsToCommitmentPaymentsFlow flow =
        BillPaymentsToCommitmentPaymentsFlow.create(conn, company, QbdEdition.US);
    SyncReport report = drive(flow.start(runId), flow::advance);
    assertEquals(N, report.count(expected), report.toText());
    int s = sessions - s0;
    int m = messages - m0;
    return new long[] {qb.journal().size() - q0, m, 4L * s + 2L * m, procore.requestCount() - p0};
  }

  @Test
  void billPayments() {
    long[] batched = measure(qbd, "b", Outcome.CREATED);
    long[] rerun = measure(qbd, "r", Outcome.UNCHANGED);
    long[] single = measure(qbd.withPageSize(1), "s", Outcome.UNCHANGED);
    assertTrue(batched[2] * 10 < single[2], batched[2] + " vs " + single[2]);
    System.out.printf(
        Locale.ROOT,
        "FIGURE qbd bill payments -> commitment payments per %d records: pages of 500: %d qbXML"
            + " requests in %d messages, %d SOAP round trips, %d Procore requests | pages of 1: %d"
            + " messages, %d SOAP round trips | rerun: %d SOAP round trips, %d Procore requests, 0"
            + " writes%n",
        N,
        batched[0],
        batched[1],
        batched[2],
        batched[3],
        single[1],
        single[2],
        rerun[2],
        rerun[3]);
  }
}
