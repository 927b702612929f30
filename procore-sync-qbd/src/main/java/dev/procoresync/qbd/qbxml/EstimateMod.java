package dev.procoresync.qbd.qbxml;

import dev.procoresync.qbd.qbxml.internal.QbXmlOut;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An {@code EstimateMod}. QuickBooks deletes every existing line a Mod with lines does not echo
 * back by its TxnLineID: keep lines with {@link EstimateLine#keep} and add lines with TxnLineID
 * {@code -1}.
 *
 * <pre>{@code
 * EstimateMod.builder().txnId("1A-1700000000").editSequence("1700000000")
 *     .addLine(EstimateLine.keep("1B-1700000000"))
 *     .addLine(EstimateLine.builder().txnLineId("-1").item(QbRef.fullName("02-200")).amount(new BigDecimal("-500")).build()).build();
 * }</pre>
 */
@Value.Immutable
public abstract class EstimateMod extends QbRequestBody {
  EstimateMod() {}

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
   * Returns the estimate's TxnID.
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
  public abstract List<EstimateLine> lines();

  @Override
  public String requestElement() {
    return "EstimateModRq";
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
                  "EstimateMod lines need a txnLineId (an existing one or -1), was missing on "
                      + l);
            });
    check();
  }

  @Override
  void writeBody(QbXmlOut out) {
    out.start("EstimateMod")
        .text("TxnID", txnId(), QbRef.MAX_ID)
        .text("EditSequence", editSequence(), 16);
    out.text("Memo", memo(), 4095);
    lines().forEach(l -> l.write(out, "EstimateLineMod"));
    out.end();
  }

  /** Builds {@link EstimateMod} values. */
  public static final class Builder extends EstimateModBuilder {
    Builder() {}
  }
}
