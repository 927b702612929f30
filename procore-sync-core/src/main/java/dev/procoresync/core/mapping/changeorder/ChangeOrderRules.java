package dev.procoresync.core.mapping.changeorder;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The configuration of a {@link ChangeOrderClassifier}. Immutable; each {@code with*} method
 * returns a copy.
 *
 * <p>Defaults (docs/decisions/0054): eligible statuses {@code approved}; kinds package and
 * potential change order; tiers 1, 2 and 3 (an unknown tier setting passes); a project link is
 * required, a contract link and line items are not; no change order is NPC until an {@link NpcRule}
 * is set.
 */
public final class ChangeOrderRules {
  private final Set<ChangeOrderStatus> eligibleStatuses;
  private final Set<ChangeOrderKind> eligibleKinds;
  private final Set<Integer> supportedTiers;
  private final boolean requireContractLink;
  private final boolean requireLineItems;
  private final NpcRule npcRule;

  private ChangeOrderRules(
      Set<ChangeOrderStatus> eligibleStatuses,
      Set<ChangeOrderKind> eligibleKinds,
      Set<Integer> supportedTiers,
      boolean requireContractLink,
      boolean requireLineItems,
      NpcRule npcRule) {
    this.eligibleStatuses = Set.copyOf(eligibleStatuses);
    this.eligibleKinds = Set.copyOf(eligibleKinds);
    this.supportedTiers = Set.copyOf(supportedTiers);
    this.requireContractLink = requireContractLink;
    this.requireLineItems = requireLineItems;
    this.npcRule = npcRule;
  }

  /**
   * Returns the default rules.
   *
   * @return the defaults
   */
  public static ChangeOrderRules defaults() {
    return new ChangeOrderRules(
        EnumSet.of(ChangeOrderStatus.APPROVED),
        EnumSet.of(ChangeOrderKind.PACKAGE, ChangeOrderKind.POTENTIAL_CHANGE_ORDER),
        Set.of(1, 2, 3),
        false,
        false,
        NpcRule.never());
  }

  /**
   * Returns a copy with these eligible statuses.
   *
   * @param statuses the statuses that make a change order eligible
   * @return the copy
   * @throws IllegalArgumentException when {@code statuses} is empty
   */
  public ChangeOrderRules withEligibleStatuses(Set<ChangeOrderStatus> statuses) {
    Objects.requireNonNull(statuses, "statuses");
    if (statuses.isEmpty()) {
      throw new IllegalArgumentException("statuses must not be empty");
    }
    return new ChangeOrderRules(
        statuses, eligibleKinds, supportedTiers, requireContractLink, requireLineItems, npcRule);
  }

  /**
   * Returns a copy with these eligible kinds.
   *
   * @param kinds the kinds of resource to sync
   * @return the copy
   * @throws IllegalArgumentException when {@code kinds} is empty
   */
  public ChangeOrderRules withEligibleKinds(Set<ChangeOrderKind> kinds) {
    Objects.requireNonNull(kinds, "kinds");
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("kinds must not be empty");
    }
    return new ChangeOrderRules(
        eligibleStatuses, kinds, supportedTiers, requireContractLink, requireLineItems, npcRule);
  }

  /**
   * Returns a copy with these supported tier settings.
   *
   * @param tiers the supported tier settings, such as {@code Set.of(1, 2)}
   * @return the copy
   * @throws IllegalArgumentException when {@code tiers} is empty
   */
  public ChangeOrderRules withSupportedTiers(Set<Integer> tiers) {
    Objects.requireNonNull(tiers, "tiers");
    if (tiers.isEmpty()) {
      throw new IllegalArgumentException("tiers must not be empty");
    }
    return new ChangeOrderRules(
        eligibleStatuses, eligibleKinds, tiers, requireContractLink, requireLineItems, npcRule);
  }

  /**
   * Returns a copy that does or does not require a contract link.
   *
   * @param required whether a contract link is required
   * @return the copy
   */
  public ChangeOrderRules withRequireContractLink(boolean required) {
    return new ChangeOrderRules(
        eligibleStatuses, eligibleKinds, supportedTiers, required, requireLineItems, npcRule);
  }

  /**
   * Returns a copy that does or does not require at least one line item.
   *
   * @param required whether line items are required
   * @return the copy
   */
  public ChangeOrderRules withRequireLineItems(boolean required) {
    return new ChangeOrderRules(
        eligibleStatuses, eligibleKinds, supportedTiers, requireContractLink, required, npcRule);
  }

  /**
   * Returns a copy with this NPC rule.
   *
   * @param rule the rule that tells NPC from regular change orders
   * @return the copy
   */
  public ChangeOrderRules withNpcRule(NpcRule rule) {
    return new ChangeOrderRules(
        eligibleStatuses,
        eligibleKinds,
        supportedTiers,
        requireContractLink,
        requireLineItems,
        Objects.requireNonNull(rule, "rule"));
  }

  /**
   * Returns the eligible statuses.
   *
   * @return the statuses
   */
  public Set<ChangeOrderStatus> eligibleStatuses() {
    return eligibleStatuses;
  }

  /**
   * Returns the eligible kinds.
   *
   * @return the kinds
   */
  public Set<ChangeOrderKind> eligibleKinds() {
    return eligibleKinds;
  }

  /**
   * Returns the supported tier settings.
   *
   * @return the tiers
   */
  public Set<Integer> supportedTiers() {
    return supportedTiers;
  }

  /**
   * Tells whether a contract link is required.
   *
   * @return the flag
   */
  public boolean requireContractLink() {
    return requireContractLink;
  }

  /**
   * Tells whether at least one line item is required.
   *
   * @return the flag
   */
  public boolean requireLineItems() {
    return requireLineItems;
  }

  /**
   * Returns the NPC rule.
   *
   * @return the rule
   */
  public NpcRule npcRule() {
    return npcRule;
  }
}
