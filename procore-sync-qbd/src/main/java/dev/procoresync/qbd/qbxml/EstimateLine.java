package dev.procoresync.qbd.qbxml;

import dev.procoresync.qbd.qbxml.internal.QbXmlOut;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One estimate line: for an {@code EstimateAdd} ({@code EstimateLineAdd}, no TxnLineID) or an
 * {@code EstimateMod} ({@code EstimateLineMod}: an existing line by its TxnLineID, echoed alone to
 * keep it, or {@code -1} for a new line).
 *
 * <pre>{@code
 * EstimateLine.builder().item(QbRef.fullName("01-100")).desc("General Conditions").rate(new BigDecimal("1200")).amount(new BigDecimal("1200")).build();
 * EstimateLine.keep("1F-1700000000"); // echoes an existing line in a Mod
 * }</pre>
 */
@Value.Immutable
public abstract class EstimateLine {
  EstimateLine() {}

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

  /** The TxnLineID that asks a Mod to add a new line. */
  public static final String NEW_LINE = "-1";

  /**
   * An existing line echoed unchanged in a Mod, so that QuickBooks keeps it.
   *
   * @param txnLineId the line's TxnLineID
   * @return the line
   */
  public static EstimateLine keep(String txnLineId) {
    return builder().txnLineId(txnLineId).build();
  }

  @Value.Check
  void checkWritable() {
    write(QbXmlOut.validating(), "EstimateLine");
  }

  void write(QbXmlOut out, String element) {
    out.start(element);
    if (element.endsWith("Mod")) {
      out.text("TxnLineID", txnLineId().orElse(NEW_LINE), QbRef.MAX_ID);
    }
    item().ifPresent(r -> r.write(out, "ItemRef"));
    out.text("Desc", desc(), 4095).price("Rate", rate()).amount("Amount", amount());
    out.end();
  }

  /** Builds {@link EstimateLine} values. */
  public static final class Builder extends EstimateLineBuilder {
    Builder() {}
  }
}
