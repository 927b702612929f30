package dev.procoresync.core.mapping.budgetcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.testing.Fuzz;
import dev.procoresync.core.testing.Seeds;
import dev.procoresync.core.validation.Validated;
import dev.procoresync.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Budget codes come from users and from other systems: any pattern a project may define and any
 * code text end in a value or in violations that say where it broke, never in an exception or a
 * hang. A valid parse formats back to the same text.
 */
class BudgetCodeFuzzTest {

  /** Delimiters and separators are drawn from few characters, so that they collide often. */
  static final String PUNCTUATION = ".-/#: ";

  record Case(List<WbsSegment> segments, String tierSeparator, String code, String fallback) {
    @Override
    public String toString() {
      return "segments "
          + segments
          + " tierSeparator "
          + Fuzz.quote(tierSeparator)
          + " code "
          + Fuzz.quote(code)
          + " fallback "
          + Fuzz.quote(fallback);
    }
  }

  static Case generate(SplittableRandom r) {
    List<WbsSegment> segments = new ArrayList<>();
    int n = r.nextInt(8) == 0 ? Seeds.between(r, 0, 18) : Seeds.between(r, 1, 5);
    for (int i = 0; i < n; i++) {
      segments.add(
          WbsSegment.of(
              r.nextInt(10) == 0 ? "S" : "S" + i,
              Seeds.oneOf(r, SegmentType.values()),
              r.nextInt(10) == 0 ? 0 : Seeds.between(r, -3, 40),
              Seeds.string(r, 0, 2, PUNCTUATION),
              r.nextBoolean(),
              Seeds.oneOf(r, SegmentStructure.values())));
    }
    String alphabet = "aZ09" + PUNCTUATION + "\u00e9\t";
    String code = r.nextInt(6) == 0 ? Seeds.anyString(r, 0, 24) : Seeds.string(r, 0, 24, alphabet);
    if (r.nextInt(20) == 0) {
      code = Seeds.string(r, 0, 2, "a.").repeat(Seeds.between(r, 100, 2_000));
    }
    return new Case(
        segments, Seeds.string(r, 0, 2, PUNCTUATION), code, Seeds.string(r, 0, 8, alphabet));
  }

  @Test
  void everyPatternAndCodeEndsInAValueOrViolations() {
    Fuzz.run(
        "budget code (BudgetCodeFormat, BudgetCodeSplitter)",
        2_000,
        BudgetCodeFuzzTest::generate,
        c -> {
          Validated<BudgetCodeFormat> built =
              BudgetCodeFormat.from(c.segments(), c.tierSeparator());
          BudgetCodeFormat format =
              built.isValid() ? built.value() : BudgetCodeFormat.procoreDefault();
          built.violations().forEach(BudgetCodeFuzzTest::assertSaysWhere);
          format.toString();
          Validated<BudgetCode> parsed = format.parse(c.code());
          Validated<SplitBudgetCode> split = format.split(c.code(), SegmentItems.none());
          boolean costCodeRequired =
              format.segments().stream()
                  .anyMatch(s -> s.type() == SegmentType.COST_CODE && s.required());
          if (costCodeRequired) {
            assertEquals(parsed.isValid(), split.isValid(), "split agrees with parse");
          }
          if (parsed.isValid()) {
            assertEquals(c.code(), format.format(parsed.value()).value(), "formats back");
          } else {
            parsed.violations().forEach(BudgetCodeFuzzTest::assertSaysWhere);
          }
          BudgetCodeSplitter.of(format).split(c.code(), c.fallback());
          BudgetCodeSplitter.of(format).split(null, c.fallback());
        },
        t -> false);
  }

  static void assertSaysWhere(Violation v) {
    assertTrue(v.code().startsWith("budget_code."), v::toString);
    assertFalse(v.field().isEmpty(), v::toString);
    assertFalse(v.message().isBlank(), v::toString);
  }
}
