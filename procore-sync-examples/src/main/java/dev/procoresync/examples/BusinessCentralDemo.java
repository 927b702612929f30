package dev.procoresync.examples;

import dev.procoresync.bc.client.BcClient;
import dev.procoresync.bc.flow.PurchaseOrderFlow;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.client.ProcoreCredentials;
import dev.procoresync.core.client.ProcoreEnvironment;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.bc.BcCompanyFixture;
import dev.procoresync.testkit.bc.FakeBusinessCentral;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.Fixtures;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Business Central part of the demo: purchase orders of the testkit's fake Business Central
 * become commitments in the fake Procore through {@link PurchaseOrderFlow}, and the Procore
 * commitment ids are written back to Business Central. A second run over the same orders writes
 * nothing on either side. Then the other six flows of the guide run on the same fakes: posted
 * invoices and project journal lines ({@link BcCostFlowsDemo}), project push and crew time sheets
 * ({@link BcProjectFlowsDemo}), approved and NPC change orders ({@link BcChangeOrderDemo}).
 *
 * <pre>
 * ./mvnw -B -q -Pdemo -pl procore-sync-examples -am package -Ddemo.args="--only=bc"
 * </pre>
 */
final class BusinessCentralDemo {
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final int ORDERS = 12;

  private BusinessCentralDemo() {}

  /**
   * Runs the part, printing to {@code out}.
   *
   * @param out where to print
   * @param options the demo's flags (only {@code --dry-run} applies here)
   * @return the reports of the two runs, in order
   */
  static List<SyncReport> run(PrintStream out, DemoOptions options) {
    FakeClock clock = FakeClock.at(Instant.parse("2026-01-17T06:00:00Z"));
    List<SyncReport> reports = new ArrayList<>();
    try (FakeProcore procore = FakeProcore.builder().clock(clock).start();
        FakeBusinessCentral bc = FakeBusinessCentral.builder().clock(clock).start()) {
      long project = procore.givenProject(Fixtures.project("Main St"));
      for (String code : List.of("01.1000.M", "01.2000.L")) {
        procore.given(
            Fixtures.of("wbs_codes").with("flat_code", code).with("description", code).in(project));
      }
      procore.givenVendor(Fixtures.vendor("Acme Supply").originId("bc:vendor:V0042"));
      BcCompanyFixture.Builder company =
          BcCompanyFixture.builder()
              .vendor("V0042", "Acme Supply")
              .vendor("V0077", "Not yet in Procore")
              .project("JOB000042", "Main St", p -> p.put("procoreProjectId", project));
      for (int i = 1; i <= ORDERS; i++) {
        String number = String.format("PO-%04d", 1000 + i);
        // every sixth order is from a vendor Procore does not know: skipped with its reason
        String vendor = i % 6 == 0 ? "V0077" : "V0042";
        company.purchaseOrder(number, vendor, "JOB000042", o -> o.put("sendToProcore", true));
        for (int line = 1; line <= 1 + i % 3; line++) {
          int n = line;
          company.purchaseOrderLine(
              number,
              line * 10000,
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
      }
      bc.given(company.build());

      BcClient client =
          BcClient.builder()
              .tenant(bc.tenant())
              .environment(bc.environment())
              .companyId(bc.companyId())
              .clientId(bc.clientId())
              .clientSecret(bc.clientSecret())
              .apiBase(bc.apiBaseUrl())
              .loginBase(bc.loginBaseUrl())
              .clock(clock)
              .sleeper(clock.sleeper())
              .build();
      CompanyClient procoreCompany =
          ProcoreClient.builder()
              .environment(ProcoreEnvironment.custom(procore.loginBaseUrl(), procore.apiBaseUrl()))
              .credentials(
                  ProcoreCredentials.clientCredentials(procore.clientId(), procore.clientSecret()))
              .clock(clock)
              .sleeper(clock.sleeper())
              .build()
              .forCompany(procore.companyId());
      PurchaseOrderFlow flow = PurchaseOrderFlow.create(client, procoreCompany, clock);
      RunOptions runOptions =
          RunOptions.builder()
              .dryRun(options.dryRun())
              .listener(new ConsoleProgress(out, false))
              .build();

      out.println();
      out.println("procore-sync Business Central demo");
      out.println(
          "  fake Business Central at "
              + bc.baseUrl()
              + ", fake Procore at "
              + procore.apiBaseUrl()
              + "; "
              + ORDERS
              + " purchase orders of job JOB000042 (linked to Procore project "
              + project
              + ")");
      for (int pass = 1; pass <= 2; pass++) {
        out.println(
            pass == 1
                ? "== BC run 1: purchase orders to Procore commitments"
                : "== BC run 2: the same orders again (nothing may be written)");
        long procoreBefore = writes(procore);
        long bcBefore = bcWrites(bc);
        SyncReport report = flow.run(runOptions);
        reports.add(report);
        out.print(Demo.indent(report.toText(3)));
        out.println(
            "  writes: "
                + (writes(procore) - procoreBefore)
                + " to Procore, "
                + (bcWrites(bc) - bcBefore)
                + " to Business Central; "
                + report.count(Outcome.CREATED)
                + " created, "
                + report.count(Outcome.UNCHANGED)
                + " unchanged");
      }
      BcCostFlowsDemo.run(out, bc, client, procoreCompany, clock, runOptions);
      BcProjectFlowsDemo.run(out, bc, procore, client, procoreCompany, clock, runOptions);
      BcChangeOrderDemo.run(out, options, procore, bc, client, procoreCompany, clock, project);
    }
    return reports;
  }

  private static long writes(FakeProcore procore) {
    return procore.requests().stream()
        .filter(r -> r.path().startsWith("/rest/") && WRITES.contains(r.method()))
        .count();
  }

  private static long bcWrites(FakeBusinessCentral bc) {
    return bc.requests().stream()
        .filter(r -> r.path().contains("/api/") && WRITES.contains(r.method()))
        .count();
  }
}
