package dev.procoresync.bc.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.bc.flow.BcHarness;
import dev.procoresync.bc.model.BcCrewTimeSheetLine;
import dev.procoresync.bc.model.BcJobTask;
import dev.procoresync.bc.model.BcProject;
import dev.procoresync.core.http.BatchResult;
import dev.procoresync.core.http.ODataBatchOperation;
import dev.procoresync.core.http.ODataBatchResult;
import dev.procoresync.core.testing.Seeded;
import dev.procoresync.core.testing.Seeds;
import dev.procoresync.testkit.bc.FakeBusinessCentral;
import dev.procoresync.testkit.bc.FakeBusinessCentralTest;
import dev.procoresync.testkit.http.Fault;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Business Central client over real HTTP against the fake Business Central. */
@FakeBusinessCentralTest
class BcClientTest {
  private static final dev.procoresync.testkit.bc.contract.BcApi CUSTOM =
      dev.procoresync.testkit.bc.contract.BcApi.CUSTOM;

  /** What OData escaping must get right: quotes, URL delimiters, percent signs. */
  private static final String SPECIALS = "'&+%#?/ ,()=$\";\\";

  /**
   * The fuzz's alphabet, a string for {@link Seeds#string(SplittableRandom, int, int, String)} (the
   * ranges overload takes {@code {from, to}} pairs, not lists of characters).
   */
  private static final String ALPHABET =
      "abcdefghijklmnopqrstuvwxyz"
          + SPECIALS
          + "\u00c0\u00e9\u00fc\u0141\u0153\u017e\u4e00\u4e2d\u6587";

  private static ObjectNode project(String number, String name) {
    return JsonNodeFactory.instance
        .objectNode()
        .put("number", number)
        .put("displayName", name)
        .put("sendToProcore", true);
  }

  private static ObjectNode task(String job, String task) {
    return JsonNodeFactory.instance
        .objectNode()
        .put("jobNo", job)
        .put("jobTaskNo", task)
        .put("description", "Task " + task)
        .put("jobTaskType", "Posting");
  }

  @Seeded(tries = 8)
  void aFilterOnAnyNameRoundTripsThroughTheFake(long seed) {
    try (FakeBusinessCentral fake = FakeBusinessCentral.start()) {
      SplittableRandom r = new SplittableRandom(seed);
      List<String> names = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        // one special first, so that every name has one; then any mix of the whole alphabet
        String name = Seeds.string(r, 1, 1, SPECIALS) + Seeds.string(r, 0, 19, ALPHABET);
        if (!names.contains(name)) {
          names.add(name);
          fake.given(CUSTOM, "projects", project("JOB" + i, name));
        }
      }
      BcClient bc = BcHarness.client(fake);
      for (String name : names) {
        List<BcProject> found =
            bc
                .list(BcEntitySet.PROJECTS, ODataQuery.where(ODataFilter.eq("displayName", name)))
                .stream()
                .toList();
        assertEquals(1, found.size(), "seed " + seed + ": '" + name + "' -> " + found);
        assertEquals(name, found.get(0).displayName().orElseThrow());
      }
    }
  }

  @Test
  void pagesFollowNextLinkWithTheAskedPageSize(FakeBusinessCentral fake) {
    for (int i = 0; i < 25; i++) {
      fake.given(CUSTOM, "projects", project(String.format("JOB%03d", i), "P" + i));
    }
    BcClient bc = BcHarness.builder(fake).pageSize(10).build();
    List<BcProject> all = bc.list(BcEntitySet.PROJECTS, ODataQuery.all()).stream().toList();
    assertEquals(25, all.size());
    List<dev.procoresync.testkit.http.RecordedRequest> pages =
        fake.requests().stream().filter(q -> q.path().endsWith("/projects")).toList();
    assertEquals(3, pages.size(), pages.toString());
    assertTrue(
        pages.stream().allMatch(p -> p.header("Prefer").orElse("").equals("odata.maxpagesize=10")));
    assertTrue(all.get(0).etag().isPresent(), "every record carries its ETag");
  }

  @Test
  void aPageAnswered504IsReadAgainInHalves(FakeBusinessCentral fake) {
    for (int i = 0; i < 40; i++) {
      fake.given(CUSTOM, "projects", project(String.format("JOB%03d", i), "P" + i));
    }
    fake.gatewayTimeoutAbove(10);
    BcClient bc = BcHarness.builder(fake).pageSize(40).build();
    List<BcProject> all = bc.list(BcEntitySet.PROJECTS, ODataQuery.all()).stream().toList();
    assertEquals(40, all.size());
    assertEquals(40, all.stream().map(BcProject::number).distinct().count());
    List<Integer> statuses =
        fake.requests().stream()
            .filter(q -> q.path().endsWith("/projects"))
            .map(dev.procoresync.testkit.http.RecordedRequest::status)
            .toList();
    assertEquals(List.of(504, 504, 200, 200, 200, 200), statuses, "40 -> 20 -> 10, never resent");
  }

  @Test
  void aStaleEtagIsReadAgainRemappedAndWrittenOnce(FakeBusinessCentral fake) {
    ObjectNode seeded = fake.given(CUSTOM, "jobTasks", task("JOB1", "1000"));
    BcClient bc = BcHarness.client(fake);
    BcJobTask read = bc.get(BcEntitySet.JOB_TASKS, seeded.get("id").asText()).orElseThrow();
    // a user edits the task in between
    ObjectNode edit = JsonNodeFactory.instance.objectNode().put("description", "Edited by a user");
    fake.update(CUSTOM, "jobTasks", read.id().orElseThrow(), edit);

    List<String> seenDescriptions = new ArrayList<>();
    BcJobTask written =
        bc.update(
            BcEntitySet.JOB_TASKS,
            read.id().orElseThrow(),
            read.etag().orElseThrow(),
            read,
            t -> {
              seenDescriptions.add(t.description().orElse(""));
              return BcJobTask.builder()
                  .jobNo(t.jobNo())
                  .jobTaskNo(t.jobTaskNo())
                  .procoreCostCodeId(4242L)
                  .build();
            });
    assertEquals(
        List.of("Task 1000", "Edited by a user"), seenDescriptions, "re-mapped from the re-read");
    assertEquals(4242L, written.procoreCostCodeId().orElseThrow());
    assertEquals(
        "Edited by a user", written.description().orElseThrow(), "the user's edit survives");
    assertEquals(2, BcHarness.writes(fake).size());
    assertTrue(
        BcHarness.writes(fake).stream().allMatch(w -> w.header("If-Match").isPresent()),
        "If-Match on every PATCH");
  }

  @Test
  void aSecondStaleAnswerNamesBothEtags(FakeBusinessCentral fake) {
    ObjectNode seeded = fake.given(CUSTOM, "jobTasks", task("JOB1", "2000"));
    BcClient bc = BcHarness.client(fake);
    BcJobTask read = bc.get(BcEntitySet.JOB_TASKS, seeded.get("id").asText()).orElseThrow();
    fake.update(
        CUSTOM,
        "jobTasks",
        read.id().orElseThrow(),
        JsonNodeFactory.instance.objectNode().put("description", "A"));
    // a user edits the record again while the client re-maps it: the second PATCH is stale too
    java.util.concurrent.atomic.AtomicInteger calls =
        new java.util.concurrent.atomic.AtomicInteger();
    BcEtagConflictException e =
        assertThrows(
            BcEtagConflictException.class,
            () ->
                bc.update(
                    BcEntitySet.JOB_TASKS,
                    read.id().orElseThrow(),
                    read.etag().orElseThrow(),
                    read,
                    t -> {
                      if (calls.incrementAndGet() == 2) {
                        fake.update(
                            CUSTOM,
                            "jobTasks",
                            read.id().orElseThrow(),
                            JsonNodeFactory.instance.objectNode().put("description", "B"));
                      }
                      return BcJobTask.builder()
                          .jobNo(t.jobNo())
                          .jobTaskNo(t.jobTaskNo())
                          .procoreCostCodeId(1L)
                          .build();
                    }));
    assertEquals(read.etag().orElseThrow(), e.firstEtag());
    assertFalse(e.firstEtag().equals(e.secondEtag()));
    assertTrue(e.getMessage().contains(e.firstEtag()) && e.getMessage().contains(e.secondEtag()));
  }

  @Test
  void writesWithoutAnEtagAreRefusedBeforeSending(FakeBusinessCentral fake) {
    BcClient bc = BcHarness.client(fake);
    BcJobTask t = BcJobTask.builder().jobNo("J").jobTaskNo("1").build();
    assertThrows(
        IllegalArgumentException.class, () -> bc.patch(BcEntitySet.JOB_TASKS, "0000-1111", " ", t));
    assertEquals(0, BcHarness.writes(fake).size());
  }

  @Test
  void businessCentralErrorsAreTypedWithTheirCode(FakeBusinessCentral fake) {
    BcClient bc = BcHarness.client(fake);
    assertTrue(bc.get(BcEntitySet.JOB_TASKS, "00000000-0000-0000-0000-000000000001").isEmpty());
    fake.failNext("GET /**", 1, Fault.status(400));
    BcServiceException e =
        assertThrows(
            BcServiceException.class,
            () -> bc.list(BcEntitySet.JOB_TASKS, ODataQuery.all()).stream().count());
    assertEquals(400, e.status());
    assertTrue(e.code().isPresent(), e.getMessage());
  }

  @Test
  void a429IsRetriedWithBackoffOnTheClock(FakeBusinessCentral fake) {
    fake.given(CUSTOM, "jobTasks", task("JOB1", "1000"));
    fake.failNext("GET /**", 2, Fault.status(429));
    Instant before = fake.clock().instant();
    BcClient bc = BcHarness.client(fake);
    assertEquals(1, bc.list(BcEntitySet.JOB_TASKS, ODataQuery.all()).stream().count());
    assertTrue(fake.clock().instant().isAfter(before), "backoff waited on the fake clock");
  }

  @Test
  void manyCreatesGoThroughBatchesOfAtMostOneHundred(FakeBusinessCentral fake) {
    BcClient bc = BcHarness.client(fake);
    List<ODataBatchOperation> ops = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      ops.add(
          bc.createOperation(
              BcEntitySet.CREW_TIME_SHEET_ENTRIES,
              "line-" + i,
              BcCrewTimeSheetLine.builder()
                  .procoreTimesheetHeaderId(1000L)
                  .procoreTimesheetLineId(2000L + i)
                  .resourceNumber("R1")
                  .hours(new BigDecimal("8"))
                  .build()));
    }
    BatchResult<ODataBatchResult> result = bc.batch(BcApi.CUSTOM, ops);
    assertEquals(150, result.values().size(), result.failures().toString());
    assertEquals(2, result.requests());
    assertEquals(150, fake.count(CUSTOM, "crewTimeSheetEntries"));
    assertEquals(
        List.of(100, 50),
        fake.requests().stream()
            .filter(q -> q.path().endsWith("$batch"))
            .map(q -> q.bodyJson().path("requests").size())
            .collect(Collectors.toList()));
  }

  @Test
  void anActionIsNeverResent(FakeBusinessCentral fake) {
    ObjectNode line =
        fake.given(
            CUSTOM,
            "jobJournalLines",
            JsonNodeFactory.instance
                .objectNode()
                .put("journalTemplateName", "JOB")
                .put("journalBatchName", "DEFAULT")
                .put("lineNo", 10000)
                .put("jobNo", "JOB1"));
    BcClient bc = BcHarness.client(fake);
    BcEntitySet<ObjectNode> journal =
        BcEntitySet.custom("jobJournalLines", ObjectNode.class, List.of());
    fake.failNext("POST /v2.0/**", 1, Fault.status(503));
    assertThrows(
        BcServiceException.class, () -> bc.invoke(journal, line.get("id").asText(), "post"));
    assertEquals(1, BcHarness.writes(fake).size(), "a 503 on a post action is not resent");
    assertThrows(IllegalArgumentException.class, () -> bc.invoke(journal, "x", "post;drop"));
  }
}
