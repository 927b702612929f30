package dev.procoresync.qbd.flow;

import dev.procoresync.core.flow.Mapped;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.validation.Validated;
import dev.procoresync.qbd.mapping.ItemMapping;
import dev.procoresync.qbd.model.CostCodeExport;
import dev.procoresync.qbd.model.ItemSettings;
import dev.procoresync.qbd.qbxml.ItemServiceAdd;
import dev.procoresync.qbd.qbxml.ItemServiceMod;
import dev.procoresync.qbd.qbxml.ListQuery;
import dev.procoresync.qbd.qbxml.ListType;
import dev.procoresync.qbd.qbxml.QbRequestBody;
import dev.procoresync.qbd.qbxml.QbRet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Procore cost codes -> QuickBooks Service items ({@link ItemMapping}): reads the Service items,
 * adds the missing ones, modifies those whose name, descriptions or accounts differ; codes of
 * custom WBS segments are SKIPPED. Items are matched by name (QuickBooks names are unique), so an
 * item whose Add answer was lost is found, not added twice.
 *
 * <pre>{@code
 * CostCodesToItemsFlow flow = CostCodesToItemsFlow.create(qbd, settings);
 * QbdFlowRun run = flow.start("cc-2024-06-01", codes);
 * // after each Web Connector session:
 * run = flow.advance(run);
 * run.report(); // final once run.isFinal()
 * }</pre>
 */
public final class CostCodesToItemsFlow {
  /** The flow's name in reports. */
  public static final String FLOW = "qbd-cost-codes-to-items";

  private final ExportEngine<CostCodeExport> engine;

  private CostCodesToItemsFlow(QbdConnection conn, ItemSettings settings) {
    this.engine = new ExportEngine<>(conn, new Spec(settings));
  }

  /**
   * Creates the flow.
   *
   * @param conn the Web Connector queue and company
   * @param settings the accounts items are assigned
   * @return the flow
   */
  public static CostCodesToItemsFlow create(QbdConnection conn, ItemSettings settings) {
    return new CostCodesToItemsFlow(
        Objects.requireNonNull(conn, "conn"), Objects.requireNonNull(settings, "settings"));
  }

  /**
   * Starts a run: queues the read of QuickBooks' Service items.
   *
   * @param runId the run's id, unique per run (it names the queue's runs)
   * @param codes the cost codes; read again when the writes are planned
   * @return the run
   * @throws IllegalArgumentException when {@code runId} is blank
   */
  public QbdFlowRun start(String runId, Iterable<CostCodeExport> codes) {
    return engine.start(
        Objects.requireNonNull(runId, "runId"), Objects.requireNonNull(codes, "codes"));
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

  static String key(String name) {
    return "qbd:item:" + ExportEngine.lower(name);
  }

  private static final class Spec implements ExportSpec<CostCodeExport> {
    private final ItemSettings settings;

    Spec(ItemSettings settings) {
      this.settings = settings;
    }

    @Override
    public String flow() {
      return FLOW;
    }

    @Override
    public String noun() {
      return "item";
    }

    @Override
    public QbRequestBody read(int pageSize) {
      return ListQuery.builder().type(ListType.ITEM_SERVICE).maxReturned(pageSize).build();
    }

    @Override
    public QbRequestBody recheck(List<String> lookups) {
      return ListQuery.builder().type(ListType.ITEM).fullNames(lookups).build();
    }

    @Override
    public Optional<String> keyOf(QbRet existing) {
      return existing.fullName().map(CostCodesToItemsFlow::key);
    }

    @Override
    public String lookupOf(QbRet existing) {
      return existing.fullName().orElse("");
    }

    @Override
    public List<String> compared() {
      return List.of(
          "FullName",
          "SalesAndPurchase/SalesDesc",
          "SalesAndPurchase/PurchaseDesc",
          "SalesAndPurchase/IncomeAccountRef",
          "SalesAndPurchase/ExpenseAccountRef");
    }

    @Override
    public Mapped<QbWrite> map(CostCodeExport code) {
      Validated<ItemServiceAdd> item = ItemMapping.toItem(code, settings);
      if (!item.isValid()) {
        String key = "qbd:item:procore-cost-code-" + code.procoreId();
        return Mapped.decided(key, RecordOutcome.skipped(key, item.violations()));
      }
      ItemServiceAdd add = item.value();
      QbWrite.Builder w =
          QbWrite.builder()
              .key(key(add.name()))
              .lookup(add.name())
              .add(add)
              .putCompare("FullName", add.name());
      add.salesDesc().ifPresent(d -> w.putCompare("SalesAndPurchase/SalesDesc", d));
      add.purchaseDesc().ifPresent(d -> w.putCompare("SalesAndPurchase/PurchaseDesc", d));
      w.putCompare("SalesAndPurchase/IncomeAccountRef", settings.incomeAccount());
      w.putCompare("SalesAndPurchase/ExpenseAccountRef", settings.expenseAccount());
      return Mapped.upsert(w.build());
    }

    @Override
    public QbRequestBody toMod(QbWrite write, QbRet existing) {
      ItemServiceAdd add = (ItemServiceAdd) write.add();
      return ItemServiceMod.builder()
          .listId(existing.id().orElseThrow())
          .editSequence(existing.editSequence().orElseThrow())
          .name(add.name())
          .salesDesc(add.salesDesc())
          .incomeAccount(add.incomeAccount())
          .purchaseDesc(add.purchaseDesc())
          .expenseAccount(add.expenseAccount())
          .build();
    }
  }
}
