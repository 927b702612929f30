package dev.procoresync.core.mapping.budgetcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.testing.Seeded;
import dev.procoresync.core.testing.Seeds;
import dev.procoresync.core.validation.Validated;
import dev.procoresync.core.validation.Violation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetCodeFormatTest {

  static final BudgetCodeFormat DEFAULT = BudgetCodeFormat.procoreDefault();

  /** Sub Job (optional) . Area (custom, optional) . Cost Code (tiered) . Cost Type. */
  static final BudgetCodeFormat TWO_OPTIONAL =
      BudgetCodeFormat.from(
              List.of(
                  WbsSegment.of(
                      "Sub Job", SegmentType.SUB_JOB, 0, ".", false, SegmentStructure.FLAT),
                  WbsSegment.of("Area", SegmentType.CUSTOM, 1, ".", false, SegmentStructure.FLAT),
                  WbsSegment.of(
                      "Cost Code", SegmentType.COST_CODE, 2, ".", true, SegmentStructure.TIERED),
                  WbsSegment.of(
                      "Cost Type",
                      SegmentType.LINE_ITEM_TYPE,
                      3,
                      ".",
                      true,
                      SegmentStructure.FLAT)),
              "-")
          .value();

  /** Mixed delimiters: Sub Job / Cost Code : Cost Type, cost code tiers with "-". */
  static final BudgetCodeFormat MIXED =
      BudgetCodeFormat.from(
              List.of(
                  WbsSegment.of(
                      "Cost Type", SegmentType.LINE_ITEM_TYPE, 9, "#", true, SegmentStructure.FLAT),
                  WbsSegment.of(
                      "Sub Job", SegmentType.SUB_JOB, 1, "/", false, SegmentStructure.FLAT),
                  WbsSegment.of(
                      "Cost Code", SegmentType.COST_CODE, 5, ":", true, SegmentStructure.TIERED)),
              "-")
          .value();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        // code | sub job | cost code | tiers | cost type
        "P.3.SVC|P|3|3|SVC",
        "01-011.CT1|null|01-011|01,011|CT1",
        "P.06-200.LAB|P|06-200|06,200|LAB",
        "06-200-210.L|null|06-200-210|06,200,210|L",
        "sj.Ab-cD.lab|sj|Ab-cD|Ab,cD|lab",
        "Ü.日本-語.😀|Ü|日本-語|日本,語|😀",
        "'  .x.y'|'  '|x|x|y"
      })
  void parsesTheDefaultPattern(
      String code, String subJob, String costCode, String tiers, String costType) {
    BudgetCode parsed = DEFAULT.parse(code).value();
    assertEquals(Optional.ofNullable(subJob), parsed.subJob());
    assertEquals(Optional.of(costCode), parsed.costCode());
    assertEquals(List.of(tiers.split(",")), parsed.costCodeTiers());
    assertEquals(Optional.of(costType), parsed.costType());
    assertEquals(code, DEFAULT.format(parsed).value());
  }

  @ParameterizedTest(name = "''{0}'' -> {1} at {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''|budget_code.blank|code",
        "'   '|budget_code.blank|code",
        "LAB|budget_code.too_few_segments|segments[1]",
        "a.b.c.d|budget_code.too_many_segments|segments[3]",
        "P..LAB|budget_code.empty_segment|segments[1]",
        ".06.LAB|budget_code.empty_segment|segments[0]",
        "P.06.|budget_code.empty_segment|segments[2]",
        "06.|budget_code.empty_segment|segments[2]",
        "P.06-.LAB|budget_code.empty_tier|segments[1].tiers[1]",
        "-200.LAB|budget_code.empty_tier|segments[1].tiers[0]",
        "06--200.LAB|budget_code.empty_tier|segments[1].tiers[1]",
        "..|budget_code.empty_segment|segments[0]"
      })
  void invalidInputSaysWhereItBroke(String code, String violation, String field) {
    Validated<BudgetCode> parsed = DEFAULT.parse(code);
    assertFalse(parsed.isValid());
    Violation first = parsed.violations().get(0);
    assertEquals(violation, first.code());
    assertEquals(field, first.field());
  }

  @Test
  void twoOptionalSegmentsAreAmbiguousWithoutItems() {
    Validated<BudgetCode> parsed = TWO_OPTIONAL.parse("X.06-200.LAB");
    assertFalse(parsed.isValid());
    Violation v = parsed.violations().get(0);
    assertEquals(BudgetCodeFormat.AMBIGUOUS, v.code());
    assertTrue(v.message().contains("Sub Job=X"), v.message());
    assertTrue(v.message().contains("Area=X"), v.message());
    // All four or only the required two are not ambiguous.
    assertEquals(
        Optional.of("A1"),
        TWO_OPTIONAL.parse("S.A1.06.LAB").value().customSegments().values().stream().findFirst());
    assertTrue(TWO_OPTIONAL.parse("06.LAB").isValid());
  }

  @Test
  void segmentItemsResolveAmbiguity() {
    SegmentItems areas =
        SegmentItems.builder().add("Area", List.of("X")).add("Sub Job", List.of("S1")).build();
    BudgetCode parsed = TWO_OPTIONAL.parse("X.06-200.LAB", areas).value();
    assertEquals(Map.of("Area", "X"), parsed.customSegments());
    assertEquals(Optional.empty(), parsed.subJob());

    SegmentItems subJobs =
        SegmentItems.builder().add("Sub Job", List.of("X")).add("Area", List.of()).build();
    assertEquals(Optional.of("X"), TWO_OPTIONAL.parse("X.06-200.LAB", subJobs).value().subJob());
  }

  @Test
  void itemsThatStillAllowBothReadingsRemainAmbiguous() {
    SegmentItems both =
        SegmentItems.builder().add("Area", List.of("X")).add("Sub Job", List.of("X")).build();
    Validated<BudgetCode> parsed = TWO_OPTIONAL.parse("X.06.LAB", both);
    assertEquals(BudgetCodeFormat.AMBIGUOUS, parsed.violations().get(0).code());
  }

  @Test
  void itemsAreCaseSensitiveAndUnknownItemsAreReported() {
    SegmentItems items =
        SegmentItems.builder()
            .add("Cost Code", List.of("06-200"))
            .add("Cost Type", List.of("LAB"))
            .build();
    assertTrue(DEFAULT.parse("06-200.LAB", items).isValid());
    Validated<BudgetCode> lower = DEFAULT.parse("06-200.lab", items);
    assertEquals(BudgetCodeFormat.UNKNOWN_ITEM, lower.violations().get(0).code());
    assertEquals("segments[2]", lower.violations().get(0).field());
    assertEquals("lab", lower.violations().get(0).rejectedValue());
  }

  @Test
  void delimiterInsideAValueCannotBeReadBack() {
    BudgetCode withDot = BudgetCode.builder().subJob("A.B").costCode("06").costType("LAB").build();
    String formatted = DEFAULT.format(withDot).value();
    assertEquals("A.B.06.LAB", formatted);
    Validated<BudgetCode> back = DEFAULT.parse(formatted);
    assertFalse(back.isValid());
    assertEquals(BudgetCodeFormat.TOO_MANY_SEGMENTS, back.violations().get(0).code());
  }

  @Test
  void mixedDelimitersFollowThePresentSegments() {
    assertEquals(
        "[[Sub Job]/Cost Code(-):Cost Type]", MIXED.toString().replace("BudgetCodeFormat", ""));
    BudgetCode full = MIXED.parse("S1/06-200:LAB").value();
    assertEquals(Optional.of("S1"), full.subJob());
    assertEquals(Optional.of("06-200"), full.costCode());
    assertEquals(Optional.of("LAB"), full.costType());
    BudgetCode noSubJob = MIXED.parse("06-200:LAB").value();
    assertEquals(Optional.empty(), noSubJob.subJob());
    assertEquals("06-200:LAB", MIXED.format(noSubJob).value());
    Validated<BudgetCode> wrong = MIXED.parse("S1:06/LAB");
    assertFalse(wrong.isValid());
    assertEquals(BudgetCodeFormat.NO_READING, wrong.violations().get(0).code());
  }

  @Test
  void formatReportsMissingRequiredSegments() {
    Validated<String> f = DEFAULT.format(BudgetCode.builder().subJob("P").build());
    assertEquals(
        List.of("segments[1]", "segments[2]"),
        f.violations().stream().map(Violation::field).collect(Collectors.toList()));
    assertEquals(BudgetCodeFormat.MISSING_REQUIRED, f.violations().get(0).code());
    Validated<String> empty =
        DEFAULT.format(BudgetCode.builder().costCode("").costType("L").build());
    assertEquals(BudgetCodeFormat.EMPTY_SEGMENT, empty.violations().get(0).code());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no segments|0",
        "duplicate position|1",
        "duplicate name|2",
        "two cost code segments|3",
        "empty delimiter|4",
        "tier separator equals delimiter|5"
      })
  void invalidPatternsAreViolations(String name, int which) {
    WbsSegment cc =
        WbsSegment.of("Cost Code", SegmentType.COST_CODE, 1, ".", true, SegmentStructure.TIERED);
    WbsSegment ct =
        WbsSegment.of("Cost Type", SegmentType.LINE_ITEM_TYPE, 2, ".", true, SegmentStructure.FLAT);
    List<WbsSegment> segments;
    String tiers = "-";
    switch (which) {
      case 0:
        segments = List.of();
        break;
      case 1:
        segments =
            List.of(
                cc, WbsSegment.of("X", SegmentType.CUSTOM, 1, ".", true, SegmentStructure.FLAT));
        break;
      case 2:
        segments =
            List.of(
                cc,
                WbsSegment.of(
                    "Cost Code", SegmentType.CUSTOM, 3, ".", true, SegmentStructure.FLAT));
        break;
      case 3:
        segments =
            List.of(
                cc,
                WbsSegment.of("CC2", SegmentType.COST_CODE, 3, ".", true, SegmentStructure.FLAT));
        break;
      case 4:
        segments =
            List.of(
                WbsSegment.of(
                    "Cost Code", SegmentType.COST_CODE, 1, "", true, SegmentStructure.TIERED),
                ct);
        break;
      default:
        segments = List.of(cc, ct);
        tiers = ".";
    }
    Validated<BudgetCodeFormat> format = BudgetCodeFormat.from(segments, tiers);
    assertFalse(format.isValid(), name);
    assertEquals(BudgetCodeFormat.INVALID_PATTERN, format.violations().get(0).code());
  }

  @Test
  void segmentTypesAndStructuresAreReadTolerantly() {
    assertEquals(SegmentType.COST_CODE, SegmentType.fromWire(" Cost_Code "));
    assertEquals(SegmentType.LINE_ITEM_TYPE, SegmentType.fromWire("line_item_type"));
    assertEquals(SegmentType.UNKNOWN, SegmentType.fromWire("brand_new"));
    assertEquals(SegmentType.UNKNOWN, SegmentType.fromWire(null));
    assertEquals(SegmentStructure.TIERED, SegmentStructure.fromWire("TIERED"));
    assertEquals(SegmentStructure.FLAT, SegmentStructure.fromWire(null));
  }

  // ---- properties ----

  /** Letters, digits, unicode, spaces; never a delimiter ('.') or the tier separator ('-'). */
  static String value(SplittableRandom r) {
    return Seeds.string(r, 1, 6, "aZ09 _/ÜßéЖ日本ABCDEF");
  }

  /** Any short string; x and y become the delimiter and the tier separator. */
  static String raw(SplittableRandom r, int max) {
    String s = r.nextBoolean() ? Seeds.anyString(r, 0, max) : Seeds.string(r, 0, max, "xyA0 é\t");
    return s.replace('x', '.').replace('y', '-');
  }

  @Seeded(tries = 500)
  void formatThenParseGivesTheCodeBack(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String subJob = value(r);
    String division = value(r);
    String code = value(r);
    String costType = value(r);
    boolean withSubJob = r.nextBoolean();
    boolean tiered = r.nextBoolean();
    BudgetCode.Builder b =
        BudgetCode.builder().costCode(tiered ? division + "-" + code : code).costType(costType);
    if (tiered) {
      b.addCostCodeTiers(division, code);
    } else {
      b.addCostCodeTier(code);
    }
    if (withSubJob) {
      b.subJob(subJob);
    }
    BudgetCode original = b.build();
    String formatted = DEFAULT.format(original).value();
    assertEquals(original, DEFAULT.parse(formatted).value());
  }

  @Seeded(tries = 1000)
  void parseThenFormatGivesTheStringBackOrSaysWhereItBroke(long seed) {
    String code = raw(new SplittableRandom(seed), 16);
    for (BudgetCodeFormat format : List.of(DEFAULT, TWO_OPTIONAL, MIXED)) {
      Validated<BudgetCode> parsed = format.parse(code);
      if (parsed.isValid()) {
        assertEquals(code, format.format(parsed.value()).value());
      } else {
        for (Violation v : parsed.violations()) {
          assertTrue(
              v.field().equals("code") || v.field().startsWith("segments["),
              () -> "field says where: " + v);
          assertTrue(v.code().startsWith("budget_code."), v::code);
        }
      }
    }
  }

  @Seeded(tries = 300)
  void parsedValuesNeverContainADelimiter(long seed) {
    String code = raw(new SplittableRandom(seed), 20);
    DEFAULT
        .parse(code)
        .toOptional()
        .ifPresent(
            c -> {
              c.subJob().ifPresent(s -> assertFalse(s.contains(".")));
              c.costCodeTiers().forEach(t -> assertFalse(t.isEmpty() || t.contains("-")));
            });
  }
}
