package dev.procoresync.qbd.qbxml;

import dev.procoresync.qbd.qbxml.internal.QbXmlOut;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One purchase-order line: for a {@code PurchaseOrderAdd} or, with its TxnLineID ({@code -1} for a
 * new line), a {@code PurchaseOrderMod}. The customer (job) makes it job-costed.
 *
 * <pre>{@code
 * PurchaseOrderLine.builder().item(QbRef.fullName("15-400")).desc("CCO #1").amount(new BigDecimal("800"))
 *     .customer(QbRef.fullName("Acme Corp:Proj 1001")).build();
 * }</pre>
 */
@Value.Immutable
public abstract class PurchaseOrderLine {
  PurchaseOrderLine() {}

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
   * Returns the line's TxnLineID (Mod only): an existing line, or {@code -1} for a new one.
   *
   * @return the value, or empty
   */
  public abstract Optional<String> txnLineId();

  /**
   * Returns the item.
   *
   * @return the value, or empty
   */
  public abstract Optional<QbRef> item();

  /**
   * Returns the description (at most 4095 characters).
   *
   * @return the value, or empty
   */
  public abstract Optional<String> desc();

  /**
   * Returns the quantity.
   *
   * @return the value, or empty
   */
  public abstract Optional<BigDecimal> quantity();

  /**
   * Returns the rate.
   *
   * @return the value, or empty
   */
  public abstract Optional<BigDecimal> rate();

  /**
   * Returns the amount.
   *
   * @return the value, or empty
   */
  public abstract Optional<BigDecimal> amount();

  /**
   * Returns the customer or job the line is for.
   *
   * @return the value, or empty
   */
  public abstract Optional<QbRef> customer();

  /**
   * An existing line echoed unchanged in a Mod, so that QuickBooks keeps it.
   *
   * @param txnLineId the line's TxnLineID
   * @return the line
   */
  public static PurchaseOrderLine keep(String txnLineId) {
    return builder().txnLineId(txnLineId).build();
  }

  @Value.Check
  void checkWritable() {
    write(QbXmlOut.validating(), "PurchaseOrderLine");
  }

  void write(QbXmlOut out, String element) {
    out.start(element);
    if (element.endsWith("Mod")) {
      out.text("TxnLineID", txnLineId().orElse(EstimateLine.NEW_LINE), QbRef.MAX_ID);
    }
    item().ifPresent(r -> r.write(out, "ItemRef"));
    out.text("Desc", desc(), 4095)
        .price("Quantity", quantity())
        .price("Rate", rate())
        .amount("Amount", amount());
    customer().ifPresent(r -> r.write(out, "CustomerRef"));
    out.end();
  }

  /** Builds {@link PurchaseOrderLine} values. */
  public static final class Builder extends PurchaseOrderLineBuilder {
    Builder() {}
  }
}
