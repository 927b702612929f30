package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A line item of a potential change order ({@code
 * /rest/v1.0/potential_change_orders/{potential_change_order_id}/line_items}): the cost code,
 * quantity and amount one change order adds.
 *
 * <pre>{@code
 * for (PotentialChangeOrderLineItem line :
 *     company.changeManagement().listPotentialChangeOrderLineItems(projectId, pcoId)) {
 *   line.costCodeId().ifPresent(...);
 * }
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = PotentialChangeOrderLineItemBuilder.ImmutablePotentialChangeOrderLineItem.class)
@JsonDeserialize(
    as = PotentialChangeOrderLineItemBuilder.ImmutablePotentialChangeOrderLineItem.class)
public abstract class PotentialChangeOrderLineItem {

  PotentialChangeOrderLineItem() {}

  /**
   * Returns a new, empty builder of {@code PotentialChangeOrderLineItem} values.
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
   * The description.
   *
   * @return the description, or empty when Procore leaves it out
   */
  public abstract Optional<String> description();

  /**
   * The cost code the line is booked on.
   *
   * @return the cost code's id, or empty when Procore leaves it out
   */
  public abstract Optional<Long> costCodeId();

  /**
   * The quantity.
   *
   * @return the quantity, or empty when Procore leaves it out
   */
  public abstract Optional<BigDecimal> quantity();

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
   * The line's amount.
   *
   * @return the line's amount, or empty when Procore leaves it out
   */
  public abstract Optional<BigDecimal> amount();

  /**
   * The other system's key kept by Procore.
   *
   * @return the other system's key, or empty when Procore leaves it out
   */
  public abstract Optional<String> originId();

  /**
   * When the record was last updated.
   *
   * @return when the record was last updated, or empty when Procore leaves it out
   */
  public abstract Optional<Instant> updatedAt();

  /**
   * Builds {@code PotentialChangeOrderLineItem} values: a setter per attribute, {@code from(value)}
   * to start from a value, and {@code build()}. Get one from {@link #builder()} or {@link
   * #toBuilder()}; a builder is not thread safe.
   */
  public static final class Builder extends PotentialChangeOrderLineItemBuilder {
    Builder() {}
  }
}
