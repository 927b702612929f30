package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The writable attributes of a direct cost: the body of a create or update (wrapped as {@code
 * direct_cost} on v1.1, {@code item} on v1.0) and one item of {@code direct_costs/sync}.
 */
@Value.Immutable
@JsonSerialize(as = DirectCostUpdateBuilder.ImmutableDirectCostUpdate.class)
@JsonDeserialize(as = DirectCostUpdateBuilder.ImmutableDirectCostUpdate.class)
public abstract class DirectCostUpdate {

  DirectCostUpdate() {}

  /**
   * Returns a new, empty builder of {@code DirectCostUpdate} values.
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
   * The id of the direct cost to update; empty to create one (or to match by origin id in a sync).
   *
   * @return the id of the direct cost to update; empty to create one (or to match by origin id in a
   *     sync), or empty when Procore leaves it out
   */
  public abstract Optional<Long> id();

  /**
   * What the cost is (required to create).
   *
   * @return What the cost is (required to create), or empty when Procore leaves it out
   */
  public abstract Optional<DirectCostType> directCostType();

  /**
   * The vendor (required to create).
   *
   * @return the vendor (required to create), or empty when Procore leaves it out
   */
  public abstract Optional<Long> vendorId();

  /**
   * The invoice number (required for invoices).
   *
   * @return the invoice number (required for invoices), or empty when Procore leaves it out
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
   * The employee, for payroll costs.
   *
   * @return the employee, for payroll costs, or empty when Procore leaves it out
   */
  public abstract Optional<Long> employeeId();

  /**
   * The lines (at most 100 in one create or update).
   *
   * @return the lines (at most 100 in one create or update) (empty when none)
   */
  public abstract List<DirectCostLineItemUpdate> lineItems();

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
   * Builds {@code DirectCostUpdate} values: a setter per attribute (plus {@code add*}/{@code
   * addAll*} for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start
   * from a value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a
   * builder is not thread safe.
   */
  public static final class Builder extends DirectCostUpdateBuilder {
    Builder() {}
  }
}
