package dev.procoresync.qbd.flow;

import dev.procoresync.core.flow.Mapped;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.validation.Validated;
import dev.procoresync.qbd.mapping.TransactionMapping;
import dev.procoresync.qbd.model.BudgetExport;
import dev.procoresync.qbd.qbxml.EstimateAdd;
import dev.procoresync.qbd.qbxml.EstimateLine;
import dev.procoresync.qbd.qbxml.EstimateMod;
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
 * Procore budgets -> QuickBooks estimates ({@link TransactionMapping}); budget modifications and
 * budget changes -> new lines below the existing ones.
 *
 * <p>Estimates are matched by job and reference number. A modification is written as an {@code
 * EstimateMod} that echoes every line QuickBooks holds by its TxnLineID (QuickBooks deletes lines a
 * Mod leaves out) and adds the missing tagged lines with TxnLineID {@code -1}. The job and the
 * items must have been exported first (else 3140, FAILED).
 *
 * <pre>{@code
 * QbdFlowRun run = BudgetsToEstimatesFlow.create(qbd).start("budgets-1", budgets);
 * }</pre>
 */
public final class BudgetsToEstimatesFlow {
  /** The flow's name in reports. */
  public static final String FLOW = "qbd-budgets-to-estimates";

  private static final String LINES = "#lines";

  private final ExportEngine<BudgetExport> engine;

  private BudgetsToEstimatesFlow(QbdConnection conn) {
    this.engine = new ExportEngine<>(conn, new Spec());
  }

  /**
   * Creates the flow.
   *
   * @param conn the Web Connector queue and company
   * @return the flow
   */
  public static BudgetsToEstimatesFlow create(QbdConnection conn) {
    return new BudgetsToEstimatesFlow(Objects.requireNonNull(conn, "conn"));
  }

  /**
   * Starts a run: queues the read of QuickBooks' estimates with their lines.
   *
   * @param runId the run's id, unique per run
   * @param budgets the budgets with their modifications
   * @return the run
   * @throws IllegalArgumentException when {@code runId} is blank
   */
  public QbdFlowRun start(String runId, Iterable<BudgetExport> budgets) {
    return engine.start(
        Objects.requireNonNull(runId, "runId"), Objects.requireNonNull(budgets, "budgets"));
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

  static String key(String job, String ref) {
    return "qbd:estimate:" + ExportEngine.lower(job) + ":" + ExportEngine.lower(ref);
  }

  static TreeMap<String, BigDecimal> heldAmounts(QbRet po) {
    TreeMap<String, BigDecimal> amounts = new TreeMap<>();
    for (QbLine l : po.lines()) {
      TransactionMapping.tagOf(l.field("Desc").orElse(""))
          .ifPresent(tag -> amounts.put(tag, l.amount().orElse(BigDecimal.ZERO)));
    }
    return amounts;
  }

  private static final class Spec implements ExportSpec<BudgetExport> {
    @Override
    public String flow() {
      return FLOW;
    }

    @Override
    public String noun() {
      return "estimate";
    }

    @Override
    public QbRequestBody read(int pageSize) {
      return TxnQuery.builder()
          .type(TxnType.ESTIMATE)
          .maxReturned(pageSize)
          .includeLineItems(true)
          .build();
    }

    @Override
    public QbRequestBody recheck(List<String> lookups) {
      return TxnQuery.builder()
          .type(TxnType.ESTIMATE)
          .refNumbers(lookups)
          .includeLineItems(true)
          .build();
    }

    @Override
    public Optional<String> keyOf(QbRet existing) {
      return existing.refNumber().map(ref -> key(existing.field("CustomerRef").orElse(""), ref));
    }

    @Override
    public String lookupOf(QbRet existing) {
      return existing.refNumber().orElse("");
    }

    @Override
    public List<String> compared() {
      return List.of("CustomerRef", "RefNumber", LINES);
    }

    @Override
    public Optional<String> value(QbRet existing, String path) {
      return path.equals(LINES)
          ? Optional.of(TransactionMapping.signature(heldAmounts(existing)))
          : existing.field(path);
    }

    @Override
    public Mapped<QbWrite> map(BudgetExport c) {
      Validated<EstimateAdd> po = TransactionMapping.toEstimate(c);
      if (!po.isValid()) {
        String key = "qbd:estimate:procore-project-" + c.procoreId();
        return Mapped.decided(key, RecordOutcome.skipped(key, po.violations()));
      }
      EstimateAdd add = po.value();
      String ref = add.refNumber().orElseThrow();
      TreeMap<String, BigDecimal> amounts = new TreeMap<>();
      TransactionMapping.lines(c.lines(), c.modifications())
          .forEach(l -> amounts.put(l.tag(), l.line().amount()));
      return Mapped.upsert(
          QbWrite.builder()
              .key(key(c.job(), ref))
              .lookup(ref)
              .add(add)
              .putCompare("CustomerRef", c.job())
              .putCompare("RefNumber", ref)
              .putCompare(LINES, TransactionMapping.signature(amounts))
              .build());
    }

    @Override
    public QbRequestBody toMod(QbWrite write, QbRet existing) {
      EstimateAdd add = (EstimateAdd) write.add();
      EstimateMod.Builder mod =
          EstimateMod.builder()
              .txnId(existing.id().orElseThrow())
              .editSequence(existing.editSequence().orElseThrow());
      Set<String> held = new HashSet<>();
      for (QbLine l : existing.lines()) {
        if (!l.isOwnLine()) {
          continue;
        }
        l.txnLineId().ifPresent(id -> mod.addLine(EstimateLine.keep(id)));
        TransactionMapping.tagOf(l.field("Desc").orElse("")).ifPresent(held::add);
      }
      for (EstimateLine l : add.lines()) {
        String tag = TransactionMapping.tagOf(l.desc().orElse("")).orElse("");
        if (!held.contains(tag)) {
          mod.addLine(l.toBuilder().txnLineId("-1").build());
        }
      }
      return mod.build();
    }
  }
}
