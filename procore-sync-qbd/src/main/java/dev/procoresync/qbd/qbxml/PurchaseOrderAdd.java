package dev.procoresync.qbd.qbxml;

import dev.procoresync.qbd.qbxml.internal.QbXmlOut;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A {@code PurchaseOrderAdd}: a purchase order to a vendor, its lines job-costed to a customer or
 * job.
 *
 * <pre>{@code
 * PurchaseOrderAdd.builder().vendor(QbRef.fullName("Smith Plumbing LLC")).refNumber("SC-001")
 *     .addLine(PurchaseOrderLine.builder().item(QbRef.fullName("15-400")).amount(new BigDecimal("12000")).build()).build();
 * }</pre>
 */
@Value.Immutable
public abstract class PurchaseOrderAdd extends QbRequestBody {
  PurchaseOrderAdd() {}

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
   * Returns the reference number (at most 11 characters).
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
   * Returns the Other1 field (at most 25 characters).
   *
   * @return the value, or empty
   */
  public abstract Optional<String> other1();

  /**
   * Returns the lines, at least one.
   *
   * @return the values, possibly none
   */
  public abstract List<PurchaseOrderLine> lines();

  @Override
  public String requestElement() {
    return "PurchaseOrderAddRq";
  }

  @Override
  public boolean isWrite() {
    return true;
  }

  @Value.Check
  void checkWritable() {
    if (lines().isEmpty()) {
      throw new IllegalArgumentException("PurchaseOrderAdd needs at least one line (was none)");
    }
    check();
  }

  @Override
  void writeBody(QbXmlOut out) {
    out.start("PurchaseOrderAdd");
    vendor().write(out, "VendorRef");
    out.date("TxnDate", txnDate())
        .text("RefNumber", refNumber(), 11)
        .text("Memo", memo(), 4095)
        .text("Other1", other1(), 25);
    lines().forEach(l -> l.write(out, "PurchaseOrderLineAdd"));
    out.end();
  }

  /** Builds {@link PurchaseOrderAdd} values. */
  public static final class Builder extends PurchaseOrderAddBuilder {
    Builder() {}
  }
}
