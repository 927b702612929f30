package dev.procoresync.qbd.qbxml;

import dev.procoresync.qbd.qbxml.internal.QbXmlOut;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A {@code PurchaseOrderMod}. As for estimates, existing lines not echoed back by TxnLineID are
 * deleted: keep them with {@link PurchaseOrderLine#keep} and add change-order lines with TxnLineID
 * {@code -1}.
 *
 * <pre>{@code
 * PurchaseOrderMod.builder().txnId("3C4D-1714600000").editSequence("1714600000")
 *     .addLine(PurchaseOrderLine.keep("3C4F-1714600000")).build();
 * }</pre>
 */
@Value.Immutable
public abstract class PurchaseOrderMod extends QbRequestBody {
  PurchaseOrderMod() {}

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
   * Returns the purchase order's TxnID.
   *
   * @return the value
   */
  public abstract String txnId();

  /**
   * Returns the EditSequence read last.
   *
   * @return the value
   */
  public abstract String editSequence();

  /**
   * Returns the memo (at most 4095 characters).
   *
   * @return the value, or empty
   */
  public abstract Optional<String> memo();

  /**
   * Returns the lines; empty leaves the lines as they are.
   *
   * @return the values, possibly none
   */
  public abstract List<PurchaseOrderLine> lines();

  @Override
  public String requestElement() {
    return "PurchaseOrderModRq";
  }

  @Override
  public boolean isWrite() {
    return true;
  }

  @Value.Check
  void checkWritable() {
    lines().stream()
        .filter(l -> l.txnLineId().isEmpty())
        .findFirst()
        .ifPresent(
            l -> {
              throw new IllegalArgumentException(
                  "PurchaseOrderMod lines need a txnLineId (an existing one or -1), was missing on "
                      + l);
            });
    check();
  }

  @Override
  void writeBody(QbXmlOut out) {
    out.start("PurchaseOrderMod")
        .text("TxnID", txnId(), QbRef.MAX_ID)
        .text("EditSequence", editSequence(), 16);
    out.text("Memo", memo(), 4095);
    lines().forEach(l -> l.write(out, "PurchaseOrderLineMod"));
    out.end();
  }

  /** Builds {@link PurchaseOrderMod} values. */
  public static final class Builder extends PurchaseOrderModBuilder {
    Builder() {}
  }
}
