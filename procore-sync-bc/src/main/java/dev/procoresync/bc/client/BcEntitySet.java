package dev.procoresync.bc.client;

import dev.procoresync.bc.model.BcAccountingPeriod;
import dev.procoresync.bc.model.BcChangeOrder;
import dev.procoresync.bc.model.BcChangeOrderLine;
import dev.procoresync.bc.model.BcCrewTimeSheetLine;
import dev.procoresync.bc.model.BcJobJournalLine;
import dev.procoresync.bc.model.BcJobTask;
import dev.procoresync.bc.model.BcPlanningLine;
import dev.procoresync.bc.model.BcPostedPurchaseInvoice;
import dev.procoresync.bc.model.BcProject;
import dev.procoresync.bc.model.BcPurchaseOrder;
import dev.procoresync.bc.model.BcResource;
import dev.procoresync.bc.model.BcSegmentCode;
import java.util.List;
import java.util.Objects;

/**
 * One entity set the client reads and writes: its API route, its contract name (renamed through
 * {@link BcCustomPages} for a partner's pages), the record type, and the parts ({@code $expand}) it
 * is read with.
 *
 * <pre>{@code
 * for (BcJobTask t : client.list(BcEntitySet.JOB_TASKS, ODataQuery.all())) { ... }
 * }</pre>
 *
 * @param <T> the record type
 */
public final class BcEntitySet<T> {
  /** Projects with ProjectPro's fields (custom page {@code projects}). */
  public static final BcEntitySet<BcProject> PROJECTS =
      custom("projects", BcProject.class, List.of());

  /** Segment codes (custom page {@code segmentCodes}). */
  public static final BcEntitySet<BcSegmentCode> SEGMENT_CODES =
      custom("segmentCodes", BcSegmentCode.class, List.of());

  /** Job tasks (custom page {@code jobTasks}). */
  public static final BcEntitySet<BcJobTask> JOB_TASKS =
      custom("jobTasks", BcJobTask.class, List.of());

  /** Job planning lines (custom page {@code jobPlanningLines}). */
  public static final BcEntitySet<BcPlanningLine> JOB_PLANNING_LINES =
      custom("jobPlanningLines", BcPlanningLine.class, List.of());

  /** Purchase orders with job fields, lines expanded (custom page {@code purchaseOrders}). */
  public static final BcEntitySet<BcPurchaseOrder> PURCHASE_ORDERS =
      custom("purchaseOrders", BcPurchaseOrder.class, List.of("purchaseOrderLines"));

  /** Posted purchase invoices, lines expanded (custom page {@code postedPurchaseInvoices}). */
  public static final BcEntitySet<BcPostedPurchaseInvoice> POSTED_PURCHASE_INVOICES =
      custom(
          "postedPurchaseInvoices",
          BcPostedPurchaseInvoice.class,
          List.of("postedPurchaseInvoiceLines"));

  /** Posted project journal lines, as job ledger entries (custom page {@code jobLedgerEntries}). */
  public static final BcEntitySet<BcJobJournalLine> JOB_LEDGER_ENTRIES =
      custom("jobLedgerEntries", BcJobJournalLine.class, List.of());

  /** Change order headers (custom page {@code changeOrders}). */
  public static final BcEntitySet<BcChangeOrder> CHANGE_ORDERS =
      custom("changeOrders", BcChangeOrder.class, List.of());

  /** Change order lines (custom page {@code changeOrderLines}). */
  public static final BcEntitySet<BcChangeOrderLine> CHANGE_ORDER_LINES =
      custom("changeOrderLines", BcChangeOrderLine.class, List.of());

  /** Resources with "Use Crew Time Sheet" (custom page {@code resources}). */
  public static final BcEntitySet<BcResource> RESOURCES =
      custom("resources", BcResource.class, List.of());

  /** Accounting periods (custom page {@code accountingPeriods}). */
  public static final BcEntitySet<BcAccountingPeriod> ACCOUNTING_PERIODS =
      custom("accountingPeriods", BcAccountingPeriod.class, List.of());

  /** The crew time sheet buffer (custom page {@code crewTimeSheetEntries}). */
  public static final BcEntitySet<BcCrewTimeSheetLine> CREW_TIME_SHEET_ENTRIES =
      custom("crewTimeSheetEntries", BcCrewTimeSheetLine.class, List.of());

  private final BcApi api;
  private final String name;
  private final Class<T> type;
  private final List<String> parts;

  private BcEntitySet(BcApi api, String name, Class<T> type, List<String> parts) {
    this.api = api;
    this.name = name;
    this.type = type;
    this.parts = List.copyOf(parts);
  }

  /**
   * Describes an entity set of a custom API page.
   *
   * @param name the contract's entity-set name
   * @param type the record type (a Jackson-readable type)
   * @param parts the parts to expand when reading
   * @param <T> the record type
   * @return the entity set
   */
  public static <T> BcEntitySet<T> custom(String name, Class<T> type, List<String> parts) {
    return new BcEntitySet<>(
        BcApi.CUSTOM,
        Objects.requireNonNull(name, "name"),
        Objects.requireNonNull(type, "type"),
        Objects.requireNonNull(parts, "parts"));
  }

  /**
   * Describes an entity set of the standard {@code api/v2.0}.
   *
   * @param name the entity-set name, such as {@code vendors}
   * @param type the record type
   * @param <T> the record type
   * @return the entity set
   */
  public static <T> BcEntitySet<T> standard(String name, Class<T> type) {
    return new BcEntitySet<>(
        BcApi.STANDARD,
        Objects.requireNonNull(name, "name"),
        Objects.requireNonNull(type, "type"),
        List.of());
  }

  /**
   * Returns the API route the set lives on.
   *
   * @return the API
   */
  public BcApi api() {
    return api;
  }

  /**
   * Returns the contract's name of the set.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the record type.
   *
   * @return the type
   */
  public Class<T> type() {
    return type;
  }

  /**
   * Returns the parts expanded when reading.
   *
   * @return the parts
   */
  public List<String> parts() {
    return parts;
  }

  @Override
  public String toString() {
    return api + ":" + name;
  }
}
