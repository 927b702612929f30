package dev.procoresync.qbd.model;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One line a transaction export writes: the cost code (the QuickBooks item of that name, see {@link
 * dev.procoresync.qbd.mapping.ItemMapping#itemName}), a description and an amount.
 *
 * <pre>{@code
 * ExportLine.builder().costCode("15-400").description("Rough-in").amount(new BigDecimal("12000")).build();
 * }</pre>
 */
@Value.Immutable
public abstract class ExportLine {
  ExportLine() {}

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
   * Returns the cost code.
   *
   * @return the full code, such as {@code "15-400"}
   */
  public abstract String costCode();

  /**
   * Returns the description.
   *
   * @return the description, possibly empty
   */
  @Value.Default
  public String description() {
    return "";
  }

  /**
   * Returns the amount.
   *
   * @return the amount, any sign
   */
  public abstract BigDecimal amount();

  /** Builds {@link ExportLine} values. */
  public static final class Builder extends ExportLineBuilder {
    Builder() {}
  }
}
