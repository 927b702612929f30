package dev.procoresync.qbd.mapping;

import dev.procoresync.core.model.DirectCostLineItemUpdate;
import dev.procoresync.core.model.DirectCostType;
import dev.procoresync.core.model.DirectCostUpdate;
import dev.procoresync.qbd.qbxml.QbLine;
import dev.procoresync.qbd.qbxml.QbRet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * QuickBooks cost transactions -> Procore direct costs, the pure half of the costs import
 * (decisions 0406 and 0412): a bill ({@code BillRet}) becomes an {@code invoice}, a check ({@code
 * CheckRet}) or a credit card charge ({@code CreditCardChargeRet}) an {@code expense}. One
 * transaction becomes one direct cost per job its lines are costed to ({@code CustomerRef}), one
 * line item per QuickBooks line, amounts as they are (negative lines kept). The origin id is {@code
 * qbd:<bill|check|credit_card_charge>:<TxnID>:<job ListID>}, each line's {@code
 * <that>:<TxnLineID>}.
 *
 * <pre>{@code
 * Map<String, List<QbLine>> byJob = CostImportMapping.linesByJob(billRet);
 * DirectCostUpdate cost = CostImportMapping.toDirectCost(billRet, jobId, byJob.get(jobId), vendorId,
 *     lineCostCodes, lineItemTypeId);
 * }</pre>
 */
public final class CostImportMapping {
  private CostImportMapping() {}

  /**
   * Returns the origin id's entity of a cost transaction.
   *
   * @param txn a record QuickBooks answered
   * @return {@code "bill"}, {@code "check"} or {@code "credit_card_charge"}; empty for any other
   *     record
   */
  public static Optional<String> entity(QbRet txn) {
    return switch (txn.element()) {
      case "BillRet" -> Optional.of("bill");
      case "CheckRet" -> Optional.of("check");
      case "CreditCardChargeRet" -> Optional.of("credit_card_charge");
      default -> Optional.empty();
    };
  }

  /**
   * Returns the Procore direct cost type of a cost transaction.
   *
   * @param txn a bill, check or credit card charge
   * @return {@code INVOICE} for a bill, {@code EXPENSE} otherwise
   */
  public static DirectCostType type(QbRet txn) {
    return txn.element().equals("BillRet") ? DirectCostType.INVOICE : DirectCostType.EXPENSE;
  }

  /**
   * Returns the origin id of the direct cost one transaction becomes in one job.
   *
   * @param txn a bill, check or credit card charge with a TxnID
   * @param jobListId the ListID of the job (customer) its lines are costed to
   * @return such as {@code qbd:bill:1A-1717243200:80000002-1717243200}
   * @throws IllegalArgumentException when {@code txn} is no cost transaction or has no TxnID
   */
  public static String originId(QbRet txn, String jobListId) {
    String entity =
        entity(txn)
            .orElseThrow(
                () -> new IllegalArgumentException("not a cost transaction: " + txn.element()));
    String id =
        txn.id().orElseThrow(() -> new IllegalArgumentException(txn.element() + " has no TxnID"));
    return "qbd:" + entity + ":" + id + ":" + Objects.requireNonNull(jobListId, "jobListId");
  }

  /**
   * Returns the TxnIDs of the purchase orders that came from Procore commitments: those with a line
   * whose description carries the export's tag ({@code [SOV 1]}, {@code [CCO-1/2]}, decision 0407).
   *
   * @param purchaseOrders {@code PurchaseOrderRet} records read with their lines
   * @return the TxnIDs
   */
  public static Set<String> procorePurchaseOrders(Collection<QbRet> purchaseOrders) {
    Set<String> out = new HashSet<>();
    for (QbRet po : purchaseOrders) {
      boolean tagged =
          po.lines().stream()
              .filter(QbLine::isOwnLine)
              .anyMatch(l -> l.field("Desc").flatMap(TransactionMapping::tagOf).isPresent());
      if (tagged) {
        po.id().ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * Returns the purchase orders a bill is linked to, from its {@code LinkedTxn} records and from
   * lines that carry one.
   *
   * @param bill a {@code BillRet} read with linked transactions and lines
   * @return the purchase orders' TxnIDs
   */
  public static Set<String> linkedPurchaseOrders(QbRet bill) {
    Set<String> out = new HashSet<>();
    for (QbLine l : bill.lines()) {
      if (l.element().equals("LinkedTxn")) {
        if (l.field("TxnType").map("PurchaseOrder"::equals).orElse(false)) {
          l.field("TxnID").ifPresent(out::add);
        }
      } else {
        l.field("LinkedTxn/TxnID").ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * Groups a transaction's own lines by the job they are costed to; lines costed to no job are left
   * out (they are overhead, not job cost).
   *
   * @param txn a bill, check or credit card charge read with its lines
   * @return lines by the job's ListID, in document order
   */
  public static Map<String, List<QbLine>> linesByJob(QbRet txn) {
    Map<String, List<QbLine>> out = new LinkedHashMap<>();
    for (QbLine l : txn.lines()) {
      if (!l.isOwnLine()) {
        continue;
      }
      Optional<String> job = l.field("CustomerRef/ListID").filter(s -> !s.isBlank());
      job.ifPresent(j -> out.computeIfAbsent(j, k -> new ArrayList<>()).add(l));
    }
    return out;
  }

  /**
   * Returns the ListID of the vendor a transaction pays ({@code VendorRef} of a bill, {@code
   * PayeeEntityRef} of a check or charge).
   *
   * @param txn the transaction
   * @return the ListID, or empty
   */
  public static Optional<String> payeeListId(QbRet txn) {
    return txn.field("VendorRef/ListID").or(() -> txn.field("PayeeEntityRef/ListID"));
  }

  /**
   * Returns the full name of the vendor a transaction pays.
   *
   * @param txn the transaction
   * @return the name, or empty
   */
  public static Optional<String> payeeName(QbRet txn) {
    return txn.field("VendorRef").or(() -> txn.field("PayeeEntityRef"));
  }

  /**
   * Returns the invoice number of a direct cost: the transaction's reference number, else its TxnID
   * (an {@code invoice} direct cost needs one).
   *
   * @param txn the transaction
   * @return the number
   */
  public static String invoiceNumber(QbRet txn) {
    return txn.refNumber().filter(s -> !s.isBlank()).or(txn::id).orElse("");
  }

  /**
   * Returns the item (cost code) name a line names, if any.
   *
   * @param line a transaction line
   * @return the item's full name, or empty for an expense line
   */
  public static Optional<String> itemName(QbLine line) {
    return line.field("ItemRef").filter(s -> !s.isBlank());
  }

  /**
   * Maps one transaction's lines in one job to the direct cost it becomes (no {@code id}: the flow
   * adds it for a direct cost Procore holds).
   *
   * @param txn a bill, check or credit card charge
   * @param jobListId the job's ListID
   * @param lines its lines in that job ({@link #linesByJob})
   * @param vendorId the Procore company of its payee
   * @param costCodeIds the Procore cost code of each line, in the order of {@code lines}
   * @param lineItemTypeId the Procore cost type of every line
   * @return the direct cost with its lines
   * @throws IllegalArgumentException when {@code costCodeIds} and {@code lines} differ in size
   */
  public static DirectCostUpdate toDirectCost(
      QbRet txn,
      String jobListId,
      List<QbLine> lines,
      long vendorId,
      List<Long> costCodeIds,
      long lineItemTypeId) {
    if (lines.size() != costCodeIds.size()) {
      throw new IllegalArgumentException(
          "costCodeIds must have one id per line ("
              + lines.size()
              + " lines, "
              + costCodeIds.size()
              + " ids)");
    }
    String origin = originId(txn, jobListId);
    DirectCostUpdate.Builder b =
        DirectCostUpdate.builder()
            .directCostType(type(txn))
            .vendorId(vendorId)
            .invoiceNumber(invoiceNumber(txn))
            .originId(origin)
            .originData(originData(txn));
    date(txn.field("TxnDate")).ifPresent(b::directCostDate);
    txn.field("Memo").filter(s -> !s.isBlank()).ifPresent(b::description);
    for (int i = 0; i < lines.size(); i++) {
      QbLine l = lines.get(i);
      String lineId = l.txnLineId().orElse(Integer.toString(i + 1));
      DirectCostLineItemUpdate.Builder line =
          DirectCostLineItemUpdate.builder()
              .amount(
                  l.amount().orElse(BigDecimal.ZERO).setScale(2, java.math.RoundingMode.HALF_UP))
              .costCodeId(costCodeIds.get(i))
              .lineItemTypeId(lineItemTypeId)
              .position((long) i + 1)
              .originId(origin + ":" + lineId);
      lineDescription(l).ifPresent(line::description);
      b.addLineItems(line.build());
    }
    return b.build();
  }

  /**
   * Returns what users see of the QuickBooks transaction in Procore's {@code origin_data}.
   *
   * @param txn the transaction
   * @return such as {@code "QuickBooks Bill INV-7 (1A-1717243200)"}
   */
  public static String originData(QbRet txn) {
    String kind =
        switch (txn.element()) {
          case "BillRet" -> "Bill";
          case "CheckRet" -> "Check";
          default -> "Credit card charge";
        };
    String ref = txn.refNumber().filter(s -> !s.isBlank()).map(r -> " " + r).orElse("");
    return "QuickBooks " + kind + ref + " (" + txn.id().orElse("?") + ")";
  }

  private static Optional<String> lineDescription(QbLine l) {
    return l.field("Desc")
        .or(() -> l.field("Memo"))
        .or(() -> l.field("ItemRef"))
        .or(() -> l.field("AccountRef"))
        .filter(s -> !s.isBlank());
  }

  private static Optional<LocalDate> date(Optional<String> text) {
    try {
      return text.map(String::trim).map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
