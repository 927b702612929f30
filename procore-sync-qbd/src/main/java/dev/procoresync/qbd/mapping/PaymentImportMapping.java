package dev.procoresync.qbd.mapping;

import dev.procoresync.core.model.ContractPaymentUpdate;
import dev.procoresync.qbd.qbxml.QbLine;
import dev.procoresync.qbd.qbxml.QbRet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * QuickBooks bill payments -> Procore commitment payments, the pure half of the bill payment import
 * (decision 0413): each application of a {@code BillPaymentCheckRet} or {@code
 * BillPaymentCreditCardRet} to a bill ({@code AppliedToTxnRet}) is one payment on the commitment
 * the bill's purchase order came from, for the amount applied, dated as the payment, with the check
 * number and the bill's reference number (the Procore invoice number). Origin id {@code
 * qbd:bill_payment:<payment TxnID>:<bill TxnID>}.
 *
 * <pre>{@code
 * for (QbLine applied : PaymentImportMapping.applications(paymentRet)) {
 *   ContractPaymentUpdate p = PaymentImportMapping.toPayment(paymentRet, applied);
 * }
 * }</pre>
 */
public final class PaymentImportMapping {
  private PaymentImportMapping() {}

  /**
   * Tells whether a record is a bill payment.
   *
   * @param ret a record QuickBooks answered
   * @return {@code true} for {@code BillPaymentCheckRet} and {@code BillPaymentCreditCardRet}
   */
  public static boolean isBillPayment(QbRet ret) {
    return ret.element().equals("BillPaymentCheckRet")
        || ret.element().equals("BillPaymentCreditCardRet");
  }

  /**
   * Returns a payment's applications to bills.
   *
   * @param payment a bill payment read with its lines
   * @return the {@code AppliedToTxnRet} records, possibly none
   */
  public static List<QbLine> applications(QbRet payment) {
    return payment.lines().stream().filter(l -> l.element().equals("AppliedToTxnRet")).toList();
  }

  /**
   * Returns the origin id of the Procore payment one application becomes.
   *
   * @param payment the bill payment
   * @param billTxnId the bill it pays
   * @return {@code qbd:bill_payment:<payment TxnID>:<bill TxnID>}
   */
  public static String originId(QbRet payment, String billTxnId) {
    return "qbd:bill_payment:" + payment.id().orElse("?") + ":" + billTxnId;
  }

  /**
   * Maps one application to the Procore payment it becomes.
   *
   * @param payment the bill payment
   * @param applied one of its {@code AppliedToTxnRet}
   * @return the payment to write
   */
  public static ContractPaymentUpdate toPayment(QbRet payment, QbLine applied) {
    String bill = applied.field("TxnID").orElse("?");
    ContractPaymentUpdate.Builder b =
        ContractPaymentUpdate.builder()
            .amount(applied.amount().orElse(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP))
            .originId(originId(payment, bill))
            .originData(
                "QuickBooks "
                    + (payment.element().equals("BillPaymentCheckRet")
                        ? "bill payment by check"
                        : "bill payment by credit card")
                    + " ("
                    + payment.id().orElse("?")
                    + ")");
    payment.refNumber().filter(s -> !s.isBlank()).ifPresent(b::checkNumber);
    applied.field("RefNumber").filter(s -> !s.isBlank()).ifPresent(b::invoiceNumber);
    payment.field("Memo").filter(s -> !s.isBlank()).ifPresent(b::notes);
    date(payment.field("TxnDate")).ifPresent(b::date);
    return b.build();
  }

  private static Optional<LocalDate> date(Optional<String> text) {
    try {
      return text.map(String::trim).map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
