package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A line of a project's budget ({@code /rest/v1.1/budget_line_items/{id}}). To list a budget, read
 * a budget view's detail rows.
 */
@Value.Immutable
@JsonSerialize(as = BudgetLineItemBuilder.ImmutableBudgetLineItem.class)
@JsonDeserialize(as = BudgetLineItemBuilder.ImmutableBudgetLineItem.class)
public abstract class BudgetLineItem {

  BudgetLineItem() {}

  /**
   * Returns a new, empty builder of {@code BudgetLineItem} values.
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
   * Procore's id of the record.
   *
   * @return Procore's id of the record (Procore always sends it)
   */
  public abstract long id();

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
   * The budget code.
   *
   * @return the budget code, or empty when Procore leaves it out
   */
  public abstract Optional<WbsCodeRef> wbsCode();

  /**
   * The currency.
   *
   * @return the currency, or empty when Procore leaves it out
   */
  public abstract Optional<CurrencyConfiguration> currencyConfiguration();

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
   * When the record was created.
   *
   * @return When the record was created, or empty when Procore leaves it out
   */
  public abstract Optional<Instant> createdAt();

  /**
   * When the record was last updated.
   *
   * @return When the record was last updated, or empty when Procore leaves it out
   */
  public abstract Optional<Instant> updatedAt();

  /**
   * Builds {@code BudgetLineItem} values: a setter per attribute (plus {@code add*}/{@code addAll*}
   * for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a
   * value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder
   * is not thread safe.
   */
  public static final class Builder extends BudgetLineItemBuilder {
    Builder() {}
  }
}
