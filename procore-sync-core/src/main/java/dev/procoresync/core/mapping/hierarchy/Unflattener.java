package dev.procoresync.core.mapping.hierarchy;

import dev.procoresync.core.validation.Validated;
import dev.procoresync.core.validation.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Turns flat codes into a multi-level code tree where a {@link TierRule} says how: busybusy or
 * QuickBooks flat codes become Procore cost codes with parents.
 *
 * <pre>{@code
 * UnflattenResult<Item> result =
 *     Unflattener.toTiers(items, Item::code, TierRule.separator("-"), "-");
 * // "06-200" -> 06 (implied division), 06-200 (child of 06)
 * }</pre>
 */
public final class Unflattener {

  /** Violation code: two flat items have the same full code; the first is kept. */
  public static final String DUPLICATE_CODE = "tier.duplicate_code";

  /** Violation code: a flat item has no code. */
  public static final String MISSING_CODE = "tier.missing_code";

  private Unflattener() {}

  /**
   * Splits each flat code into tiers and returns every level, parents before children, with the
   * levels no item names added as implied parents.
   *
   * @param items the flat items
   * @param code extracts an item's flat code
   * @param rule how a code splits into tiers
   * @param joiner joins tiers into full codes (usually the separator of the rule)
   * @param <T> the item type
   * @return the levels (parents first, in order of first appearance) and a violation per item left
   *     out
   * @throws NullPointerException when an argument is {@code null}
   */
  public static <T> UnflattenResult<T> toTiers(
      Iterable<? extends T> items,
      Function<? super T, ? extends @Nullable String> code,
      TierRule rule,
      String joiner) {
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(joiner, "joiner");
    Map<String, TieredCode.Builder<T>> levels = new LinkedHashMap<>();
    Map<String, Boolean> named = new LinkedHashMap<>();
    List<Violation> violations = new ArrayList<>();
    for (T item : items) {
      String flat = code.apply(item);
      if (flat == null || flat.isEmpty()) {
        violations.add(
            Violation.of(MISSING_CODE, "code", flat, "item " + item + " has no code to split"));
        continue;
      }
      Validated<List<String>> split = rule.tiers(flat);
      if (!split.isValid()) {
        violations.addAll(split.violations());
        continue;
      }
      List<String> tiers = split.value();
      StringBuilder full = new StringBuilder();
      String parent = null;
      for (int i = 0; i < tiers.size(); i++) {
        if (i > 0) {
          full.append(joiner);
        }
        full.append(tiers.get(i));
        String fullCode = full.toString();
        boolean last = i == tiers.size() - 1;
        if (last && Boolean.TRUE.equals(named.get(fullCode))) {
          violations.add(
              Violation.of(
                  DUPLICATE_CODE,
                  "code",
                  flat,
                  "code '" + flat + "' (full code '" + fullCode + "') is given more than once"));
          break;
        }
        TieredCode.Builder<T> level = levels.get(fullCode);
        if (level == null) {
          level =
              TieredCode.<T>builder()
                  .code(tiers.get(i))
                  .fullCode(fullCode)
                  .depth(i + 1)
                  .parentFullCode(java.util.Optional.ofNullable(parent));
          levels.put(fullCode, level);
        }
        if (last) {
          level.source(item);
          named.put(fullCode, true);
        }
        parent = fullCode;
      }
    }
    List<TieredCode<T>> out = new ArrayList<>(levels.size());
    for (TieredCode.Builder<T> level : levels.values()) {
      out.add(level.build());
    }
    return new UnflattenResult<>(out, violations);
  }
}
