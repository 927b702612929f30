package dev.procoresync.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The writable attributes of a purchase order contract: the body of a create or update (wrapped as
 * {@code purchase_order_contract}) and one item of {@code PATCH
 * /rest/v1.0/purchase_order_contracts/sync}.
 */
@Value.Immutable
@JsonSerialize(as = PurchaseOrderContractUpdateBuilder.ImmutablePurchaseOrderContractUpdate.class)
@JsonDeserialize(as = PurchaseOrderContractUpdateBuilder.ImmutablePurchaseOrderContractUpdate.class)
public abstract class PurchaseOrderContractUpdate {

  PurchaseOrderContractUpdate() {}

  /**
   * Returns a new, empty builder of {@code PurchaseOrderContractUpdate} values.
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
   * The id of the contract to update; empty to create one (or to match by origin id in a sync).
   *
   * @return the id of the contract to update; empty to create one (or to match by origin id in a
   *     sync), or empty when Procore leaves it out
   */
  public abstract Optional<Long> id();

  /**
   * The contract's number.
   *
   * @return the contract's number, or empty when Procore leaves it out
   */
  public abstract Optional<String> number();

  /**
   * The title.
   *
   * @return the title, or empty when Procore leaves it out
   */
  public abstract Optional<String> title();

  /**
   * The description.
   *
   * @return the description, or empty when Procore leaves it out
   */
  public abstract Optional<String> description();

  /**
   * The state.
   *
   * @return the state, or empty when Procore leaves it out
   */
  public abstract Optional<PurchaseOrderStatus> status();

  /**
   * The vendor.
   *
   * @return the vendor, or empty when Procore leaves it out
   */
  public abstract Optional<Long> vendorId();

  /**
   * Whether the contract is executed.
   *
   * @return Whether the contract is executed, or empty when Procore leaves it out
   */
  public abstract Optional<Boolean> executed();

  /**
   * How the schedule of values is kept.
   *
   * @return How the schedule of values is kept, or empty when Procore leaves it out
   */
  public abstract Optional<AccountingMethod> accountingMethod();

  /**
   * The retainage, in percent.
   *
   * @return the retainage, in percent, or empty when Procore leaves it out
   */
  public abstract Optional<BigDecimal> retainagePercent();

  /**
   * The contract date.
   *
   * @return the contract date, or empty when Procore leaves it out
   */
  public abstract Optional<LocalDate> contractDate();

  /**
   * The execution date.
   *
   * @return the execution date, or empty when Procore leaves it out
   */
  public abstract Optional<LocalDate> executionDate();

  /**
   * The date issued.
   *
   * @return the date issued, or empty when Procore leaves it out
   */
  public abstract Optional<LocalDate> issuedOnDate();

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
   * The other system's code, shown to users.
   *
   * @return the other system's code, shown to users, or empty when Procore leaves it out
   */
  public abstract Optional<String> originCode();

  /**
   * Whether the contract is private.
   *
   * @return Whether the contract is private, or empty when Procore leaves it out
   */
  @JsonProperty("private")
  public abstract Optional<Boolean> privateContract();

  /**
   * Builds {@code PurchaseOrderContractUpdate} values: a setter per attribute (plus {@code
   * add*}/{@code addAll*} for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)}
   * to start from a value, and {@code build()}. Get one from {@link #builder()} or {@link
   * #toBuilder()}; a builder is not thread safe.
   */
  public static final class Builder extends PurchaseOrderContractUpdateBuilder {
    Builder() {}
  }
}
