package dev.procoresync.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.procoresync.core.testing.Seeded;
import dev.procoresync.core.testing.Seeds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.TimeZone;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast path of {@link ProcoreJson} for {@code Instant}, {@code OffsetDateTime} and {@code
 * LocalDate} reads exactly what the {@code JavaTimeModule} alone reads, and fails where it fails.
 */
class FastIsoTimeTest {

  private static final ObjectMapper PROCORE = ProcoreJson.newMapper();

  /** The reference: the module's own deserializers, configured as ProcoreJson configures them. */
  private static final ObjectMapper REFERENCE =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .build();

  @Seeded(tries = 2000)
  void readsGeneratedTimesLikeTheModule(long seed) throws Exception {
    String text = isoTime(new SplittableRandom(seed));
    assertSame(text, Instant.class);
    assertSame(text, OffsetDateTime.class);
    assertSame(text, LocalDate.class);
  }

  /** Dates, and date-times with every separator, fraction and offset form, valid or nearly so. */
  static String isoTime(SplittableRandom r) {
    String date =
        String.format(
            "%04d-%02d-%02d",
            Seeds.between(r, 0, 9999), Seeds.between(r, 0, 13), Seeds.between(r, 0, 32));
    if (r.nextInt(4) == 0) {
      return date;
    }
    String time =
        String.format(
            "%02d:%02d:%02d",
            Seeds.between(r, 0, 25), Seeds.between(r, 0, 60), Seeds.between(r, 0, 61));
    String fraction = r.nextBoolean() ? "" : "." + Seeds.string(r, 0, 11, "0123456789");
    String offset =
        r.nextBoolean()
            ? Seeds.oneOf(r, "Z", "z", "+00:00", "-00:00", "+0530", "+05", "+05:30:15", "")
            : String.format(
                "%c%02d:%02d",
                Seeds.oneOf(r, '+', '-'), Seeds.between(r, 0, 19), Seeds.between(r, 0, 60));
    return date + Seeds.oneOf(r, "T", "t", " ") + time + fraction + offset;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-11-02",
        "2026-11-02T12:00:00Z",
        "2026-11-02T07:00:00-05:00",
        "2026-11-02T07:00:00.5-03:30",
        "2026-11-02T07:00:00.123456789+14:00",
        "2026-11-02T07:00:00.1234567891Z",
        "2026-11-02T07:00Z",
        "2026-11-02T07:00:00+0500",
        "2026-11-02T07:00:00",
        "2026-11-02T07:00:00.Z",
        "2026-02-29",
        "2024-02-29T23:59:60Z",
        "2026-11-02T24:00:00Z",
        "2026-11-02T07:00:00+18:30",
        " 2026-11-02T07:00:00Z ",
        "2026-11-02 ",
        "+2026-11-02",
        "20261102",
        "1762084800",
        "",
        "   "
      })
  void readsEdgeCasesLikeTheModule(String text) throws Exception {
    assertSame(text, Instant.class);
    assertSame(text, OffsetDateTime.class);
    assertSame(text, LocalDate.class);
  }

  @Test
  void keepsTheOffsetOfAnOffsetDateTimeAndConvertsAnInstantToUtc() throws Exception {
    OffsetDateTime time =
        PROCORE.readValue("\"2026-11-02T07:00:00.25-05:00\"", OffsetDateTime.class);
    Instant instant = PROCORE.readValue("\"2026-11-02T07:00:00.25-05:00\"", Instant.class);

    assertEquals(ZoneOffset.ofHours(-5), time.getOffset());
    assertEquals(250_000_000, time.getNano());
    assertEquals(Instant.parse("2026-11-02T12:00:00.25Z"), instant);
  }

  @Test
  void impossibleDatesStillFailWithTheModulesError() {
    assertThrows(
        JsonProcessingException.class, () -> PROCORE.readValue("\"2026-02-30\"", LocalDate.class));
    assertThrows(
        JsonProcessingException.class,
        () -> PROCORE.readValue("\"2026-11-02T25:00:00Z\"", Instant.class));
  }

  @Test
  void aBlankStringIsStillAbsent() throws Exception {
    assertNull(PROCORE.readValue("\"\"", Instant.class));
    assertNull(PROCORE.readValue("\"\"", LocalDate.class));
  }

  @Test
  void numbersStillGoToTheModule() throws Exception {
    assertEquals(
        Instant.ofEpochSecond(1_762_084_800L), PROCORE.readValue("1762084800", Instant.class));
  }

  /** A property with its own format. */
  static final class Patterned {
    /** Read with a pattern, not ISO. */
    @JsonFormat(pattern = "dd/MM/yyyy")
    public @Nullable LocalDate day;

    /** Adjusted to the context time zone despite the mapper's setting. */
    @JsonFormat(with = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
    public @Nullable OffsetDateTime adjusted;
  }

  @Test
  void aPropertyFormatStillApplies() throws Exception {
    Patterned p =
        PROCORE.readValue(
            "{\"day\":\"02/11/2026\",\"adjusted\":\"2026-11-02T07:00:00-05:00\"}", Patterned.class);

    assertEquals(LocalDate.of(2026, 11, 2), p.day);
    assertEquals(ZoneOffset.UTC, p.adjusted.getOffset());
    assertEquals(Instant.parse("2026-11-02T12:00:00Z"), p.adjusted.toInstant());
    assertThrows(
        JsonProcessingException.class,
        () -> PROCORE.readValue("{\"day\":\"2026-11-02\"}", Patterned.class));
  }

  @Test
  void adjustingToTheContextTimeZoneStillApplies() throws Exception {
    ObjectMapper adjusting =
        ProcoreJson.newMapper()
            .enable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .setTimeZone(TimeZone.getTimeZone("America/St_Johns"));

    OffsetDateTime time = adjusting.readValue("\"2026-11-02T12:00:00Z\"", OffsetDateTime.class);

    assertEquals(ZoneOffset.ofHoursMinutes(-3, -30), time.getOffset());
  }

  private static void assertSame(String text, Class<?> type) throws Exception {
    String json = REFERENCE.writeValueAsString(text);
    Object expected;
    try {
      expected = REFERENCE.readValue(json, type);
    } catch (JsonProcessingException e) {
      assertThrows(
          JsonProcessingException.class,
          () -> PROCORE.readValue(json, type),
          () -> text + " as " + type.getSimpleName() + " must fail as the module fails");
      return;
    }
    if (expected == null) {
      // the module's own reading of blank text; ProcoreJson reads blanks as absent too
      assertNull(PROCORE.readValue(json, type), text);
      return;
    }
    Object actual = PROCORE.readValue(json, type);
    assertEquals(expected, actual, () -> text + " as " + type.getSimpleName());
    if (actual instanceof OffsetDateTime) {
      assertEquals(((OffsetDateTime) expected).getOffset(), ((OffsetDateTime) actual).getOffset());
    }
  }
}
