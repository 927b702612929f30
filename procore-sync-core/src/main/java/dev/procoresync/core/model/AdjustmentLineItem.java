package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a budget change: an amount moved on a budget code.
 *
 * <pre>{@code
 * AdjustmentLineItem line = AdjustmentLineItem.builder().wbsCodeId(900L).amount(new BigDecimal("-500.00")).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = AdjustmentLineItemBuilder.ImmutableAdjustmentLineItem.class)
@JsonDeserialize(as = AdjustmentLineItemBuilder.ImmutableAdjustmentLineItem.class)
public abstract class AdjustmentLineItem {

  AdjustmentLineItem() {}

  /**
   * Returns a new, empty builder of {@code AdjustmentLineItem} values.
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
   * @return Procore's id of the record, or empty when Procore leaves it out
   */
  public abstract Optional<Long> id();

  /**
   * A reference for matching lines.
   *
   * @return A reference for matching lines, or empty when Procore leaves it out
   */
  public abstract Optional<String> ref();

  /**
   * The line's number.
   *
   * @return the line's number, or empty when Procore leaves it out
   */
  public abstract Optional<Long> adjustmentNumber();

  /**
   * The budget code.
   *
   * @return the budget code, or empty when Procore leaves it out
   */
  public abstract Optional<Long> wbsCodeId();

  /**
   * The line's description.
   *
   * @return the line's description, or empty when Procore leaves it out
   */
  public abstract Optional<String> description();

  /**
   * A comment.
   *
   * @return A comment, or empty when Procore leaves it out
   */
  public abstract Optional<String> comment();

  /**
   * How the amount is computed.
   *
   * @return How the amount is computed, or empty when Procore leaves it out
   */
  public abstract Optional<CalculationStrategy> calculationStrategy();

  /**
   * The quantity.
   *
   * @return the quantity, or empty when Procore leaves it out
   */
  public abstract Optional<BigDecimal> quantity();

  /**
   * Where the line comes from.
   *
   * @return Where the line comes from, or empty when Procore leaves it out
   */
  public abstract Optional<AdjustmentType> type();

  /**
   * The unit of measure.
   *
   * @return the unit of measure, or empty when Procore leaves it out
   */
  public abstract Optional<String> uom();

  /**
   * The unit cost.
   *
   * @return the unit cost, or empty when Procore leaves it out
   */
  public abstract Optional<BigDecimal> unitCost();

  /**
   * The amount moved (negative for a source).
   *
   * @return the amount moved (negative for a source), or empty when Procore leaves it out
   */
  public abstract Optional<BigDecimal> amount();

  /**
   * The change event line item, for lines carried from a change event.
   *
   * @return the change event line item, for lines carried from a change event, or empty when
   *     Procore leaves it out
   */
  public abstract Optional<Long> changeEventLineItemId();

  /**
   * Builds {@code AdjustmentLineItem} values: a setter per attribute (plus {@code add*}/{@code
   * addAll*} for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start
   * from a value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a
   * builder is not thread safe.
   */
  public static final class Builder extends AdjustmentLineItemBuilder {
    Builder() {}
  }
}
