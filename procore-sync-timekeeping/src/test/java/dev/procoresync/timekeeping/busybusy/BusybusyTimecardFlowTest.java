package dev.procoresync.timekeeping.busybusy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.core.model.RoundingRule;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.busybusy.FakeBusybusy;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.Fault;
import dev.procoresync.testkit.procore.Fixtures;
import dev.procoresync.timekeeping.model.RoundingPolicy;
import dev.procoresync.timekeeping.model.TimeEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** busybusy time entries to Procore timecard entries, end to end over both fakes. */
class BusybusyTimecardFlowTest {
  private static final ZoneId DENVER = ZoneId.of("America/Denver");
  private FakeProcore procore;
  private FakeBusybusy busybusy;
  private BusybusyClient client;
  private CompanyClient company;
  private long procoreProject;
  private long ana;
  private long framing;
  private String home;
  private String concrete;
  private String member;
  private String other;
  private String cc;
  private BusybusyLinks links;

  @BeforeEach
  void start() {
    FakeClock clock = FakeClock.create();
    procore = FakeProcore.builder().clock(clock).start();
    busybusy = FakeBusybusy.start(clock);
    client =
        BusybusyClient.builder()
            .endpoint(busybusy.endpoint())
            .key(FakeBusybusy.KEY)
            .clock(clock)
            .sleeper(clock.sleeper())
            .retryPolicy(RetryPolicy.defaults().withJitter(0))
            .build();
    company =
        procore
            .clientBuilder()
            .retryPolicy(RetryPolicy.defaults().withJitter(0))
            .build()
            .forCompany(procore.companyId());
    procoreProject =
        procore.givenProject(Fixtures.project("Johnson Home").with("time_zone", "America/Denver"));
    ana = procore.givenPerson(Fixtures.person("Ana", "Ruiz").with("employee_id", "E-1"));
    framing = procore.givenCostCode(procoreProject, Fixtures.costCode("06-200", "Framing"));
    home = busybusy.givenProject("Johnson Home", null);
    concrete = busybusy.givenProject("Concrete", home);
    member = busybusy.givenMember("Ana", "Ruiz", "E-1");
    other = busybusy.givenMember("Bo", "Unlinked", null);
    cc = busybusy.givenCostCode("06-200", "Framing");
    links =
        BusybusyLinks.builder()
            .putWorker(member, ana)
            .putProject(home, procoreProject)
            .putParent(concrete, home)
            .putCostCode(cc, framing)
            .putZone(procoreProject, DENVER)
            .rounding(RoundingPolicy.of(15, RoundingRule.NEAREST))
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
    busybusy.close();
    procore.close();
  }

  private static Instant denver(String local) {
    return java.time.LocalDateTime.parse(local).atZone(DENVER).toInstant();
  }

  private List<TimeEntry> entries() {
    return client.timeEntries(Optional.empty()).collect(Collectors.toList());
  }

  private SyncReport push() {
    return BusybusyTimecardFlow.of(company, procore.clock())
        .run("company:" + procore.companyId(), entries(), links, RunOptions.defaults());
  }

  private List<ObjectNode> procoreEntries() {
    return procore.all("timecard_entries").stream()
        .filter(n -> n.path("origin_data").asText().startsWith("busybusy:"))
        .collect(Collectors.toList());
  }

  @Test
  void sendsTotalsPerEmployeeProjectCostCodeAndDayAndSkipsWithReasons() {
    // two entries on the same day, one on a sub-project: one total on the parent
    busybusy.givenTimeEntry(
        member, home, cc, denver("2026-06-09T07:55"), denver("2026-06-09T11:37"));
    String e2 =
        busybusy.givenTimeEntry(
            member, concrete, cc, denver("2026-06-09T12:34"), denver("2026-06-09T17:27"));
    busybusy.givenBreak(e2, denver("2026-06-09T15:00"), denver("2026-06-09T15:15"));
    String open = busybusy.givenTimeEntry(member, home, cc, denver("2026-06-10T07:00"), null);
    String noProject =
        busybusy.givenTimeEntry(
            member, null, cc, denver("2026-06-10T07:00"), denver("2026-06-10T08:00"));
    busybusy.givenTimeEntry(
        other, home, cc, denver("2026-06-11T07:00"), denver("2026-06-11T08:00"));
    // descriptions are never sent
    busybusy.edit(
        "timeEntries", e2, JsonNodeFactory.instance.objectNode().put("description", "poured slab"));

    SyncReport report = push();

    assertEquals(1, report.count(Outcome.CREATED), report.toText());
    assertEquals(3, report.count(Outcome.SKIPPED), report.toText());
    List<String> reasons =
        report.skips().stream().map(RecordOutcome::toString).collect(Collectors.toList());
    assertTrue(
        reasons.stream().anyMatch(r -> r.contains(open) && r.contains("open")), reasons.toString());
    assertTrue(
        reasons.stream().anyMatch(r -> r.contains(noProject) && r.contains("project")),
        reasons.toString());
    assertTrue(
        reasons.stream().anyMatch(r -> r.contains(BusybusyTimecardFlow.WORKER_NOT_LINKED)),
        reasons.toString());
    List<ObjectNode> held = procoreEntries();
    assertEquals(1, held.size());
    ObjectNode entry = held.get(0);
    // 07:55->08:00, 11:37->11:45 (3h45) + 12:34->12:30, 17:27->17:30 (5h) - 15 min break = 8.5
    assertEquals(
        0,
        new java.math.BigDecimal(entry.get("hours").asText())
            .compareTo(new java.math.BigDecimal("8.5")),
        entry.toString());
    assertEquals("2026-06-09", entry.get("date").asText());
    assertTrue(
        entry.path("description").isNull() || entry.path("description").isMissingNode(),
        entry.toString());
  }

  @Test
  void rerunWritesNothingAndAnEditUpdatesTheSameEntry() {
    String e =
        busybusy.givenTimeEntry(
            member, home, cc, denver("2026-06-09T07:00"), denver("2026-06-09T15:00"));
    assertEquals(1, push().count(Outcome.CREATED));
    int writes = writes();
    SyncReport again = push();
    assertEquals(1, again.count(Outcome.UNCHANGED), again.toText());
    assertEquals(writes, writes());
    busybusy.edit(
        "timeEntries",
        e,
        JsonNodeFactory.instance
            .objectNode()
            .put("endTime", denver("2026-06-09T16:00").toString()));
    SyncReport edited = push();
    assertEquals(1, edited.count(Outcome.UPDATED), edited.toText());
    assertEquals(1, procoreEntries().size());
    assertEquals(
        0,
        new java.math.BigDecimal(procoreEntries().get(0).get("hours").asText())
            .compareTo(java.math.BigDecimal.valueOf(9)));
  }

  @Test
  void startStopProjectsGetEachEntryWithItsRoundedTimes() {
    links = links.toBuilder().addStartStopProject(procoreProject).build();
    busybusy.givenTimeEntry(
        member, home, cc, denver("2026-06-09T07:55"), denver("2026-06-09T11:37"));
    busybusy.givenTimeEntry(
        member, home, cc, denver("2026-06-09T12:34"), denver("2026-06-09T17:27"));
    SyncReport report = push();
    assertEquals(2, report.count(Outcome.CREATED), report.toText());
    List<String> ins =
        procoreEntries().stream()
            .map(n -> Instant.parse(n.get("time_in").asText()).toString())
            .sorted()
            .collect(Collectors.toList());
    assertEquals(
        List.of(denver("2026-06-09T08:00").toString(), denver("2026-06-09T12:30").toString()), ins);
  }

  @Test
  void aTimeoutHalfWayNeverDuplicatesAndTheRerunConverges() {
    for (int d = 1; d <= 6; d++) {
      busybusy.givenTimeEntry(
          member, home, cc, denver("2026-06-0" + d + "T07:00"), denver("2026-06-0" + d + "T15:00"));
    }
    procore.failNext(
        "POST /rest/v1.0/projects/{id}/timecard_entries",
        1,
        Fault.timeoutAfterWrite(Duration.ofMillis(300)));
    procore.failNext("POST /rest/v1.0/projects/{id}/timecard_entries", 5, Fault.serverError());
    CompanyClient impatient =
        procore
            .clientBuilder()
            .retryPolicy(RetryPolicy.defaults().withJitter(0))
            .readTimeout(Duration.ofMillis(100))
            .build()
            .forCompany(procore.companyId());
    SyncReport first =
        BusybusyTimecardFlow.of(impatient, procore.clock())
            .withWindowSize(2)
            .run("company:1", entries(), links, RunOptions.defaults());
    assertEquals(6, first.inputs(), first.toText());
    assertEquals(6, first.count(Outcome.CREATED) + first.count(Outcome.FAILED), first.toText());
    assertTrue(first.count(Outcome.FAILED) >= 1, first.toText());
    assertTrue(procoreEntries().size() < 6);
    SyncReport rerun = push();
    assertEquals(6, procoreEntries().size(), "no duplicate: " + procoreEntries());
    assertEquals(6, rerun.count(Outcome.UNCHANGED) + rerun.count(Outcome.CREATED), rerun.toText());
    assertEquals(6, push().count(Outcome.UNCHANGED));
  }

  private int writes() {
    return (int)
        procore.requests().stream()
            .filter(r -> r.path().contains("timecard_entries") && !r.method().equals("GET"))
            .count();
  }

  @Test
  void clientReadsTheFakeThroughCursorPages() {
    for (int i = 0; i < 7; i++) {
      busybusy.givenCostCode("01-" + i, "Code " + i);
    }
    BusybusyClient small =
        BusybusyClient.builder()
            .endpoint(busybusy.endpoint())
            .key(FakeBusybusy.KEY)
            .pageSize(3)
            .build();
    assertEquals(8, small.costCodes().count());
    assertEquals(2, small.projects().filter(p -> true).count());
    assertEquals(
        Optional.of(home),
        small.projects().filter(p -> p.id().equals(concrete)).findFirst().get().parentId());
    small.close();
    procore.clock().advance(Duration.ZERO);
  }

  /** The README's figure: requests per 1,000 busybusy entries, first push and rerun. */
  @Test
  void requestsPerThousandEntries() {
    List<TimeEntry> thousand = new java.util.ArrayList<>();
    BusybusyLinks.Builder many = links.toBuilder();
    for (int w = 0; w < 100; w++) {
      long person = procore.givenPerson(Fixtures.person("Worker", "N" + w));
      many.putWorker("m" + w, person);
      for (int d = 1; d <= 5; d++) {
        for (int half = 0; half < 2; half++) {
          String day = "2026-06-0" + d;
          thousand.add(
              TimeEntry.builder()
                  .id("e" + w + "-" + d + "-" + half)
                  .workerId("m" + w)
                  .projectId(home)
                  .costCodeId(cc)
                  .zone(DENVER)
                  .start(denver(day + (half == 0 ? "T07:00" : "T12:30")))
                  .end(denver(day + (half == 0 ? "T12:00" : "T16:00")))
                  .build());
        }
      }
    }
    BusybusyLinks linked = many.build();
    procore.clearRequests();
    SyncReport first =
        BusybusyTimecardFlow.of(company, procore.clock())
            .run("company:1", thousand, linked, RunOptions.defaults());
    int firstRequests = apiRequests();
    procore.clearRequests();
    SyncReport rerun =
        BusybusyTimecardFlow.of(company, procore.clock())
            .run("company:1", thousand, linked, RunOptions.defaults());
    int rerunRequests = apiRequests();
    assertEquals(500, first.count(Outcome.CREATED), first.toText());
    assertEquals(500, rerun.count(Outcome.UNCHANGED), rerun.toText());
    assertEquals(0, writes());
    System.out.println(
        "FIGURE busybusy requests per 1,000 entries: first push "
            + firstRequests
            + ", rerun "
            + rerunRequests
            + " (baseline one request per entry: 1,000)");
    assertTrue(firstRequests < 1000, "fewer requests than one per entry: " + firstRequests);
  }

  private int apiRequests() {
    return (int) procore.requests().stream().filter(r -> r.path().startsWith("/rest/")).count();
  }
}
