package dev.procoresync.bc.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A purchase order line with the job fields the standard API lacks (Job No., Job Task No., Cost
 * Type, Segment Code).
 *
 * <pre>{@code
 * BcPurchaseOrderLine l = BcPurchaseOrderLine.builder().lineNo(10000).lineAmount(new BigDecimal("500")).build();
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
   * Returns the record's ETag ({@code @odata.etag}), sent back as {@code If-Match} on every PATCH
   * and DELETE.
   *
   * @return the record's ETag ({@code @odata.etag}), sent back as {@code If-Match} on every PATCH
   *     and DELETE, empty on a record not yet created
   */
  @JsonProperty("@odata.etag")
  public abstract Optional<String> etag();

  /**
   * Returns the purchase order's id.
   *
   * @return the purchase order's id, empty when Business Central leaves it out
   */
  public abstract Optional<String> documentId();

  /**
   * Returns the purchase order's number.
   *
   * @return the purchase order's number, empty when Business Central leaves it out
   */
  public abstract Optional<String> documentNumber();

  /**
   * Returns the line number.
   *
   * @return the line number, empty when Business Central leaves it out
   */
  public abstract Optional<Integer> lineNo();

  /**
   * Returns the line type (Item, G/L Account, Resource ...).
   *
   * @return the line type (Item, G/L Account, Resource ...), empty when Business Central leaves it
   *     out
   */
  public abstract Optional<String> type();

  /**
   * Returns the item, account or resource number.
   *
   * @return the item, account or resource number, empty when Business Central leaves it out
   */
  public abstract Optional<String> number();

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
  public abstract Optional<String> jobNo();

  /**
   * Returns the project task number (Job Task No.).
   *
   * @return the project task number (Job Task No.), empty when Business Central leaves it out
   */
  public abstract Optional<String> jobTaskNo();

  /**
   * Returns the job line type.
   *
   * @return the job line type, empty when Business Central leaves it out
   */
  public abstract Optional<String> jobLineType();

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
   * @return whether the line is to be sent ("Send to Procore" on the line), empty when Business
   *     Central leaves it out
   */
  public abstract Optional<Boolean> sendToProcore();

  /**
   * Returns Procore's line item id, once pushed.
   *
   * @return Procore's line item id, once pushed, empty when Business Central leaves it out
   */
  public abstract Optional<Long> procoreLineItemId();

  /**
   * Returns when Business Central last changed the record (SystemModifiedAt), for incremental
   * reads.
   *
   * @return when Business Central last changed the record (SystemModifiedAt), for incremental
   *     reads, empty when the page does not send it
   */
  public abstract Optional<Instant> lastModifiedDateTime();

  /** Builds {@link BcPurchaseOrderLine} values; see {@link BcPurchaseOrderLine#builder()}. */
  public static final class Builder extends BcPurchaseOrderLineBuilder {
    Builder() {}
  }
}
