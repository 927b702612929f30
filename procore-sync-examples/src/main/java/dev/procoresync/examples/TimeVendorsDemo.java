package dev.procoresync.examples;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.model.Project;
import dev.procoresync.core.model.RoundingConfiguration;
import dev.procoresync.core.model.RoundingRule;
import dev.procoresync.core.state.InMemorySyncStateStore;
import dev.procoresync.core.state.SyncStateStore;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.exaktime.FakeExakTime;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.Fixtures;
import dev.procoresync.testkit.servicetrade.FakeServiceTrade;
import dev.procoresync.timekeeping.exaktime.client.ExakTimeClient;
import dev.procoresync.timekeeping.exaktime.flow.AccountLinxExportFlow;
import dev.procoresync.timekeeping.exaktime.flow.SyncLinxImportFlow;
import dev.procoresync.timekeeping.exaktime.model.SyncLinxCustomField;
import dev.procoresync.timekeeping.exaktime.model.SyncLinxCustomFieldType;
import dev.procoresync.timekeeping.exaktime.model.SyncLinxOptions;
import dev.procoresync.timekeeping.exaktime.model.SyncLinxProjectGrouping;
import dev.procoresync.timekeeping.servicetrade.client.ServiceTradeClient;
import dev.procoresync.timekeeping.servicetrade.flow.ClockEventSyncResult;
import dev.procoresync.timekeeping.servicetrade.flow.ClockEventTimesheetFlow;
import dev.procoresync.timekeeping.servicetrade.flow.ProjectJobFlow;
import dev.procoresync.timekeeping.servicetrade.model.ClockEventSelection;
import dev.procoresync.timekeeping.servicetrade.model.ClockEventTimes;
import dev.procoresync.timekeeping.servicetrade.model.LaborCostCode;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The ExakTime and ServiceTrade parts of the time-keeping demo, each against its testkit fake and a
 * fake Procore, each flow run twice (the second run writes nothing):
 *
 * <ul>
 *   <li>ExakTime SyncLinx: work classifications, time types and a custom fieldset imported
 *       alongside employees, projects with their sub jobs ({@code 200.005}) as locations grouped by
 *       project, and division cost codes;
 *   <li>ExakTime AccountLinx: a week of time records into Procore timecard entries (the new entries
 *       go in bulk calls);
 *   <li>ServiceTrade: a Procore project becomes a customer, location and job; the job's clock
 *       events go to the project's timesheet with one Labor cost code, rounded by the company's
 *       rule (actual and rounded times printed).
 * </ul>
 */
final class TimeVendorsDemo {
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  private TimeVendorsDemo() {}

  /**
   * Runs the ExakTime part: SyncLinx import, then AccountLinx export.
   *
   * @param out where to print
   * @param runOptions dry run and progress
   * @param reports where each run's report is added
   */
  static void exakTime(PrintStream out, RunOptions runOptions, List<SyncReport> reports) {
    FakeClock clock = FakeClock.at(Instant.parse("2026-06-12T06:00:00Z"));
    SyncStateStore state = InMemorySyncStateStore.create();
    try (FakeProcore procore = FakeProcore.builder().clock(clock).start();
        FakeExakTime exakTime = FakeExakTime.start(clock);
        ProcoreClient procoreClient =
            procore.clientBuilder().retryPolicy(AccountLinxExportFlow.retryPolicy()).build();
        ExakTimeClient exak =
            ExakTimeClient.builder()
                .baseUrl(exakTime.baseUrl())
                .subscriptionKey(exakTime.key())
                .clock(clock)
                .sleeper(clock.sleeper())
                .build()) {
      CompanyClient company = procoreClient.forCompany(procore.companyId());
      long journeyman = procore.given(Fixtures.workClassification("Journeyman")).get("id").asLong();
      procore.given(Fixtures.timecardTimeType("REG", "Regular Time"));
      procore.given(Fixtures.timecardTimeType("OT", "Overtime"));
      long project =
          procore.givenProject(
              Fixtures.project("PJA")
                  .with("project_number", "200")
                  .with("address", "1 Main St")
                  .with("city", "Springfield")
                  .with("state_code", "IL")
                  .with("zip", "62701")
                  .with("active", true));
      procore.given(Fixtures.subJob("005", "SJB").in(project));
      procore.givenCostCode(project, Fixtures.costCode("100", "Labor").with("full_code", "01-100"));
      String[][] people = {
        {"Ada", "Lovelace", "E-100"}, {"Grace", "Hopper", "E-101"}, {"Alan", "Turing", "E-102"}
      };
      for (String[] p : people) {
        procore.givenCompanyUser(
            Fixtures.companyUser(p[0], p[1], p[0].toLowerCase() + "@example.com")
                .with("is_employee", true)
                .with("employee_id", p[2])
                .with("work_classification_id", journeyman)
                .with("is_active", true));
        procore.givenPerson(
            Fixtures.person(p[0], p[1]).with("is_employee", true).with("employee_id", p[2]));
      }
      // an employee without an Employee ID: skipped, naming the setting to fix
      procore.givenCompanyUser(
          Fixtures.companyUser("Cy", "NoId", "cy@example.com")
              .with("is_employee", true)
              .with("is_active", true));
      SyncLinxOptions options =
          SyncLinxOptions.builder()
              .projectGrouping(SyncLinxProjectGrouping.LOCATION_CATEGORIES)
              .customFieldset("Payroll")
              .addCustomFields(
                  SyncLinxCustomField.builder()
                      .name("Phase")
                      .type(SyncLinxCustomFieldType.SINGLE_SELECT)
                      .addValues("Rough-in", "Trim", "Punch")
                      .build(),
                  SyncLinxCustomField.builder()
                      .name("Certified payroll")
                      .type(SyncLinxCustomFieldType.CHECKBOX)
                      .build())
              .build();
      SyncLinxImportFlow synclinx = SyncLinxImportFlow.create(company, exak, clock);
      for (int pass = 1; pass <= 2; pass++) {
        out.println(
            "== ExakTime SyncLinx: Procore -> ExakTime (work classifications, time types, custom"
                + " fields, employees, locations, cost codes), run "
                + pass
                + (pass == 2 ? " (nothing changed, so nothing may be written)" : ""));
        long before = TimekeepingDemo.writes(journal(exakTime));
        for (SyncReport r : synclinx.importAll(options, runOptions)) {
          reports.add(r);
          out.print(Demo.indent(r.toText(2)));
        }
        out.println("  writes: " + (TimekeepingDemo.writes(journal(exakTime)) - before));
      }

      // AccountLinx: a week of time records, three employees, project 200 and sub job 200.005
      Instant monday = LocalDate.of(2026, 6, 8).atTime(7, 0).atZone(CHICAGO).toInstant();
      for (int day = 0; day < 5; day++) {
        for (String[] p : people) {
          Instant in = monday.plus(Duration.ofDays(day));
          exakTime.givenTimeRecord(
              p[2], day % 2 == 0 ? "200" : "200.005", "100", in, in.plus(Duration.ofHours(8)));
        }
      }
      // a sub job Procore does not have: skipped, saying what to map
      exakTime.givenTimeRecord("E-100", "200.009", "100", monday, monday.plus(Duration.ofHours(1)));
      AccountLinxExportFlow accountlinx =
          AccountLinxExportFlow.create(exak, company, state, clock).withZone(CHICAGO);
      TimekeepingDemo.twice(
          out,
          "ExakTime AccountLinx: time records -> Procore timecard entries (bulk create)",
          () -> accountlinx.run(LocalDate.of(2026, 6, 8), LocalDate.of(2026, 6, 14), runOptions),
          () -> TimekeepingDemo.writes(journal(procore)),
          reports);
    }
  }

  /**
   * Runs the ServiceTrade part: project to job, then clock events to the timesheet.
   *
   * @param out where to print
   * @param runOptions dry run and progress
   * @param reports where each run's report is added
   */
  static void serviceTrade(PrintStream out, RunOptions runOptions, List<SyncReport> reports) {
    FakeClock clock = FakeClock.at(Instant.parse("2026-06-12T06:00:00Z"));
    SyncStateStore state = InMemorySyncStateStore.create();
    try (FakeProcore procore = FakeProcore.builder().clock(clock).start();
        FakeServiceTrade serviceTrade = FakeServiceTrade.start(clock);
        ProcoreClient procoreClient = procore.clientBuilder().build();
        ServiceTradeClient st =
            ServiceTradeClient.builder()
                .baseUrl(serviceTrade.apiBaseUrl())
                .username(serviceTrade.username())
                .password(serviceTrade.password())
                .clock(clock)
                .sleeper(clock.sleeper())
                .build()) {
      CompanyClient company = procoreClient.forCompany(procore.companyId());
      long projectId =
          procore.givenProject(
              Fixtures.project("Tower")
                  .with("project_number", "300")
                  .with("address", "1 Main St")
                  .with("city", "Springfield")
                  .with("state_code", "IL")
                  .with("zip", "62701"));
      long laborCode =
          procore.givenCostCode(
              projectId, Fixtures.costCode("100", "Labor").with("full_code", "01-100"));
      long labor =
          procore
              .given(Fixtures.lineItemType("L", "Labor").with("base_type", "labor"))
              .get("id")
              .asLong();
      procore.given(
          Fixtures.of("budget_line_items")
              .in(projectId)
              .with("cost_code_id", laborCode)
              .with("line_item_type_id", labor)
              .with("original_budget_amount", new BigDecimal("1000.00")));
      company
          .timesheetRounding()
          .create(
              RoundingConfiguration.builder().timeIncrement(15).rule(RoundingRule.NEAREST).build());
      procore.givenPerson(
          Fixtures.person("Ada", "Tech").with("is_employee", true).with("employee_id", "E-100"));
      Project tower = company.projects().get(projectId);
      // a project without a zip: refused, naming the field
      Project noZip =
          Project.builder().id(999).name("Annex").address("2 Main St").city("Springfield").build();
      ProjectJobFlow projects = ProjectJobFlow.create(st, clock);
      TimekeepingDemo.twice(
          out,
          "ServiceTrade: Procore projects -> customers, locations and jobs",
          () -> projects.run(List.of(tower, noZip), "construction", runOptions),
          () ->
              TimekeepingDemo.writes(
                  serviceTrade.requests().stream()
                      .filter(r -> !r.path().endsWith("/auth"))
                      .map(r -> r.method() + " " + r.path())),
          reports);

      long job =
          serviceTrade.all("job").stream()
              .filter(j -> j.path("name").asText().contains("Tower"))
              .findFirst()
              .map(j -> j.path("id").asLong())
              .orElseThrow();
      long ada = serviceTrade.givenUser("Ada Tech", "E-100");
      long ben = serviceTrade.givenUser("Ben Tech", null);
      for (int day = 8; day <= 10; day++) {
        Instant in = LocalDate.of(2026, 6, day).atTime(8, 4).atZone(CHICAGO).toInstant();
        serviceTrade.givenClockPair(
            job, ada, in, in.plus(Duration.ofMinutes(8 * 60 + 22)), "onsite");
      }
      serviceTrade.givenClockPair(
          job,
          ben,
          Instant.parse("2026-06-08T13:00:00Z"),
          Instant.parse("2026-06-08T21:00:00Z"),
          "onsite");
      ClockEventTimesheetFlow clockEvents =
          ClockEventTimesheetFlow.create(st, company, state, clock);
      List<LaborCostCode> choices = clockEvents.laborCostCodes(projectId);
      ClockEventSelection selection =
          ClockEventSelection.builder()
              .projectId(projectId)
              .jobId(job)
              .events(st.clockEvents(job))
              .costCodeId(choices.get(0).costCodeId())
              .lineItemTypeId(choices.get(0).lineItemTypeId())
              .zone(CHICAGO)
              .build();
      ClockEventSyncResult[] last = new ClockEventSyncResult[1];
      TimekeepingDemo.twice(
          out,
          "ServiceTrade: clock events -> Procore timesheet (cost code "
              + choices.get(0).costCodeId()
              + ", Labor; rounding 15 min nearest)",
          () -> {
            last[0] = clockEvents.run(selection, runOptions);
            return last[0].report();
          },
          () -> TimekeepingDemo.writes(journal(procore)),
          reports);
      for (ClockEventTimes t : last[0].times()) {
        out.println("  " + t);
      }
    }
  }

  private static java.util.stream.Stream<String> journal(FakeProcore procore) {
    return procore.requests().stream().map(r -> r.method() + " " + r.path());
  }

  private static java.util.stream.Stream<String> journal(FakeExakTime exakTime) {
    return exakTime.requests().stream().map(r -> r.method() + " " + r.path());
  }
}
