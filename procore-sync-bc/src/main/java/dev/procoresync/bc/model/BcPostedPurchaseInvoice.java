package dev.procoresync.bc.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A posted purchase invoice (Purch. Inv. Header) with its lines (expanded): becomes the commitment
 * invoice under the order's Procore commitment.
 *
 * <pre>{@code
 * BcPostedPurchaseInvoice inv = BcPostedPurchaseInvoice.builder().number("PPI-2001").orderNumber("PO-1001").build();
 * }</pre>
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = BcPostedPurchaseInvoiceBuilder.ImmutableBcPostedPurchaseInvoice.class)
@JsonDeserialize(as = BcPostedPurchaseInvoiceBuilder.ImmutableBcPostedPurchaseInvoice.class)
public abstract class BcPostedPurchaseInvoice {

  BcPostedPurchaseInvoice() {}

  /**
   * Returns a new, empty builder of {@code BcPostedPurchaseInvoice} values.
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
   * Returns the posted invoice number.
   *
   * @return the posted invoice number
   */
  public abstract String number();

  /**
   * Returns the purchase order it was posted from.
   *
   * @return the purchase order it was posted from, empty when Business Central leaves it out
   */
  public abstract Optional<String> orderNumber();

  /**
   * Returns the vendor number.
   *
   * @return the vendor number, empty when Business Central leaves it out
   */
  public abstract Optional<String> vendorNumber();

  /**
   * Returns the vendor's invoice number.
   *
   * @return the vendor's invoice number, empty when Business Central leaves it out
   */
  public abstract Optional<String> vendorInvoiceNumber();

  /**
   * Returns the project number.
   *
   * @return the project number, empty when Business Central leaves it out
   */
  public abstract Optional<String> jobNo();

  /**
   * Returns the posting date.
   *
   * @return the posting date, empty when Business Central leaves it out
   */
  public abstract Optional<LocalDate> postingDate();

  /**
   * Returns the document date.
   *
   * @return the document date, empty when Business Central leaves it out
   */
  public abstract Optional<LocalDate> documentDate();

  /**
   * Returns the due date.
   *
   * @return the due date, empty when Business Central leaves it out
   */
  public abstract Optional<LocalDate> dueDate();

  /**
   * Returns the currency code.
   *
   * @return the currency code, empty when Business Central leaves it out
   */
  public abstract Optional<String> currencyCode();

  /**
   * Returns the amount excluding tax.
   *
   * @return the amount excluding tax, empty when Business Central leaves it out
   */
  public abstract Optional<BigDecimal> amount();

  /**
   * Returns the amount including tax.
   *
   * @return the amount including tax, empty when Business Central leaves it out
   */
  public abstract Optional<BigDecimal> amountIncludingTax();

  /**
   * Returns Procore's invoice id, once pushed.
   *
   * @return Procore's invoice id, once pushed, empty when Business Central leaves it out
   */
  public abstract Optional<Long> procoreInvoiceId();

  /**
   * Returns when Business Central last changed the record (SystemModifiedAt), for incremental
   * reads.
   *
   * @return when Business Central last changed the record (SystemModifiedAt), for incremental
   *     reads, empty when the page does not send it
   */
  public abstract Optional<Instant> lastModifiedDateTime();

  /**
   * Returns the invoice's lines.
   *
   * @return the invoice's lines, in Business Central's order; empty when not expanded
   */
  public abstract List<BcPostedPurchaseInvoiceLine> postedPurchaseInvoiceLines();

  /**
   * Builds {@link BcPostedPurchaseInvoice} values; see {@link BcPostedPurchaseInvoice#builder()}.
   */
  public static final class Builder extends BcPostedPurchaseInvoiceBuilder {
    Builder() {}
  }
}
