package dev.procoresync.qbd.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Procore subcontractor invoice (requisition) as the QuickBooks export sees it: the invoice
 * number (the bill's reference number), the commitment it bills (its number and vendor, i.e. the
 * QuickBooks purchase order), the job, and the amount billed this period per schedule-of-values
 * line, in the commitment's order ({@code lines().get(i)} bills line {@code SOV i+1}).
 *
 * <pre>{@code
 * InvoiceExport.builder().procoreId(301L).number("PAY-APP-1").commitmentNumber("SC-001").vendor("Smith Plumbing")
 *     .job("Acme Corp:Tower A").addLine(new BigDecimal("6000")).addLine(BigDecimal.ZERO).build();
 * }</pre>
 */
@Value.Immutable
public abstract class InvoiceExport {
  InvoiceExport() {}

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
   * Returns Procore's id of the invoice.
   *
   * @return the id
   */
  public abstract long procoreId();

  /**
   * Returns the invoice number.
   *
   * @return the number; over 20 characters it is SKIPPED (a bill's reference number holds 20)
   */
  public abstract String number();

  /**
   * Returns the number of the commitment billed (the purchase order's reference number).
   *
   * @return the commitment number
   */
  public abstract String commitmentNumber();

  /**
   * Returns the vendor's QuickBooks name.
   *
   * @return the vendor
   */
  public abstract String vendor();

  /**
   * Returns the job's QuickBooks full name.
   *
   * @return the job
   */
  public abstract String job();

  /**
   * Returns the invoice date.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> date();

  /**
   * Returns the amount billed this period per schedule-of-values line, in the commitment's order.
   *
   * @return the amounts; zero lines are left out of the bill
   */
  public abstract List<BigDecimal> lines();

  /**
   * Returns the invoice's total.
   *
   * @return the sum of the lines
   */
  public BigDecimal total() {
    return lines().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Builds {@link InvoiceExport} values. */
  public static final class Builder extends InvoiceExportBuilder {
    Builder() {}
  }
}
