package dev.procoresync.examples;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.client.ProcoreCredentials;
import dev.procoresync.core.client.ProcoreEnvironment;
import dev.procoresync.core.model.Vendor;
import dev.procoresync.core.state.InMemoryWebConnectorQueue;
import dev.procoresync.core.state.WebConnectorQueue;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.qbd.flow.CompaniesToVendorsFlow;
import dev.procoresync.qbd.flow.CostCodesToItemsFlow;
import dev.procoresync.qbd.flow.CostsToDirectCostsFlow;
import dev.procoresync.qbd.flow.IteratorContinuations;
import dev.procoresync.qbd.flow.QbdConnection;
import dev.procoresync.qbd.flow.QbdFlowRun;
import dev.procoresync.qbd.model.CostCodeExport;
import dev.procoresync.qbd.model.CostImportSettings;
import dev.procoresync.qbd.model.ItemSettings;
import dev.procoresync.qbd.webconnector.QwcFile;
import dev.procoresync.qbd.webconnector.WebConnectorAccount;
import dev.procoresync.qbd.webconnector.WebConnectorCredentials;
import dev.procoresync.qbd.webconnector.WebConnectorHttpServer;
import dev.procoresync.qbd.webconnector.WebConnectorService;
import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.Fixtures;
import dev.procoresync.testkit.qbd.SimulatedSession;
import dev.procoresync.testkit.qbd.WebConnectorSimulator;
import dev.procoresync.testkit.qbd.company.SimulatedCompanyFile;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The QuickBooks Desktop part of the demo: the Web Connector service on the JDK's HTTP server, the
 * QuickBooks flows of {@code dev.procoresync.qbd.flow} queueing their qbXML, and the testkit's Web
 * Connector simulator polling the service over real HTTP and answering from the testkit's simulated
 * company file.
 *
 * <p>It prints the {@code .qwc} file a user would load, then runs two flows (Procore companies to
 * QuickBooks vendors, Procore cost codes to QuickBooks service items): each flow queues its reads,
 * the simulated Web Connector polls and drains them (with the percent done it reports), the flow
 * queues its writes, and so on until its report is final. Each flow runs twice; the second run
 * sends no Add or Mod to QuickBooks. Then the costs import: checks, a credit card charge and a bill
 * entered in QuickBooks on a job that is a Procore project become direct costs in a fake Procore,
 * and the rerun writes nothing.
 *
 * <pre>
 * ./mvnw -B -q -Pdemo -pl procore-sync-examples -am package -Ddemo.args="--only=qbd"
 * </pre>
 */
public final class QuickBooksDemo {
  private static final int COST_CODES = 40;
  private final PrintStream out;
  private final FakeClock clock = FakeClock.at(Instant.parse("2026-01-17T06:00:00Z"));
  private final SimulatedCompanyFile qb = SimulatedCompanyFile.create(clock);
  private WebConnectorSimulator qbwc;

  private QuickBooksDemo(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the QuickBooks part on its own.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    new QuickBooksDemo(System.out).run();
  }

  /**
   * Runs the part, printing to {@code out}.
   *
   * @param out where to print
   * @param options the demo's flags (none applies here: the Web Connector flows have no dry run)
   * @return the reports of every run, in order (first run, rerun, per flow)
   */
  static List<SyncReport> run(PrintStream out, DemoOptions options) {
    return new QuickBooksDemo(out).run();
  }

  private List<SyncReport> run() {
    WebConnectorQueue queue = InMemoryWebConnectorQueue.create(clock);
    WebConnectorAccount account =
        WebConnectorAccount.builder()
            .userName("acme-qb")
            .password("demo-password") // in a host: from its secret store
            .companyKey("acme")
            .build();
    // [qbwc-service]
    WebConnectorService service =
        WebConnectorService.builder()
            .queue(queue) // the same queue the QuickBooks flows enqueue into
            .credentials(WebConnectorCredentials.of(List.of(account)))
            .answerListener(IteratorContinuations.INSTANCE) // reads all pages in one session
            .clock(clock)
            .build();
    // [qbwc-service]
    qb.addAccount("Construction Income").addAccount("Job Expenses");
    qb.addVendor("Smith Plumbing", null); // already in QuickBooks: matched by name, updated
    List<SyncReport> reports = new ArrayList<>();
    try (WebConnectorHttpServer server =
        WebConnectorHttpServer.start(service, "localhost", 0, "/qbwc")) {
      out.println();
      out.println("procore-sync QuickBooks Desktop demo");
      out.println("  Web Connector service at " + server.url() + " (WSDL at ?wsdl)");
      out.println("-- the .qwc file the user adds to the Web Connector");
      QwcFile qwc =
          QwcFile.builder()
              .appName("Procore Sync (Acme)")
              .appUrl(server.url())
              .appSupport(server.url().resolve("/support"))
              .userName(account.userName())
              .ownerId(QwcFile.stableId("procore-sync-demo"))
              .fileId(QwcFile.stableId("procore-sync-demo/acme"))
              .runEveryMinutes(15)
              .build();
      out.println(qwc.toXml().strip());
      qbwc =
          WebConnectorSimulator.builder()
              .url(server.url())
              .userName(account.userName())
              .password("demo-password") // what the user typed into the Web Connector
              .endpoint(qb)
              .maxRequests(100_000)
              .build();
      QbdConnection qbd = QbdConnection.of(queue, "acme", clock);

      List<Vendor> companies =
          List.of(
              vendor(1, "Smith Plumbing", "512-555-0101"),
              vendor(2, "Baker Electric", "512-555-0102"),
              vendor(3, "Cole & Sons Drywall", "512-555-0103"),
              vendor(4, "Delta Concrete", "512-555-0104"));
      CompaniesToVendorsFlow vendors = CompaniesToVendorsFlow.create(qbd);
      List<CostCodeExport> codes = new ArrayList<>();
      for (int i = 0; i < COST_CODES; i++) {
        codes.add(
            CostCodeExport.builder()
                .procoreId(i)
                .code(String.format("%02d-%03d", 1 + i / 10, 100 + i % 10))
                .description("Work package " + i)
                .build());
      }
      // a custom segment has no QuickBooks item: skipped with its reason
      codes.add(CostCodeExport.builder().procoreId(999).code("99-900").customSegment(true).build());
      CostCodesToItemsFlow items =
          CostCodesToItemsFlow.create(
              qbd.withPageSize(25),
              ItemSettings.builder()
                  .incomeAccount("Construction Income")
                  .expenseAccount("Job Expenses")
                  .build());
      for (int pass = 1; pass <= 2; pass++) {
        String suffix =
            pass == 1 ? ", run 1" : ", run 2 (nothing changed, so nothing may be written)";
        out.println("== Procore companies -> QuickBooks vendors" + suffix);
        reports.add(drive(vendors.start("vendors-" + pass, companies), vendors::advance));
        out.println("== Procore cost codes -> QuickBooks service items" + suffix);
        reports.add(drive(items.start("cost-codes-" + pass, codes), items::advance));
      }
      reports.addAll(costsImport(qbd));
      return reports;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the Web Connector service", e);
    }
  }

  /**
   * QuickBooks costs -> Procore direct costs: checks, a credit card charge and a bill a user
   * entered on a job that is a Procore project, imported twice into a fake Procore.
   */
  private List<SyncReport> costsImport(QbdConnection qbd) {
    qb.addCustomer("Acme Corp", null, null, null);
    String job = qb.addCustomer("Tower A", "Acme Corp", "1 Main St", null);
    qb.addVendor("Corner Hardware", null);
    LocalDate day = LocalDate.of(2026, 1, 16);
    qb.addCost(
        "Check",
        "Corner Hardware",
        "Acme Corp:Tower A",
        "Job Expenses",
        new BigDecimal("120.50"),
        day,
        "1001");
    qb.addCost(
        "CreditCardCharge",
        "Corner Hardware",
        "Acme Corp:Tower A",
        "Job Expenses",
        new BigDecimal("45.00"),
        day,
        null);
    qb.addCost(
        "Bill",
        "Smith Plumbing",
        "Acme Corp:Tower A",
        "Job Expenses",
        new BigDecimal("980.00"),
        day,
        "INV-77");
    List<SyncReport> reports = new ArrayList<>();
    try (FakeProcore procore = FakeProcore.builder().clock(clock).start()) {
      long project =
          procore.givenProject(Fixtures.project("Tower A").originId("qbd:customer:" + job));
      procore.givenCostCode(project, Fixtures.costCode("99-900", "Other job costs"));
      procore.givenVendor(Fixtures.vendor("Corner Hardware"));
      procore.givenVendor(Fixtures.vendor("Smith Plumbing"));
      long otherCosts = procore.given(Fixtures.lineItemType("O", "Other")).path("id").asLong();
      CompanyClient company =
          ProcoreClient.builder()
              .environment(ProcoreEnvironment.custom(procore.loginBaseUrl(), procore.apiBaseUrl()))
              .credentials(
                  ProcoreCredentials.clientCredentials(procore.clientId(), procore.clientSecret()))
              .clock(clock)
              .sleeper(clock.sleeper())
              .build()
              .forCompany(procore.companyId());
      CostsToDirectCostsFlow costs =
          CostsToDirectCostsFlow.create(
              qbd,
              company,
              CostImportSettings.builder()
                  .lineItemTypeId(otherCosts)
                  .defaultCostCode("99-900")
                  .build());
      for (int pass = 1; pass <= 2; pass++) {
        out.println(
            "== QuickBooks costs -> Procore direct costs"
                + (pass == 1 ? ", run 1" : ", run 2 (nothing changed, so nothing may be written)"));
        reports.add(drive(costs.start("costs-" + pass), costs::advance));
        out.println("  Procore direct costs held: " + procore.all("direct_costs").size());
      }
    }
    return reports;
  }

  /** Lets the Web Connector poll until the flow's report is final, printing each session. */
  private SyncReport drive(QbdFlowRun start, UnaryOperator<QbdFlowRun> advance) {
    long writesBefore = qb.writes();
    QbdFlowRun run = start;
    for (int session = 1; session <= 20 && !run.isFinal(); session++) {
      clock.advance(Duration.ofMinutes(15)); // the Web Connector's schedule in the .qwc file
      SimulatedSession s = qbwc.run();
      run = advance.apply(run);
      out.println(
          "  session "
              + session
              + ": "
              + s.requests().size()
              + " qbXML messages, percent done "
              + s.percents()
              + "; flow now "
              + run.phase());
    }
    SyncReport report =
        run.report()
            .orElseThrow(() -> new IllegalStateException("the flow did not finish: " + start));
    out.print(Demo.indent(report.toText(3)));
    out.println("  writes: " + (qb.writes() - writesBefore) + " Add/Mod requests to QuickBooks");
    return report;
  }

  private static Vendor vendor(long id, String name, String phone) {
    return Vendor.builder().id(id).name(name).city("Austin").businessPhone(phone).build();
  }
}
