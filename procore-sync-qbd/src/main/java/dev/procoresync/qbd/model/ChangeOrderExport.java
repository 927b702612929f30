package dev.procoresync.qbd.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * An approved change (a commitment change order, a budget modification or change) that becomes new
 * lines below the existing ones of its QuickBooks transaction.
 *
 * <pre>{@code
 * ChangeOrderExport.builder().number("CCO-1").addLine(line).build();
 * }</pre>
 */
@Value.Immutable
public abstract class ChangeOrderExport {
  ChangeOrderExport() {}

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
   * Returns the change's number, unique within its commitment or budget.
   *
   * @return such as {@code "CCO-1"}
   */
  public abstract String number();

  /**
   * Returns the change's lines (for a budget modification: the "from" code negative, the "to" code
   * positive).
   *
   * @return the lines
   */
  public abstract List<ExportLine> lines();

  /** Builds {@link ChangeOrderExport} values. */
  public static final class Builder extends ChangeOrderExportBuilder {
    Builder() {}
  }
}
