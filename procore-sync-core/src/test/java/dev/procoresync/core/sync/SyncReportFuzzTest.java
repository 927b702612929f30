package dev.procoresync.core.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.procoresync.core.model.ProcoreJson;
import dev.procoresync.core.testing.Fuzz;
import dev.procoresync.core.testing.Mutate;
import dev.procoresync.core.testing.Seeds;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Reports and resume positions read back from JSON someone may have edited or damaged: each ends in
 * a consistent report (whose counts add up, and which renders as text and JSON again) or in the
 * documented {@link IllegalArgumentException}.
 */
class SyncReportFuzzTest {

  static String reportJson(SplittableRandom r) {
    String sample = Generators.report(r).toJson();
    return Mutate.json(r, sample);
  }

  @Test
  void everyReportJsonEndsInAConsistentReportOrIllegalArgument() {
    Fuzz.run(
        "SyncReport.fromJson",
        1_500,
        SyncReportFuzzTest::reportJson,
        json -> {
          SyncReport report = SyncReport.fromJson(json);
          long sum = 0;
          for (Outcome o : Outcome.values()) {
            sum = Math.addExact(sum, report.count(o));
          }
          assertEquals(report.totalInputs(), sum, "counts add up");
          report.toText();
          assertEquals(report, SyncReport.fromJson(report.toJson()), "reads back");
        },
        t -> t instanceof IllegalArgumentException);
  }

  @Test
  void everyResumePositionJsonEndsInAPositionOrJacksonsException() {
    Fuzz.run(
        "ResumePosition JSON",
        1_000,
        r ->
            Mutate.json(
                r,
                "{\"token\":\""
                    + Mutate.escape(r.nextBoolean() ? Seeds.anyString(r, 0, 6) : "V-0042")
                    + "\"}"),
        json -> {
          ResumePosition p = ProcoreJson.mapper().readValue(json, ResumePosition.class);
          assertEquals(p.atStart(), p.equals(ResumePosition.start()));
          p.toString();
        },
        t -> t instanceof JsonProcessingException);
  }

  @Test
  void countsWhoseSumOverflowsAreRefused() {
    String json =
        SyncReport.recorder("f", "s", false, Instant.EPOCH)
            .complete(Instant.EPOCH)
            .toJson()
            .replaceFirst("\"CREATED\":0", "\"CREATED\":9223372036854775807")
            .replaceFirst("\"UPDATED\":0", "\"UPDATED\":9223372036854775807")
            .replaceFirst("\"UNCHANGED\":0", "\"UNCHANGED\":2");
    assertTrue(json.contains("9223372036854775807"), json);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SyncReport.fromJson(json));
    assertTrue(e.getMessage().contains("overflow"), e.getMessage());
  }

  @Test
  void textOfAReportSpanningAllOfTimeDoesNotOverflow() {
    SyncReport report = SyncReport.recorder("f", "s", false, Instant.MIN).complete(Instant.MAX);
    assertTrue(report.toText().startsWith("f (s): COMPLETED in "), report.toText());
  }

  @Test
  void outOfRangeInstantsAndNumbersAreIllegalArgument() {
    String json =
        SyncReport.recorder("f", "s", false, Instant.EPOCH).complete(Instant.EPOCH).toJson();
    for (String bad :
        new String[] {
          json.replace(
              "\"started_at\":\"1970-01-01T00:00:00Z\"", "\"started_at\":9223372036854775807"),
          json.replace("\"started_at\":\"1970-01-01T00:00:00Z\"", "\"started_at\":1e-2147483649"),
          json.replace("\"total_inputs\":0", "\"total_inputs\":1e-2147483649")
        }) {
      assertTrue(!bad.equals(json), bad);
      assertThrows(IllegalArgumentException.class, () -> SyncReport.fromJson(bad), bad);
    }
  }

  @Test
  @Disabled("see findings: kit-flow (ResumePosition read from JSON accepts a blank token)")
  void aBlankTokenIsRefusedFromJsonAsFromCode() {
    assertThrows(
        JsonProcessingException.class,
        () -> ProcoreJson.mapper().readValue("{\"token\":\"  \"}", ResumePosition.class));
    assertEquals(ResumePosition.of("V-1"), assertDoesNotThrowValue("{\"token\":\"V-1\"}"));
  }

  private static ResumePosition assertDoesNotThrowValue(String json) {
    try {
      return ProcoreJson.mapper().readValue(json, ResumePosition.class);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }
}
