package dev.procoresync.core.mapping.hierarchy;

import dev.procoresync.core.validation.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Rolls amounts (hours, costs) up to the top-level ancestor of a hierarchy: busybusy sub-project
 * hours accrue on the root project, which is the Procore project.
 *
 * <pre>{@code
 * RollUpResult<Long, BusyEntry> hours =
 *     RollUp.toTopAncestor(projects, entries, BusyEntry::projectId, BusyEntry::hours);
 * hours.totals().get(johnsonHomeId); // hours of Johnson Home and of its sub-project Concrete
 * }</pre>
 */
public final class RollUp {

  /** Violation code: an entry names no hierarchy key. */
  public static final String MISSING_KEY = "rollup.missing_key";

  /** Violation code: an entry names a key that is not in the hierarchy. */
  public static final String UNKNOWN_KEY = "rollup.unknown_key";

  /** Violation code: an entry has no amount. */
  public static final String MISSING_AMOUNT = "rollup.missing_amount";

  private RollUp() {}

  /**
   * Sums the amounts of entries per top-level ancestor.
   *
   * @param hierarchy the hierarchy the entries' keys belong to
   * @param entries the entries
   * @param key the hierarchy key of an entry (for example its project or sub-project)
   * @param amount the amount of an entry
   * @param <K> the key type
   * @param <E> the entry type
   * @return the totals per root key (in order of first appearance) and the entries that could not
   *     be rolled up, each with a violation
   * @throws NullPointerException when an argument is {@code null}
   */
  public static <K, E> RollUpResult<K, E> toTopAncestor(
      Hierarchy<K, ?> hierarchy,
      Iterable<? extends E> entries,
      Function<? super E, ? extends @Nullable K> key,
      Function<? super E, ? extends @Nullable BigDecimal> amount) {
    return toTopAncestor(hierarchy, entries, key, (root, entry) -> root, amount);
  }

  /**
   * Sums the amounts of entries per group, where the group is derived from the top-level ancestor
   * and the entry: busybusy totals per (employee, root project, cost code) become one Procore
   * entry.
   *
   * <pre>{@code
   * RollUp.toTopAncestor(projects, entries, BusyEntry::projectId,
   *     (root, e) -> List.of(e.employeeId(), root, e.costCode()), BusyEntry::hours);
   * }</pre>
   *
   * @param hierarchy the hierarchy the entries' keys belong to
   * @param entries the entries
   * @param key the hierarchy key of an entry
   * @param group builds the group from the root key and the entry; must not return {@code null}
   * @param amount the amount of an entry
   * @param <K> the key type
   * @param <E> the entry type
   * @param <G> the group type
   * @return the totals per group (in order of first appearance) and the entries that could not be
   *     rolled up, each with a violation
   * @throws NullPointerException when an argument is {@code null}
   */
  public static <K, E, G> RollUpResult<G, E> toTopAncestor(
      Hierarchy<K, ?> hierarchy,
      Iterable<? extends E> entries,
      Function<? super E, ? extends @Nullable K> key,
      BiFunction<? super K, ? super E, ? extends G> group,
      Function<? super E, ? extends @Nullable BigDecimal> amount) {
    Objects.requireNonNull(hierarchy, "hierarchy");
    Objects.requireNonNull(entries, "entries");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(amount, "amount");
    Map<G, BigDecimal> totals = new LinkedHashMap<>();
    List<E> unmatched = new ArrayList<>();
    List<Violation> violations = new ArrayList<>();
    for (E entry : entries) {
      K k = key.apply(entry);
      if (k == null) {
        unmatched.add(entry);
        violations.add(
            Violation.of(
                MISSING_KEY, "key", null, "entry " + entry + " names no key; it cannot roll up"));
        continue;
      }
      Optional<K> root = hierarchy.topAncestor(k);
      if (root.isEmpty()) {
        unmatched.add(entry);
        violations.add(
            Violation.of(
                UNKNOWN_KEY,
                "key",
                k,
                "entry " + entry + " names '" + k + "', which is not in the hierarchy"));
        continue;
      }
      BigDecimal value = amount.apply(entry);
      if (value == null) {
        unmatched.add(entry);
        violations.add(
            Violation.of(MISSING_AMOUNT, "amount", null, "entry " + entry + " has no amount"));
        continue;
      }
      G g = Objects.requireNonNull(group.apply(root.get(), entry), "group returned null");
      totals.merge(g, value, BigDecimal::add);
    }
    return new RollUpResult<>(totals, unmatched, violations);
  }
}
