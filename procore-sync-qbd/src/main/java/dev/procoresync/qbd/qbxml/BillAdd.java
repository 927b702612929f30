package dev.procoresync.qbd.qbxml;

import dev.procoresync.qbd.qbxml.internal.QbXmlOut;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A {@code BillAdd}: a vendor bill, its item lines linked to the purchase order's lines (linking
 * works in an Add only, never in a Mod).
 *
 * <pre>{@code
 * BillAdd.builder().vendor(QbRef.fullName("Smith Plumbing LLC")).refNumber("PAY-APP-1")
 *     .addLine(BillLine.builder().amount(new BigDecimal("6000")).linkTxnId("3C4D-1").linkTxnLineId("3C4F-1").build()).build();
 * }</pre>
 */
@Value.Immutable
public abstract class BillAdd extends QbRequestBody {
  BillAdd() {}

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
   * Returns the vendor.
   *
   * @return the value
   */
  public abstract QbRef vendor();

  /**
   * Returns the transaction date.
   *
   * @return the value, or empty
   */
  public abstract Optional<LocalDate> txnDate();

  /**
   * Returns the due date.
   *
   * @return the value, or empty
   */
  public abstract Optional<LocalDate> dueDate();

  /**
   * Returns the reference number (at most 20 characters).
   *
   * @return the value, or empty
   */
  public abstract Optional<String> refNumber();

  /**
   * Returns the memo (at most 4095 characters).
   *
   * @return the value, or empty
   */
  public abstract Optional<String> memo();

  /**
   * Returns the item lines, at least one.
   *
   * @return the values, possibly none
   */
  public abstract List<BillLine> lines();

  @Override
  public String requestElement() {
    return "BillAddRq";
  }

  @Override
  public boolean isWrite() {
    return true;
  }

  @Value.Check
  void checkWritable() {
    if (lines().isEmpty()) {
      throw new IllegalArgumentException("BillAdd needs at least one line (was none)");
    }
    check();
  }

  @Override
  void writeBody(QbXmlOut out) {
    out.start("BillAdd");
    vendor().write(out, "VendorRef");
    out.date("TxnDate", txnDate())
        .date("DueDate", dueDate())
        .text("RefNumber", refNumber(), 20)
        .text("Memo", memo(), 4095);
    lines().forEach(l -> l.write(out, "ItemLineAdd"));
    out.end();
  }

  /** Builds {@link BillAdd} values. */
  public static final class Builder extends BillAddBuilder {
    Builder() {}
  }
}
