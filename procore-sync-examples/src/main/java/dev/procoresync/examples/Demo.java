package dev.procoresync.examples;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.client.ProcoreCredentials;
import dev.procoresync.core.client.ProcoreEnvironment;
import dev.procoresync.core.flow.CostCodeInput;
import dev.procoresync.core.flow.CostCodeUpsertFlow;
import dev.procoresync.core.flow.TimecardAudit;
import dev.procoresync.core.flow.TimecardAuditFlow;
import dev.procoresync.core.flow.TimecardAuditRules;
import dev.procoresync.core.flow.VendorUpsertFlow;
import dev.procoresync.core.mapping.timesheet.WorkerDay;
import dev.procoresync.core.model.VendorUpdate;
import dev.procoresync.core.state.SyncStateStore;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.Fault;
import dev.procoresync.testkit.procore.RateLimit;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo: procore-sync's main job, end to end, on the testkit's fake Procore.
 *
 * <p>It starts the fake Procore in process (real HTTP on loopback), generates a deterministic
 * sample ERP export, and runs the generic flows through the real client with a progress bar,
 * printing each report and the requests it spent. Then it runs the same flows again, to show that
 * nothing is written the second time. Nothing it prints is canned: every figure comes from the run.
 *
 * <p>Flags: {@code --dry-run} (report what would be written, write nothing), {@code --rate-limit}
 * (the fake enforces a 25 requests / 10 s spike window and a 3,600 / hour window, on the fake
 * clock), {@code --faults} (the fake fails some requests: 500s, a 503 with Retry-After, a reset
 * connection), {@code --vendors N} (how many vendor records the export holds, default 2,000),
 * {@code --serve-procore} / {@code --procore=URL} (several processes on one fake Procore and one
 * store: {@link SharedProcoreDemo}), {@code --state=jdbc:postgresql://...} or {@code
 * --state=redis://...} (keep the sync state, the token pair and the rate-limit budget in that
 * database or Redis instead of memory; see the README's "Running on many machines"), {@code
 * --only=procore|bc|timekeeping|qbd} (run one part).
 *
 * <p>After the main job it runs one part per connector, each on its own testkit fakes and each
 * twice (the rerun writes nothing): {@code BusinessCentralDemo} (purchase orders to commitments),
 * {@code TimekeepingDemo} (busybusy, ExakTime, ServiceTrade) and {@link QuickBooksDemo} (the Web
 * Connector flows against a simulated company file).
 *
 * <pre>
 * ./mvnw -B -q -Pdemo -pl procore-sync-examples -am package -Ddemo.args="--rate-limit --faults"
 * </pre>
 */
public final class Demo {
  private final PrintStream out;
  private final DemoOptions options;

  private Demo(PrintStream out, DemoOptions options) {
    this.out = out;
    this.options = options;
  }

  /**
   * Runs the demo.
   *
   * @param args the flags described on the class
   */
  public static void main(String[] args) {
    DemoOptions options;
    try {
      options = DemoOptions.parse(List.of(args));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(DemoOptions.USAGE);
      System.exit(2);
      return;
    }
    new Demo(System.out, options).run();
  }

  /**
   * Runs the parts the options select: the main job on the fake Procore, then Business Central, the
   * time-keeping vendors and QuickBooks Desktop, each on its own fakes.
   *
   * @param out where to print
   * @param options the flags
   */
  static void run(PrintStream out, DemoOptions options) {
    new Demo(out, options).run();
  }

  private void run() {
    if (SharedProcoreDemo.run(out, options)) {
      return;
    }
    if (options.runs("procore")) {
      runProcore();
    }
    if (options.runs("bc")) {
      BusinessCentralDemo.run(out, options);
    }
    if (options.runs("timekeeping")) {
      TimekeepingDemo.run(out, options);
    }
    if (options.runs("qbd")) {
      QuickBooksDemo.run(out, options);
    }
  }

  private void runProcore() {
    FakeClock clock = FakeClock.at(Instant.parse("2026-01-17T06:00:00Z"));
    RateLimit limit =
        options.rateLimit() ? RateLimit.of(3_600, 25).withRetryAfter(true) : RateLimit.off();
    // with a durable store, each demo process is its own OAuth client of its own fake Procore, so
    // that two demos on one store do not spend each other's tokens
    String clientId =
        options.state().isEmpty()
            ? FakeProcore.DEFAULT_CLIENT_ID
            : "demo-" + ProcessHandle.current().pid();
    try (FakeProcore procore =
            FakeProcore.builder()
                .clock(clock)
                .client(clientId, FakeProcore.DEFAULT_CLIENT_SECRET)
                .rateLimit(limit)
                .start();
        DemoState durable = DemoState.open(options.state(), clock)) {
      RequestCounter counter = new RequestCounter();
      ProcoreClient client =
          ProcoreClient.builder()
              .environment(ProcoreEnvironment.custom(procore.loginBaseUrl(), procore.apiBaseUrl()))
              .credentials(
                  ProcoreCredentials.clientCredentials(procore.clientId(), procore.clientSecret()))
              .clock(clock)
              .sleeper(clock.sleeper())
              .requestListener(counter)
              .tokenStore(durable.store())
              .rateLimitBudget(durable.budget())
              .build();
      CompanyClient company = client.forCompany(procore.companyId());
      SampleErpExport erp = SampleErpExport.generate(42, options.vendors());
      SampleTimecards time = SampleTimecards.seed(procore, clock, 7, 75);
      SyncStateStore state = durable.store();

      out.println("procore-sync demo");
      out.println(
          "  fake Procore at " + procore.apiBaseUrl() + " (company " + company.companyId() + ")");
      out.println(
          "  sample ERP export: "
              + erp.vendors().size()
              + " vendors, "
              + erp.costCodes().size()
              + " cost codes; in Procore, "
              + time.entries()
              + " timecard entries of project "
              + time.projectId()
              + " from "
              + time.first()
              + " to "
              + time.last());
      out.println(
          "  options: "
              + (options.dryRun() ? "dry run, " : "")
              + (options.rateLimit() ? "rate limit 25/10s + 3600/h, " : "no rate limit, ")
              + (options.faults() ? "injected faults" : "no faults")
              + ", state in "
              + durable);
      if (options.faults()) {
        procore.failNext("PATCH /rest/v1.0/vendors/sync", 2, Fault.serverError());
        procore.failNext(
            "GET /rest/v1.0/vendors", 1, Fault.serviceUnavailable(Duration.ofSeconds(7)));
        procore.failNext("PATCH /rest/v1.0/vendors/sync", 1, Fault.connectionReset());
      }

      RunOptions runOptions =
          RunOptions.builder().dryRun(options.dryRun()).listener(new ConsoleProgress(out)).build();
      // The flows' reports are timed on the real clock; the client and the fake share the fake one,
      // on which rate-limit waits and backoff pass without sleeping.
      VendorUpsertFlow vendors = VendorUpsertFlow.create(company);
      CostCodeUpsertFlow costCodes = CostCodeUpsertFlow.create(company);
      TimecardAuditFlow audit = TimecardAuditFlow.create(company, state, clock);
      TimecardAuditRules rules =
          TimecardAuditRules.builder().zeroHoursTimeTypes(Set.of("PTO")).build();
      for (int pass = 1; pass <= 2; pass++) {
        out.println();
        out.println(
            pass == 1
                ? "== Run 1: push the export into Procore"
                : "== Run 2: the same export again (nothing changed, so nothing may be written)");
        Instant started = clock.instant();
        long wallStart = System.nanoTime();
        out.println("-- vendors");
        SyncReport report = vendors.run(erp.vendors(), Demo::toVendor, runOptions);
        out.print(indent(report.toText(3)));
        out.println("  " + counter.drain());

        out.println("-- cost codes of project " + time.projectId());
        SyncReport codes =
            costCodes.run(time.projectId(), erp.costCodes(), Demo::toCostCode, runOptions);
        out.print(indent(codes.toText(3)));
        out.println("  " + counter.drain());

        out.println("-- timecard audit (read only) " + time.first() + " to " + time.last());
        TimecardAudit result =
            audit.run(time.projectId(), time.first(), time.last(), rules, runOptions);
        out.print(indent(result.report().toText(2)));
        printTotals(result);
        out.println("  " + counter.drain());
        out.println(
            String.format(
                "  time: %.2f s real, %d s on the fake clock (rate-limit waits pass there)",
                (System.nanoTime() - wallStart) / 1e9,
                Duration.between(started, clock.instant()).toSeconds()));
        if (pass == 1) {
          clock.advance(Duration.ofHours(1));
        }
      }
    }
  }

  /**
   * The host's mapping from its own vendor record to the vendor Procore should hold.
   *
   * @param v the ERP record
   * @return the Procore vendor, keyed by the ERP's vendor number
   */
  static VendorUpdate toVendor(ErpVendor v) {
    return VendorUpdate.builder()
        .originId("erp:vendor:" + v.number())
        .originCode(v.number())
        .name(v.name())
        .city(v.city())
        .stateCode(v.stateCode())
        .countryCode("US")
        .emailAddress(v.email())
        .isActive(v.active())
        .build();
  }

  /**
   * The host's mapping from its cost-code list to the input of the cost-code flow.
   *
   * @param c the ERP cost code
   * @return the flow's input, keyed by the ERP's code path
   */
  static CostCodeInput toCostCode(ErpCostCode c) {
    String parent = c.parentCode();
    return parent == null
        ? CostCodeInput.division("erp:cost_code:" + c.code(), c.code(), c.name())
        : CostCodeInput.code(
            "erp:cost_code:" + parent + "-" + c.code(),
            "erp:cost_code:" + parent,
            c.code(),
            c.name());
  }

  private void printTotals(TimecardAudit result) {
    Map<WorkerDay, BigDecimal> totals = result.hoursByWorkerAndDay();
    BigDecimal sum = totals.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    out.println(
        "  passing hours: "
            + sum.toPlainString()
            + " over "
            + RequestCounter.plural(totals.size(), "worker-day")
            + "; "
            + (result.incremental()
                ? "incremental read: only the entries changed since the last run's cursor were"
                    + " audited (entries refused before and not changed since are not listed again)"
                : "full read of the range")
            + "; "
            + RequestCounter.plural(result.pages(), "page"));
  }

  static String indent(String text) {
    return text.lines().map(l -> "  " + l).reduce("", (a, b) -> a + b + System.lineSeparator());
  }
}
