package dev.procoresync.qbd.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Procore project budget as the QuickBooks export sees it: the estimate's reference number, the
 * job, the original budget amount per cost code, and the budget modifications or budget changes
 * (each a change whose "from" line is negative and "to" line positive).
 *
 * <pre>{@code
 * BudgetExport.builder().procoreId(3L).number("B-1001").job("Acme Corp:Tower A").addLine(line).build();
 * }</pre>
 */
@Value.Immutable
public abstract class BudgetExport {
  BudgetExport() {}

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
   * Returns Procore's id of the project whose budget this is.
   *
   * @return the id
   */
  public abstract long procoreId();

  /**
   * Returns the estimate's reference number.
   *
   * @return the number; over 11 characters it is SKIPPED (an estimate's reference number holds 11)
   */
  public abstract String number();

  /**
   * Returns the job's QuickBooks full name.
   *
   * @return such as {@code "Acme Corp:Tower A"}
   */
  public abstract String job();

  /**
   * Returns the estimate's date.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> date();

  /**
   * Returns the original budget: one line per budget line (cost code, description, amount).
   *
   * @return the lines
   */
  public abstract List<ExportLine> lines();

  /**
   * Returns the budget modifications and approved budget changes, oldest first.
   *
   * @return the modifications
   */
  public abstract List<ChangeOrderExport> modifications();

  /** Builds {@link BudgetExport} values. */
  public static final class Builder extends BudgetExportBuilder {
    Builder() {}
  }
}
