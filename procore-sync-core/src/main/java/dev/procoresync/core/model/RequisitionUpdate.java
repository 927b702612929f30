package dev.procoresync.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The writable attributes of a subcontractor invoice (requisition): the body of a create or update,
 * wrapped by the client as {@code requisition}.
 *
 * <pre>{@code
 * RequisitionUpdate body = RequisitionUpdate.builder().invoiceNumber("INV-7").status(RequisitionStatus.UNDER_REVIEW).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = RequisitionUpdateBuilder.ImmutableRequisitionUpdate.class)
@JsonDeserialize(as = RequisitionUpdateBuilder.ImmutableRequisitionUpdate.class)
public abstract class RequisitionUpdate {

  RequisitionUpdate() {}

  /**
   * Returns a new, empty builder of {@code RequisitionUpdate} values.
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
   * The billing period.
   *
   * @return the billing period, or empty when Procore leaves it out
   */
  public abstract Optional<Long> periodId();

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
   * The billing date.
   *
   * @return the billing date, or empty when Procore leaves it out
   */
  public abstract Optional<LocalDate> billingDate();

  /**
   * The vendor's invoice number.
   *
   * @return the vendor's invoice number, or empty when Procore leaves it out
   */
  public abstract Optional<String> invoiceNumber();

  /**
   * The state.
   *
   * @return the state, or empty when Procore leaves it out
   */
  public abstract Optional<RequisitionStatus> status();

  /**
   * Whether it is the final invoice.
   *
   * @return Whether it is the final invoice, or empty when Procore leaves it out
   */
  @JsonProperty("final")
  public abstract Optional<Boolean> finalRequisition();

  /**
   * The payment date.
   *
   * @return the payment date, or empty when Procore leaves it out
   */
  public abstract Optional<LocalDate> paymentDate();

  /**
   * The other system's key kept by Procore, such as {@code bc:pinv:PI-7}.
   *
   * @return the other system's key kept by Procore, such as {@code bc:pinv:PI-7}, or empty when
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
   * Builds {@code RequisitionUpdate} values: a setter per attribute (plus {@code add*}/{@code
   * addAll*} for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start
   * from a value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a
   * builder is not thread safe.
   */
  public static final class Builder extends RequisitionUpdateBuilder {
    Builder() {}
  }
}
