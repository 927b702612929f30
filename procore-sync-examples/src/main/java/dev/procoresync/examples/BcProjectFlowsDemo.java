package dev.procoresync.examples;

import dev.procoresync.bc.client.BcClient;
import dev.procoresync.bc.flow.CrewTimeSheetFlow;
import dev.procoresync.bc.flow.ProjectPushFlow;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.state.InMemorySyncStateStore;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.bc.BcCompanyFixture;
import dev.procoresync.testkit.bc.FakeBusinessCentral;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.Fixtures;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The Business Central demo's part for guide flows 1 and 7: pushes a project with its segment
 * codes, job tasks and budget lines to the fake Procore, then brings a Procore timesheet of that
 * project into the fake Business Central's crew time sheet buffer, and prints both reports.
 */
final class BcProjectFlowsDemo {
  private BcProjectFlowsDemo() {}

  /**
   * Seeds both fakes, runs {@link ProjectPushFlow} and {@link CrewTimeSheetFlow}, prints their
   * reports.
   *
   * @param out where to print
   * @param bc the fake Business Central the demo started
   * @param procore the fake Procore the demo started
   * @param client a client of the fake Business Central
   * @param company a client of the fake Procore's company
   * @param clock the fakes' clock
   * @param options dry run and progress
   * @return the two reports
   */
  static List<SyncReport> run(
      PrintStream out,
      FakeBusinessCentral bc,
      FakeProcore procore,
      BcClient client,
      CompanyClient company,
      FakeClock clock,
      RunOptions options) {
    List<SyncReport> reports = new ArrayList<>();
    procore.given(Fixtures.lineItemType("L", "Labor"));
    procore.given(Fixtures.lineItemType("M", "Materials"));
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    BcCompanyFixture.Builder f =
        BcCompanyFixture.builder()
            .project(
                "JOB000100",
                "Riverside Clinic",
                p ->
                    p.put("sendToProcore", true)
                        .put("billToCustomerNumber", "C00010")
                        .put("city", "Springfield")
                        .put("startingDate", today.toString()))
            .segmentCode("JOB000100", "01", "Building A")
            .segmentCode("JOB000100", "02", "Building B")
            .resource("R0001", "Ana Lopez", r -> r.put("useCrewTimeSheet", true))
            .accountingPeriod(today.withDayOfMonth(1), false)
            .accountingPeriod(today.withDayOfMonth(1).plusMonths(1), false);
    for (int i = 1; i <= 4; i++) {
      int n = i;
      String task = String.valueOf(1000 * i);
      f.jobTask("JOB000100", task, "Task " + i, t -> t.put("segmentCode", n <= 2 ? "01" : "02"));
      f.planningLine(
          "JOB000100",
          task,
          10000,
          l ->
              l.put("sendBudgetLineToProcore", true)
                  .put("costType", n % 2 == 0 ? "M" : "L")
                  .put("quantity", 10 * n)
                  .put("unitOfMeasureCode", "HOUR")
                  .put("unitCost", 55)
                  .put("totalCost", 550 * n));
    }
    bc.given(f.build());

    out.println("== BC flow 1: projects with \"Send to Procore\" to Procore");
    SyncReport push = ProjectPushFlow.create(client, company, clock).run(options);
    reports.add(push);
    out.print(Demo.indent(push.toText(3)));

    long project =
        procore.all("projects").stream()
            .filter(p -> "bc:job:JOB000100".equals(p.path("origin_id").asText()))
            .mapToLong(p -> p.path("id").asLong())
            .findFirst()
            .orElse(0);
    if (project == 0) {
      out.println("  (dry run: the project is not in Procore, so no timesheet to bring back)");
      return reports;
    }
    long worker = procore.givenPerson(Fixtures.person("Ana", "Lopez"));
    String resource =
        bc.all(dev.procoresync.testkit.bc.contract.BcApi.CUSTOM, "resources").stream()
            .filter(r -> "R0001".equals(r.path("number").asText()))
            .findFirst()
            .orElseThrow()
            .path("id")
            .asText();
    bc.update(
        dev.procoresync.testkit.bc.contract.BcApi.CUSTOM,
        "resources",
        resource,
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
            .objectNode()
            .put("procorePersonId", worker));
    long labor =
        procore.all("line_item_types").stream()
            .filter(t -> "L".equals(t.path("code").asText()))
            .findFirst()
            .orElseThrow()
            .path("id")
            .asLong();
    long sub =
        procore.all("sub_jobs").stream()
            .filter(s -> "bc:segment_code:JOB000100:01".equals(s.path("origin_id").asText()))
            .findFirst()
            .orElseThrow()
            .path("id")
            .asLong();
    long cost =
        procore.all("cost_codes").stream()
            .filter(c -> "bc:job_task:JOB000100:1000".equals(c.path("origin_id").asText()))
            .findFirst()
            .orElseThrow()
            .path("id")
            .asLong();
    long sheet = procore.given(Fixtures.timesheet(today).in(project)).get("id").asLong();
    String[] statuses = {"approved", "pending", "reviewed"};
    for (int i = 0; i < statuses.length; i++) {
      procore.givenTimecardEntry(
          project,
          Fixtures.timecardEntry(today, new BigDecimal(8 - i), worker)
              .with("timesheet_id", sheet)
              .with("cost_code_id", cost)
              .with("sub_job_id", sub)
              .with("line_item_type_id", labor)
              .with("approval_status", statuses[i]));
    }
    out.println("== BC flow 7: Procore timesheets to the crew time sheet buffer");
    SyncReport time =
        CrewTimeSheetFlow.create(client, company, InMemorySyncStateStore.create(clock), clock)
            .run(options);
    reports.add(time);
    out.print(Demo.indent(time.toText(3)));
    return reports;
  }
}
