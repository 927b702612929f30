package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A direct cost of a project: an invoice, expense or payroll cost not tied to a commitment ({@code
 * /rest/v1.1/projects/{project_id}/direct_costs}). A direct cost with an origin id is locked in
 * Procore's interface.
 */
@Value.Immutable
@JsonSerialize(as = DirectCostBuilder.ImmutableDirectCost.class)
@JsonDeserialize(as = DirectCostBuilder.ImmutableDirectCost.class)
public abstract class DirectCost {

  DirectCost() {}

  /**
   * Returns a new, empty builder of {@code DirectCost} values.
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
   * What the cost is.
   *
   * @return What the cost is, or empty when Procore leaves it out
   */
  public abstract Optional<DirectCostType> directCostType();

  /**
   * The vendor.
   *
   * @return the vendor, or empty when Procore leaves it out
   */
  public abstract Optional<NamedRef> vendor();

  /**
   * The invoice number.
   *
   * @return the invoice number, or empty when Procore leaves it out
   */
  public abstract Optional<String> invoiceNumber();

  /**
   * The cost's date.
   *
   * @return the cost's date, or empty when Procore leaves it out
   */
  public abstract Optional<LocalDate> directCostDate();

  /**
   * The date received.
   *
   * @return the date received, or empty when Procore leaves it out
   */
  public abstract Optional<LocalDate> receivedDate();

  /**
   * The date paid.
   *
   * @return the date paid, or empty when Procore leaves it out
   */
  public abstract Optional<LocalDate> paidDate();

  /**
   * The payment date.
   *
   * @return the payment date, or empty when Procore leaves it out
   */
  public abstract Optional<LocalDate> paymentDate();

  /**
   * The state.
   *
   * @return the state, or empty when Procore leaves it out
   */
  public abstract Optional<DirectCostStatus> status();

  /**
   * The description.
   *
   * @return the description, or empty when Procore leaves it out
   */
  public abstract Optional<String> description();

  /**
   * The total.
   *
   * @return the total, or empty when Procore leaves it out
   */
  public abstract Optional<BigDecimal> grandTotal();

  /**
   * The employee, for payroll costs.
   *
   * @return the employee, for payroll costs, or empty when Procore leaves it out
   */
  public abstract Optional<Long> employeeId();

  /**
   * The lines, when the response includes them.
   *
   * @return the lines, when the response includes them (empty when none)
   */
  public abstract List<DirectCostLineItem> lineItems();

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
   * Builds {@code DirectCost} values: a setter per attribute (plus {@code add*}/{@code addAll*} for
   * lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a value,
   * and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder is not
   * thread safe.
   */
  public static final class Builder extends DirectCostBuilder {
    Builder() {}
  }
}
