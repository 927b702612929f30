package dev.procoresync.timekeeping.exaktime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.http.Fault;
import dev.procoresync.testkit.http.RecordedRequest;
import dev.procoresync.timekeeping.exaktime.flow.AccountLinxExportFlow;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The AccountLinx export (ExakTime time records into Procore), end to end against both fakes. */
class AccountLinxExportFlowTest {
  static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);
  static final Instant NINE = Instant.parse("2026-01-05T09:00:00Z");

  ExakTimeWorld w;

  @AfterEach
  void tearDown() {
    if (w != null) {
      w.close();
    }
  }

  AccountLinxExportFlow flow() {
    return AccountLinxExportFlow.create(w.exak, w.company, w.state, w.clock);
  }

  SyncReport run() {
    return flow().run(MONDAY, MONDAY.plusDays(6), RunOptions.defaults());
  }

  @Test
  void exportsRecordsAndSkipsWhatIsNotOnTheProjectWithAClearReason() {
    w = new ExakTimeWorld().withProject();
    long first =
        w.exakTime.givenTimeRecord("E-100", "200", "100", NINE, NINE.plus(Duration.ofHours(8)));
    w.exakTime.givenTimeRecord(
        "E-100", "200.005", "100", NINE.plus(Duration.ofDays(1)), NINE.plus(Duration.ofHours(28)));
    w.exakTime.givenTimeRecord("E-100", "200.009", "100", NINE, NINE.plus(Duration.ofHours(1)));
    w.exakTime.givenTimeRecord("E-100", "200", "99-999", NINE, NINE.plus(Duration.ofHours(1)));
    w.exakTime.givenTimeRecord("E-100", "200", "100", NINE.plus(Duration.ofDays(2)), null);
    w.exakTime.givenTimeRecord("E-404", "200", "100", NINE, NINE.plus(Duration.ofHours(1)));
    w.exakTime.givenTimeRecord("E-100", "300", "100", NINE, NINE.plus(Duration.ofHours(1)));

    SyncReport report = run();
    assertEquals(2, report.count(Outcome.CREATED), report.toText());
    assertEquals(5, report.count(Outcome.SKIPPED), report.toText());
    String text = report.toText();
    assertTrue(text.contains("sub job '009' is not on Procore project 200"), text);
    assertTrue(text.contains("cost code '99-999' is not on Procore project 200"), text);
    assertTrue(text.contains("still clocked in"), text);
    assertTrue(text.contains("Employee ID 'E-404'"), text);
    assertTrue(text.contains("project number '300'"), text);

    List<ObjectNode> entries = w.procore.all("timecard_entries");
    assertEquals(2, entries.size());
    ObjectNode subJob =
        entries.stream().filter(e -> e.hasNonNull("sub_job_id")).findFirst().orElseThrow();
    assertEquals(w.subJobId, subJob.path("sub_job_id").asLong());
    assertEquals(w.costCodeId, subJob.path("cost_code_id").asLong());
    assertEquals(w.personId, subJob.path("party_id").asLong());
    assertEquals("2026-01-06", subJob.path("date").asText());

    long writes = w.procoreWrites();
    SyncReport rerun = run();
    assertEquals(writes, w.procoreWrites(), "a rerun writes nothing");
    assertEquals(2, rerun.count(Outcome.UNCHANGED), rerun.toText());

    w.exakTime.changeTimeRecord(
        first,
        JsonNodeFactory.instance
            .objectNode()
            .put("time_out", NINE.plus(Duration.ofHours(9)).toString()));
    SyncReport edited = run();
    assertEquals(1, edited.count(Outcome.UPDATED), edited.toText());
    assertEquals(2, w.procore.all("timecard_entries").size());
    assertTrue(
        w.procore.all("timecard_entries").stream()
            .anyMatch(
                e -> new BigDecimal(e.path("hours").asText()).compareTo(new BigDecimal("9")) == 0));
  }

  @Test
  void timeoutsOfIdempotentCallsAreRetriedFiveTimesOneSecondApart() {
    w = new ExakTimeWorld().withProject();
    w.exakTime.givenTimeRecord("E-100", "200", "100", NINE, NINE.plus(Duration.ofHours(8)));
    w.procore.failNext(
        "GET /rest/v1.0/companies/" + w.procore.companyId() + "/people", 5, Fault.status(504));
    Instant before = w.clock.instant();
    SyncReport report = run();
    assertEquals(1, report.count(Outcome.CREATED), report.toText());
    assertEquals(Duration.ofSeconds(5), Duration.between(before, w.clock.instant()));
    assertEquals(
        6,
        w.procore.requests("GET /rest/v1.0/companies/" + w.procore.companyId() + "/people").size());
  }

  @Test
  void aCreateWithoutAnswerIsSentAgainOnlyAfterALookupFindsNothing() {
    w = new ExakTimeWorld(Duration.ofMillis(300)).withProject();
    w.exakTime.givenTimeRecord("E-100", "200", "100", NINE, NINE.plus(Duration.ofHours(8)));
    String create = "POST /rest/v1.0/projects/" + w.projectId + "/timecard_entries";
    w.procore.failNext(create, 1, Fault.connectionReset());
    SyncReport report = run();
    assertEquals(1, report.count(Outcome.CREATED), report.toText());
    assertEquals(1, w.procore.all("timecard_entries").size());
    List<RecordedRequest> journal = w.procore.server().requests();
    int firstPost = -1;
    int lookup = -1;
    int secondPost = -1;
    for (int i = 0; i < journal.size(); i++) {
      RecordedRequest r = journal.get(i);
      if (r.method().equals("POST") && r.path().endsWith("/timecard_entries")) {
        if (firstPost < 0) {
          firstPost = i;
        } else {
          secondPost = i;
        }
      } else if (firstPost >= 0
          && secondPost < 0
          && r.method().equals("GET")
          && r.path().endsWith("/timecard_entries")) {
        lookup = i;
      }
    }
    assertTrue(firstPost < lookup && lookup < secondPost, "POST, lookup, POST: " + journal);

    w.procore.failNext(create, 1, Fault.timeoutAfterWrite());
    w.exakTime.givenTimeRecord(
        "E-100", "200", "100", NINE.plus(Duration.ofDays(1)), NINE.plus(Duration.ofHours(30)));
    SyncReport second = run();
    assertEquals(1, second.count(Outcome.CREATED), second.toText());
    assertEquals(2, w.procore.all("timecard_entries").size(), "the timed-out create landed once");
  }

  @Test
  void aRefusedBulkCallFindsWhatLandedAndSendsTheRestOneByOne() {
    w = new ExakTimeWorld().withProject();
    for (int i = 0; i < 3; i++) {
      Instant in = NINE.plus(Duration.ofDays(i));
      w.exakTime.givenTimeRecord("E-100", "200", "100", in, in.plus(Duration.ofHours(8)));
    }
    String bulk = "POST /rest/v1.0/companies/" + w.procore.companyId() + "/timesheets";
    String single = "POST /rest/v1.0/projects/" + w.projectId + "/timecard_entries";
    w.procore.failNext(bulk, 1, Fault.status(422));
    w.procore.failNext(single, 1, Fault.status(422));
    SyncReport report = run();
    assertEquals(2, report.count(Outcome.CREATED), report.toText());
    assertEquals(1, report.count(Outcome.FAILED), report.toText());
    assertEquals(1, w.procore.requests(bulk).size());
    assertEquals(3, w.procore.requests(single).size(), "one by one after the refused bulk call");
    assertEquals(2, w.procore.all("timecard_entries").size());

    SyncReport rerun = run();
    assertEquals(1, rerun.count(Outcome.CREATED), rerun.toText());
    assertEquals(2, rerun.count(Outcome.UNCHANGED), rerun.toText());
    assertEquals(3, w.procore.all("timecard_entries").size(), "no duplicate");
  }

  @Test
  void aBulkCallWithoutAnswerIsLookedUpAndNeverSentTwice() {
    w = new ExakTimeWorld(Duration.ofMillis(300)).withProject();
    for (int i = 0; i < 3; i++) {
      Instant in = NINE.plus(Duration.ofDays(i));
      w.exakTime.givenTimeRecord("E-100", "200", "100", in, in.plus(Duration.ofHours(8)));
    }
    String bulk = "POST /rest/v1.0/companies/" + w.procore.companyId() + "/timesheets";
    w.procore.failNext(bulk, 1, Fault.timeoutAfterWrite());
    SyncReport report = run();
    assertEquals(3, report.count(Outcome.CREATED), report.toText());
    assertEquals(1, w.procore.requests(bulk).size(), "the bulk call is not resent");
    assertEquals(
        0,
        w.procore.requests("POST /rest/v1.0/projects/" + w.projectId + "/timecard_entries").size(),
        "what landed is not sent again");
    assertEquals(3, w.procore.all("timecard_entries").size());
  }

  @Test
  void requestsPerThousandEntries() {
    w = new ExakTimeWorld().withProject();
    for (int i = 0; i < 1_000; i++) {
      Instant in = NINE.plus(Duration.ofMinutes(10L * i));
      w.exakTime.givenTimeRecord("E-100", "200", "100", in, in.plus(Duration.ofMinutes(5)));
    }
    w.procore.clearRequests();
    SyncReport report = flow().run(MONDAY, MONDAY.plusDays(7), RunOptions.defaults());
    assertEquals(1_000, report.count(Outcome.CREATED), report.toText());
    long procoreRequests =
        w.procore.requests().stream().filter(r -> r.path().startsWith("/rest/")).count();
    long writes = w.procoreWrites();
    w.procore.clearRequests();
    SyncReport rerun = flow().run(MONDAY, MONDAY.plusDays(7), RunOptions.defaults());
    long rerunRequests =
        w.procore.requests().stream().filter(r -> r.path().startsWith("/rest/")).count();
    assertEquals(1_000, rerun.count(Outcome.UNCHANGED));
    assertEquals(0, w.procoreWrites(), "a rerun writes nothing");
    System.out.printf(
        "FIGURE accountlinx: 1000 entries -> %d Procore requests (%d writes, bulk create of 100 a"
            + " call; baseline one request per entry: 1000), rerun %d requests, 0 writes%n",
        procoreRequests, writes, rerunRequests);
    assertEquals(10, writes, "one bulk call per window of 100 new entries");
    assertTrue(procoreRequests <= 20, "the bulk calls plus a few reads: " + procoreRequests);
  }
}
