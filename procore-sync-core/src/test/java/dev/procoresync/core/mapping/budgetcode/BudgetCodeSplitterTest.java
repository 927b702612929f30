package dev.procoresync.core.mapping.budgetcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.procoresync.core.validation.Validated;
import java.util.List;
import java.util.Optional;
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
}
