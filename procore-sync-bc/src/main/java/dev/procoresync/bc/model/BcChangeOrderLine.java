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
 * A ProjectPro change order line: cost code as job task, segment code, quantity and amount.
 *
 * <pre>{@code
 * BcChangeOrderLine l = BcChangeOrderLine.builder().jobTaskNo("1000").amount(new BigDecimal("250")).build();
 * }</pre>
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = BcChangeOrderLineBuilder.ImmutableBcChangeOrderLine.class)
@JsonDeserialize(as = BcChangeOrderLineBuilder.ImmutableBcChangeOrderLine.class)
public abstract class BcChangeOrderLine {

  BcChangeOrderLine() {}

  /**
   * Returns a new, empty builder of {@code BcChangeOrderLine} values.
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
   * Returns the header's id.
   *
   * @return the header's id, empty when Business Central leaves it out
   */
  public abstract Optional<String> documentId();

  /**
   * Returns the header's number.
   *
   * @return the header's number, empty when Business Central leaves it out
   */
  public abstract Optional<String> changeOrderNumber();

  /**
   * Returns the line number.
   *
   * @return the line number, empty when Business Central leaves it out
   */
  public abstract Optional<Integer> lineNo();

  /**
   * Returns the project number.
   *
   * @return the project number, empty when Business Central leaves it out
   */
  public abstract Optional<String> jobNo();

  /**
   * Returns the job task.
   *
   * @return the job task, empty when Business Central leaves it out
   */
  public abstract Optional<String> jobTaskNo();

  /**
   * Returns the cost type.
   *
   * @return the cost type, empty when Business Central leaves it out
   */
  public abstract Optional<String> costType();

  /**
   * Returns the segment code.
   *
   * @return the segment code, empty when Business Central leaves it out
   */
  public abstract Optional<String> segmentCode();

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
   * Returns the unit cost.
   *
   * @return the unit cost, empty when Business Central leaves it out
   */
  public abstract Optional<BigDecimal> unitCost();

  /**
   * Returns the amount.
   *
   * @return the amount, empty when Business Central leaves it out
   */
  public abstract Optional<BigDecimal> amount();

  /**
   * Returns the Procore line item id it was created from.
   *
   * @return the Procore line item id it was created from, empty when Business Central leaves it out
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

  /** Builds {@link BcChangeOrderLine} values; see {@link BcChangeOrderLine#builder()}. */
  public static final class Builder extends BcChangeOrderLineBuilder {
    Builder() {}
  }
}
