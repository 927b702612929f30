package dev.procoresync.core.mapping.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.validation.Validated;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnflattenerTest {

  @Test
  void impliedDivisionsComeBeforeTheirCodes() {
    UnflattenResult<String> result =
        Unflattener.toTiers(
            List.of("06-200", "06-210", "03-100", "06"),
            Function.identity(),
            TierRule.separator("-"),
            "-");
    assertEquals(List.of(), result.violations());
    assertEquals(
        List.of("06", "06-200", "06-210", "03", "03-100"),
        result.codes().stream().map(TieredCode::fullCode).collect(Collectors.toList()));
    TieredCode<String> division = result.codes().get(0);
    assertEquals(Optional.of("06"), division.source(), "06 was named by an item");
    assertEquals(Optional.empty(), division.parentFullCode());
    TieredCode<String> implied = result.codes().get(3);
    assertEquals(Optional.empty(), implied.source(), "03 is only implied");
    TieredCode<String> child = result.codes().get(1);
    assertEquals("200", child.code());
    assertEquals(Optional.of("06"), child.parentFullCode());
    assertEquals(2, child.depth());
  }

  @Test
  void duplicatesAndEmptyTiersAreViolations() {
    UnflattenResult<String> result =
        Unflattener.toTiers(
            List.of("06-200", "06-200", "06--300", "", "-1"),
            Function.identity(),
            TierRule.separator("-"),
            "-");
    assertEquals(
        List.of(
            Unflattener.DUPLICATE_CODE,
            TierRule.EMPTY_TIER,
            Unflattener.MISSING_CODE,
            TierRule.EMPTY_TIER),
        result.violations().stream().map(v -> v.code()).collect(Collectors.toList()));
    assertEquals("tiers[1]", result.violations().get(1).field());
    assertEquals("tiers[0]", result.violations().get(3).field());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {"06200|06,200", "06|06", "062001|06,200,1", "0620|", "06200123|"})
  void fixedWidthRule(String code, String expected) {
    Validated<List<String>> tiers = TierRule.widths(2, 3, 1).tiers(code);
    if (expected == null) {
      assertFalse(tiers.isValid());
      assertEquals(TierRule.MISMATCH, tiers.violations().get(0).code());
    } else {
      assertTrue(tiers.isValid());
      assertEquals(List.of(expected.split(",")), tiers.value());
    }
  }
}
