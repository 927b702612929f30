package dev.procoresync.qbd.qbxml;

import dev.procoresync.qbd.qbxml.internal.QbXmlOut;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An {@code EstimateAdd}: an estimate for a customer or job, one line per budget line.
 *
 * <pre>{@code
 * EstimateAdd.builder().customer(QbRef.fullName("Acme Corp:Proj 1001")).refNumber("B-1001")
 *     .addLine(EstimateLine.builder().item(QbRef.fullName("01-100")).amount(new BigDecimal("1200")).build()).build();
 * }</pre>
 */
@Value.Immutable
public abstract class EstimateAdd extends QbRequestBody {
  EstimateAdd() {}

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
   * Returns the customer or job.
   *
   * @return the value
   */
  public abstract QbRef customer();

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
   * Returns the lines, at least one.
   *
   * @return the values, possibly none
   */
  public abstract List<EstimateLine> lines();

  @Override
  public String requestElement() {
    return "EstimateAddRq";
  }

  @Override
  public boolean isWrite() {
    return true;
  }

  @Value.Check
  void checkWritable() {
    if (lines().isEmpty()) {
      throw new IllegalArgumentException("EstimateAdd needs at least one line (was none)");
    }
    check();
  }

  @Override
  void writeBody(QbXmlOut out) {
    out.start("EstimateAdd");
    customer().write(out, "CustomerRef");
    out.date("TxnDate", txnDate()).text("RefNumber", refNumber(), 11).text("Memo", memo(), 4095);
    lines().forEach(l -> l.write(out, "EstimateLineAdd"));
    out.end();
  }

  /** Builds {@link EstimateAdd} values. */
  public static final class Builder extends EstimateAddBuilder {
    Builder() {}
  }
}
