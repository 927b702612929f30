package dev.procoresync.core.mapping.changeorder;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Decides whether a change order is an NPC (non-project change) order. In the ProjectPro guide this
 * is a Boolean "NPC" on the change order; in Procore it is a custom field or a configured rule.
 *
 * <pre>{@code
 * NpcRule.customField("NPC");          // custom field "NPC" is true / yes / 1 / x / on
 * NpcRule.flag();                      // ChangeOrderFacts.npcFlag() is true
 * NpcRule.titlePrefix("NPC");          // title starts with "NPC" (any case)
 * NpcRule.never();                     // every eligible change order is regular
 * }</pre>
 */
@FunctionalInterface
public interface NpcRule {

  /**
   * Tells whether the change order is an NPC order.
   *
   * @param facts the change order
   * @return {@code true} for NPC
   */
  boolean isNpc(ChangeOrderFacts facts);

  /**
   * Returns a rule that reads a custom field: {@code true}, {@code yes}, {@code y}, {@code 1},
   * {@code x}, {@code on} (any case, trimmed) mean NPC; anything else, or a missing field, means
   * regular.
   *
   * @param fieldName the custom field's name or id as a key of {@link
   *     ChangeOrderFacts#customFields()}
   * @return the rule
   * @throws NullPointerException when {@code fieldName} is {@code null}
   */
  static NpcRule customField(String fieldName) {
    Objects.requireNonNull(fieldName, "fieldName");
    Set<String> truthy = Set.of("true", "yes", "y", "1", "x", "on");
    return facts -> {
      String value = facts.customFields().get(fieldName);
      return value != null && truthy.contains(value.trim().toLowerCase(Locale.ROOT));
    };
  }

  /**
   * Returns a rule that reads {@link ChangeOrderFacts#npcFlag()}; a missing flag means regular.
   *
   * @return the rule
   */
  static NpcRule flag() {
    return facts -> facts.npcFlag().orElse(false);
  }

  /**
   * Returns a rule that matches a title prefix, ignoring case and leading spaces.
   *
   * @param prefix the prefix, such as {@code "NPC"}
   * @return the rule
   * @throws IllegalArgumentException when {@code prefix} is blank
   */
  static NpcRule titlePrefix(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (prefix.isBlank()) {
      throw new IllegalArgumentException("prefix must not be blank");
    }
    String p = prefix.trim().toLowerCase(Locale.ROOT);
    return facts -> facts.title().trim().toLowerCase(Locale.ROOT).startsWith(p);
  }

  /**
   * Returns a rule under which no change order is NPC.
   *
   * @return the rule
   */
  static NpcRule never() {
    return facts -> false;
  }
}
