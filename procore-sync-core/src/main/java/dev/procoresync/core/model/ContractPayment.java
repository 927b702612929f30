package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A payment issued on a commitment ({@code /rest/v1.0/contract_payments}, "Payments Issued" in
 * Procore's commitment tool).
 *
 * <pre>{@code
 * ContractPayment p = client.forCompany(42L).contractPayments().list(projectId, commitmentId).iterator().next();
 * p.amount(); p.checkNumber();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ContractPaymentBuilder.ImmutableContractPayment.class)
@JsonDeserialize(as = ContractPaymentBuilder.ImmutableContractPayment.class)
public abstract class ContractPayment {

  ContractPayment() {}

  /**
   * Returns a new, empty builder of {@code ContractPayment} values.
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
   * The commitment paid.
   *
   * @return the commitment paid, or empty when Procore leaves it out
   */
  public abstract Optional<Long> contractId();

  /**
   * The amount paid.
   *
   * @return the amount paid, or empty when Procore leaves it out
   */
  public abstract Optional<BigDecimal> amount();

  /**
   * The payment date.
   *
   * @return the payment date, or empty when Procore leaves it out
   */
  public abstract Optional<LocalDate> date();

  /**
   * The check (or other payment) number.
   *
   * @return the check (or other payment) number, or empty when Procore leaves it out
   */
  public abstract Optional<String> checkNumber();

  /**
   * The number of the invoice paid.
   *
   * @return the number of the invoice paid, or empty when Procore leaves it out
   */
  public abstract Optional<String> invoiceNumber();

  /**
   * Notes.
   *
   * @return notes, or empty when Procore leaves it out
   */
  public abstract Optional<String> notes();

  /**
   * The subcontractor invoice (requisition) paid.
   *
   * @return the subcontractor invoice (requisition) paid, or empty when Procore leaves it out
   */
  public abstract Optional<Long> requisitionId();

  /**
   * The payment's number on the commitment.
   *
   * @return the payment's number on the commitment, or empty when Procore leaves it out
   */
  public abstract Optional<Long> paymentNumber();

  /**
   * The other system's key of the payment (decision record 0010).
   *
   * @return the other system's key of the payment (decision record 0010), or empty when Procore
   *     leaves it out
   */
  public abstract Optional<String> originId();

  /**
   * Free text for the integration, never shown to users.
   *
   * @return free text for the integration, never shown to users, or empty when Procore leaves it
   *     out
   */
  public abstract Optional<String> originData();

  /**
   * When the record was created.
   *
   * @return when the record was created, or empty when Procore leaves it out
   */
  public abstract Optional<Instant> createdAt();

  /**
   * When the record was last updated.
   *
   * @return when the record was last updated, or empty when Procore leaves it out
   */
  public abstract Optional<Instant> updatedAt();

  /**
   * Builds {@code ContractPayment} values: a setter per attribute, {@code from(value)} to start
   * from a value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a
   * builder is not thread safe.
   */
  public static final class Builder extends ContractPaymentBuilder {
    Builder() {}
  }
}
