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
import dev.procoresync.qbd.model.CostImportSettings;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.Fixtures;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The README's import figures: qbXML requests, messages and SOAP round trips per N QuickBooks costs
 * read by {@link CostsToDirectCostsFlow}, with iterator pages of 500 against pages of one record
 * (one round trip per record), and the Procore requests of the first run and of the rerun. Skipped
 * in a plain build; {@code -Dqbd.figures.records=1000} gives the README's numbers.
 */
class QbdImportFiguresTest extends FlowHarness {
  static final int N = Integer.getInteger("qbd.figures.records", 0);

  private FakeProcore procore;
  private CompanyClient company;
  private long type;

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
    qb.addCustomer("Acme Corp", null, null, null);
    String job = qb.addCustomer("Tower A", "Acme Corp", null, null);
    qb.addVendor("Corner Hardware", null);
    long project =
        procore.givenProject(Fixtures.project("Tower A").originId("qbd:customer:" + job));
    procore.givenCostCode(project, Fixtures.costCode("99-900", "Other"));
    procore.givenVendor(Fixtures.vendor("Corner Hardware"));
    type = procore.given(Fixtures.lineItemType("O", "Other")).path("id").asLong();
    for (int i = 0; i < N; i++) {
      qb.addCost(
          i % 2 == 0 ? "Check" : "CreditCardCharge",
          "Corner Hardware",
          "Acme Corp:Tower A",
          "Job Expenses",
          new BigDecimal(10 + i),
          LocalDate.of(2024, 6, 3),
          "C" + i);
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
    CostsToDirectCostsFlow flow =
        CostsToDirectCostsFlow.create(
            conn,
            company,
            CostImportSettings.builder().lineItemTypeId(type).defaultCostCode("99-900").build());
    SyncReport report = drive(flow.start(runId), flow::advance);
    assertEquals(N, report.count(expected), report.toText());
    int s = sessions - s0;
    int m = messages - m0;
    return new long[] {qb.journal().size() - q0, m, 4L * s + 2L * m, procore.requestCount() - p0};
  }

  @Test
  void costs() {
    long[] batched = measure(qbd, "b", Outcome.CREATED);
    long[] rerun = measure(qbd, "r", Outcome.UNCHANGED);
    long[] single = measure(qbd.withPageSize(1), "s", Outcome.UNCHANGED);
    assertTrue(batched[2] * 10 < single[2], batched[2] + " vs " + single[2]);
    System.out.printf(
        Locale.ROOT,
        "FIGURE qbd costs -> direct costs per %d records: pages of 500: %d qbXML requests in %d"
            + " messages, %d SOAP round trips, %d Procore requests | pages of 1: %d messages, %d SOAP"
            + " round trips | rerun: %d SOAP round trips, %d Procore requests, 0 writes%n",
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
