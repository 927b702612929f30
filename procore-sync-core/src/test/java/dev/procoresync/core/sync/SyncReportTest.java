package dev.procoresync.core.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.validation.Violation;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SyncReportTest {
  private static final Instant T0 = Instant.parse("2026-11-23T12:00:00Z");

  private static SyncReport.Recorder recorder() {
    return SyncReport.recorder("vendors", "company:7", false, T0);
  }

  private static Map<Outcome, Long> counts(long created, long skipped) {
    Map<Outcome, Long> map = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      map.put(o, 0L);
    }
    map.put(Outcome.CREATED, created);
    map.put(Outcome.SKIPPED, skipped);
    return map;
  }

  private static SyncReport.Builder consistent() {
    return SyncReport.builder()
        .flow("vendors")
        .scope("company:7")
        .dryRun(false)
        .startedAt(T0)
        .finishedAt(T0)
        .status(SyncReport.Status.COMPLETED)
        .totalInputs(2)
        .counts(counts(2, 0));
  }

  @Test
  void theConsistentBaselineBuilds() {
    assertEquals(2, consistent().build().count(Outcome.CREATED));
  }

  @Test
  void countsThatDoNotAddUpToTheInputsCannotBeBuilt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> consistent().totalInputs(3).build());
    assertTrue(e.getMessage().contains("counts add up to 2 but totalInputs is 3"), e.getMessage());
  }

  @Test
  void aMissingOrNegativeCountCannotBeBuilt() {
    Map<Outcome, Long> partial = counts(2, 0);
    partial.remove(Outcome.FAILED);
    assertThrows(IllegalArgumentException.class, () -> consistent().counts(partial).build());
    Map<Outcome, Long> negative = counts(3, 0);
    negative.put(Outcome.UPDATED, -1L);
    assertThrows(IllegalArgumentException.class, () -> consistent().counts(negative).build());
  }

  @Test
  void skipsMustMatchTheirCount() {
    assertThrows(
        IllegalArgumentException.class,
        () -> consistent().counts(counts(1, 1)).build(),
        "one SKIPPED counted, none listed");
    assertThrows(
        IllegalArgumentException.class,
        () ->
            consistent()
                .counts(counts(1, 1))
                .addSkip(RecordOutcome.created("vendor V-1", "1"))
                .build(),
        "a created record listed as a skip");
  }

  @Test
  void statusAndResumePositionGoTogether() {
    assertThrows(
        IllegalArgumentException.class,
        () -> consistent().resumeFrom(ResumePosition.of("V-1")).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> consistent().status(SyncReport.Status.CANCELLED).build());
  }

  @Test
  void aCompletedReportMustHaveRecordedWhatItDeclared() {
    assertThrows(IllegalArgumentException.class, () -> consistent().declaredInputs(3).build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            consistent()
                .status(SyncReport.Status.CANCELLED)
                .resumeFrom(ResumePosition.start())
                .declaredInputs(1)
                .build());
  }

  @Test
  void finishBeforeStartCannotBeBuilt() {
    assertThrows(
        IllegalArgumentException.class, () -> consistent().finishedAt(T0.minusNanos(1)).build());
  }

  @Test
  void recorderRefusesToCompleteWithFewerOutcomesThanDeclared() {
    SyncReport.Recorder r = recorder().expect(3);
    r.record(RecordOutcome.created("vendor V-1", "1"));
    r.record(RecordOutcome.created("vendor V-2", "2"));

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> r.complete(T0));
    assertTrue(e.getMessage().contains("declared 3 inputs but recorded 2"), e.getMessage());

    r.record(RecordOutcome.unchanged("vendor V-3", "3"));
    assertEquals(3, r.complete(T0).totalInputs());
  }

  @Test
  void recorderRefusesAnOutcomeBeyondTheDeclaredInputs() {
    SyncReport.Recorder r = recorder().expect(1);
    r.record(RecordOutcome.created("vendor V-1", "1"));

    assertThrows(
        IllegalStateException.class, () -> r.record(RecordOutcome.created("vendor V-1", "1")));
    assertEquals(1, r.complete(T0).totalInputs(), "the refused outcome is not counted");
  }

  @Test
  void recorderIsClosedOnceTheReportIsBuilt() {
    SyncReport.Recorder r = recorder();
    r.complete(T0);
    assertThrows(
        IllegalStateException.class, () -> r.record(RecordOutcome.created("vendor V-1", "1")));
    assertThrows(IllegalStateException.class, () -> r.complete(T0));
    assertThrows(IllegalStateException.class, () -> r.cancel(T0, ResumePosition.start()));
  }

  @Test
  void expectCannotGoBelowWhatIsRecorded() {
    SyncReport.Recorder r = recorder();
    r.record(RecordOutcome.created("vendor V-1", "1"));
    r.record(RecordOutcome.created("vendor V-2", "2"));
    assertThrows(IllegalArgumentException.class, () -> r.expect(1));
    assertThrows(IllegalArgumentException.class, () -> r.expect(-1));
  }

  @Test
  void blankFlowOrScopeIsRefusedWithItsName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> SyncReport.recorder(" ", "s", false, T0));
    assertTrue(e.getMessage().startsWith("flow"), e.getMessage());
    NullPointerException npe =
        assertThrows(NullPointerException.class, () -> SyncReport.recorder("f", null, false, T0));
    assertEquals("scope", npe.getMessage());
  }

  @Test
  void textShowsCountsThenSkipsAndFailuresGroupedByReason() {
    SyncReport.Recorder r = recorder().expect(6);
    r.record(RecordOutcome.created("vendor V-1", "101"));
    r.record(
        RecordOutcome.skipped(
            "vendor V-2",
            List.of(Violation.of("name.blank", "name", "", "name '' is blank; give a name"))));
    r.record(RecordOutcome.skipped("vendor V-3", "project.inactive", "reactivate project 42"));
    r.record(
        RecordOutcome.skipped(
            "vendor V-4",
            List.of(Violation.of("name.blank", "name", " ", "name ' ' is blank; give a name"))));
    r.record(RecordOutcome.failed("vendor V-5", new IllegalStateException("boom")));
    r.record(RecordOutcome.unchanged("vendor V-6", "106"));

    String text = r.complete(T0.plusMillis(1234)).toText();

    assertEquals(
        "vendors (company:7): COMPLETED in 1.2 s\n"
            + "6 inputs: 1 created, 0 updated, 1 unchanged, 0 archived, 3 skipped, 1 failed\n"
            + "Skipped, by reason:\n"
            + "  name.blank (2)\n"
            + "    vendor V-2: name '' is blank; give a name\n"
            + "    vendor V-4: name ' ' is blank; give a name\n"
            + "  project.inactive (1)\n"
            + "    vendor V-3: reactivate project 42\n"
            + "Failed, by error:\n"
            + "  java.lang.IllegalStateException (1)\n"
            + "    vendor V-5: boom\n",
        text);
  }

  @Test
  void textOfACancelledDryRunSaysSoAndWhereToResume() {
    SyncReport.Recorder r = SyncReport.recorder("vendors", "company:7", true, T0).expect(10);
    r.record(RecordOutcome.created("vendor V-1", null));
    String text = r.cancel(T0.plusSeconds(3725), ResumePosition.of("V-1")).toText();

    assertTrue(
        text.startsWith(
            "vendors (company:7): CANCELLED after 1 of 10 inputs in 1 h 2 min 5 s, DRY RUN:"),
        text);
    assertTrue(text.endsWith("Resume from: 'V-1'\n"), text);
  }

  @Test
  void textSummarizesLongGroups() {
    SyncReport.Recorder r = recorder();
    for (int i = 0; i < 13; i++) {
      r.record(RecordOutcome.skipped("vendor V-" + i, "name.blank", "give a name"));
    }
    SyncReport report = r.complete(T0.plusMillis(5));

    String text = report.toText();
    assertTrue(text.contains("in 5 ms"), text);
    assertTrue(text.contains("  name.blank (13)\n"), text);
    assertTrue(text.contains("vendor V-9: give a name\n    ... and 3 more\n"), text);
    assertFalse(text.contains("vendor V-10"), text);
    assertTrue(report.toText(0).contains("  name.blank (13)\n    ... and 13 more\n"));
    assertThrows(IllegalArgumentException.class, () -> report.toText(-1));
  }

  @Test
  void omittedSkipsAreCountedAndSaidInText() {
    SyncReport.Recorder r = recorder().listAtMost(2);
    for (int i = 0; i < 5; i++) {
      r.record(RecordOutcome.skipped("vendor V-" + i, "name.blank", "give a name"));
    }
    SyncReport report = r.complete(T0);

    assertEquals(5, report.count(Outcome.SKIPPED));
    assertEquals(2, report.skips().size());
    assertEquals(3, report.omittedSkips());
    assertTrue(report.toText().contains("  (3 more not listed in this report;"), report.toText());
    assertEquals(report, SyncReport.fromJson(report.toJson()));
    assertThrows(
        IllegalArgumentException.class,
        () -> report.toBuilder().omittedSkips(2).build(),
        "listed + omitted must equal the count");
    assertThrows(IllegalArgumentException.class, () -> recorder().listAtMost(-1));
  }

  @Test
  void jsonHasSnakeCaseKeysAndLeavesTheThrowableOut() {
    SyncReport.Recorder r = recorder();
    r.record(RecordOutcome.failed("vendor V-1", new IllegalStateException("boom")));
    SyncReport report = r.complete(T0);

    String json = report.toJson();
    assertTrue(json.contains("\"started_at\":\"2026-11-23T12:00:00Z\""), json);
    assertTrue(json.contains("\"error_type\":\"java.lang.IllegalStateException\""), json);
    assertFalse(json.contains("cause"), json);
    assertFalse(json.contains("stack"), json);

    SyncReport back = SyncReport.fromJson(json);
    assertEquals(report, back);
    assertEquals(Optional.empty(), back.failures().get(0).cause());
  }

  @Test
  void jsonThatIsNotAReportIsRefusedClearly() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SyncReport.fromJson("{\"flow\":"));
    assertTrue(e.getMessage().startsWith("not a valid SyncReport"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SyncReport.fromJson("[]"));
  }

  @Test
  void unknownJsonPropertiesAreIgnored() {
    SyncReport report = recorder().complete(T0);
    String json = report.toJson().replaceFirst("\\{", "{\"added_later\":1,");
    assertEquals(report, SyncReport.fromJson(json));
  }

  @Test
  void textListsTheLargestSkipGroupFirstAndSaysInputForOne() {
    SyncReport.Recorder r = recorder();
    r.record(RecordOutcome.skipped("a", "rare.reason", "rare"));
    r.record(RecordOutcome.skipped("b", "common.reason", "common"));
    r.record(RecordOutcome.skipped("c", "common.reason", "common"));
    String text = r.complete(T0).toText();
    assertTrue(
        text.indexOf("common.reason (2)") < text.indexOf("rare.reason (1)"),
        "largest group first:\n" + text);

    SyncReport.Recorder one = recorder();
    one.record(RecordOutcome.created("x", "1"));
    assertTrue(one.complete(T0).toText().contains("\n1 input: 1 created"));
  }
}
