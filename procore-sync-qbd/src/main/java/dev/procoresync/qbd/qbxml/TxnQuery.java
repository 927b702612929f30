package dev.procoresync.qbd.qbxml;

import dev.procoresync.qbd.qbxml.internal.QbXmlOut;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A query of QuickBooks transactions ({@code EstimateQueryRq}, {@code PurchaseOrderQueryRq}, {@code
 * BillQueryRq}, {@code CheckQueryRq}, {@code CreditCardChargeQueryRq}, {@code
 * BillPaymentCheckQueryRq}, {@code BillPaymentCreditCardQueryRq}): by TxnIDs, by reference numbers,
 * or by a filter (page size, modified since, entity), with or without lines.
 *
 * <pre>{@code
 * TxnQuery.builder().type(TxnType.PURCHASE_ORDER).addTxnId("3C4D-1714600000").includeLineItems(true).build();
 * TxnQuery.builder().type(TxnType.BILL_PAYMENT_CHECK).maxReturned(100).fromModifiedDate("2024-06-01T00:00:00").build();
 * }</pre>
 */
@Value.Immutable
public abstract class TxnQuery extends QbRequestBody {
  TxnQuery() {}

  /**
   * Returns a new, empty builder; {@code build()} refuses a value longer than its element allows
   * ({@link IllegalArgumentException} naming the element and the value) and names every required
   * attribute left unset ({@link IllegalStateException}).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this value's attributes, to make a changed copy.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Returns the transaction type.
   *
   * @return the value
   */
  public abstract TxnType type();

  /**
   * Returns the TxnIDs to read.
   *
   * @return the values, possibly none
   */
  public abstract List<String> txnIds();

  /**
   * Returns the reference numbers to read.
   *
   * @return the values, possibly none
   */
  public abstract List<String> refNumbers();

  /**
   * Returns the most records per answer (per iterator page).
   *
   * @return the value, or empty
   */
  public abstract Optional<Integer> maxReturned();

  /**
   * Returns the earliest modification time, as QuickBooks writes it ({@code 2024-05-01T13:00:00}).
   *
   * @return the value, or empty
   */
  public abstract Optional<String> fromModifiedDate();

  /**
   * Returns the full name of the vendor, customer or job the transactions belong to.
   *
   * @return the value, or empty
   */
  public abstract Optional<String> entity();

  /**
   * Returns whether the answer carries the lines.
   *
   * @return the value, or empty
   */
  public abstract Optional<Boolean> includeLineItems();

  /**
   * Returns whether the answer lists linked transactions (estimates, purchase orders, bills and
   * checks only).
   *
   * @return the value, or empty
   */
  public abstract Optional<Boolean> includeLinkedTxns();

  @Override
  public String requestElement() {
    return type().wire() + "QueryRq";
  }

  @Override
  public boolean isWrite() {
    return false;
  }

  @Value.Check
  void checkWritable() {
    if (!txnIds().isEmpty() && !refNumbers().isEmpty()) {
      throw new IllegalArgumentException(
          "TxnQuery takes txnIds or refNumbers, not both (were "
              + txnIds()
              + ", "
              + refNumbers()
              + ")");
    }
    if (includeLinkedTxns().isPresent() && !type().takesLinkedTxns()) {
      throw new IllegalArgumentException(
          "TxnQuery of " + type() + " does not take includeLinkedTxns");
    }
    maxReturned()
        .filter(m -> m < 1)
        .ifPresent(
            m -> {
              throw new IllegalArgumentException(
                  "TxnQuery.maxReturned must be at least 1 (was " + m + ")");
            });
    check();
  }

  @Override
  void writeBody(QbXmlOut out) {
    if (!txnIds().isEmpty()) {
      txnIds().forEach(id -> out.text("TxnID", id, QbRef.MAX_ID));
    } else if (!refNumbers().isEmpty()) {
      refNumbers().forEach(n -> out.text("RefNumber", n, 20));
    } else {
      maxReturned().ifPresent(m -> out.integer("MaxReturned", m));
      if (fromModifiedDate().isPresent()) {
        out.start("ModifiedDateRangeFilter")
            .text("FromModifiedDate", fromModifiedDate().get(), 25)
            .end();
      }
      if (entity().isPresent()) {
        out.start("EntityFilter").text("FullName", entity().get(), QbRef.MAX_FULL_NAME).end();
      }
    }
    out.bool("IncludeLineItems", includeLineItems());
    if (type().takesLinkedTxns()) {
      out.bool("IncludeLinkedTxns", includeLinkedTxns());
    }
  }

  /** Builds {@link TxnQuery} values. */
  public static final class Builder extends TxnQueryBuilder {
    Builder() {}
  }
}
