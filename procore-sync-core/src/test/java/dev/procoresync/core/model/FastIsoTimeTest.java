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
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.TimeZone;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

  @Property(tries = 2000)
  void readsGeneratedTimesLikeTheModule(@ForAll("isoTimes") String text) throws Exception {
    assertSame(text, Instant.class);
    assertSame(text, OffsetDateTime.class);
    assertSame(text, LocalDate.class);
  }

  @Provide
  Arbitrary<String> isoTimes() {
    Arbitrary<String> date =
        Combinators.combine(
                Arbitraries.integers().between(0, 9999),
                Arbitraries.integers().between(0, 13),
                Arbitraries.integers().between(0, 32))
            .as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
    Arbitrary<String> time =
        Combinators.combine(
                Arbitraries.integers().between(0, 25),
                Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(0, 61))
            .as((h, m, s) -> String.format("%02d:%02d:%02d", h, m, s));
    Arbitrary<String> fraction =
        Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(11).map(f -> "." + f);
    Arbitrary<String> offset =
        Arbitraries.oneOf(
            Arbitraries.of("Z", "z", "+00:00", "-00:00", "+0530", "+05", "+05:30:15", ""),
            Combinators.combine(
                    Arbitraries.of('+', '-'),
                    Arbitraries.integers().between(0, 19),
                    Arbitraries.integers().between(0, 60))
                .as((sign, h, m) -> String.format("%c%02d:%02d", sign, h, m)));
    Arbitrary<String> dateTime =
        Combinators.combine(
                date,
                Arbitraries.of("T", "t", " "),
                time,
                Arbitraries.oneOf(Arbitraries.just(""), fraction),
                offset)
            .as((d, t, tm, f, o) -> d + t + tm + f + o);
    return Arbitraries.oneOf(date, dateTime, dateTime, dateTime);
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
