package dev.procoresync.qbd.qbxml;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One record QuickBooks answered ({@code CustomerRet}, {@code VendorRet}, {@code ItemServiceRet},
 * {@code EstimateRet}, {@code PurchaseOrderRet}, {@code BillRet}, {@code CheckRet}, {@code
 * BillPaymentCheckRet} ...), read leniently: the ids and fields every flow uses are typed, the rest
 * is in {@link #fields()} (simple children by name, a reference's {@code FullName} under the
 * reference's name such as {@code "VendorRef"}, deeper values by path such as {@code
 * "ShipAddress/City"}); unknown elements are kept there too, never refused.
 *
 * <pre>{@code
 * ret.id();               // ListID or TxnID
 * ret.field("ShipAddress/City");
 * ret.lines();            // EstimateLineRet ... in document order
 * }</pre>
 */
@Value.Immutable
public abstract class QbRet {
  QbRet() {}

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
   * Returns the record's element name.
   *
   * @return such as {@code "CustomerRet"}
   */
  public abstract String element();

  /**
   * Returns the record's {@code ListID} (lists) or {@code TxnID} (transactions).
   *
   * @return the id, or empty when QuickBooks sent none
   */
  public abstract Optional<String> id();

  /**
   * Returns the {@code EditSequence} a Mod must carry.
   *
   * @return the edit sequence, or empty
   */
  public abstract Optional<String> editSequence();

  /**
   * Returns the record's fields (see the type's description).
   *
   * @return the values by name or path
   */
  public abstract Map<String, String> fields();

  /**
   * Returns the record's lines in document order.
   *
   * @return the lines, possibly none
   */
  public abstract List<QbLine> lines();

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
   * Returns the {@code FullName} (lists) or else the {@code Name}.
   *
   * @return the name, or empty
   */
  public Optional<String> fullName() {
    return field("FullName").or(() -> field("Name"));
  }

  /**
   * Returns the {@code RefNumber} of a transaction.
   *
   * @return the reference number, or empty
   */
  public Optional<String> refNumber() {
    return field("RefNumber");
  }

  /**
   * Returns a decimal field.
   *
   * @param name the field
   * @return the number, or empty when absent or not a number
   */
  public Optional<BigDecimal> decimalField(String name) {
    return field(name).flatMap(QbRet::decimal);
  }

  static Optional<BigDecimal> decimal(String text) {
    if (text.length() > 40) {
      return Optional.empty();
    }
    try {
      BigDecimal d = new BigDecimal(text.trim());
      return d.scale() > 10 || d.scale() < -20 ? Optional.empty() : Optional.of(d);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Builds {@link QbRet} values. */
  public static final class Builder extends QbRetBuilder {
    Builder() {}
  }
}
