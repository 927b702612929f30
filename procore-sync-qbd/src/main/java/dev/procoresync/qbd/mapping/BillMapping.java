package dev.procoresync.qbd.mapping;

import dev.procoresync.core.validation.Validated;
import dev.procoresync.core.validation.Violation;
import dev.procoresync.qbd.model.InvoiceExport;
import dev.procoresync.qbd.qbxml.BillAdd;
import dev.procoresync.qbd.qbxml.BillLine;
import dev.procoresync.qbd.qbxml.QbRef;
import dev.procoresync.qbd.qbxml.QbText;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Procore subcontractor invoice -> QuickBooks bill linked to its purchase order, as Procore's
 * connector maps it: the vendor, the invoice number as reference number, and one item line per
 * billed schedule-of-values line, linked to that PO line ({@code LinkToTxn}: QuickBooks takes the
 * item from it), job-costed to the project's job. Invoices with a negative total do not sync (seed
 * note 3): they are refused with a violation, as are zero-total invoices and invoices whose lines
 * the purchase order does not have.
 *
 * <pre>{@code
 * BillMapping.toBill(invoice, poTxnId, Map.of("SOV 1", "3C4F-1714600000"));
 * }</pre>
 */
public final class BillMapping {
  /** The longest reference number of a bill. */
  public static final int MAX_REF_NUMBER = 20;

  private BillMapping() {}

  /**
   * Maps an invoice.
   *
   * @param invoice the invoice
   * @param poTxnId the TxnID of the purchase order it bills
   * @param poLines the purchase order's TxnLineID per line tag ({@code "SOV 1"} ...)
   * @return the bill Add, or a violation ({@code negative_invoice}, {@code zero_invoice}, {@code
   *     ref_number_too_long}, {@code line_not_on_po})
   */
  public static Validated<BillAdd> toBill(
      InvoiceExport invoice, String poTxnId, Map<String, String> poLines) {
    if (invoice.total().signum() < 0) {
      return Validated.invalid(
          Violation.of(
              "negative_invoice",
              "total",
              invoice.total(),
              "subcontractor invoices with negative values do not sync to QuickBooks Desktop"));
    }
    if (invoice.total().signum() == 0) {
      return Validated.invalid(
          Violation.of("zero_invoice", "total", invoice.total(), "the invoice bills nothing"));
    }
    String ref = QbText.reduce(invoice.number()).trim();
    if (ref.isEmpty() || ref.length() > MAX_REF_NUMBER) {
      return Validated.invalid(
          Violation.of(
              "ref_number_too_long",
              "number",
              invoice.number(),
              "a bill's reference number holds 1 to 20 characters"));
    }
    BillAdd.Builder b =
        BillAdd.builder()
            .vendor(QbRef.fullName(invoice.vendor()))
            .refNumber(ref)
            .txnDate(invoice.date());
    for (int i = 0; i < invoice.lines().size(); i++) {
      BigDecimal amount = invoice.lines().get(i);
      if (amount.signum() == 0) {
        continue;
      }
      String tag = "SOV " + (i + 1);
      String lineId = poLines.get(tag);
      if (lineId == null) {
        return Validated.invalid(
            Violation.of(
                "line_not_on_po",
                "lines[" + i + "]",
                amount,
                "purchase order "
                    + invoice.commitmentNumber()
                    + " has no line "
                    + tag
                    + " to bill"));
      }
      b.addLine(
          BillLine.builder()
              .desc(QbText.fit("[" + tag + "] " + invoice.number(), 4095))
              .amount(amount)
              .customer(QbRef.fullName(invoice.job()))
              .linkTxnId(poTxnId)
              .linkTxnLineId(lineId)
              .build());
    }
    return Validated.valid(b.build());
  }
}
