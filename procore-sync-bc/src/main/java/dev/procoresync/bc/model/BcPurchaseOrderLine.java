package dev.procoresync.bc.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A purchase order line with the job fields the standard API lacks (Job No., Job Task No., Cost
 * Type, Segment Code).
 *
 * <pre>{@code
 * BcPurchaseOrderLine l = BcPurchaseOrderLine.builder().lineNumber(10000).lineAmount(new BigDecimal("500")).build();
 * }</pre>
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = BcPurchaseOrderLineBuilder.ImmutableBcPurchaseOrderLine.class)
@JsonDeserialize(as = BcPurchaseOrderLineBuilder.ImmutableBcPurchaseOrderLine.class)
public abstract class BcPurchaseOrderLine {

  BcPurchaseOrderLine() {}

  /**
   * Returns a new, empty builder of {@code BcPurchaseOrderLine} values.
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
   * Returns Business Central's SystemId of the record.
   *
   * @return Business Central's SystemId of the record, empty on a record not yet created
   */
  public abstract Optional<String> id();

  /**
   * Returns the purchase order's id.
   *
   * @return the purchase order's id, empty when Business Central leaves it out
   */
  public abstract Optional<String> documentId();

  /**
   * Returns the line number.
   *
   * @return the line number, empty when Business Central leaves it out
   */
  public abstract Optional<Integer> lineNumber();

  /**
   * Returns the description.
   *
   * @return the description, empty when Business Central leaves it out
   */
  public abstract Optional<String> description();

  /**
   * Returns the quantity.
   *
   * @return the quantity, empty when Business Central leaves it out
   */
  public abstract Optional<BigDecimal> quantity();

  /**
   * Returns the unit of measure.
   *
   * @return the unit of measure, empty when Business Central leaves it out
   */
  public abstract Optional<String> unitOfMeasureCode();

  /**
   * Returns the direct unit cost.
   *
   * @return the direct unit cost, empty when Business Central leaves it out
   */
  public abstract Optional<BigDecimal> directUnitCost();

  /**
   * Returns the line amount.
   *
   * @return the line amount, empty when Business Central leaves it out
   */
  public abstract Optional<BigDecimal> lineAmount();

  /**
   * Returns the project number (Job No.).
   *
   * @return the project number (Job No.), empty when Business Central leaves it out
   */
  public abstract Optional<String> jobNumber();

  /**
   * Returns the project task number (Job Task No.).
   *
   * @return the project task number (Job Task No.), empty when Business Central leaves it out
   */
  public abstract Optional<String> jobTaskNumber();

  /**
   * Returns ProjectPro's cost type.
   *
   * @return ProjectPro's cost type, empty when Business Central leaves it out
   */
  public abstract Optional<String> costType();

  /**
   * Returns the segment code.
   *
   * @return the segment code, empty when Business Central leaves it out
   */
  public abstract Optional<String> segmentCode();

  /**
   * Returns whether the line is to be sent ("Send to Procore" on the line).
   *
   * @return whether the line is to be sent ("Send to Procore" on the line); false when absent
   */
  @Value.Default
  public boolean sendToProcore() {
    return false;
  }

  /** Builds {@link BcPurchaseOrderLine} values; see {@link BcPurchaseOrderLine#builder()}. */
  public static final class Builder extends BcPurchaseOrderLineBuilder {
    Builder() {}
  }
}
