package dev.procoresync.core.origin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.testing.Fuzz;
import dev.procoresync.core.testing.Mutate;
import dev.procoresync.core.testing.Seeds;
import dev.procoresync.core.validation.Validated;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Origin ids are read back from Procore and typed by users: any text ends in an id that formats
 * back to itself or in violations, never in an exception.
 */
class OriginIdFuzzTest {

  static String text(SplittableRandom r) {
    switch (r.nextInt(4)) {
      case 0:
        return Seeds.anyString(r, 0, 40);
      case 1:
        return Mutate.text(r, Seeds.oneOf(r, "bc:job:JOB000042", "qbd:vendor:80000001-1234:X"));
      case 2:
        return "bc:job:" + Seeds.anyString(r, 0, 300);
      default:
        return Seeds.string(r, 0, 30, "bc:job\u2028\ud800\u0000 -_X9");
    }
  }

  @Test
  void everyTextEndsInAnIdOrViolations() {
    Fuzz.run(
        "origin id (OriginId.parse)",
        2_000,
        OriginIdFuzzTest::text,
        text -> {
          Validated<OriginId> parsed = OriginId.parse(text);
          if (parsed.isValid()) {
            OriginId id = parsed.value();
            assertEquals(text, id.format());
            assertEquals(id, OriginId.of(id.system(), id.entity(), id.key()));
            assertTrue(text.length() <= OriginId.MAX_LENGTH);
          } else {
            assertFalse(parsed.violations().isEmpty());
            parsed
                .violations()
                .forEach(v -> assertTrue(v.code().startsWith("origin_id."), v::code));
          }
        },
        t -> false);
  }

  @Test
  void aKeyWithALoneSurrogateOrALineSeparatorIsAViolation() {
    for (String key : List.of("A\ud800", "\udc00B", "A\u2028B", "A\u2029B", "A\u0085B")) {
      assertFalse(OriginId.parse("bc:job:" + key).isValid(), () -> Fuzz.quote(key));
    }
  }
}
