package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A line of a commitment's schedule of values ({@code …_contracts/{id}/line_items}); Procore sends
 * its amounts as strings.
 */
@Value.Immutable
@JsonSerialize(as = CommitmentLineItemBuilder.ImmutableCommitmentLineItem.class)
@JsonDeserialize(as = CommitmentLineItemBuilder.ImmutableCommitmentLineItem.class)
public abstract class CommitmentLineItem {

  CommitmentLineItem() {}

  /**
   * Returns a new, empty builder of {@code CommitmentLineItem} values.
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
   * The line's amount.
   *
   * @return the line's amount, or empty when Procore leaves it out
   */
  public abstract Optional<BigDecimal> amount();

  /**
   * The description.
   *
   * @return the description, or empty when Procore leaves it out
   */
  public abstract Optional<String> description();

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
   * The unit of measure.
   *
   * @return the unit of measure, or empty when Procore leaves it out
   */
  public abstract Optional<String> uom();

  /**
   * How the amount is obtained.
   *
   * @return How the amount is obtained, or empty when Procore leaves it out
   */
  public abstract Optional<ExtendedType> extendedType();

  /**
   * The amount with tax.
   *
   * @return the amount with tax, or empty when Procore leaves it out
   */
  public abstract Optional<BigDecimal> totalAmount();

  /**
   * Quantity times unit cost.
   *
   * @return Quantity times unit cost, or empty when Procore leaves it out
   */
  public abstract Optional<BigDecimal> extendedAmount();

  /**
   * The cost code.
   *
   * @return the cost code, or empty when Procore leaves it out
   */
  public abstract Optional<NamedRef> costCode();

  /**
   * The cost type.
   *
   * @return the cost type, or empty when Procore leaves it out
   */
  public abstract Optional<NamedRef> lineItemType();

  /**
   * The budget code.
   *
   * @return the budget code, or empty when Procore leaves it out
   */
  public abstract Optional<WbsCodeRef> wbsCode();

  /**
   * The tax code.
   *
   * @return the tax code, or empty when Procore leaves it out
   */
  public abstract Optional<Long> taxCodeId();

  /**
   * The line's position.
   *
   * @return the line's position, or empty when Procore leaves it out
   */
  public abstract Optional<Long> position();

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
   * Builds {@code CommitmentLineItem} values: a setter per attribute (plus {@code add*}/{@code
   * addAll*} for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start
   * from a value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a
   * builder is not thread safe.
   */
  public static final class Builder extends CommitmentLineItemBuilder {
    Builder() {}
  }
}
