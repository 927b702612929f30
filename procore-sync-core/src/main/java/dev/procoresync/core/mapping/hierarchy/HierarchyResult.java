package dev.procoresync.core.mapping.hierarchy;

import dev.procoresync.core.validation.Violation;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link Hierarchy#build}: the hierarchy of the valid items and one violation per
 * item left out.
 *
 * @param <K> the key type
 * @param <T> the item type
 */
public final class HierarchyResult<K, T> {
  private final Hierarchy<K, T> hierarchy;
  private final List<Violation> violations;

  private HierarchyResult(Hierarchy<K, T> hierarchy, List<Violation> violations) {
    this.hierarchy = hierarchy;
    this.violations = violations;
  }

  static <K, T> HierarchyResult<K, T> of(Hierarchy<K, T> hierarchy, List<Violation> violations) {
    return new HierarchyResult<>(
        Objects.requireNonNull(hierarchy, "hierarchy"), List.copyOf(violations));
  }

  /**
   * Returns the hierarchy of the valid items (possibly empty).
   *
   * @return the hierarchy
   */
  public Hierarchy<K, T> hierarchy() {
    return hierarchy;
  }

  /**
   * Returns one violation per item left out, in the order they were found.
   *
   * @return the violations; empty when every item is valid
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Tells whether every item made it into the hierarchy.
   *
   * @return {@code true} when there are no violations
   */
  public boolean isClean() {
    return violations.isEmpty();
  }

  @Override
  public String toString() {
    return "HierarchyResult[" + hierarchy + ", violations=" + violations.size() + "]";
  }
}
