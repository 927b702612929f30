package dev.procoresync.examples;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.busybusy.FakeBusybusy;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.Fixtures;
import dev.procoresync.timekeeping.busybusy.BusybusyClient;
import dev.procoresync.timekeeping.busybusy.BusybusyFirstSync;
import dev.procoresync.timekeeping.busybusy.BusybusyLinks;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The busybusy first sync against the testkit's fakes: identical employees, projects and cost codes
 * are linked, an ambiguous employee and a Procore person not marked as an employee are reported
 * (never guessed), what only Procore has is copied to busybusy and what only busybusy has to
 * Procore (cost codes excepted). It runs twice; the second run, with the links of the first, writes
 * nothing.
 *
 * <pre>
 * ./mvnw -B -q -Pdemo -pl procore-sync-examples -am package -Ddemo.args="--only=timekeeping"
 * </pre>
 */
final class BusybusyDemo {
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  private BusybusyDemo() {}

  /**
   * Runs the first sync twice, printing every report to {@code out}.
   *
   * @param out where to print
   * @param runOptions dry run and progress
   * @return the two results, first run then rerun
   */
  static List<BusybusyFirstSync.Result> run(PrintStream out, RunOptions runOptions) {
    FakeClock clock = FakeClock.at(Instant.parse("2026-06-12T06:00:00Z"));
    List<BusybusyFirstSync.Result> results = new ArrayList<>();
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
      // Procore: employees, a person not marked as an employee, projects, standard cost codes
      procore.givenPerson(Fixtures.person("Ana", "Ruiz").with("employee_id", "E-1"));
      procore.givenPerson(Fixtures.person("Ben", "Cho").with("employee_id", "E-2"));
      procore.givenPerson(Fixtures.person("Eve", "Lind"));
      procore.givenPerson(Fixtures.person("Carl", "Diaz").with("is_employee", false));
      procore.givenProject(
          Fixtures.project("Johnson Home")
              .with("project_number", "P-1")
              .with("address", "1 Main St")
              .with("city", "Denver")
              .with("state_code", "CO")
              .with("zip", "80202"));
      procore.givenProject(Fixtures.project("Office").with("project_number", "P-2"));
      long list =
          procore
              .given(Fixtures.of("standard_cost_code_lists").with("name", "Standard"))
              .get("id")
              .asLong();
      long division =
          procore
              .given(
                  Fixtures.of("standard_cost_codes")
                      .in(list)
                      .with("code", "06")
                      .with("name", "Wood & Plastics"))
              .get("id")
              .asLong();
      for (String[] c : new String[][] {{"200", "Framing"}, {"300", "Trim"}}) {
        procore.given(
            Fixtures.of("standard_cost_codes")
                .in(list)
                .with("code", c[0])
                .with("name", c[1])
                .with("parent_id", division));
      }
      // busybusy: one identical member, a look-alike pair, a member Procore lacks, a tree
      busybusy.givenMember("Ana", "Ruiz", "E-1");
      busybusy.givenMember("Eve", "Lind", null);
      busybusy.givenMember("Eve", "Lind", "E-9");
      busybusy.givenMember("Carl", "Diaz", null);
      busybusy.givenMember("Dee", "Fox", "E-4");
      String home = busybusy.givenProject("Johnson Home", null);
      busybusy.givenProject("Concrete", home);
      String yard = busybusy.givenProject("Yard", null);
      busybusy.edit(
          "projects",
          yard,
          (ObjectNode)
              JsonNodeFactory.instance
                  .objectNode()
                  .set(
                      "projectInfo",
                      JsonNodeFactory.instance
                          .objectNode()
                          .put("number", "Y-1")
                          .put("address1", "9 Mill Rd")
                          .put("city", "Boulder")
                          .put("state", "CO")
                          .put("postalCode", "80301")));
      busybusy.givenCostCode("06-200", "Framing");
      busybusy.givenCostCode("99-000", "Misc");

      BusybusyFirstSync sync = BusybusyFirstSync.of(company, client, clock);
      BusybusyLinks links = BusybusyLinks.builder().build();
      for (int pass = 1; pass <= 2; pass++) {
        out.println(
            "== busybusy first sync"
                + (pass == 1 ? ", run 1" : ", run 2 with the links of run 1 (nothing to write)"));
        long procoreBefore = procoreWrites(procore);
        long busybusyBefore = mutations(busybusy);
        BusybusyFirstSync.Result result = sync.run(links, runOptions);
        results.add(result);
        for (SyncReport report : result.reports()) {
          out.print(Demo.indent(report.toText(3)));
        }
        out.printf(
            "  wrote %d to Procore and %d to busybusy; links: %d people, %d projects, %d cost"
                + " codes%n",
            procoreWrites(procore) - procoreBefore,
            mutations(busybusy) - busybusyBefore,
            result.links().workers().size(),
            result.links().projects().size(),
            result.links().costCodes().size());
        links = result.links();
      }
    }
    return results;
  }

  private static long procoreWrites(FakeProcore procore) {
    return procore.requests().stream()
        .filter(r -> WRITES.contains(r.method()))
        .filter(r -> !r.path().contains("/oauth/") && !r.path().contains("/token"))
        .count();
  }

  private static long mutations(FakeBusybusy busybusy) {
    return busybusy.requests().stream().filter(r -> r.body().contains("mutation")).count();
  }
}
