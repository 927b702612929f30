package dev.procoresync.core.mapping.changeorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.validation.Violation;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ChangeOrderClassifierTest {

  static ChangeOrderFacts.Builder approvedPackage() {
    return ChangeOrderFacts.builder()
        .kind(ChangeOrderKind.PACKAGE)
        .id(77)
        .rawStatus("approved")
        .projectId(10L)
        .contractId(20L)
        .tier(1)
        .lineItemCount(2)
        .title("Extra footing");
  }

  final ChangeOrderClassifier withNpcField =
      ChangeOrderClassifier.of(ChangeOrderRules.defaults().withNpcRule(NpcRule.customField("NPC")));

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("approved package", approvedPackage().build(), "REGULAR", List.of()),
        Arguments.of(
            "approved, NPC field yes",
            approvedPackage().putCustomField("NPC", " Yes ").build(),
            "NPC",
            List.of()),
        Arguments.of(
            "approved, NPC field false",
            approvedPackage().putCustomField("NPC", "false").build(),
            "REGULAR",
            List.of()),
        Arguments.of(
            "status in other case",
            approvedPackage().rawStatus("Approved").build(),
            "REGULAR",
            List.of()),
        Arguments.of(
            "pending",
            approvedPackage().rawStatus("pending").build(),
            "NOT_ELIGIBLE",
            List.of(IneligibleReason.NOT_APPROVED)),
        Arguments.of(
            "unknown status",
            approvedPackage().rawStatus("signed_in_blood").build(),
            "NOT_ELIGIBLE",
            List.of(IneligibleReason.UNKNOWN_STATUS)),
        Arguments.of(
            "no project, NPC flag cannot rescue it",
            ChangeOrderFacts.builder()
                .kind(ChangeOrderKind.POTENTIAL_CHANGE_ORDER)
                .id(5)
                .rawStatus("void")
                .putCustomField("NPC", "true")
                .build(),
            "NOT_ELIGIBLE",
            List.of(IneligibleReason.NOT_APPROVED, IneligibleReason.NO_PROJECT_LINK)),
        Arguments.of(
            "commitment change order kind",
            approvedPackage().kind(ChangeOrderKind.COMMITMENT_CHANGE_ORDER).build(),
            "NOT_ELIGIBLE",
            List.of(IneligibleReason.UNSUPPORTED_KIND)),
        Arguments.of(
            "tier 4 does not exist",
            approvedPackage().tier(4).build(),
            "NOT_ELIGIBLE",
            List.of(IneligibleReason.UNSUPPORTED_TIER)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void classifies(
      String name, ChangeOrderFacts facts, String category, List<IneligibleReason> reasons) {
    ChangeOrderClassification c = withNpcField.classify(facts);
    assertEquals(ChangeOrderCategory.valueOf(category), c.category());
    assertEquals(reasons, c.reasons());
    assertEquals(
        reasons.stream().map(IneligibleReason::code).collect(Collectors.toList()),
        c.violations().stream().map(Violation::code).collect(Collectors.toList()));
    assertEquals(reasons.isEmpty(), c.isEligible());
  }

  @Test
  void violationsNameTheChangeOrderFieldAndValue() {
    Violation v =
        withNpcField.classify(approvedPackage().rawStatus("Pending").build()).violations().get(0);
    assertEquals("status", v.field());
    assertEquals("Pending", v.rejectedValue());
    assertTrue(v.message().contains("package 77"), v.message());
  }

  @Test
  void configurableRules() {
    ChangeOrderRules strict =
        ChangeOrderRules.defaults()
            .withSupportedTiers(Set.of(1, 2))
            .withRequireContractLink(true)
            .withRequireLineItems(true)
            .withEligibleStatuses(Set.of(ChangeOrderStatus.APPROVED, ChangeOrderStatus.NO_CHARGE))
            .withNpcRule(NpcRule.flag());
    ChangeOrderClassifier classifier = ChangeOrderClassifier.of(strict);
    ChangeOrderClassification c =
        classifier.classify(
            ChangeOrderFacts.builder()
                .kind(ChangeOrderKind.PACKAGE)
                .id(1)
                .rawStatus("no charge")
                .projectId(1L)
                .tier(3)
                .build());
    assertEquals(
        List.of(
            IneligibleReason.NO_CONTRACT_LINK,
            IneligibleReason.UNSUPPORTED_TIER,
            IneligibleReason.NO_LINE_ITEMS),
        c.reasons());
    assertEquals(
        ChangeOrderCategory.NPC,
        classifier.classify(approvedPackage().npcFlag(true).build()).category());
    assertEquals(
        ChangeOrderCategory.REGULAR, classifier.classify(approvedPackage().build()).category());
    assertThrows(IllegalArgumentException.class, () -> strict.withSupportedTiers(Set.of()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"NPC - extra scope,true", "  npc: yard,true", "Extra NPC,false"})
  void titlePrefixRule(String title, boolean npc) {
    ChangeOrderClassifier classifier =
        ChangeOrderClassifier.of(
            ChangeOrderRules.defaults().withNpcRule(NpcRule.titlePrefix("NPC")));
    assertEquals(
        npc ? ChangeOrderCategory.NPC : ChangeOrderCategory.REGULAR,
        classifier.classify(approvedPackage().title(title).build()).category());
  }

  @ParameterizedTest
  @CsvSource({
    "approved,APPROVED",
    "No Charge,NO_CHARGE",
    "not-pricing,NOT_PRICING",
    "PENDING_BILLABLE,PENDING_BILLABLE",
    "'',UNKNOWN",
    "weird,UNKNOWN"
  })
  void statusesAreReadTolerantly(String wire, ChangeOrderStatus status) {
    assertEquals(status, ChangeOrderStatus.fromWire(wire));
  }

  @Test
  void notEligibleNeedsAReason() {
    assertThrows(
        IllegalStateException.class,
        () ->
            ChangeOrderClassification.builder().category(ChangeOrderCategory.NOT_ELIGIBLE).build());
    assertFalse(
        ChangeOrderClassification.builder()
            .category(ChangeOrderCategory.NOT_ELIGIBLE)
            .addReason(IneligibleReason.NO_LINE_ITEMS)
            .build()
            .isEligible());
  }
}
