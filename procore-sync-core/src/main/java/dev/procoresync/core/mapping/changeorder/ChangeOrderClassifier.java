package dev.procoresync.core.mapping.changeorder;

import dev.procoresync.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Classifies Procore change orders as REGULAR, NPC or NOT_ELIGIBLE (with every reason). Pure and
 * thread safe.
 *
 * <pre>{@code
 * ChangeOrderClassifier classifier = ChangeOrderClassifier.of(
 *     ChangeOrderRules.defaults().withNpcRule(NpcRule.customField("NPC")));
 * classifier.classify(facts).category(); // REGULAR, NPC or NOT_ELIGIBLE
 * }</pre>
 */
public final class ChangeOrderClassifier {
  private final ChangeOrderRules rules;

  private ChangeOrderClassifier(ChangeOrderRules rules) {
    this.rules = rules;
  }

  /**
   * Returns a classifier with these rules.
   *
   * @param rules the rules
   * @return the classifier
   * @throws NullPointerException when {@code rules} is {@code null}
   */
  public static ChangeOrderClassifier of(ChangeOrderRules rules) {
    return new ChangeOrderClassifier(Objects.requireNonNull(rules, "rules"));
  }

  /**
   * Classifies one change order. Every rule is checked, so a NOT_ELIGIBLE result lists all reasons,
   * not only the first.
   *
   * @param facts the change order
   * @return the classification
   * @throws NullPointerException when {@code facts} is {@code null}
   */
  public ChangeOrderClassification classify(ChangeOrderFacts facts) {
    Objects.requireNonNull(facts, "facts");
    List<IneligibleReason> reasons = new ArrayList<>(2);
    List<Violation> violations = new ArrayList<>(2);
    String who = facts.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + facts.id();
    if (!rules.eligibleKinds().contains(facts.kind())) {
      add(
          reasons,
          violations,
          IneligibleReason.UNSUPPORTED_KIND,
          "kind",
          facts.kind(),
          who + " is a " + facts.kind() + "; the rules sync only " + rules.eligibleKinds());
    }
    ChangeOrderStatus status = facts.status();
    if (status == ChangeOrderStatus.UNKNOWN) {
      add(
          reasons,
          violations,
          IneligibleReason.UNKNOWN_STATUS,
          "status",
          facts.rawStatus(),
          who + " has status '" + facts.rawStatus() + "', which is not a known status");
    } else if (!rules.eligibleStatuses().contains(status)) {
      add(
          reasons,
          violations,
          IneligibleReason.NOT_APPROVED,
          "status",
          facts.rawStatus(),
          who
              + " has status '"
              + facts.rawStatus()
              + "'; only "
              + rules.eligibleStatuses()
              + " are synced");
    }
    if (facts.projectId().isEmpty()) {
      add(
          reasons,
          violations,
          IneligibleReason.NO_PROJECT_LINK,
          "projectId",
          null,
          who + " is not linked to a project");
    }
    if (rules.requireContractLink() && facts.contractId().isEmpty()) {
      add(
          reasons,
          violations,
          IneligibleReason.NO_CONTRACT_LINK,
          "contractId",
          null,
          who + " is not linked to a contract");
    }
    if (facts.tier().isPresent() && !rules.supportedTiers().contains(facts.tier().getAsInt())) {
      add(
          reasons,
          violations,
          IneligibleReason.UNSUPPORTED_TIER,
          "tier",
          facts.tier().getAsInt(),
          who
              + " belongs to a "
              + facts.tier().getAsInt()
              + "-tier configuration; supported: "
              + rules.supportedTiers());
    }
    if (rules.requireLineItems() && facts.lineItemCount() <= 0) {
      add(
          reasons,
          violations,
          IneligibleReason.NO_LINE_ITEMS,
          "lineItems",
          facts.lineItemCount(),
          who + " has no line items");
    }
    ChangeOrderClassification.Builder result =
        ChangeOrderClassification.builder().reasons(reasons).violations(violations);
    if (!reasons.isEmpty()) {
      return result.category(ChangeOrderCategory.NOT_ELIGIBLE).build();
    }
    return result
        .category(
            rules.npcRule().isNpc(facts) ? ChangeOrderCategory.NPC : ChangeOrderCategory.REGULAR)
        .build();
  }

  private static void add(
      List<IneligibleReason> reasons,
      List<Violation> violations,
      IneligibleReason reason,
      String field,
      @Nullable Object value,
      String message) {
    reasons.add(reason);
    violations.add(Violation.of(reason.code(), field, value, message));
  }
}
