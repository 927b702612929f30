package dev.procoresync.core.mapping.hierarchy;

import dev.procoresync.core.validation.Violation;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a {@link RollUp}: totals per group and the entries that could not be rolled up.
 * Every input entry is either counted in a total or listed in {@link #unmatched()}.
 *
 * @param <G> the group type
 * @param <E> the entry type
 */
public final class RollUpResult<G, E> {
  private final Map<G, BigDecimal> totals;
  private final List<E> unmatched;
  private final List<Violation> violations;

  RollUpResult(Map<G, BigDecimal> totals, List<E> unmatched, List<Violation> violations) {
    this.totals = Collections.unmodifiableMap(totals);
    this.unmatched = Collections.unmodifiableList(unmatched);
    this.violations = List.copyOf(violations);
  }

  /**
   * Returns the totals per group, in order of first appearance.
   *
   * @return an unmodifiable map
   */
  public Map<G, BigDecimal> totals() {
    return totals;
  }

  /**
   * Returns the entries that were not rolled up, in input order.
   *
   * @return the unmatched entries
   */
  public List<E> unmatched() {
    return unmatched;
  }

  /**
   * Returns one violation per unmatched entry, in the same order.
   *
   * @return the violations
   */
  public List<Violation> violations() {
    return violations;
  }

  @Override
  public String toString() {
    return "RollUpResult[totals=" + totals + ", unmatched=" + unmatched.size() + "]";
  }
}
