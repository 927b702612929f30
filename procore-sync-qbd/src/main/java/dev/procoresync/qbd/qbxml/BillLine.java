package dev.procoresync.qbd.qbxml;

import dev.procoresync.qbd.qbxml.internal.QbXmlOut;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One item line of a {@code BillAdd}: either linked to a purchase-order line ({@code LinkToTxn};
 * QuickBooks then takes the item from the PO, so none may be given) or standing alone with its
 * item.
 *
 * <pre>{@code
 * BillLine.builder().desc("Rough-in 50%").amount(new BigDecimal("6000")).customer(QbRef.fullName("Acme Corp:Proj 1001"))
 *     .linkTxnId("3C4D-1714600000").linkTxnLineId("3C4F-1714600000").build();
 * }</pre>
 */
@Value.Immutable
public abstract class BillLine {
  BillLine() {}

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
   * Returns the item (only for a line not linked to a PO line).
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
   * Returns the amount.
   *
   * @return the value, or empty
   */
  public abstract Optional<BigDecimal> amount();

  /**
   * Returns the customer or job the cost is for.
   *
   * @return the value, or empty
   */
  public abstract Optional<QbRef> customer();

  /**
   * Returns the TxnID of the purchase order the line draws on.
   *
   * @return the value, or empty
   */
  public abstract Optional<String> linkTxnId();

  /**
   * Returns the TxnLineID of that purchase-order line.
   *
   * @return the value, or empty
   */
  public abstract Optional<String> linkTxnLineId();

  @Value.Check
  void checkWritable() {
    if (linkTxnId().isPresent() != linkTxnLineId().isPresent()) {
      throw new IllegalArgumentException(
          "BillLine needs both linkTxnId and linkTxnLineId or neither (were "
              + linkTxnId()
              + ", "
              + linkTxnLineId()
              + ")");
    }
    if (linkTxnId().isPresent() && item().isPresent()) {
      throw new IllegalArgumentException(
          "BillLine linked to PO line "
              + linkTxnLineId().get()
              + " must not name an item (was "
              + item().get()
              + ")");
    }
    write(QbXmlOut.validating(), "BillLine");
  }

  void write(QbXmlOut out, String element) {
    out.start(element);
    item().ifPresent(r -> r.write(out, "ItemRef"));
    out.text("Desc", desc(), 4095).amount("Amount", amount());
    customer().ifPresent(r -> r.write(out, "CustomerRef"));
    if (linkTxnId().isPresent()) {
      out.start("LinkToTxn")
          .text("TxnID", linkTxnId().get(), QbRef.MAX_ID)
          .text("TxnLineID", linkTxnLineId().orElseThrow(), QbRef.MAX_ID)
          .end();
    }
    out.end();
  }

  /** Builds {@link BillLine} values. */
  public static final class Builder extends BillLineBuilder {
    Builder() {}
  }
}
