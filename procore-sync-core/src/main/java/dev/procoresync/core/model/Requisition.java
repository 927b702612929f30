package dev.procoresync.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A subcontractor invoice, which Procore calls a requisition ({@code /rest/v1.1/requisitions}).
 * Only the latest open invoice of a commitment can be updated or deleted.
 */
@Value.Immutable
@JsonSerialize(as = RequisitionBuilder.ImmutableRequisition.class)
@JsonDeserialize(as = RequisitionBuilder.ImmutableRequisition.class)
public abstract class Requisition {

  Requisition() {}

  /**
   * Returns a new, empty builder of {@code Requisition} values.
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
   * The commitment invoiced.
   *
   * @return the commitment invoiced, or empty when Procore leaves it out
   */
  public abstract Optional<Long> commitmentId();

  /**
   * The commitment's type.
   *
   * @return the commitment's type, or empty when Procore leaves it out
   */
  public abstract Optional<String> commitmentType();

  /**
   * The vendor.
   *
   * @return the vendor, or empty when Procore leaves it out
   */
  public abstract Optional<Long> vendorId();

  /**
   * The vendor's name.
   *
   * @return the vendor's name, or empty when Procore leaves it out
   */
  public abstract Optional<String> vendorName();

  /**
   * The vendor's invoice number.
   *
   * @return the vendor's invoice number, or empty when Procore leaves it out
   */
  public abstract Optional<String> invoiceNumber();

  /**
   * Procore's number of the invoice.
   *
   * @return Procore's number of the invoice, or empty when Procore leaves it out
   */
  public abstract Optional<Long> number();

  /**
   * The state.
   *
   * @return the state, or empty when Procore leaves it out
   */
  public abstract Optional<RequisitionStatus> status();

  /**
   * The ERP export state.
   *
   * @return the ERP export state, or empty when Procore leaves it out
   */
  public abstract Optional<String> erpStatus();

  /**
   * The amount claimed.
   *
   * @return the amount claimed, or empty when Procore leaves it out
   */
  public abstract Optional<BigDecimal> totalClaimedAmount();

  /**
   * The billing period.
   *
   * @return the billing period, or empty when Procore leaves it out
   */
  public abstract Optional<Long> periodId();

  /**
   * The billing date.
   *
   * @return the billing date, or empty when Procore leaves it out
   */
  public abstract Optional<LocalDate> billingDate();

  /**
   * The start of the invoiced period.
   *
   * @return the start of the invoiced period, or empty when Procore leaves it out
   */
  public abstract Optional<LocalDate> requisitionStart();

  /**
   * The end of the invoiced period.
   *
   * @return the end of the invoiced period, or empty when Procore leaves it out
   */
  public abstract Optional<LocalDate> requisitionEnd();

  /**
   * The payment date.
   *
   * @return the payment date, or empty when Procore leaves it out
   */
  public abstract Optional<LocalDate> paymentDate();

  /**
   * Whether it is the final invoice.
   *
   * @return Whether it is the final invoice, or empty when Procore leaves it out
   */
  @JsonProperty("final")
  public abstract Optional<Boolean> finalRequisition();

  /**
   * The AIA G702-style totals, by Procore's names.
   *
   * @return the AIA G702-style totals, by Procore's names
   */
  public abstract Map<String, JsonNode> summary();

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
   * Builds {@code Requisition} values: a setter per attribute (plus {@code add*}/{@code addAll*}
   * for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a
   * value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder
   * is not thread safe.
   */
  public static final class Builder extends RequisitionBuilder {
    Builder() {}
  }
}
