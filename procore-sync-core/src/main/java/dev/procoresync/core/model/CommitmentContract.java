package dev.procoresync.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What purchase order contracts and work order contracts (subcontracts) have in common: Procore's
 * two kinds of commitment share every attribute but their status, whose values differ per kind.
 * Code that handles commitments of either kind (an ERP export, a cost report) can take this type.
 *
 * <pre>{@code
 * CommitmentContract c = company.commitments().getPurchaseOrder(projectId, 31L);
 * BigDecimal open = c.grandTotal().orElse(BigDecimal.ZERO);
 * }</pre>
 *
 * @see PurchaseOrderContract
 * @see WorkOrderContract
 */
public abstract class CommitmentContract {

  CommitmentContract() {}

  /**
   * Procore's id of the record.
   *
   * @return Procore's id of the record (Procore always sends it)
   */
  public abstract long id();

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
   * Whether the contract is executed.
   *
   * @return Whether the contract is executed, or empty when Procore leaves it out
   */
  public abstract Optional<Boolean> executed();

  /**
   * The vendor.
   *
   * @return the vendor, or empty when Procore leaves it out
   */
  public abstract Optional<CommitmentVendorRef> vendor();

  /**
   * How the schedule of values is kept.
   *
   * @return How the schedule of values is kept, or empty when Procore leaves it out
   */
  public abstract Optional<AccountingMethod> accountingMethod();

  /**
   * The total of the schedule of values.
   *
   * @return the total of the schedule of values, or empty when Procore leaves it out
   */
  public abstract Optional<BigDecimal> grandTotal();

  /**
   * The total with approved change orders.
   *
   * @return the total with approved change orders, or empty when Procore leaves it out
   */
  public abstract Optional<BigDecimal> revisedContract();

  /**
   * The total of approved change orders.
   *
   * @return the total of approved change orders, or empty when Procore leaves it out
   */
  public abstract Optional<BigDecimal> approvedChangeOrders();

  /**
   * The total of pending change orders.
   *
   * @return the total of pending change orders, or empty when Procore leaves it out
   */
  public abstract Optional<BigDecimal> pendingChangeOrders();

  /**
   * The total of draft change orders.
   *
   * @return the total of draft change orders, or empty when Procore leaves it out
   */
  public abstract Optional<BigDecimal> draftChangeOrdersAmount();

  /**
   * The total paid.
   *
   * @return the total paid, or empty when Procore leaves it out
   */
  public abstract Optional<BigDecimal> totalPayments();

  /**
   * The total invoiced.
   *
   * @return the total invoiced, or empty when Procore leaves it out
   */
  public abstract Optional<BigDecimal> totalRequisitionsAmount();

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
   * The currency.
   *
   * @return the currency, or empty when Procore leaves it out
   */
  public abstract Optional<CurrencyConfiguration> currencyConfiguration();

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
   * When the record was deleted, on lists that include deleted records.
   *
   * @return When the record was deleted, on lists that include deleted records, or empty when
   *     Procore leaves it out
   */
  public abstract Optional<Instant> deletedAt();
}
