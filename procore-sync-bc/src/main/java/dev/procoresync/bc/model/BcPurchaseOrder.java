package dev.procoresync.bc.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A purchase order with "Send to Procore" and its lines (expanded), as the custom page shows it:
 * becomes a Procore purchase order contract (commitment).
 *
 * <pre>{@code
 * BcPurchaseOrder po = BcPurchaseOrder.builder().number("PO-1001").vendorNumber("V0042").jobNo("JOB000042").build();
 * }</pre>
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = BcPurchaseOrderBuilder.ImmutableBcPurchaseOrder.class)
@JsonDeserialize(as = BcPurchaseOrderBuilder.ImmutableBcPurchaseOrder.class)
public abstract class BcPurchaseOrder {

  BcPurchaseOrder() {}

  /**
   * Returns a new, empty builder of {@code BcPurchaseOrder} values.
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
   * Returns the order number.
   *
   * @return the order number
   */
  public abstract String number();

  /**
   * Returns the vendor number (Vendor No.).
   *
   * @return the vendor number (Vendor No.), empty when Business Central leaves it out
   */
  public abstract Optional<String> vendorNumber();

  /**
   * Returns the vendor name.
   *
   * @return the vendor name, empty when Business Central leaves it out
   */
  public abstract Optional<String> vendorName();

  /**
   * Returns the project number (Job No.) on the header.
   *
   * @return the project number (Job No.) on the header, empty when Business Central leaves it out
   */
  public abstract Optional<String> jobNo();

  /**
   * Returns the order date.
   *
   * @return the order date, empty when Business Central leaves it out
   */
  public abstract Optional<LocalDate> orderDate();

  /**
   * Returns the description.
   *
   * @return the description, empty when Business Central leaves it out
   */
  public abstract Optional<String> description();

  /**
   * Returns the status.
   *
   * @return the status, empty when Business Central leaves it out
   */
  public abstract Optional<String> status();

  /**
   * Returns the currency code.
   *
   * @return the currency code, empty when Business Central leaves it out
   */
  public abstract Optional<String> currencyCode();

  /**
   * Returns whether the order is to be sent ("Send to Procore" on the header).
   *
   * @return whether the order is to be sent ("Send to Procore" on the header), empty when Business
   *     Central leaves it out
   */
  public abstract Optional<Boolean> sendToProcore();

  /**
   * Returns Procore's commitment id, once pushed.
   *
   * @return Procore's commitment id, once pushed, empty when Business Central leaves it out
   */
  public abstract Optional<Long> procoreCommitmentId();

  /**
   * Returns when Business Central last changed the record (SystemModifiedAt), for incremental
   * reads.
   *
   * @return when Business Central last changed the record (SystemModifiedAt), for incremental
   *     reads, empty when the page does not send it
   */
  public abstract Optional<Instant> lastModifiedDateTime();

  /**
   * Returns the order's lines.
   *
   * @return the order's lines, in Business Central's order; empty when not expanded
   */
  public abstract List<BcPurchaseOrderLine> purchaseOrderLines();

  /** Builds {@link BcPurchaseOrder} values; see {@link BcPurchaseOrder#builder()}. */
  public static final class Builder extends BcPurchaseOrderBuilder {
    Builder() {}
  }
}
