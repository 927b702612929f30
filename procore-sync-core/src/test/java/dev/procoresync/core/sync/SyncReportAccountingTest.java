package dev.procoresync.core.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Resume accounting, the ABORTED status and the bounds of issue 12 in {@link SyncReport}. */
class SyncReportAccountingTest {
  private static final Instant T0 = Instant.parse("2026-12-02T08:00:00Z");

  private static SyncReport resumed() {
    SyncReport.Recorder r = SyncReport.recorder("items", "test:1", false, T0);
    r.expect(5);
    r.resumedPast(3);
    r.record(RecordOutcome.created("item 4", "4"));
    r.record(RecordOutcome.skipped("item 5", "name.blank", "give it a name"));
    return r.complete(T0.plusSeconds(2));
  }

  @Test
  void aResumedRunCountsWhatItPassedOverApartFromItsOutcomes() {
    SyncReport report = resumed();

    assertEquals(3, report.resumedPast());
    assertEquals(2, report.totalInputs());
    assertEquals(5, report.inputs());
    assertEquals(1, report.count(Outcome.SKIPPED), "resumed records are not skips");
    assertTrue(
        report
            .toText()
            .contains(
                "5 inputs: 1 created, 0 updated, 0 unchanged, 0 archived, 1 skipped, 0 failed,"
                    + " 3 resumed past\n"),
        report.toText());
    assertTrue(report.toJson().contains("\"resumed_past\":3"), report.toJson());
    assertEquals(report, SyncReport.fromJson(report.toJson()));
  }

  @Test
  void aCompletedReportMustAccountForEveryDeclaredInputIncludingThoseResumedPast() {
    String tampered = resumed().toJson().replace("\"resumed_past\":3", "\"resumed_past\":2");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SyncReport.fromJson(tampered));

    assertTrue(e.getMessage().contains("declared 5 inputs but accounts for 4"), e.getMessage());
  }

  @Test
  void countsWhoseSumOverflowsAreRefused() {
    String json =
        resumed()
            .toJson()
            .replace("\"CREATED\":1", "\"CREATED\":" + Long.MAX_VALUE)
            .replace("\"total_inputs\":2", "\"total_inputs\":" + Long.MIN_VALUE)
            .replace("\"declared_inputs\":5,", "")
            .replace("\"resumed_past\":3", "\"resumed_past\":0");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SyncReport.fromJson(json));

    assertTrue(e.getMessage().contains("overflow"), e.getMessage());
  }

  @Test
  void resumedPastBeyondTheDeclaredInputsIsRefused() {
    SyncReport.Recorder r = SyncReport.recorder("items", "test:1", false, T0);
    r.expect(2);

    assertThrows(IllegalStateException.class, () -> r.resumedPast(3));
    assertThrows(IllegalArgumentException.class, () -> r.resumedPast(-1));
  }

  @Test
  void theTextOfARunSpanningTheWholeInstantRangeDoesNotOverflow() {
    SyncReport report =
        SyncReport.recorder("items", "test:1", false, Instant.MIN).complete(Instant.MAX);

    assertTrue(report.toText().startsWith("items (test:1): COMPLETED in "), report.toText());
  }

  @Test
  void anAbortedReportSaysWhyAndWhereToResume() {
    SyncReport.Recorder r = SyncReport.recorder("items", "test:1", false, T0);
    r.record(RecordOutcome.created("item 1", "1"));
    SyncReport report =
        r.abort(
            T0,
            ResumePosition.afterRecords(1),
            new IllegalStateException("source closed; password=hunter2"));

    assertEquals(SyncReport.Status.ABORTED, report.status());
    assertEquals(
        "java.lang.IllegalStateException: source closed; password=****",
        report.abortReason().orElseThrow());
    assertTrue(report.toText().contains("Stopped by: java.lang.IllegalStateException"));
    SyncReport read = SyncReport.fromJson(report.toJson());
    assertEquals(report, read);
    assertTrue(read.abortCause().isEmpty());
    String noReason = report.toJson().replaceAll(",?\"abort_reason\":\"[^\"]*\"", "");
    assertThrows(IllegalArgumentException.class, () -> SyncReport.fromJson(noReason));
  }

  @Test
  void anAwaitingSnapshotContinuesWhereItStopped() {
    SyncReport.Recorder r = SyncReport.recorder("items", "test:1", false, T0);
    r.expect(3);
    r.record(RecordOutcome.unchanged("item 1", "1"));
    SyncReport snapshot = r.awaitAnswers(T0, 2);

    assertEquals(SyncReport.Status.AWAITING_ANSWERS, snapshot.status());
    assertEquals(3, snapshot.inputs());
    assertTrue(snapshot.toText().contains("2 awaiting an answer"), snapshot.toText());
    SyncReport.Recorder later = SyncReport.continuing(SyncReport.fromJson(snapshot.toJson()));
    later.record(RecordOutcome.created("item 2", "2"));
    later.record(RecordOutcome.created("item 3", "3"));
    SyncReport done = later.complete(T0.plusSeconds(3600));
    assertEquals(3, done.totalInputs());
    assertEquals(T0, done.startedAt());
    assertThrows(IllegalArgumentException.class, () -> SyncReport.continuing(done));
  }

  @Test
  void longTextsInOutcomesAreCutWithAMarker() {
    String huge = "k".repeat(1_000_000);
    RecordOutcome o = RecordOutcome.skipped("vendor " + huge, "origin_id.too_long", huge);

    assertTrue(o.key().length() <= RecordOutcome.MAX_LABEL_LENGTH);
    assertTrue(o.key().endsWith("…[+" + (huge.length() + 7 - 276) + " chars]"), o.key());
    assertTrue(o.message().orElseThrow().length() <= RecordOutcome.MAX_TEXT_LENGTH);
    String emoji = "\uD83D\uDE00".repeat(40);
    String cut = RecordOutcome.truncate(emoji, 33);
    assertTrue(!Character.isHighSurrogate(cut.charAt(cut.indexOf('…') - 1)), cut);
    assertEquals("short", RecordOutcome.truncate("short", 32));
  }

  @Test
  void aBlankTokenIsRefusedFromJsonAsFromCode() {
    SyncReport.Recorder r = SyncReport.recorder("items", "test:1", false, T0);
    String json = r.cancel(T0, ResumePosition.of("V-1")).toJson();
    String blank = json.replace("\"token\":\"V-1\"", "\"token\":\" \\t\"");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SyncReport.fromJson(blank));

    assertTrue(e.getMessage().contains("not blank"), e.getMessage());
    assertThrows(
        com.fasterxml.jackson.databind.JsonMappingException.class,
        () ->
            new com.fasterxml.jackson.databind.ObjectMapper()
                .readValue("{\"token\":\" \"}", ResumePosition.class));
  }

  @Test
  void recordCountPositionsAreReadBackAndOthersRefused() {
    assertEquals(ResumePosition.start(), ResumePosition.afterRecords(0));
    assertEquals(1000, ResumePosition.afterRecords(1000).records());
    assertEquals(0, ResumePosition.start().records());
    assertThrows(IllegalArgumentException.class, () -> ResumePosition.of("V-0042").records());
    assertThrows(IllegalArgumentException.class, () -> ResumePosition.of("-1").records());
    assertThrows(
        IllegalArgumentException.class, () -> ResumePosition.of("99999999999999999999").records());
    assertThrows(IllegalArgumentException.class, () -> ResumePosition.afterRecords(-1));
  }
}
