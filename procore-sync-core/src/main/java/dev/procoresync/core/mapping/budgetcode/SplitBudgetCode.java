package dev.procoresync.core.mapping.budgetcode;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A budget code split the way the Business Central time sheet flow needs it: the cost code becomes
 * the Job Task No., the cost type the Cost Type, and the sub job the Segment Code.
 */
@Value.Immutable
public abstract class SplitBudgetCode {

  /**
   * Returns the cost code with its tiers as written, such as {@code 06-200} (Job Task No.).
   *
   * @return the cost code
   */
  @Value.Parameter
  public abstract String costCode();

  /**
   * Returns the cost type, such as {@code LAB} (Cost Type).
   *
   * @return the cost type, or empty when the pattern has none
   */
  @Value.Parameter
  public abstract Optional<String> costType();

  /**
   * Returns the sub job (Segment Code).
   *
   * @return the sub job, or empty when absent
   */
  @Value.Parameter
  public abstract Optional<String> subJob();
}
