package dev.procoresync.core.mapping.hierarchy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Turns a hierarchy into a flat list with composed names and ids.
 *
 * <pre>{@code
 * // ExakTime locations: project PJA (200) with sub-job SJB (005)
 * List<FlatEntry<Long>> locations =
 *     Flattener.flatten(tree, Job::name, Job::number, ".");
 * // -> PJA / 200, PJA.SJB / 200.005
 *
 * // Procore tiered cost codes -> flat codes: divisions themselves are left out
 * List<FlatEntry<Long>> codes =
 *     Flattener.belowRoots(costCodes, CostCode::name, CostCode::code, "-");
 * // division 06 with code 200 -> 06-200 (name "Wood & Plastics-Rough Carpentry" composed the same way)
 * }</pre>
 */
public final class Flattener {

  private Flattener() {}

  /**
   * Flattens every item of the hierarchy, in pre-order. Ids are joined exactly as given (never
   * padded or trimmed).
   *
   * @param hierarchy the hierarchy
   * @param name an item's own name
   * @param id an item's own id or code
   * @param separator joins the parts (ExakTime: {@code "."})
   * @param <K> the key type
   * @param <T> the item type
   * @return one entry per item, roots included
   * @throws NullPointerException when an argument or an extracted name or id is {@code null}
   */
  public static <K, T> List<FlatEntry<K>> flatten(
      Hierarchy<K, T> hierarchy,
      Function<? super T, String> name,
      Function<? super T, String> id,
      String separator) {
    return flatten(hierarchy, name, id, separator, 1);
  }

  /**
   * Flattens only the items below the roots, composing from the root down: Procore's tiered cost
   * codes become flat codes, where only codes under a division count and the division itself is
   * left out (ExakTime, busybusy).
   *
   * @param hierarchy the hierarchy (roots are divisions)
   * @param name an item's own name
   * @param code an item's own code (without parent prefix)
   * @param separator joins the tiers (Procore shows {@code "-"}, as in {@code 06-200})
   * @param <K> the key type
   * @param <T> the item type
   * @return one entry per item at depth 2 or deeper, in pre-order
   * @throws NullPointerException when an argument or an extracted name or code is {@code null}
   */
  public static <K, T> List<FlatEntry<K>> belowRoots(
      Hierarchy<K, T> hierarchy,
      Function<? super T, String> name,
      Function<? super T, String> code,
      String separator) {
    return flatten(hierarchy, name, code, separator, 2);
  }

  private static <K, T> List<FlatEntry<K>> flatten(
      Hierarchy<K, T> hierarchy,
      Function<? super T, String> name,
      Function<? super T, String> id,
      String separator,
      int minDepth) {
    Objects.requireNonNull(hierarchy, "hierarchy");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(separator, "separator");
    List<FlatEntry<K>> out = new ArrayList<>();
    Map<K, String[]> composed = new HashMap<>();
    for (K key : hierarchy.preOrder()) {
      T item = hierarchy.get(key).orElseThrow();
      String ownName = Objects.requireNonNull(name.apply(item), "name returned null");
      String ownId = Objects.requireNonNull(id.apply(item), "id returned null");
      String[] parent = hierarchy.parentOf(key).map(composed::get).orElse(null);
      String[] mine =
          parent == null
              ? new String[] {ownId, ownName}
              : new String[] {parent[0] + separator + ownId, parent[1] + separator + ownName};
      int depth = hierarchy.depth(key);
      composed.put(key, mine);
      if (depth >= minDepth) {
        out.add(
            FlatEntry.<K>builder()
                .key(key)
                .depth(depth)
                .id(ownId)
                .name(ownName)
                .composedId(mine[0])
                .composedName(mine[1])
                .build());
      }
    }
    return out;
  }
}
