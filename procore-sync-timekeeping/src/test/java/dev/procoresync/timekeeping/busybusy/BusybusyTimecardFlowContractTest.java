package dev.procoresync.timekeeping.busybusy;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.contract.CancellationBoundary;
import dev.procoresync.testkit.contract.TargetRecord;
import dev.procoresync.testkit.contract.UpsertFlowContract;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.Fault;
import dev.procoresync.testkit.procore.Fixtures;
import dev.procoresync.timekeeping.model.TimeEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The busybusy timecard flow passes the kit's upsert contract against the fake Procore. */
class BusybusyTimecardFlowContractTest extends UpsertFlowContract<TimeEntry> {
  private static final int WINDOW = 5;
  private static final ZoneId DENVER = ZoneId.of("America/Denver");
  private static final LocalDate DAY0 = LocalDate.of(2026, 5, 1);
  private static final Set<String> WRITES = Set.of("POST", "PATCH", "PUT", "DELETE");
  private FakeProcore procore;
  private CompanyClient company;
  private BusybusyLinks links;

  @BeforeEach
  void start() {
    procore = FakeProcore.start();
    company =
        procore
            .clientBuilder()
            .retryPolicy(RetryPolicy.defaults().withJitter(0))
            .build()
            .forCompany(procore.companyId());
    long project =
        procore.givenProject(Fixtures.project("Tower").with("time_zone", "America/Denver"));
    long person = procore.givenPerson(Fixtures.person("Ana", "Ruiz"));
    long code = procore.givenCostCode(project, Fixtures.costCode("03-100", "Concrete"));
    links =
        BusybusyLinks.builder()
            .putWorker("m1", person)
            .putProject("p1", project)
            .putCostCode("c1", code)
            .putZone(project, DENVER)
            .build();
  }

  @AfterEach
  void stop() {
    procore.close();
  }

  @Override
  protected TimeEntry input(int i) {
    LocalDate day = DAY0.plusDays(i);
    return TimeEntry.builder()
        .id("te-" + i)
        .workerId("m1")
        .projectId("p1")
        .costCodeId("c1")
        .localTimes(day.atTime(7, 0), day.atTime(15, 0), DENVER)
        .build();
  }

  @Override
  protected TimeEntry changed(TimeEntry input) {
    return input.toBuilder().end(input.end().orElseThrow().plusSeconds(3600)).build();
  }

  @Override
  protected String keyOf(TimeEntry input) {
    return BusybusyTimecardFlow.ORIGIN_PREFIX + "m1|p1|c1|" + input.localDate();
  }

  @Override
  protected String digestOf(TimeEntry input) {
    return TimeEntryHours.of(input);
  }

  @Override
  protected SyncReport run(List<TimeEntry> inputs, RunOptions options) {
    return BusybusyTimecardFlow.of(company, procore.clock())
        .withWindowSize(WINDOW)
        .run("company:" + procore.companyId(), inputs, links, options);
  }

  @Override
  protected List<TargetRecord> targetHolds() {
    return procore.all("timecard_entries").stream()
        .filter(n -> n.path("origin_data").asText().startsWith("busybusy:"))
        .map(
            n ->
                new TargetRecord(
                    n.get("origin_data").asText(),
                    new BigDecimal(n.get("hours").asText()).stripTrailingZeros().toPlainString()))
        .toList();
  }

  @Override
  protected long writeCount() {
    return procore.requests().stream()
        .filter(r -> r.path().contains("timecard_entries") && WRITES.contains(r.method()))
        .count();
  }

  @Override
  protected void failNextWrite() {
    procore.failNext("POST /rest/v1.0/projects/{id}/timecard_entries", 5, Fault.serverError());
  }

  @Override
  protected CancellationBoundary cancellationBoundary() {
    return CancellationBoundary.writeWindow(WINDOW);
  }

  /** The hours an input is sent with (no rounding in these links). */
  private static final class TimeEntryHours {
    static String of(TimeEntry e) {
      long seconds = e.worked().orElseThrow().getSeconds();
      return BigDecimal.valueOf(seconds)
          .divide(BigDecimal.valueOf(3600), 6, java.math.RoundingMode.HALF_UP)
          .stripTrailingZeros()
          .toPlainString();
    }
  }
}
