package dev.procoresync.qbd.qbxml;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a transaction as QuickBooks answered it ({@code EstimateLineRet}, {@code
 * PurchaseOrderLineRet}, {@code ItemLineRet}, {@code ExpenseLineRet}, a bill payment's {@code
 * AppliedToTxnRet}, or a {@code LinkedTxn} of a transaction read with linked transactions): its id
 * and its fields, read leniently.
 *
 * <p>{@link #fields()} holds every simple child by name, a reference's {@code FullName} under the
 * reference's name ({@code "ItemRef"}), and deeper values by their path ({@code
 * "LinkToTxn/TxnID"}).
 *
 * <pre>{@code
 * line.field("ItemRef");        // Optional[01-100]
 * line.amount();                // Optional[1200.00]
 * }</pre>
 */
@Value.Immutable
public abstract class QbLine {
  QbLine() {}

  /**
   * Returns a new, empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this value's attributes.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Returns the line's element name.
   *
   * @return such as {@code "EstimateLineRet"}
   */
  public abstract String element();

  /**
   * Returns the line's {@code TxnLineID} (for an {@code AppliedToTxnRet} or {@code LinkedTxn}: the
   * other transaction's TxnID).
   *
   * @return the id, or empty
   */
  public abstract Optional<String> txnLineId();

  /**
   * Returns the line's fields.
   *
   * @return the values by name or path
   */
  public abstract Map<String, String> fields();

  /**
   * Returns one field.
   *
   * @param name a child's name, a reference's name, or a path
   * @return the value, or empty
   */
  public Optional<String> field(String name) {
    return Optional.ofNullable(fields().get(name));
  }

  /**
   * Returns the {@code Amount}.
   *
   * @return the amount, or empty when absent or not a number
   */
  public Optional<BigDecimal> amount() {
    return field("Amount").flatMap(QbRet::decimal);
  }

  /**
   * Tells whether this is a line of the transaction itself (an {@code ...LineRet}), not a linked
   * transaction or a payment's application.
   *
   * @return {@code true} for an {@code ...LineRet}
   */
  public boolean isOwnLine() {
    return element().endsWith("LineRet");
  }

  /** Builds {@link QbLine} values. */
  public static final class Builder extends QbLineBuilder {
    Builder() {}
  }
}
