package dev.procoresync.examples;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.model.RoundingRule;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.busybusy.FakeBusybusy;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.Fixtures;
import dev.procoresync.timekeeping.busybusy.BusybusyClient;
import dev.procoresync.timekeeping.busybusy.BusybusyLinks;
import dev.procoresync.timekeeping.busybusy.BusybusyTimecardFlow;
import dev.procoresync.timekeeping.model.RoundingPolicy;
import dev.procoresync.timekeeping.model.TimeEntry;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The time-keeping part of the demo, each vendor against its testkit fake: busybusy time entries
 * become Procore timecard entries; ExakTime's SyncLinx import and AccountLinx export and
 * ServiceTrade's project-to-job and clock-event flows run in {@link TimeVendorsDemo}. Each flow
 * runs twice; the second run writes nothing.
 *
 * <pre>
 * ./mvnw -B -q -Pdemo -pl procore-sync-examples -am package -Ddemo.args="--only=timekeeping"
 * </pre>
 */
final class TimekeepingDemo {
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final ZoneId DENVER = ZoneId.of("America/Denver");

  private TimekeepingDemo() {}

  /**
   * Runs the part, printing to {@code out}.
   *
   * @param out where to print
   * @param options the demo's flags (only {@code --dry-run} applies here)
   * @return the reports of every run, in order (first run, rerun, per vendor)
   */
  static List<SyncReport> run(PrintStream out, DemoOptions options) {
    RunOptions runOptions =
        RunOptions.builder()
            .dryRun(options.dryRun())
            .listener(new ConsoleProgress(out, false))
            .build();
    List<SyncReport> reports = new ArrayList<>();
    out.println();
    out.println("procore-sync time-keeping demo (busybusy, ExakTime, ServiceTrade)");
    long start = System.nanoTime();
    busybusy(out, runOptions, reports);
    BusybusyDemo.run(out, runOptions);
    out.printf("  (busybusy: %.1f s)%n", (System.nanoTime() - start) / 1e9);
    start = System.nanoTime();
    TimeVendorsDemo.exakTime(out, runOptions, reports);
    out.printf("  (ExakTime: %.1f s)%n", (System.nanoTime() - start) / 1e9);
    start = System.nanoTime();
    TimeVendorsDemo.serviceTrade(out, runOptions, reports);
    out.printf("  (ServiceTrade: %.1f s)%n", (System.nanoTime() - start) / 1e9);
    return reports;
  }

  private static void busybusy(PrintStream out, RunOptions runOptions, List<SyncReport> reports) {
    FakeClock clock = FakeClock.at(Instant.parse("2026-06-12T06:00:00Z"));
    try (FakeProcore procore = FakeProcore.builder().clock(clock).start();
        FakeBusybusy busybusy = FakeBusybusy.start(clock);
        ProcoreClient procoreClient = procore.clientBuilder().build();
        BusybusyClient client =
            BusybusyClient.builder()
                .endpoint(busybusy.endpoint())
                .key(FakeBusybusy.KEY)
                .clock(clock)
                .sleeper(clock.sleeper())
                .build()) {
      CompanyClient company = procoreClient.forCompany(procore.companyId());
      long project =
          procore.givenProject(
              Fixtures.project("Johnson Home").with("time_zone", "America/Denver"));
      long framing = procore.givenCostCode(project, Fixtures.costCode("06-200", "Framing"));
      String home = busybusy.givenProject("Johnson Home", null);
      String code = busybusy.givenCostCode("06-200", "Framing");
      BusybusyLinks.Builder links =
          BusybusyLinks.builder()
              .putProject(home, project)
              .putCostCode(code, framing)
              .putZone(project, DENVER)
              .rounding(RoundingPolicy.of(15, RoundingRule.NEAREST));
      String[][] crew = {{"Ana", "Ruiz", "E-1"}, {"Ben", "Cho", "E-2"}};
      for (String[] who : crew) {
        long person =
            procore.givenPerson(Fixtures.person(who[0], who[1]).with("employee_id", who[2]));
        String member = busybusy.givenMember(who[0], who[1], who[2]);
        links.putWorker(member, person);
        for (int day = 8; day <= 9; day++) {
          busybusy.givenTimeEntry(
              member,
              home,
              code,
              denver(String.format("2026-06-%02dT07:%02d", day, 5 * day % 60)),
              denver(String.format("2026-06-%02dT15:%02d", day, 7 * day % 60)));
        }
      }
      // a worker nobody linked to Procore: skipped, naming the member
      String stranger = busybusy.givenMember("Dee", "Unlinked", null);
      busybusy.givenTimeEntry(
          stranger, home, code, denver("2026-06-10T07:00"), denver("2026-06-10T12:00"));
      BusybusyLinks linked = links.build();
      BusybusyTimecardFlow flow = BusybusyTimecardFlow.of(company, clock);
      twice(
          out,
          "busybusy time entries -> Procore timecard entries",
          () -> {
            List<TimeEntry> entries =
                client.timeEntries(Optional.empty()).collect(Collectors.toList());
            return flow.run("company:" + procore.companyId(), entries, linked, runOptions);
          },
          () -> writes(procore.requests().stream().map(r -> r.method() + " " + r.path())),
          reports);
    }
  }

  static void twice(
      PrintStream out,
      String title,
      Supplier<SyncReport> flow,
      LongSupplier writes,
      List<SyncReport> reports) {
    for (int pass = 1; pass <= 2; pass++) {
      out.println(
          "== "
              + title
              + (pass == 1 ? ", run 1" : ", run 2 (nothing changed, so nothing may be written)"));
      long before = writes.getAsLong();
      SyncReport report = flow.get();
      reports.add(report);
      out.print(Demo.indent(report.toText(3)));
      out.println("  writes: " + (writes.getAsLong() - before));
    }
  }

  static long writes(java.util.stream.Stream<String> requests) {
    return requests
        .filter(r -> WRITES.contains(r.substring(0, r.indexOf(' '))))
        .filter(r -> !r.contains("/oauth/") && !r.contains("/token"))
        .count();
  }

  private static Instant denver(String local) {
    return LocalDateTime.parse(local).atZone(DENVER).toInstant();
  }
}
