package dev.procoresync.qbd.flow;

import dev.procoresync.core.flow.Mapped;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.validation.Validated;
import dev.procoresync.qbd.mapping.BillMapping;
import dev.procoresync.qbd.mapping.TransactionMapping;
import dev.procoresync.qbd.model.InvoiceExport;
import dev.procoresync.qbd.qbxml.BillAdd;
import dev.procoresync.qbd.qbxml.QbLine;
import dev.procoresync.qbd.qbxml.QbRequestBody;
import dev.procoresync.qbd.qbxml.QbRet;
import dev.procoresync.qbd.qbxml.TxnQuery;
import dev.procoresync.qbd.qbxml.TxnType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Procore subcontractor invoices -> QuickBooks bills linked to their purchase orders ({@link
 * BillMapping}); negative invoices are SKIPPED with the reason.
 *
 * <p>The run reads the purchase orders with their lines and linked transactions: the lines give
 * what each bill line links to, the linked bills tell which invoices QuickBooks already holds
 * (matched by vendor and reference number). QuickBooks links only in an Add, so a bill is never
 * modified: an invoice already billed is UNCHANGED. An invoice whose commitment is not in
 * QuickBooks is SKIPPED (export the commitment first). One run at a time per flow instance.
 *
 * <pre>{@code
 * QbdFlowRun run = InvoicesToBillsFlow.create(qbd).start("bills-1", invoices);
 * }</pre>
 */
public final class InvoicesToBillsFlow {
  /** The flow's name in reports. */
  public static final String FLOW = "qbd-invoices-to-bills";

  private final ExportEngine<InvoiceExport> engine;

  private InvoicesToBillsFlow(QbdConnection conn) {
    this.engine = new ExportEngine<>(conn, new Spec());
  }

  /**
   * Creates the flow.
   *
   * @param conn the Web Connector queue and company
   * @return the flow
   */
  public static InvoicesToBillsFlow create(QbdConnection conn) {
    return new InvoicesToBillsFlow(Objects.requireNonNull(conn, "conn"));
  }

  /**
   * Starts a run: queues the read of QuickBooks' purchase orders with lines and linked bills.
   *
   * @param runId the run's id, unique per run
   * @param invoices the subcontractor invoices
   * @return the run
   * @throws IllegalArgumentException when {@code runId} is blank
   */
  public QbdFlowRun start(String runId, Iterable<InvoiceExport> invoices) {
    return engine.start(
        Objects.requireNonNull(runId, "runId"), Objects.requireNonNull(invoices, "invoices"));
  }

  /**
   * Moves the run on once the Web Connector drained what it queued; does nothing before.
   *
   * @param run the run
   * @return the run, in its next phase
   */
  public QbdFlowRun advance(QbdFlowRun run) {
    return engine.advance(Objects.requireNonNull(run, "run"));
  }

  static String key(String vendor, String ref) {
    return "qbd:bill:" + ExportEngine.lower(vendor) + ":" + ExportEngine.lower(ref);
  }

  private static final class Spec implements ExportSpec<InvoiceExport> {
    private volatile Map<String, QbRet> purchaseOrders = Map.of();

    @Override
    public String flow() {
      return FLOW;
    }

    @Override
    public String noun() {
      return "bill";
    }

    @Override
    public QbRequestBody read(int pageSize) {
      return TxnQuery.builder()
          .type(TxnType.PURCHASE_ORDER)
          .maxReturned(pageSize)
          .includeLineItems(true)
          .includeLinkedTxns(true)
          .build();
    }

    @Override
    public QbRequestBody recheck(List<String> lookups) {
      return TxnQuery.builder().type(TxnType.BILL).refNumbers(lookups).build();
    }

    @Override
    public void context(List<QbRet> read) {
      Map<String, QbRet> pos = new HashMap<>();
      read.forEach(
          po ->
              po.refNumber()
                  .ifPresent(ref -> pos.put(poKey(po.field("VendorRef").orElse(""), ref), po)));
      purchaseOrders = pos;
    }

    private static String poKey(String vendor, String ref) {
      return ExportEngine.lower(vendor) + ":" + ExportEngine.lower(ref);
    }

    @Override
    public List<QbRet> existing(List<QbRet> read) {
      List<QbRet> bills = new ArrayList<>();
      for (QbRet po : read) {
        for (QbLine l : po.lines()) {
          if (l.element().equals("LinkedTxn")
              && l.field("TxnType").filter("Bill"::equals).isPresent()) {
            QbRet.Builder bill = QbRet.builder().element("BillRet").id(l.txnLineId());
            po.field("VendorRef").ifPresent(v -> bill.putField("VendorRef", v));
            l.field("RefNumber").ifPresent(r -> bill.putField("RefNumber", r));
            bills.add(bill.build());
          }
        }
      }
      return bills;
    }

    @Override
    public Optional<String> keyOf(QbRet existing) {
      return existing.refNumber().map(ref -> key(existing.field("VendorRef").orElse(""), ref));
    }

    @Override
    public String lookupOf(QbRet existing) {
      return existing.refNumber().orElse("");
    }

    @Override
    public List<String> compared() {
      return List.of("VendorRef", "RefNumber");
    }

    @Override
    public Mapped<QbWrite> map(InvoiceExport invoice) {
      String fallback = "qbd:bill:procore-invoice-" + invoice.procoreId();
      QbRet po = purchaseOrders.get(poKey(invoice.vendor(), invoice.commitmentNumber()));
      if (po == null) {
        return Mapped.decided(
            fallback,
            RecordOutcome.skipped(
                fallback,
                "po_not_exported",
                "purchase order "
                    + invoice.commitmentNumber()
                    + " of "
                    + invoice.vendor()
                    + " is not in QuickBooks: export the commitment first"));
      }
      Map<String, String> lines = new HashMap<>();
      for (QbLine l : po.lines()) {
        if (l.isOwnLine()) {
          TransactionMapping.tagOf(l.field("Desc").orElse(""))
              .ifPresent(tag -> l.txnLineId().ifPresent(id -> lines.put(tag, id)));
        }
      }
      Validated<BillAdd> bill = BillMapping.toBill(invoice, po.id().orElseThrow(), lines);
      if (!bill.isValid()) {
        return Mapped.decided(fallback, RecordOutcome.skipped(fallback, bill.violations()));
      }
      String ref = bill.value().refNumber().orElseThrow();
      return Mapped.upsert(
          QbWrite.builder()
              .key(key(invoice.vendor(), ref))
              .lookup(ref)
              .add(bill.value())
              .putCompare("VendorRef", invoice.vendor())
              .putCompare("RefNumber", ref)
              .build());
    }

    @Override
    public QbRequestBody toMod(QbWrite write, QbRet existing) {
      throw new IllegalStateException(
          "a bill is never modified: QuickBooks links to purchase orders only in an Add");
    }
  }
}
