package dev.procoresync.qbd.flow;

import dev.procoresync.core.flow.Mapped;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.validation.Validated;
import dev.procoresync.qbd.mapping.TransactionMapping;
import dev.procoresync.qbd.model.CommitmentExport;
import dev.procoresync.qbd.qbxml.PurchaseOrderAdd;
import dev.procoresync.qbd.qbxml.PurchaseOrderLine;
import dev.procoresync.qbd.qbxml.PurchaseOrderMod;
import dev.procoresync.qbd.qbxml.QbLine;
import dev.procoresync.qbd.qbxml.QbRequestBody;
import dev.procoresync.qbd.qbxml.QbRet;
import dev.procoresync.qbd.qbxml.TxnQuery;
import dev.procoresync.qbd.qbxml.TxnType;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Procore commitments (purchase orders and subcontracts) -> QuickBooks purchase orders ({@link
 * TransactionMapping}); approved commitment change orders -> new lines below the existing ones.
 *
 * <p>Purchase orders are matched by vendor and reference number (the commitment's number). A change
 * is written as a {@code PurchaseOrderMod} that echoes every line QuickBooks holds by its TxnLineID
 * (QuickBooks deletes lines a Mod leaves out) and adds the missing tagged lines with TxnLineID
 * {@code -1}. Vendor, job and items must have been exported first (else 3140, FAILED).
 *
 * <pre>{@code
 * QbdFlowRun run = CommitmentsToPurchaseOrdersFlow.create(qbd).start("po-1", commitments);
 * }</pre>
 */
public final class CommitmentsToPurchaseOrdersFlow {
  /** The flow's name in reports. */
  public static final String FLOW = "qbd-commitments-to-purchase-orders";

  private static final String LINES = "#lines";

  private final ExportEngine<CommitmentExport> engine;

  private CommitmentsToPurchaseOrdersFlow(QbdConnection conn) {
    this.engine = new ExportEngine<>(conn, new Spec());
  }

  /**
   * Creates the flow.
   *
   * @param conn the Web Connector queue and company
   * @return the flow
   */
  public static CommitmentsToPurchaseOrdersFlow create(QbdConnection conn) {
    return new CommitmentsToPurchaseOrdersFlow(Objects.requireNonNull(conn, "conn"));
  }

  /**
   * Starts a run: queues the read of QuickBooks' purchase orders with their lines.
   *
   * @param runId the run's id, unique per run
   * @param commitments the commitments with their approved change orders
   * @return the run
   * @throws IllegalArgumentException when {@code runId} is blank
   */
  public QbdFlowRun start(String runId, Iterable<CommitmentExport> commitments) {
    return engine.start(
        Objects.requireNonNull(runId, "runId"), Objects.requireNonNull(commitments, "commitments"));
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
    return "qbd:purchase_order:" + ExportEngine.lower(vendor) + ":" + ExportEngine.lower(ref);
  }

  static TreeMap<String, BigDecimal> heldAmounts(QbRet po) {
    TreeMap<String, BigDecimal> amounts = new TreeMap<>();
    for (QbLine l : po.lines()) {
      TransactionMapping.tagOf(l.field("Desc").orElse(""))
          .ifPresent(tag -> amounts.put(tag, l.amount().orElse(BigDecimal.ZERO)));
    }
    return amounts;
  }

  private static final class Spec implements ExportSpec<CommitmentExport> {
    @Override
    public String flow() {
      return FLOW;
    }

    @Override
    public String noun() {
      return "purchase order";
    }

    @Override
    public QbRequestBody read(int pageSize) {
      return TxnQuery.builder()
          .type(TxnType.PURCHASE_ORDER)
          .maxReturned(pageSize)
          .includeLineItems(true)
          .build();
    }

    @Override
    public QbRequestBody recheck(List<String> lookups) {
      return TxnQuery.builder()
          .type(TxnType.PURCHASE_ORDER)
          .refNumbers(lookups)
          .includeLineItems(true)
          .build();
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
      return List.of("VendorRef", "RefNumber", LINES);
    }

    @Override
    public Optional<String> value(QbRet existing, String path) {
      return path.equals(LINES)
          ? Optional.of(TransactionMapping.signature(heldAmounts(existing)))
          : existing.field(path);
    }

    @Override
    public Mapped<QbWrite> map(CommitmentExport c) {
      Validated<PurchaseOrderAdd> po = TransactionMapping.toPurchaseOrder(c);
      if (!po.isValid()) {
        String key = "qbd:purchase_order:procore-commitment-" + c.procoreId();
        return Mapped.decided(key, RecordOutcome.skipped(key, po.violations()));
      }
      PurchaseOrderAdd add = po.value();
      String ref = add.refNumber().orElseThrow();
      TreeMap<String, BigDecimal> amounts = new TreeMap<>();
      TransactionMapping.lines(c).forEach(l -> amounts.put(l.tag(), l.line().amount()));
      return Mapped.upsert(
          QbWrite.builder()
              .key(key(c.vendor(), ref))
              .lookup(ref)
              .add(add)
              .putCompare("VendorRef", c.vendor())
              .putCompare("RefNumber", ref)
              .putCompare(LINES, TransactionMapping.signature(amounts))
              .build());
    }

    @Override
    public QbRequestBody toMod(QbWrite write, QbRet existing) {
      PurchaseOrderAdd add = (PurchaseOrderAdd) write.add();
      PurchaseOrderMod.Builder mod =
          PurchaseOrderMod.builder()
              .txnId(existing.id().orElseThrow())
              .editSequence(existing.editSequence().orElseThrow());
      Set<String> held = new HashSet<>();
      for (QbLine l : existing.lines()) {
        if (!l.isOwnLine()) {
          continue;
        }
        l.txnLineId().ifPresent(id -> mod.addLine(PurchaseOrderLine.keep(id)));
        TransactionMapping.tagOf(l.field("Desc").orElse("")).ifPresent(held::add);
      }
      for (PurchaseOrderLine l : add.lines()) {
        String tag = TransactionMapping.tagOf(l.desc().orElse("")).orElse("");
        if (!held.contains(tag)) {
          mod.addLine(l.toBuilder().txnLineId("-1").build());
        }
      }
      return mod.build();
    }
  }
}
