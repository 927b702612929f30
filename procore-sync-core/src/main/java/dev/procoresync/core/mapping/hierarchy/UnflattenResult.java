package dev.procoresync.core.mapping.hierarchy;

import dev.procoresync.core.validation.Violation;
import java.util.List;

/**
 * The outcome of {@link Unflattener#toTiers}: the levels, parents before children, and one
 * violation per flat item left out.
 *
 * @param <T> the flat item type
 */
public final class UnflattenResult<T> {
  private final List<TieredCode<T>> codes;
  private final List<Violation> violations;

  UnflattenResult(List<TieredCode<T>> codes, List<Violation> violations) {
    this.codes = List.copyOf(codes);
    this.violations = List.copyOf(violations);
  }

  /**
   * Returns every level, parents before children (create them in this order).
   *
   * @return the levels
   */
  public List<TieredCode<T>> codes() {
    return codes;
  }

  /**
   * Returns one violation per flat item left out.
   *
   * @return the violations
   */
  public List<Violation> violations() {
    return violations;
  }

  @Override
  public String toString() {
    return "UnflattenResult[codes=" + codes.size() + ", violations=" + violations.size() + "]";
  }
}
