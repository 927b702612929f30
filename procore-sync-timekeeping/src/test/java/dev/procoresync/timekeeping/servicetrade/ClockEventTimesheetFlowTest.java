package dev.procoresync.timekeeping.servicetrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.core.model.RoundingRule;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.testkit.http.Fault;
import dev.procoresync.timekeeping.servicetrade.flow.ClockEventSyncResult;
import dev.procoresync.timekeeping.servicetrade.flow.ClockEventTimesheetFlow;
import dev.procoresync.timekeeping.servicetrade.mapping.ClockEventMapping;
import dev.procoresync.timekeeping.servicetrade.model.ClockEventPair;
import dev.procoresync.timekeeping.servicetrade.model.ClockEventSelection;
import dev.procoresync.timekeeping.servicetrade.model.ClockEventTimes;
import dev.procoresync.timekeeping.servicetrade.model.LaborCostCode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Clock events of a ServiceTrade job to a Procore timesheet, end to end against both fakes. */
class ClockEventTimesheetFlowTest {
  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  ServiceTradeWorld w;
  long job;
  long techA;
  long techNoId;
  long techBadId;
  long personA;

  @BeforeEach
  void setUp() {
    w = new ServiceTradeWorld().withBudget();
    w.rounding(15, RoundingRule.NEAREST);
    personA = w.givenEmployee("Ada", "E-100");
    techA = w.serviceTrade.givenUser("Ada Tech", "E-100");
    techNoId = w.serviceTrade.givenUser("Ben Tech", null);
    techBadId = w.serviceTrade.givenUser("Cy Tech", "E-999");
    job = w.serviceTrade.givenJob("Tower", "construction");
    // 08:04..16:26 Chicago, 2026-01-05
    w.serviceTrade.givenClockPair(
        job, techA, at("2026-01-05T14:04:00Z"), at("2026-01-05T22:26:00Z"), "onsite");
    w.serviceTrade.givenClockPair(
        job, techNoId, at("2026-01-05T14:00:00Z"), at("2026-01-05T22:00:00Z"), "onsite");
    w.serviceTrade.givenClockPair(
        job, techBadId, at("2026-01-05T14:00:00Z"), at("2026-01-05T22:00:00Z"), "onsite");
    w.serviceTrade.givenClockPair(
        job, techA, at("2026-01-06T14:00:00Z"), at("2026-01-06T18:00:00Z"), "onsite");
    w.serviceTrade.givenClockPair(job, techA, at("2026-01-07T14:00:00Z"), null, "onsite");
  }

  @AfterEach
  void tearDown() {
    w.close();
  }

  static Instant at(String text) {
    return Instant.parse(text);
  }

  ClockEventPair pair(long user, String start) {
    return w.st.clockEvents(job).stream()
        .filter(
            p ->
                p.start().user().orElseThrow().id() == user
                    && p.start().eventTime().equals(at(start)))
        .findFirst()
        .orElseThrow();
  }

  ClockEventTimesheetFlow flow() {
    return ClockEventTimesheetFlow.create(w.st, w.company, w.state, w.clock);
  }

  ClockEventSelection.Builder selection(List<ClockEventPair> events, long costCode, long type) {
    return ClockEventSelection.builder()
        .projectId(w.projectId)
        .jobId(job)
        .events(events)
        .costCodeId(costCode)
        .lineItemTypeId(type)
        .zone(CHICAGO);
  }

  @Test
  void offersOnlyBudgetCostCodesWithALaborCostType() {
    List<LaborCostCode> offered = flow().laborCostCodes(w.projectId);
    assertEquals(2, offered.size(), offered.toString());
    assertTrue(offered.stream().allMatch(c -> c.lineItemTypeId() == w.labor), offered.toString());
    assertEquals(
        java.util.Set.of(w.laborCode, w.materialCode),
        offered.stream()
            .map(LaborCostCode::costCodeId)
            .collect(java.util.stream.Collectors.toSet()));
  }

  @Test
  void sendsSelectedEventsRoundedAndSkipsTechniciansWithoutAValidEmployeeId() {
    List<ClockEventPair> events = w.st.clockEvents(job);
    ClockEventSyncResult result =
        flow().run(selection(events, w.laborCode, w.labor).build(), RunOptions.defaults());

    assertEquals(2, result.report().count(Outcome.CREATED), result.report().toText());
    assertEquals(3, result.report().count(Outcome.SKIPPED), result.report().toText());
    assertEquals(5, result.report().inputs());
    String texts = result.report().toText();
    assertTrue(texts.contains("Ben Tech has no Procore employee id"), texts);
    assertTrue(texts.contains("'E-999', which no active Procore employee has"), texts);
    assertTrue(texts.contains("still clocked in"), texts);

    String key = ClockEventMapping.key(job, pair(techA, "2026-01-05T14:04:00Z"));
    ClockEventTimes times = result.times(key).orElseThrow();
    assertEquals(at("2026-01-05T14:04:00Z"), times.actualIn());
    assertEquals(at("2026-01-05T22:26:00Z"), times.actualOut());
    assertEquals(at("2026-01-05T14:00:00Z"), times.roundedIn());
    assertEquals(at("2026-01-05T22:30:00Z"), times.roundedOut());
    assertEquals(0, new BigDecimal("8.5").compareTo(times.hours()));

    List<ObjectNode> entries = w.entries();
    assertEquals(2, entries.size());
    ObjectNode first =
        entries.stream()
            .filter(e -> e.path("date").asText().equals("2026-01-05"))
            .findFirst()
            .orElseThrow();
    assertEquals(0, new BigDecimal("8.5").compareTo(new BigDecimal(first.path("hours").asText())));
    assertEquals(personA, first.path("party_id").asLong());
    assertEquals(w.laborCode, first.path("cost_code_id").asLong());
    assertEquals(w.labor, first.path("line_item_type_id").asLong());
    assertTrue(first.path("origin_data").asText().contains("rounded"), first.toString());

    long writes = w.procoreWrites();
    ClockEventSyncResult rerun =
        flow().run(selection(events, w.laborCode, w.labor).build(), RunOptions.defaults());
    assertEquals(writes, w.procoreWrites(), "a rerun writes nothing");
    assertEquals(2, rerun.report().count(Outcome.UNCHANGED), rerun.report().toText());
  }

  @Test
  void anotherSubsetWithAnotherCostCodeNeverDuplicates() {
    List<ClockEventPair> events = w.st.clockEvents(job);
    ClockEventPair monday = pair(techA, "2026-01-05T14:04:00Z");
    ClockEventPair tuesday = pair(techA, "2026-01-06T14:00:00Z");
    flow().run(selection(List.of(monday), w.laborCode, w.labor).build(), RunOptions.defaults());
    ClockEventSyncResult second =
        flow()
            .run(
                selection(List.of(monday, tuesday), w.materialCode, w.labor).build(),
                RunOptions.defaults());
    assertEquals(1, second.report().count(Outcome.UPDATED), second.report().toText());
    assertEquals(1, second.report().count(Outcome.CREATED), second.report().toText());
    List<ObjectNode> entries = w.entries();
    assertEquals(2, entries.size());
    assertTrue(entries.stream().allMatch(e -> e.path("cost_code_id").asLong() == w.materialCode));
    assertEquals(
        2,
        entries.stream().map(e -> e.path("origin_id").asLong()).distinct().count(),
        "no duplicate");
  }

  @Test
  void aCostCodeOffTheLaborBudgetSkipsEveryEvent() {
    List<ClockEventPair> events = w.st.clockEvents(job);
    ClockEventSyncResult result =
        flow().run(selection(events, w.materialCode, w.material).build(), RunOptions.defaults());
    assertEquals(5, result.report().count(Outcome.SKIPPED), result.report().toText());
    assertTrue(result.report().toText().contains("Labor"), result.report().toText());
    assertEquals(0, w.entries().size());
  }

  @Test
  void startStopProjectsGetTheRoundedTimes() {
    List<ClockEventPair> events = w.st.clockEvents(job);
    flow()
        .run(
            selection(List.of(pair(techA, "2026-01-05T14:04:00Z")), w.laborCode, w.labor)
                .startStopTimes(true)
                .build(),
            RunOptions.defaults());
    ObjectNode entry = w.entries().get(0);
    assertEquals(
        at("2026-01-05T14:00:00Z"),
        java.time.OffsetDateTime.parse(entry.path("time_in").asText()).toInstant());
    assertEquals(
        at("2026-01-05T22:30:00Z"),
        java.time.OffsetDateTime.parse(entry.path("time_out").asText()).toInstant());
  }

  @Test
  void aTimedOutCreateIsSentAgainOnlyAfterALookupFindsNothing() {
    try (ProcoreClient shortTimeout =
        w.procore
            .clientBuilder()
            .retryPolicy(RetryPolicy.defaults().withJitter(0))
            .readTimeout(Duration.ofMillis(300))
            .build()) {
      CompanyClient company = shortTimeout.forCompany(w.procore.companyId());
      w.procore.failNext(
          "POST /rest/v1.0/projects/" + w.projectId + "/timecard_entries",
          1,
          Fault.timeoutAfterWrite());
      List<ClockEventPair> events = w.st.clockEvents(job);
      ClockEventSyncResult result =
          ClockEventTimesheetFlow.create(w.st, company, w.state, w.clock)
              .run(
                  selection(List.of(pair(techA, "2026-01-05T14:04:00Z")), w.laborCode, w.labor)
                      .build(),
                  RunOptions.defaults());
      assertEquals(1, result.report().count(Outcome.CREATED), result.report().toText());
      assertEquals(1, w.entries().size(), "the timed-out create landed once, never twice");
    }
  }

  @Test
  void requestsPerThousandEvents() {
    long busy = w.serviceTrade.givenJob("Busy", "construction");
    for (int i = 0; i < 1_000; i++) {
      Instant in = at("2026-02-02T14:00:00Z").plus(Duration.ofMinutes(30L * i));
      w.serviceTrade.givenClockPair(busy, techA, in, in.plus(Duration.ofMinutes(20)), "onsite");
    }
    List<ClockEventPair> events = w.st.clockEvents(busy);
    assertEquals(1_000, events.size());
    ClockEventSelection selection =
        ClockEventSelection.builder()
            .projectId(w.projectId)
            .jobId(busy)
            .events(events)
            .costCodeId(w.laborCode)
            .lineItemTypeId(w.labor)
            .zone(CHICAGO)
            .build();
    w.procore.clearRequests();
    ClockEventSyncResult first = flow().run(selection, RunOptions.defaults());
    assertEquals(1_000, first.report().count(Outcome.CREATED), first.report().toText());
    long requests =
        w.procore.requests().stream().filter(r -> r.path().startsWith("/rest/")).count();
    long writes = w.procoreWrites();
    w.procore.clearRequests();
    ClockEventSyncResult rerun = flow().run(selection, RunOptions.defaults());
    long rerunRequests =
        w.procore.requests().stream().filter(r -> r.path().startsWith("/rest/")).count();
    assertEquals(1_000, rerun.report().count(Outcome.UNCHANGED), rerun.report().toText());
    assertEquals(0, w.procoreWrites(), "a rerun writes nothing");
    System.out.printf(
        "FIGURE servicetrade: 1000 clock events -> %d Procore requests (%d writes, bulk create of 50"
            + " a call; baseline one request per entry: 1000), rerun %d requests, 0 writes%n",
        requests, writes, rerunRequests);
    assertEquals(20, writes, "one bulk call per window of 50 new entries");
  }
}
