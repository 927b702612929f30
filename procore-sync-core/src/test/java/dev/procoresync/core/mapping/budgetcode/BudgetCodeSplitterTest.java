package dev.procoresync.core.mapping.budgetcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.procoresync.core.testing.Seeded;
import dev.procoresync.core.testing.Seeds;
import dev.procoresync.core.validation.Validated;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetCodeSplitterTest {

  final BudgetCodeSplitter splitter = BudgetCodeSplitter.of(BudgetCodeFormat.procoreDefault());

  @ParameterizedTest(name = "{0} -> task {1}, type {2}, segment {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "P.06-200.LAB|06-200|LAB|P",
        "06-200.LAB|06-200|LAB|null",
        "01-011.CT1|01-011|CT1|null",
        "SJ1.3.SVC|3|SVC|SJ1"
      })
  void splitsIntoJobTaskCostTypeAndSegmentCode(
      String code, String jobTask, String costType, String segment) {
    SplitBudgetCode split = splitter.split(code).value();
    assertEquals(jobTask, split.costCode());
    assertEquals(Optional.of(costType), split.costType());
    assertEquals(Optional.ofNullable(segment), split.subJob());
  }

  @Test
  void prefersProcoresFlatCode() {
    assertEquals("06-200", splitter.split("06-200.LAB", "99.ZZ").value().costCode());
    assertEquals("99", splitter.split("  ", "99.ZZ").value().costCode());
    assertEquals("99", splitter.split(null, "99.ZZ").value().costCode());
    Validated<SplitBudgetCode> none = splitter.split(null, null);
    assertEquals(BudgetCodeSplitter.MISSING, none.violations().get(0).code());
  }

  @Test
  void checksAgainstTheProjectsItems() {
    BudgetCodeSplitter checked =
        BudgetCodeSplitter.of(
            BudgetCodeFormat.procoreDefault(),
            SegmentItems.builder().add("Sub Job", List.of("P")).build());
    assertEquals(Optional.of("P"), checked.split("P.06.LAB").value().subJob());
    Validated<SplitBudgetCode> unknown = checked.split("Q.06.LAB");
    assertFalse(unknown.isValid());
    assertEquals(BudgetCodeFormat.UNKNOWN_ITEM, unknown.violations().get(0).code());
  }

  @Test
  void aPatternWithoutCostCodeCannotBeSplit() {
    BudgetCodeFormat onlyCustom =
        BudgetCodeFormat.from(
                List.of(
                    WbsSegment.of("Area", SegmentType.CUSTOM, 0, ".", true, SegmentStructure.FLAT)),
                "-")
            .value();
    Validated<SplitBudgetCode> split = BudgetCodeSplitter.of(onlyCustom).split("A1");
    assertEquals(BudgetCodeFormat.MISSING_REQUIRED, split.violations().get(0).code());
  }

  /** The splitter's fast path agrees with the full parser on every input, valid or not. */
  @Seeded(tries = 3000)
  void splitAgreesWithParse(long seed) {
    String code = Seeds.string(new SplittableRandom(seed), 0, 12, "aB9Ü .-");
    BudgetCodeFormat format = BudgetCodeFormat.procoreDefault();
    Validated<BudgetCode> parsed = format.parse(code);
    Validated<SplitBudgetCode> split = format.split(code, SegmentItems.none());
    assertEquals(parsed.isValid(), split.isValid(), code);
    if (parsed.isValid()) {
      BudgetCode p = parsed.value();
      assertEquals(p.costCode().orElseThrow(), split.value().costCode());
      assertEquals(p.costType(), split.value().costType());
      assertEquals(p.subJob(), split.value().subJob());
    } else {
      assertEquals(parsed.violations(), split.violations());
    }
  }

  @Test
  void fastPathFallsBackForBlankAndBrokenCodes() {
    BudgetCodeFormat format = BudgetCodeFormat.procoreDefault();
    assertEquals(
        BudgetCodeFormat.BLANK,
        format.split("   ", SegmentItems.none()).violations().get(0).code());
    assertEquals(
        BudgetCodeFormat.EMPTY_TIER,
        format.split("06-.LAB", SegmentItems.none()).violations().get(0).code());
    assertEquals(
        BudgetCodeFormat.TOO_MANY_SEGMENTS,
        format.split("a.b.c.d", SegmentItems.none()).violations().get(0).code());
  }
}
