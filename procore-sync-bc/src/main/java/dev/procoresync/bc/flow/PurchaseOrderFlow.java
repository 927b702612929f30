package dev.procoresync.bc.flow;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.bc.client.BcApi;
import dev.procoresync.bc.client.BcClient;
import dev.procoresync.bc.client.BcEntitySet;
import dev.procoresync.bc.client.BcServiceException;
import dev.procoresync.bc.client.ODataFilter;
import dev.procoresync.bc.client.ODataQuery;
import dev.procoresync.bc.mapping.BudgetCodeIndex;
import dev.procoresync.bc.mapping.CommitmentDraft;
import dev.procoresync.bc.mapping.ProjectLinks;
import dev.procoresync.bc.mapping.PurchaseOrderRules;
import dev.procoresync.bc.mapping.VendorLinks;
import dev.procoresync.bc.model.BcPurchaseOrder;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.SyncFailure;
import dev.procoresync.core.client.SyncResult;
import dev.procoresync.core.flow.FieldDigest;
import dev.procoresync.core.flow.ItemResult;
import dev.procoresync.core.flow.Mapped;
import dev.procoresync.core.flow.PlannedWrite;
import dev.procoresync.core.flow.RecordMapper;
import dev.procoresync.core.flow.UpsertTarget;
import dev.procoresync.core.flow.UpsertTemplate;
import dev.procoresync.core.http.BatchItemFailure;
import dev.procoresync.core.http.BatchResult;
import dev.procoresync.core.http.ODataBatchOperation;
import dev.procoresync.core.http.ODataBatchResult;
import dev.procoresync.core.mapping.budgetcode.BudgetCodeFormat;
import dev.procoresync.core.mapping.budgetcode.BudgetCodeSplitter;
import dev.procoresync.core.model.CommitmentLineItem;
import dev.procoresync.core.model.PurchaseOrderContract;
import dev.procoresync.core.model.PurchaseOrderContractUpdate;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.core.validation.Validated;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Flow 2 of the guide, "Purchase Order": each purchase order with "Send to Procore" becomes a
 * Procore purchase order contract (commitment) in its project, with one line item per sent line,
 * and Procore's commitment id is written back to the order ("Procore Commitment ID", with {@code
 * If-Match}; a stale ETag is re-read once). Orders are validated first ({@link
 * PurchaseOrderRules}); each failure is SKIPPED with the document, line and field named. Keys:
 * {@code bc:purchase_order:{No.}}. Contracts are written with Procore's {@code sync} (up to 1,000 a
 * call), their lines with one line {@code sync} per contract whose lines changed, and the
 * write-backs with {@code $batch}.
 *
 * <pre>{@code
 * SyncReport r = PurchaseOrderFlow.create(bc, procore.forCompany(7), Clock.systemUTC())
 *     .run(RunOptions.defaults());
 * }</pre>
 */
public final class PurchaseOrderFlow {
  /** The flow's name in reports. */
  public static final String NAME = "bc-purchase-orders";

  private final @Nullable BcClient bc;
  private final CompanyClient procore;
  private final Clock clock;
  private final BudgetCodeFormat format;
  private final int windowSize;

  private PurchaseOrderFlow(
      @Nullable BcClient bc,
      CompanyClient procore,
      Clock clock,
      BudgetCodeFormat format,
      int windowSize) {
    this.bc = bc;
    this.procore = procore;
    this.clock = clock;
    this.format = format;
    this.windowSize = windowSize;
  }

  /**
   * Creates the flow between a Business Central company and a Procore company.
   *
   * @param bc the Business Central client (reads the orders, writes the commitment ids back)
   * @param procore the Procore company
   * @param clock stamps the reports
   * @return the flow
   */
  public static PurchaseOrderFlow create(BcClient bc, CompanyClient procore, Clock clock) {
    return new PurchaseOrderFlow(
        Objects.requireNonNull(bc, "bc"),
        Objects.requireNonNull(procore, "procore"),
        Objects.requireNonNull(clock, "clock"),
        BudgetCodeFormat.procoreDefault(),
        UpsertTarget.DEFAULT_WINDOW_SIZE);
  }

  /**
   * Returns a copy that writes windows of another size.
   *
   * @param windowSize 1 to 1,000 orders per window
   * @return the copy
   * @throws IllegalArgumentException when out of range
   */
  public PurchaseOrderFlow withWindowSize(int windowSize) {
    return new PurchaseOrderFlow(bc, procore, clock, format, Flows.windowSize(windowSize));
  }

  /**
   * Returns a copy that reads the Procore projects' budget codes in another format.
   *
   * @param format the format
   * @return the copy
   */
  public PurchaseOrderFlow withBudgetCodeFormat(BudgetCodeFormat format) {
    return new PurchaseOrderFlow(
        bc, procore, clock, Objects.requireNonNull(format, "format"), windowSize);
  }

  /**
   * Reads the linked projects, Procore's vendor directory and the orders with "Send to Procore"
   * (lines expanded), and writes them.
   *
   * @param options dry run, progress, cancellation, resume
   * @return the report: every order read has exactly one outcome
   */
  public SyncReport run(RunOptions options) {
    BcClient client = Flows.requireBc(bc, NAME);
    ProjectLinks links = ProjectLinks.of(client.list(BcEntitySet.PROJECTS, ODataQuery.all()));
    VendorLinks vendors = VendorLinks.of(procore.vendors().list());
    Iterable<BcPurchaseOrder> orders =
        client.list(
            BcEntitySet.PURCHASE_ORDERS, ODataQuery.where(ODataFilter.eq("sendToProcore", true)));
    return run(orders, links, vendors, options);
  }

  /**
   * Writes the given orders.
   *
   * @param orders the orders with their lines, read once in order
   * @param links which Business Central projects are linked to which Procore projects
   * @param vendors which vendors are mapped to Procore vendors
   * @param options dry run, progress, cancellation, resume
   * @return the report: every order has exactly one outcome
   */
  public SyncReport run(
      Iterable<BcPurchaseOrder> orders,
      ProjectLinks links,
      VendorLinks vendors,
      RunOptions options) {
    Objects.requireNonNull(orders, "orders");
    Objects.requireNonNull(links, "links");
    Objects.requireNonNull(vendors, "vendors");
    Objects.requireNonNull(options, "options");
    BcClient client = Flows.requireBc(bc, NAME);
    BudgetCodeSplitter splitter = BudgetCodeSplitter.of(format);
    Map<Long, BudgetCodeIndex> codes = new ConcurrentHashMap<>();
    Map<String, BcPurchaseOrder> pending = new ConcurrentHashMap<>();
    RecordMapper<BcPurchaseOrder, CommitmentDraft> mapper =
        (po, context) -> {
          String key = PurchaseOrderRules.key(po);
          Validated<CommitmentDraft> d =
              PurchaseOrderRules.map(
                  po,
                  links,
                  vendors,
                  project ->
                      codes.computeIfAbsent(
                          project,
                          p ->
                              BudgetCodeIndex.of(
                                  procore.workBreakdownStructure().listBudgetCodes(p), splitter)));
          if (!d.isValid()) {
            return Mapped.decided(key, RecordOutcome.skipped(key, d.violations()));
          }
          pending.put(key, po);
          Optional<String> held = context.targetIdOf(key);
          boolean linked =
              held.isPresent() && po.procoreCommitmentId().map(String::valueOf).equals(held);
          // a commitment Procore holds but the order does not name yet: write it to link it back
          return held.isPresent() && !linked
              ? Mapped.upsertChanged(d.value())
              : Mapped.upsert(d.value());
        };
    Target target = new Target(client, procore, links.procoreProjectIds(), pending, windowSize);
    return UpsertTemplate.of(NAME, target, clock)
        .run("company:" + procore.companyId(), orders, mapper, options);
  }

  /** The order page written with only the fields the write-back sets. */
  private static final BcEntitySet<ObjectNode> ORDER_WRITES =
      BcEntitySet.custom("purchaseOrders", ObjectNode.class, List.of());

  private static ObjectNode commitmentId(long id) {
    return JsonNodeFactory.instance.objectNode().put("procoreCommitmentId", id);
  }

  /** A contract as read, with its project. */
  record Held(long projectId, PurchaseOrderContract contract) {}

  static final FieldDigest<Held, CommitmentDraft> DIGEST =
      FieldDigest.of(
          List.of(
              h -> Optional.of(h.projectId()),
              h -> h.contract().number(),
              h -> h.contract().title(),
              h -> h.contract().vendor().map(v -> v.id()),
              h -> h.contract().contractDate(),
              h -> h.contract().originData()),
          List.of(
              d -> Optional.of(d.projectId()),
              d -> d.header().number(),
              d -> d.header().title(),
              d -> d.header().vendorId(),
              d -> d.header().contractDate(),
              d -> d.header().originData()));

  private static final class Target implements UpsertTarget<Held, CommitmentDraft> {
    private final BcClient bc;
    private final CompanyClient procore;
    private final Collection<Long> projects;
    private final Map<String, BcPurchaseOrder> pending;
    private final int windowSize;
    private final Map<String, String> heldOriginData = new ConcurrentHashMap<>();

    Target(
        BcClient bc,
        CompanyClient procore,
        Collection<Long> projects,
        Map<String, BcPurchaseOrder> pending,
        int windowSize) {
      this.bc = bc;
      this.procore = procore;
      this.projects = projects;
      this.pending = pending;
      this.windowSize = windowSize;
    }

    @Override
    public String noun() {
      return "commitment";
    }

    @Override
    public Iterable<Held> existing() {
      List<Held> held = new ArrayList<>();
      for (long project : projects) {
        for (PurchaseOrderContract c : procore.commitments().listPurchaseOrders(project)) {
          if (c.originId().isPresent()) {
            held.add(new Held(project, c));
            heldOriginData.put(c.originId().get(), c.originData().orElse(""));
          }
        }
      }
      return held;
    }

    @Override
    public Optional<String> existingKey(Held existing) {
      return existing.contract().originId();
    }

    @Override
    public Optional<String> existingId(Held existing) {
      return Optional.of(String.valueOf(existing.contract().id()));
    }

    @Override
    public Optional<String> updateKey(CommitmentDraft update) {
      return update.header().originId();
    }

    @Override
    public FieldDigest<Held, CommitmentDraft> digest() {
      return DIGEST;
    }

    @Override
    public CommitmentDraft withTargetId(CommitmentDraft update, String targetId) {
      return update.withId(Long.parseLong(targetId));
    }

    @Override
    public int windowSize() {
      return windowSize;
    }

    @Override
    public Map<String, ItemResult> write(List<PlannedWrite<CommitmentDraft>> window) {
      Map<Long, List<CommitmentDraft>> byProject = new LinkedHashMap<>();
      for (PlannedWrite<CommitmentDraft> w : window) {
        byProject.computeIfAbsent(w.body().projectId(), p -> new ArrayList<>()).add(w.body());
      }
      Map<String, ItemResult> answers = new HashMap<>();
      Map<String, Long> writeBack = new LinkedHashMap<>();
      for (Map.Entry<Long, List<CommitmentDraft>> e : byProject.entrySet()) {
        long project = e.getKey();
        List<PurchaseOrderContractUpdate> headers = new ArrayList<>();
        Map<String, CommitmentDraft> byKey = new HashMap<>();
        for (CommitmentDraft d : e.getValue()) {
          headers.add(d.header());
          byKey.put(d.header().originId().orElseThrow(), d);
        }
        SyncResult<PurchaseOrderContract> written =
            procore.commitments().syncPurchaseOrders(project, headers);
        for (Map.Entry<String, SyncFailure> f : written.failuresByOriginId().entrySet()) {
          answers.put(f.getKey(), DirectCostTarget.failed(f.getValue()));
        }
        for (PurchaseOrderContract c : written.entities()) {
          String key = c.originId().orElse(null);
          CommitmentDraft d = key == null ? null : byKey.get(key);
          if (d == null) {
            continue;
          }
          answers.put(key, ItemResult.written(String.valueOf(c.id())));
          String originData = d.header().originData().orElse("");
          if (!originData.equals(heldOriginData.get(key))) {
            SyncResult<CommitmentLineItem> lines =
                procore.commitments().syncPurchaseOrderLines(project, c.id(), d.lines());
            if (!lines.failures().isEmpty()) {
              // the contract's origin data still says the old lines: the next run writes again
              procore
                  .commitments()
                  .syncPurchaseOrders(
                      project,
                      List.of(
                          d.header().toBuilder()
                              .id(c.id())
                              .originData("lines not written")
                              .build()));
              answers.put(key, DirectCostTarget.failed(lines.failures().get(0)));
              continue;
            }
            heldOriginData.put(key, originData);
          }
          writeBack.put(key, c.id());
        }
      }
      writeBack(writeBack, answers);
      return answers;
    }

    /** Writes Procore's commitment id back to each order that does not hold it yet. */
    private void writeBack(Map<String, Long> ids, Map<String, ItemResult> answers) {
      List<ODataBatchOperation> ops = new ArrayList<>();
      Map<String, BcPurchaseOrder> byOp = new HashMap<>();
      for (Map.Entry<String, Long> e : ids.entrySet()) {
        BcPurchaseOrder po = pending.remove(e.getKey());
        if (po == null
            || po.procoreCommitmentId().equals(Optional.of(e.getValue()))
            || po.id().isEmpty()
            || po.etag().isEmpty()) {
          continue;
        }
        ops.add(
            bc.updateOperation(
                ORDER_WRITES,
                e.getKey(),
                po.id().get(),
                po.etag().get(),
                commitmentId(e.getValue())));
        byOp.put(e.getKey(), po);
      }
      if (ops.isEmpty()) {
        return;
      }
      BatchResult<ODataBatchResult> result = bc.batch(BcApi.CUSTOM, ops);
      for (BatchItemFailure f : result.failures()) {
        BcPurchaseOrder po = byOp.get(f.key());
        long id = ids.get(f.key());
        // stale: the operation's own answer, or (when the whole request failed) its exception
        boolean stale =
            f.status().orElse(0) == 412
                || (f.status().orElse(0) == 409
                    && f.serviceErrorCode()
                        .orElse(BcServiceException.ENTITY_CHANGED)
                        .equals(BcServiceException.ENTITY_CHANGED))
                || f.cause()
                    .filter(BcServiceException.class::isInstance)
                    .map(c -> ((BcServiceException) c).isStaleEtag())
                    .orElse(false);
        try {
          if (!stale) {
            throw new IllegalStateException(f.message());
          }
          bc.update(
              BcEntitySet.PURCHASE_ORDERS,
              po.id().orElseThrow(),
              po.etag().orElseThrow(),
              po,
              fresh ->
                  BcPurchaseOrder.builder().number(fresh.number()).procoreCommitmentId(id).build());
        } catch (RuntimeException e) {
          answers.put(
              f.key(),
              ItemResult.failed(
                  "BcWriteBackFailed",
                  "commitment "
                      + id
                      + " was written, but Business Central refused its id on "
                      + po.number()
                      + ": "
                      + e.getMessage()));
        }
      }
    }

    @Override
    public Map<String, Held> lookup(Collection<String> keys) {
      Set<String> wanted = new HashSet<>(keys);
      Map<String, Held> found = new HashMap<>();
      for (Held h : existing()) {
        h.contract().originId().filter(wanted::contains).ifPresent(k -> found.put(k, h));
      }
      return found;
    }

    @Override
    public String toString() {
      return "commitments of " + procore.companyId();
    }
  }

  @Override
  public String toString() {
    return "PurchaseOrderFlow{company=" + procore.companyId() + "}";
  }
}
