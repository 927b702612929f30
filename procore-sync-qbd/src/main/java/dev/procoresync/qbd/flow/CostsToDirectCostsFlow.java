package dev.procoresync.qbd.flow;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.SyncFailure;
import dev.procoresync.core.client.SyncResult;
import dev.procoresync.core.error.ProcoreSyncException;
import dev.procoresync.core.flow.FieldDigest;
import dev.procoresync.core.flow.ItemResult;
import dev.procoresync.core.flow.Mapped;
import dev.procoresync.core.flow.PlannedWrite;
import dev.procoresync.core.flow.RecordMapper;
import dev.procoresync.core.flow.UpsertTarget;
import dev.procoresync.core.flow.UpsertTemplate;
import dev.procoresync.core.model.CostCode;
import dev.procoresync.core.model.DirectCost;
import dev.procoresync.core.model.DirectCostLineItemUpdate;
import dev.procoresync.core.model.DirectCostUpdate;
import dev.procoresync.core.model.Project;
import dev.procoresync.core.model.Vendor;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.ResumePosition;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.qbd.mapping.CostImportMapping;
import dev.procoresync.qbd.mapping.ItemMapping;
import dev.procoresync.qbd.mapping.ProjectImportMapping;
import dev.procoresync.qbd.mapping.VendorImportMapping;
import dev.procoresync.qbd.model.CostImportSettings;
import dev.procoresync.qbd.qbxml.QbLine;
import dev.procoresync.qbd.qbxml.QbRet;
import dev.procoresync.qbd.qbxml.TxnQuery;
import dev.procoresync.qbd.qbxml.TxnType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * QuickBooks costs -> Procore direct costs (import; decisions 0406 and 0412): reads QuickBooks'
 * bills, checks and credit card charges with their lines (and the purchase orders, to know which
 * came from Procore) through the Web Connector, in one queue run of four iterator queries, and
 * writes one direct cost per transaction and job through Procore's direct cost {@code sync}
 * endpoints on core's {@link UpsertTemplate}: a bill becomes an {@code invoice}, a check or credit
 * card charge an {@code expense}, one line item per QuickBooks line. A rerun with nothing changed
 * writes nothing.
 *
 * <p>Every transaction read ends in the report: one outcome per direct cost it became, or SKIPPED
 * with a reason a user can act on: {@code job.not_synced} (no line is costed to a job that is a
 * Procore project), {@code bill.from_commitment} (a bill against a purchase order that came from a
 * Procore commitment: that cost reaches Procore as the commitment's invoice), {@code
 * vendor.not_synced} (the payee is no Procore company), {@code cost_code.unmatched} (a line's item
 * is no cost code of the project and no default is configured). A job is a Procore project when a
 * project holds origin id {@code qbd:customer:<ListID>} (the customers import), else when exactly
 * one project without an origin id carries the job's name (the projects export); the payee likewise
 * by {@code qbd:vendor:<ListID>}, else by its name. A line's item is matched to the project's cost
 * code whose item name (decision 0402) it is.
 *
 * <pre>{@code
 * CostsToDirectCostsFlow flow = CostsToDirectCostsFlow.create(qbd, procore.forCompany(id),
 *     CostImportSettings.builder().lineItemTypeId(12L).defaultCostCode("99-900").build());
 * QbdFlowRun run = flow.start("costs-1");
 * run = flow.advance(run); // after each Web Connector session, until run.isFinal()
 * }</pre>
 */
public final class CostsToDirectCostsFlow {
  /** The flow's name in reports. */
  public static final String FLOW = "qbd-costs-to-direct-costs";

  private final QbdConnection conn;
  private final CompanyClient procore;
  private final CostImportSettings settings;
  private final ImportReader reader;

  private CostsToDirectCostsFlow(
      QbdConnection conn, CompanyClient procore, CostImportSettings settings) {
    this.conn = conn;
    this.procore = procore;
    this.settings = settings;
    this.reader =
        new ImportReader(
            conn,
            List.of(
                size -> costQuery(TxnType.BILL, size).includeLinkedTxns(true).build(),
                size -> costQuery(TxnType.CHECK, size).build(),
                size -> costQuery(TxnType.CREDIT_CARD_CHARGE, size).build(),
                size -> costQuery(TxnType.PURCHASE_ORDER, size).build()));
  }

  private static TxnQuery.Builder costQuery(TxnType type, int size) {
    return TxnQuery.builder().type(type).maxReturned(size).includeLineItems(true);
  }

  /**
   * Creates the flow.
   *
   * @param conn the Web Connector queue and company
   * @param procore the Procore company the projects belong to
   * @param settings the cost type of the lines and the default cost code
   * @return the flow
   */
  public static CostsToDirectCostsFlow create(
      QbdConnection conn, CompanyClient procore, CostImportSettings settings) {
    return new CostsToDirectCostsFlow(
        Objects.requireNonNull(conn, "conn"),
        Objects.requireNonNull(procore, "procore"),
        Objects.requireNonNull(settings, "settings"));
  }

  /**
   * Starts a run: queues the reads of QuickBooks' bills, checks, credit card charges and purchase
   * orders.
   *
   * @param runId the run's id, unique per run
   * @return the run
   * @throws IllegalArgumentException when {@code runId} is blank
   */
  public QbdFlowRun start(String runId) {
    if (Objects.requireNonNull(runId, "runId").isBlank()) {
      throw new IllegalArgumentException("runId must not be blank (was '" + runId + "')");
    }
    QbdFlowRun run = new QbdFlowRun(FLOW, runId, List.of());
    reader.enqueue(run);
    return run;
  }

  /**
   * Moves the run on once the Web Connector drained the reads: restarts a failed read (at most five
   * reads, then the run is ABORTED), else writes to Procore and makes the report final. Does
   * nothing before the reads are drained or after the run is final.
   *
   * @param run the run
   * @return the run, final once the direct costs were written
   */
  public QbdFlowRun advance(QbdFlowRun run) {
    Objects.requireNonNull(run, "run");
    if (run.isFinal() || !reader.drained(run)) {
      return run;
    }
    ImportReader.Pages pages = reader.collect(run);
    if (!pages.ok() && run.readAttempts < ExportEngine.MAX_READS) {
      reader.enqueue(run);
      return run;
    }
    String scope = "qbd:" + conn.companyKey() + "->company:" + procore.companyId();
    run.importReport =
        pages.ok()
            ? write(scope, pages.rets())
            : SyncReport.recorder(FLOW, scope, false, conn.clock().instant())
                .abort(conn.clock().instant(), ResumePosition.start(), pages.problem());
    run.phase = QbdFlowRun.Phase.DONE;
    return run;
  }

  /** One transaction in one job, or a transaction costed to no known job. */
  private record CostInput(QbRet txn, @Nullable String job, List<QbLine> lines) {}

  /** A direct cost to write, with its project. */
  record Draft(long projectId, DirectCostUpdate cost) {
    BigDecimal total() {
      BigDecimal t = BigDecimal.ZERO;
      for (DirectCostLineItemUpdate l : cost.lineItems()) {
        t = t.add(l.amount().orElse(BigDecimal.ZERO));
      }
      return t;
    }
  }

  /** A direct cost as read, with its project. */
  record Held(long projectId, DirectCost cost) {}

  private SyncReport write(String scope, List<QbRet> rets) {
    List<Project> projects = new ArrayList<>();
    List<Vendor> vendors = new ArrayList<>();
    try {
      procore.projects().list().forEach(projects::add);
      procore.vendors().list().forEach(vendors::add);
    } catch (ProcoreSyncException e) {
      return SyncReport.recorder(FLOW, scope, false, conn.clock().instant())
          .abort(conn.clock().instant(), ResumePosition.start(), e);
    }
    List<QbRet> pos = rets.stream().filter(r -> r.element().equals("PurchaseOrderRet")).toList();
    Set<String> procorePos = CostImportMapping.procorePurchaseOrders(pos);
    List<CostInput> inputs = new ArrayList<>();
    Set<Long> touched = new LinkedHashSet<>();
    Map<String, Optional<Long>> jobs = new HashMap<>();
    for (QbRet txn : rets) {
      if (CostImportMapping.entity(txn).isEmpty()) {
        continue;
      }
      Map<String, List<QbLine>> byJob = CostImportMapping.linesByJob(txn);
      boolean any = false;
      for (Map.Entry<String, List<QbLine>> e : byJob.entrySet()) {
        Optional<Long> project =
            jobs.computeIfAbsent(
                e.getKey(),
                j -> projectOf(j, e.getValue().get(0).field("CustomerRef").orElse(""), projects));
        if (project.isPresent()) {
          inputs.add(new CostInput(txn, e.getKey(), e.getValue()));
          touched.add(project.get());
          any = true;
        }
      }
      if (!any) {
        inputs.add(new CostInput(txn, null, List.of()));
      }
    }
    Map<Long, Map<String, Long>> costCodes = new HashMap<>();
    RecordMapper<CostInput, Draft> mapper =
        (in, context) -> map(in, jobs, vendors, procorePos, costCodes);
    return UpsertTemplate.of(FLOW, new Target(procore, touched), conn.clock())
        .run(scope, inputs, mapper, RunOptions.defaults());
  }

  private Mapped<Draft> map(
      CostInput in,
      Map<String, Optional<Long>> jobs,
      List<Vendor> vendors,
      Set<String> procorePos,
      Map<Long, Map<String, Long>> costCodes) {
    QbRet txn = in.txn();
    String what = CostImportMapping.originData(txn);
    if (txn.id().isEmpty()) {
      String key = "qbd:" + CostImportMapping.entity(txn).orElse("cost") + ":?";
      return Mapped.decided(
          key,
          RecordOutcome.skipped(
              key, "txn_id.missing", "QuickBooks sent " + what + " without a TxnID"));
    }
    if (in.job() == null) {
      String key = "qbd:" + CostImportMapping.entity(txn).orElseThrow() + ":" + txn.id().get();
      return Mapped.decided(
          key,
          RecordOutcome.skipped(
              key,
              "job.not_synced",
              what
                  + " has no line costed to a job that is a Procore project; link the job"
                  + " (import customers to projects) or cost the lines to a synced job"));
    }
    String key = CostImportMapping.originId(txn, in.job());
    long project = jobs.get(in.job()).orElseThrow();
    if (txn.element().equals("BillRet")) {
      Set<String> linked = CostImportMapping.linkedPurchaseOrders(txn);
      linked.retainAll(procorePos);
      if (!linked.isEmpty()) {
        return Mapped.decided(
            key,
            RecordOutcome.skipped(
                key,
                "bill.from_commitment",
                what
                    + " bills purchase order "
                    + linked.iterator().next()
                    + ", which came from a Procore commitment: its cost is the commitment's"
                    + " invoice in Procore, not a direct cost"));
      }
    }
    Optional<Long> vendor = vendorOf(txn, vendors);
    if (vendor.isEmpty()) {
      return Mapped.decided(
          key,
          RecordOutcome.skipped(
              key,
              "vendor.not_synced",
              what
                  + " pays '"
                  + CostImportMapping.payeeName(txn).orElse("")
                  + "', which is no Procore company (import vendors first, or add it)"));
    }
    Map<String, Long> codes = costCodes.computeIfAbsent(project, this::costCodesOf);
    List<Long> ids = new ArrayList<>();
    for (QbLine l : in.lines()) {
      Optional<String> item = CostImportMapping.itemName(l);
      Long id = item.map(i -> codes.get(ProjectImportMapping.nameKey(i))).orElse(null);
      if (id == null && settings.defaultCostCode().isPresent()) {
        id =
            codes.get(
                ProjectImportMapping.nameKey(
                    ItemMapping.itemName(settings.defaultCostCode().get())));
      }
      if (id == null) {
        return Mapped.decided(
            key,
            RecordOutcome.skipped(
                key,
                "cost_code.unmatched",
                what
                    + " has a line "
                    + item.map(
                            i -> "of item '" + i + "', which is no cost code of project " + project)
                        .orElse("without an item")
                    + settings
                        .defaultCostCode()
                        .map(c -> ", and the default cost code '" + c + "' is not in the project")
                        .orElse(", and no default cost code is configured")));
      }
      ids.add(id);
    }
    return Mapped.upsert(
        new Draft(
            project,
            CostImportMapping.toDirectCost(
                txn, in.job(), in.lines(), vendor.get(), ids, settings.lineItemTypeId())));
  }

  private Map<String, Long> costCodesOf(long project) {
    Map<String, Long> out = new HashMap<>();
    for (CostCode c : procore.costCodes().list(project)) {
      Optional<String> code = c.fullCode().or(c::code).filter(s -> !s.isBlank());
      code.ifPresent(
          s -> out.putIfAbsent(ProjectImportMapping.nameKey(ItemMapping.itemName(s)), c.id()));
    }
    return out;
  }

  /**
   * The Procore project a QuickBooks job is: the one holding origin id {@code
   * qbd:customer:<ListID>}, else the only one without an origin id named like the job.
   */
  static Optional<Long> projectOf(String jobListId, String fullName, List<Project> projects) {
    String origin = "qbd:customer:" + jobListId;
    for (Project p : projects) {
      if (p.originId().filter(origin::equals).isPresent()) {
        return Optional.of(p.id());
      }
    }
    String name = fullName.substring(fullName.lastIndexOf(':') + 1);
    List<Project> same =
        projects.stream()
            .filter(
                p ->
                    ProjectImportMapping.nameKey(p.name())
                        .equals(ProjectImportMapping.nameKey(name)))
            .filter(p -> p.originId().filter(s -> !s.isBlank()).isEmpty())
            .toList();
    return same.size() == 1 ? Optional.of(same.get(0).id()) : Optional.empty();
  }

  static Optional<Long> vendorOf(QbRet txn, List<Vendor> vendors) {
    Optional<String> listId = CostImportMapping.payeeListId(txn);
    if (listId.isPresent()) {
      String origin = VendorImportMapping.ORIGIN_PREFIX + listId.get();
      for (Vendor v : vendors) {
        if (v.originId().filter(origin::equals).isPresent()) {
          return Optional.of(v.id());
        }
      }
    }
    String name = VendorImportMapping.nameKey(CostImportMapping.payeeName(txn).orElse(""));
    List<Vendor> same =
        vendors.stream().filter(v -> VendorImportMapping.nameKey(v.name()).equals(name)).toList();
    return same.size() == 1 ? Optional.of(same.get(0).id()) : Optional.empty();
  }

  /** Procore's direct costs of the projects the run touches, as an upsert target. */
  private static final class Target implements UpsertTarget<Held, Draft> {
    static final FieldDigest<Held, Draft> DIGEST =
        FieldDigest.of(
            List.of(
                h -> Optional.of(h.projectId()),
                h -> h.cost().directCostType().map(Enum::name),
                h -> h.cost().invoiceNumber(),
                h -> h.cost().directCostDate(),
                h -> h.cost().description(),
                h -> h.cost().originData(),
                h -> h.cost().grandTotal().map(BigDecimal::stripTrailingZeros),
                h -> Optional.of(h.cost().lineItems().size())),
            List.of(
                d -> Optional.of(d.projectId()),
                d -> d.cost().directCostType().map(Enum::name),
                d -> d.cost().invoiceNumber(),
                d -> d.cost().directCostDate(),
                d -> d.cost().description(),
                d -> d.cost().originData(),
                d -> Optional.of(d.total().stripTrailingZeros()),
                d -> Optional.of(d.cost().lineItems().size())));

    private final CompanyClient procore;
    private final Collection<Long> projects;

    Target(CompanyClient procore, Collection<Long> projects) {
      this.procore = procore;
      this.projects = projects;
    }

    @Override
    public String noun() {
      return "direct cost";
    }

    @Override
    public Iterable<Held> existing() {
      List<Held> held = new ArrayList<>();
      for (long project : projects) {
        for (DirectCost c : procore.directCosts().list(project)) {
          if (c.originId().filter(s -> s.startsWith("qbd:")).isPresent()) {
            held.add(new Held(project, c));
          }
        }
      }
      return held;
    }

    @Override
    public Optional<String> existingKey(Held existing) {
      return existing.cost().originId();
    }

    @Override
    public Optional<String> existingId(Held existing) {
      return Optional.of(String.valueOf(existing.cost().id()));
    }

    @Override
    public Optional<String> updateKey(Draft update) {
      return update.cost().originId();
    }

    @Override
    public FieldDigest<Held, Draft> digest() {
      return DIGEST;
    }

    @Override
    public Draft withTargetId(Draft update, String targetId) {
      return new Draft(
          update.projectId(), update.cost().toBuilder().id(Long.parseLong(targetId)).build());
    }

    @Override
    public Map<String, ItemResult> write(List<PlannedWrite<Draft>> window) {
      Map<Long, List<Draft>> byProject = new LinkedHashMap<>();
      for (PlannedWrite<Draft> w : window) {
        byProject.computeIfAbsent(w.body().projectId(), p -> new ArrayList<>()).add(w.body());
      }
      Map<String, ItemResult> answers = new HashMap<>();
      for (Map.Entry<Long, List<Draft>> e : byProject.entrySet()) {
        long project = e.getKey();
        List<DirectCostUpdate> headers = new ArrayList<>();
        Map<String, Draft> byKey = new HashMap<>();
        for (Draft d : e.getValue()) {
          headers.add(d.cost().toBuilder().lineItems(List.of()).build());
          byKey.put(d.cost().originId().orElseThrow(), d);
        }
        SyncResult<DirectCost> written = procore.directCosts().sync(project, headers);
        for (Map.Entry<String, SyncFailure> f : written.failuresByOriginId().entrySet()) {
          answers.put(f.getKey(), failed(f.getValue()));
        }
        List<DirectCostLineItemUpdate> lines = new ArrayList<>();
        Map<String, String> headerOfLine = new HashMap<>();
        for (DirectCost c : written.entities()) {
          String key = c.originId().orElse(null);
          Draft d = key == null ? null : byKey.get(key);
          if (d == null) {
            continue;
          }
          answers.put(key, ItemResult.written(String.valueOf(c.id())));
          for (DirectCostLineItemUpdate l : d.cost().lineItems()) {
            DirectCostLineItemUpdate line = l.toBuilder().directCostId(c.id()).build();
            lines.add(line);
            headerOfLine.put(line.originId().orElseThrow(), key);
          }
        }
        if (!lines.isEmpty()) {
          SyncResult<?> lineResult = procore.directCosts().syncLines(project, lines);
          for (Map.Entry<String, SyncFailure> f : lineResult.failuresByOriginId().entrySet()) {
            String key = headerOfLine.get(f.getKey());
            if (key != null) {
              // the header is there, its total is not: the next run sees the difference
              answers.put(key, failed(f.getValue()));
            }
          }
        }
      }
      return answers;
    }

    @Override
    public Map<String, Held> lookup(Collection<String> keys) {
      Set<String> wanted = new HashSet<>(keys);
      Map<String, Held> found = new HashMap<>();
      for (Held h : existing()) {
        h.cost().originId().filter(wanted::contains).ifPresent(k -> found.put(k, h));
      }
      return found;
    }

    private static ItemResult failed(SyncFailure failure) {
      String message = failure.message();
      String text =
          message == null || message.isBlank()
              ? "Procore refused this direct cost without saying why"
              : message;
      if (failure.cause().isPresent() && !UpsertTarget.refusedForSure(failure.cause().get())) {
        return ItemResult.unknown(failure.cause().get().getClass().getName(), text);
      }
      return ItemResult.failed("ProcoreSyncError", text);
    }
  }
}
