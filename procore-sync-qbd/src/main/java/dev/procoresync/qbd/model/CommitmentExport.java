package dev.procoresync.qbd.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Procore commitment (purchase order or subcontract) as the QuickBooks export sees it: its number
 * (the PO's reference number), the vendor and the job in QuickBooks, its schedule of values and its
 * approved change orders.
 *
 * <pre>{@code
 * CommitmentExport.builder().procoreId(9L).number("SC-001").vendor("Smith Plumbing").job("Acme Corp:Tower A")
 *     .addLine(line).build();
 * }</pre>
 */
@Value.Immutable
public abstract class CommitmentExport {
  CommitmentExport() {}

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
   * Returns Procore's id of the commitment.
   *
   * @return the id
   */
  public abstract long procoreId();

  /**
   * Returns the commitment's number.
   *
   * @return the number; over 11 characters it is SKIPPED (a PO's reference number holds 11)
   */
  public abstract String number();

  /**
   * Returns the vendor's QuickBooks name.
   *
   * @return the vendor
   */
  public abstract String vendor();

  /**
   * Returns the job's QuickBooks full name.
   *
   * @return such as {@code "Acme Corp:Tower A"}
   */
  public abstract String job();

  /**
   * Returns the commitment's date.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> date();

  /**
   * Returns the schedule of values.
   *
   * @return the lines
   */
  public abstract List<ExportLine> lines();

  /**
   * Returns the approved change orders, oldest first.
   *
   * @return the change orders
   */
  public abstract List<ChangeOrderExport> changeOrders();

  /** Builds {@link CommitmentExport} values. */
  public static final class Builder extends CommitmentExportBuilder {
    Builder() {}
  }
}
