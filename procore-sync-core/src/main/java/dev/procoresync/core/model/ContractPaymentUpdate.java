package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The writable attributes of a commitment payment: the body of a create or update, wrapped by the
 * client as {@code contract_payment}.
 *
 * <pre>{@code
 * ContractPaymentUpdate.builder().amount(new BigDecimal("500.00")).date(LocalDate.of(2024, 6, 15))
 *     .checkNumber("1042").originId("qbd:bill_payment:1A-1:2B-1").build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ContractPaymentUpdateBuilder.ImmutableContractPaymentUpdate.class)
@JsonDeserialize(as = ContractPaymentUpdateBuilder.ImmutableContractPaymentUpdate.class)
public abstract class ContractPaymentUpdate {

  ContractPaymentUpdate() {}

  /**
   * Returns a new, empty builder of {@code ContractPaymentUpdate} values.
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
   * Builds {@code ContractPaymentUpdate} values: a setter per attribute, {@code from(value)} to
   * start from a value, and {@code build()}. Get one from {@link #builder()} or {@link
   * #toBuilder()}; a builder is not thread safe.
   */
  public static final class Builder extends ContractPaymentUpdateBuilder {
    Builder() {}
  }
}
