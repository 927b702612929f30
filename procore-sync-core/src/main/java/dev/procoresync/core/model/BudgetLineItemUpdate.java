package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The writable attributes of a budget line item: the body of a v1.1 create or update (wrapped as
 * {@code budget_line_item}) and one element of {@code POST /rest/v1.0/budget_line_items/sync}
 * (whose answer is a plain array, not a {@link SyncResponse}).
 *
 * <pre>{@code
 * BudgetLineItemUpdate line = BudgetLineItemUpdate.builder().wbsCodeId(900L).originalBudgetAmount(new BigDecimal("125000.00")).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = BudgetLineItemUpdateBuilder.ImmutableBudgetLineItemUpdate.class)
@JsonDeserialize(as = BudgetLineItemUpdateBuilder.ImmutableBudgetLineItemUpdate.class)
public abstract class BudgetLineItemUpdate {

  BudgetLineItemUpdate() {}

  /**
   * Returns a new, empty builder of {@code BudgetLineItemUpdate} values.
   *
   * <p>Its {@code build()} throws {@link IllegalStateException} naming every required attribute
   * left unset; a setter given {@code null} for a required attribute throws {@link
   * NullPointerException} naming it ({@code null} for an optional attribute leaves it empty).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a new builder holding this value's attributes, to make a changed copy; this value is
   * left as it is.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * The id of the budget line item to update; empty to create one (or to match by origin id in a
   * sync).
   *
   * @return the id of the budget line item to update; empty to create one (or to match by origin id
   *     in a sync), or empty when Procore leaves it out
   */
  public abstract Optional<Long> id();

  /**
   * The budget code (required to create).
   *
   * @return the budget code (required to create), or empty when Procore leaves it out
   */
  public abstract Optional<Long> wbsCodeId();

  /**
   * The cost code, for the v1.0 endpoints.
   *
   * @return the cost code, for the v1.0 endpoints, or empty when Procore leaves it out
   */
  public abstract Optional<Long> costCodeId();

  /**
   * The cost type, for the v1.0 endpoints.
   *
   * @return the cost type, for the v1.0 endpoints, or empty when Procore leaves it out
   */
  public abstract Optional<Long> lineItemTypeId();

  /**
   * The original budget amount.
   *
   * @return the original budget amount, or empty when Procore leaves it out
   */
  public abstract Optional<BigDecimal> originalBudgetAmount();

  /**
   * The unit of measure.
   *
   * @return the unit of measure, or empty when Procore leaves it out
   */
  public abstract Optional<String> uom();

  /**
   * The quantity.
   *
   * @return the quantity, or empty when Procore leaves it out
   */
  public abstract Optional<BigDecimal> quantity();

  /**
   * The unit cost.
   *
   * @return the unit cost, or empty when Procore leaves it out
   */
  public abstract Optional<BigDecimal> unitCost();

  /**
   * How the amount is computed.
   *
   * @return How the amount is computed, or empty when Procore leaves it out
   */
  public abstract Optional<CalculationStrategy> calculationStrategy();

  /**
   * The other system's key kept by Procore, such as {@code bc:po:PO-0042}.
   *
   * @return the other system's key kept by Procore, such as {@code bc:po:PO-0042}, or empty when
   *     Procore leaves it out
   */
  public abstract Optional<String> originId();

  /**
   * Free text for the integration, never shown to users.
   *
   * @return Free text for the integration, never shown to users, or empty when Procore leaves it
   *     out
   */
  public abstract Optional<String> originData();

  /**
   * Builds {@code BudgetLineItemUpdate} values: a setter per attribute (plus {@code add*}/{@code
   * addAll*} for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start
   * from a value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a
   * builder is not thread safe.
   */
  public static final class Builder extends BudgetLineItemUpdateBuilder {
    Builder() {}
  }
}
