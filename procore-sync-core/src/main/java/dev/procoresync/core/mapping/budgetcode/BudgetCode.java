package dev.procoresync.core.mapping.budgetcode;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A budget code taken apart: sub job, cost code with its tiers, cost type and custom segments.
 *
 * <pre>{@code
 * BudgetCode code = ImmutableBudgetCode.builder()
 *     .subJob("P").costCode("06-200").costType("LAB").build();
 * }</pre>
 *
 * <p>{@link BudgetCodeFormat#format} writes {@link #costCode()}; {@link #costCodeTiers()} is filled
 * by the parser for information.
 */
@Value.Immutable
public abstract class BudgetCode {

  /**
   * Returns the sub job code (Business Central: Segment Code).
   *
   * @return the sub job, or empty when the segment is absent
   */
  public abstract Optional<String> subJob();

  /**
   * Returns the cost code as written, with its tier separators, such as {@code 06-200} (Business
   * Central: Job Task No.).
   *
   * @return the cost code, or empty when the pattern has no cost code segment
   */
  public abstract Optional<String> costCode();

  /**
   * Returns the cost code's tiers, top level first, such as {@code [06, 200]}; one element for a
   * flat cost code.
   *
   * @return the tiers; empty when there is no cost code
   */
  public abstract List<String> costCodeTiers();

  /**
   * Returns the cost type (line item type) code, such as {@code LAB}.
   *
   * @return the cost type, or empty when absent
   */
  public abstract Optional<String> costType();

  /**
   * Returns the values of custom segments by segment name, in pattern order.
   *
   * @return the custom values
   */
  public abstract Map<String, String> customSegments();
}
