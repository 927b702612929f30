package dev.procoresync.core.origin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.procoresync.core.testing.Seeded;
import dev.procoresync.core.testing.Seeds;
import dev.procoresync.core.validation.Validated;
import dev.procoresync.core.validation.Violation;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OriginIdTest {

  static String name(SplittableRandom r) {
    return Seeds.string(r, 1, 12, "abcdefghijklmnopqrstuvwxyz0123456789_-");
  }

  static String key(SplittableRandom r) {
    while (true) {
      String k =
          Seeds.string(
              r,
              1,
              200,
              Seeds.range(' ', '~'),
              Seeds.range('\u00c0', '\u017f'),
              Seeds.range(':', ':'));
      if (!k.isBlank()) {
        return k;
      }
    }
  }

  /** Up to 8 characters, anything but a valid name and never a colon. */
  static String badName(SplittableRandom r) {
    while (true) {
      String s =
          r.nextBoolean()
              ? Seeds.anyString(r, 0, 8)
              : Seeds.string(r, 0, 8, "abcxyz019_-ABZ .\u00e9/\t");
      if (!s.matches("[a-z0-9_-]+") && s.indexOf(':') < 0) {
        return s;
      }
    }
  }

  @Seeded(tries = 500)
  void formatThenParseRoundTrips(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String system = name(r);
    String entity = name(r);
    String key = key(r);
    OriginId id = OriginId.of(system, entity, key);
    String text = id.format();

    assertEquals(system + ":" + entity + ":" + key, text);
    Validated<OriginId> back = OriginId.parse(text);
    assertEquals(Validated.valid(id), back);
    assertEquals(key, back.value().key());
    assertEquals(text, back.value().format());
  }

  @Seeded(tries = 300)
  void anInvalidSystemIsNamedWithItsValue(long seed) {
    String system = badName(new SplittableRandom(seed));
    Violation v = single(OriginId.parse(system + ":job:JOB1"));
    assertEquals("system", v.field());
    assertEquals(system, v.rejectedValue());
    assertTrue(v.message().contains("'" + system + "'"), v.message());
  }

  @Seeded(tries = 300)
  void anInvalidEntityIsNamedWithItsValue(long seed) {
    String entity = badName(new SplittableRandom(seed));
    Violation v = single(OriginId.validate("bc", entity, "JOB1"));
    assertEquals("entity", v.field());
    assertEquals(entity, v.rejectedValue());
    assertTrue(v.message().contains("'" + entity + "'"), v.message());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "BC:job:1        | origin_id.system.invalid | system | BC",
        ":job:1          | origin_id.system.invalid | system | ''",
        "bc:Job X:1      | origin_id.entity.invalid | entity | Job X",
        "bc::1           | origin_id.entity.invalid | entity | ''",
        "bc:job:         | origin_id.key.blank      | key    | ''",
        "'bc:job:   '    | origin_id.key.blank      | key    | '   '",
        "bc:job          | origin_id.format         | originId | bc:job",
        "bcjob1          | origin_id.format         | originId | bcjob1",
        "'  '            | origin_id.blank          | originId | '  '",
      })
  void everyInvalidInputYieldsAViolationNamingFieldAndValue(
      String text, String code, String field, String value) {
    Violation v = single(OriginId.parse(text));
    assertEquals(code, v.code());
    assertEquals(field, v.field());
    assertEquals(value, v.rejectedValue());
    assertTrue(v.message().contains("'" + value + "'"), v.message());
  }

  @Test
  void absentTextIsAViolationNotAnException() {
    Violation v = single(OriginId.parse(null));
    assertEquals("originId", v.field());
    assertEquals(null, v.rejectedValue());
    assertTrue(v.message().contains("(absent)"), v.message());
    assertEquals("key", single(OriginId.validate("bc", "job", null)).field());
  }

  @Test
  void controlCharactersInTheKeyAreAViolation() {
    Violation v = single(OriginId.parse("bc:job:A\nB"));
    assertEquals("origin_id.key.control", v.code());
    assertEquals("key", v.field());
    assertEquals("A\nB", v.rejectedValue());
  }

  @Test
  void everyBadPartIsReportedAtOnce() {
    List<String> fields =
        OriginId.parse("BC:JOB: ").violations().stream()
            .map(Violation::field)
            .collect(Collectors.toList());
    assertEquals(List.of("system", "entity", "key"), fields);
  }

  @Test
  void lengthIsCappedAt255Characters() {
    String prefix = "bc:job:";
    String fits = prefix + "K".repeat(OriginId.MAX_LENGTH - prefix.length());
    assertTrue(OriginId.parse(fits).isValid());

    String tooLong = fits + "K";
    Violation v = single(OriginId.parse(tooLong));
    assertEquals("origin_id.too_long", v.code());
    assertEquals("originId", v.field());
    assertEquals(tooLong, v.rejectedValue());
    assertTrue(v.message().contains("256 characters"), v.message());
  }

  @Test
  void onlyTheFirstTwoColonsSeparate() {
    OriginId id = OriginId.parse("qbd:vendor:80000001-1234567890:X").value();
    assertEquals("qbd", id.system());
    assertEquals("vendor", id.entity());
    assertEquals("80000001-1234567890:X", id.key());
  }

  @Test
  void keysAreKeptExactly() {
    assertNotEquals(OriginId.of("bc", "job", " J1"), OriginId.of("bc", "job", "J1"));
    assertEquals(" J1", OriginId.parse("bc:job: J1").value().key());
  }

  @Test
  void equalityIsByParts() {
    OriginId a = OriginId.of("bc", "job", "JOB000042");
    OriginId b = OriginId.parse("bc:job:JOB000042").value();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, OriginId.of("bc", "jobs", "JOB000042"));
    assertNotEquals(a, OriginId.of("bc", "job", "job000042"));
    assertFalse(a.equals("bc:job:JOB000042"));
    assertEquals("bc:job:JOB000042", a.toString());
  }

  @Test
  void ofThrowsWithEveryMessageOrNamesTheNullPart() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OriginId.of("BC", "job", " "));
    assertTrue(e.getMessage().contains("system 'BC'"), e.getMessage());
    assertTrue(e.getMessage().contains("key ' '"), e.getMessage());
    NullPointerException npe =
        assertThrows(NullPointerException.class, () -> OriginId.of("bc", null, "1"));
    assertEquals("entity", npe.getMessage());
  }

  @Test
  void jsonFormIsTheFormattedString() throws JsonProcessingException {
    ObjectMapper mapper = new ObjectMapper();
    OriginId id = OriginId.of("bc", "job", "J:1");
    assertEquals("\"bc:job:J:1\"", mapper.writeValueAsString(id));
    assertEquals(id, mapper.readValue("\"bc:job:J:1\"", OriginId.class));
    assertThrows(
        JsonProcessingException.class, () -> mapper.readValue("\"BC:job:1\"", OriginId.class));
  }

  private static Violation single(Validated<?> result) {
    assertFalse(result.isValid(), () -> "expected a violation, got " + result);
    assertEquals(1, result.violations().size(), () -> result.violations().toString());
    return result.violations().get(0);
  }
}
