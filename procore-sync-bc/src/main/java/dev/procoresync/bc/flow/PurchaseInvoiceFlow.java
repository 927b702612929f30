package dev.procoresync.bc.flow;

import dev.procoresync.bc.client.BcClient;
import dev.procoresync.bc.client.BcEntitySet;
import dev.procoresync.bc.client.ODataQuery;
import dev.procoresync.bc.mapping.BudgetCodeIndex;
import dev.procoresync.bc.mapping.DirectCostDraft;
import dev.procoresync.bc.mapping.ProjectLinks;
import dev.procoresync.bc.mapping.PurchaseInvoiceRules;
import dev.procoresync.bc.mapping.VendorLinks;
import dev.procoresync.bc.model.BcPostedPurchaseInvoice;
import dev.procoresync.bc.model.BcPurchaseOrder;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.flow.Mapped;
import dev.procoresync.core.flow.RecordMapper;
import dev.procoresync.core.flow.UpsertTarget;
import dev.procoresync.core.flow.UpsertTemplate;
import dev.procoresync.core.mapping.budgetcode.BudgetCodeFormat;
import dev.procoresync.core.mapping.budgetcode.BudgetCodeSplitter;
import dev.procoresync.core.model.PurchaseOrderContract;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.core.validation.Validated;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Flow 3 of the guide, "Posted Purchase Invoice": each posted purchase invoice of a purchase order
 * becomes a Procore direct cost of type {@code invoice} (the guide's "Commitment Invoice (Direct
 * Cost)", decision 0213) in the order's project, with the vendor's invoice number, the order's
 * vendor, one line item per posted line on its budget code, and the commitment from flow 2 named in
 * {@code origin_data}. While the order has no Procore commitment id the invoice is SKIPPED with
 * "purchase order {No.} has no Procore commitment id yet"; the next run after flow 2 has written
 * the commitment picks it up. Rules: {@link PurchaseInvoiceRules}. Keys: {@code
 * bc:posted_purchase_invoice:{No.}}; written with Procore's direct cost {@code sync}; a rerun with
 * nothing changed writes nothing. {@link #withTarget} makes subcontractor invoices (requisitions)
 * on the commitment instead ({@link PurchaseInvoiceTarget#REQUISITION}, decision 0231).
 *
 * <pre>{@code
 * SyncReport r = PurchaseInvoiceFlow.create(bc, procore.forCompany(7), Clock.systemUTC())
 *     .run(RunOptions.defaults());
 * }</pre>
 */
public final class PurchaseInvoiceFlow {
  /** The flow's name in reports. */
  public static final String NAME = "bc-posted-purchase-invoices";

  private static final String ORDER_PREFIX = "bc:purchase_order:";

  private final @Nullable BcClient bc;
  private final CompanyClient procore;
  private final Clock clock;
  private final BudgetCodeFormat format;
  private final int windowSize;
  private final PurchaseInvoiceTarget target;

  private PurchaseInvoiceFlow(
      @Nullable BcClient bc,
      CompanyClient procore,
      Clock clock,
      BudgetCodeFormat format,
      int windowSize,
      PurchaseInvoiceTarget target) {
    this.bc = bc;
    this.procore = procore;
    this.clock = clock;
    this.format = format;
    this.windowSize = windowSize;
    this.target = target;
  }

  /**
   * Creates the flow between a Business Central company and a Procore company.
   *
   * @param bc the Business Central client (reads projects, orders and posted invoices)
   * @param procore the Procore company
   * @param clock stamps the reports
   * @return the flow
   * @throws NullPointerException when an argument is null
   */
  public static PurchaseInvoiceFlow create(BcClient bc, CompanyClient procore, Clock clock) {
    return new PurchaseInvoiceFlow(
        Objects.requireNonNull(bc, "bc"),
        Objects.requireNonNull(procore, "procore"),
        Objects.requireNonNull(clock, "clock"),
        BudgetCodeFormat.procoreDefault(),
        UpsertTarget.DEFAULT_WINDOW_SIZE,
        PurchaseInvoiceTarget.DIRECT_COST_INVOICE);
  }

  /**
   * Creates the flow for invoices the host reads itself ({@link #run(Iterable, Map, ProjectLinks,
   * VendorLinks, RunOptions)} only).
   *
   * @param procore the Procore company
   * @param clock stamps the reports
   * @return the flow
   * @throws NullPointerException when an argument is null
   */
  public static PurchaseInvoiceFlow forRecords(CompanyClient procore, Clock clock) {
    return new PurchaseInvoiceFlow(
        null,
        Objects.requireNonNull(procore, "procore"),
        Objects.requireNonNull(clock, "clock"),
        BudgetCodeFormat.procoreDefault(),
        UpsertTarget.DEFAULT_WINDOW_SIZE,
        PurchaseInvoiceTarget.DIRECT_COST_INVOICE);
  }

  /**
   * Returns a copy that writes windows of another size.
   *
   * @param windowSize 1 to 1,000 invoices per window
   * @return the copy
   * @throws IllegalArgumentException when out of range
   */
  public PurchaseInvoiceFlow withWindowSize(int windowSize) {
    return new PurchaseInvoiceFlow(
        bc, procore, clock, format, Flows.windowSize(windowSize), target);
  }

  /**
   * Returns a copy that writes another kind of Procore record: a direct cost of type {@code
   * invoice} (the default) or a subcontractor invoice (requisition) on the order's commitment
   * (decision 0231).
   *
   * <pre>{@code
   * PurchaseInvoiceFlow.create(bc, procore, clock).withTarget(PurchaseInvoiceTarget.REQUISITION);
   * }</pre>
   *
   * @param target the kind of record
   * @return the copy
   * @throws NullPointerException when the target is null
   */
  public PurchaseInvoiceFlow withTarget(PurchaseInvoiceTarget target) {
    return new PurchaseInvoiceFlow(
        bc, procore, clock, format, windowSize, Objects.requireNonNull(target, "target"));
  }

  /**
   * Returns the kind of Procore record this flow writes.
   *
   * @return the target, {@link PurchaseInvoiceTarget#DIRECT_COST_INVOICE} unless changed
   */
  public PurchaseInvoiceTarget target() {
    return target;
  }

  /**
   * Returns a copy that reads the Procore projects' budget codes in another format.
   *
   * @param format the format
   * @return the copy
   * @throws NullPointerException when the format is null
   */
  public PurchaseInvoiceFlow withBudgetCodeFormat(BudgetCodeFormat format) {
    return new PurchaseInvoiceFlow(
        bc, procore, clock, Objects.requireNonNull(format, "format"), windowSize, target);
  }

  /**
   * Reads the linked projects, Procore's vendor directory, the commitment ids of the purchase
   * orders (the orders' "Procore Commitment ID", and Procore's commitments keyed {@code
   * bc:purchase_order:{No.}}, which outlive an order Business Central deletes once it is fully
   * invoiced) and the posted invoices (lines expanded), and writes them.
   *
   * @param options dry run, progress, cancellation, resume
   * @return the report: every invoice read has exactly one outcome
   * @throws IllegalStateException when the flow was made {@link #forRecords}
   */
  public SyncReport run(RunOptions options) {
    BcClient client = Flows.requireBc(bc, NAME);
    ProjectLinks links = ProjectLinks.of(client.list(BcEntitySet.PROJECTS, ODataQuery.all()));
    VendorLinks vendors = VendorLinks.of(procore.vendors().list());
    Map<String, Long> commitments = new HashMap<>();
    for (long project : links.procoreProjectIds()) {
      for (PurchaseOrderContract c : procore.commitments().listPurchaseOrders(project)) {
        c.originId()
            .filter(o -> o.startsWith(ORDER_PREFIX))
            .ifPresent(o -> commitments.put(o.substring(ORDER_PREFIX.length()), c.id()));
      }
    }
    for (BcPurchaseOrder po : client.list(BcEntitySet.PURCHASE_ORDERS, ODataQuery.all())) {
      // Business Central's integer fields default to 0: 0 means "no commitment yet"
      po.procoreCommitmentId()
          .filter(id -> id > 0)
          .ifPresent(id -> commitments.putIfAbsent(po.number(), id));
    }
    return run(
        client.list(BcEntitySet.POSTED_PURCHASE_INVOICES, ODataQuery.all()),
        commitments,
        links,
        vendors,
        options);
  }

  /**
   * Writes the given posted invoices.
   *
   * @param invoices the posted invoices with their lines, read once in order
   * @param commitments Procore's commitment id by purchase order No. (an order missing here makes
   *     its invoices wait)
   * @param links which Business Central projects are linked to which Procore projects
   * @param vendors which vendors are mapped to Procore vendors
   * @param options dry run, progress, cancellation, resume
   * @return the report: every invoice has exactly one outcome
   * @throws NullPointerException when an argument is null
   */
  public SyncReport run(
      Iterable<BcPostedPurchaseInvoice> invoices,
      Map<String, Long> commitments,
      ProjectLinks links,
      VendorLinks vendors,
      RunOptions options) {
    Objects.requireNonNull(invoices, "invoices");
    Map<String, Long> orders = Map.copyOf(Objects.requireNonNull(commitments, "commitments"));
    Objects.requireNonNull(links, "links");
    Objects.requireNonNull(vendors, "vendors");
    Objects.requireNonNull(options, "options");
    BudgetCodeSplitter splitter = BudgetCodeSplitter.of(format);
    Map<Long, BudgetCodeIndex> codes = new ConcurrentHashMap<>();
    RecordMapper<BcPostedPurchaseInvoice, DirectCostDraft> mapper =
        (invoice, context) -> {
          String key = PurchaseInvoiceRules.key(invoice);
          Validated<DirectCostDraft> d =
              PurchaseInvoiceRules.map(
                  invoice,
                  orders,
                  links,
                  vendors,
                  project ->
                      codes.computeIfAbsent(
                          project,
                          p ->
                              BudgetCodeIndex.of(
                                  procore.workBreakdownStructure().listBudgetCodes(p), splitter)));
          return d.isValid()
              ? Mapped.upsert(d.value())
              : Mapped.decided(key, RecordOutcome.skipped(key, d.violations()));
        };
    String scope = "company:" + procore.companyId();
    if (target == PurchaseInvoiceTarget.REQUISITION) {
      RecordMapper<BcPostedPurchaseInvoice, RequisitionTarget.Draft> requisitions =
          (invoice, context) -> {
            Mapped<DirectCostDraft> m = mapper.map(invoice, context);
            Optional<DirectCostDraft> cost = m.update();
            if (cost.isEmpty()) {
              RecordOutcome decided = m.outcome().orElseThrow();
              return Mapped.decided(decided.key(), decided);
            }
            // a valid invoice names an order that has a commitment
            long commitment = orders.get(invoice.orderNumber().orElseThrow());
            return Mapped.upsert(RequisitionTarget.Draft.of(cost.get(), commitment));
          };
      return UpsertTemplate.of(
              NAME, new RequisitionTarget(procore, links::procoreProjectIds, windowSize), clock)
          .run(scope, invoices, requisitions, options);
    }
    DirectCostTarget costs =
        new DirectCostTarget("invoice direct cost", procore, links::procoreProjectIds, windowSize);
    return UpsertTemplate.of(NAME, costs, clock).run(scope, invoices, mapper, options);
  }

  @Override
  public String toString() {
    return "PurchaseInvoiceFlow{company=" + procore.companyId() + "}";
  }
}
