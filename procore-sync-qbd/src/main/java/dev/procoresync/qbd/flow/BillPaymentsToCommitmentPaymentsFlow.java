package dev.procoresync.qbd.flow;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.error.ProcoreSyncException;
import dev.procoresync.core.flow.FieldDigest;
import dev.procoresync.core.flow.ItemResult;
import dev.procoresync.core.flow.Mapped;
import dev.procoresync.core.flow.PlannedWrite;
import dev.procoresync.core.flow.RecordMapper;
import dev.procoresync.core.flow.UpsertTarget;
import dev.procoresync.core.flow.UpsertTemplate;
import dev.procoresync.core.model.CommitmentContract;
import dev.procoresync.core.model.ContractPayment;
import dev.procoresync.core.model.ContractPaymentUpdate;
import dev.procoresync.core.model.Project;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.ResumePosition;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.qbd.mapping.CostImportMapping;
import dev.procoresync.qbd.mapping.PaymentImportMapping;
import dev.procoresync.qbd.mapping.ProjectImportMapping;
import dev.procoresync.qbd.model.QbdEdition;
import dev.procoresync.qbd.qbxml.QbLine;
import dev.procoresync.qbd.qbxml.QbRet;
import dev.procoresync.qbd.qbxml.TxnQuery;
import dev.procoresync.qbd.qbxml.TxnType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * QuickBooks bill payments -> Procore commitment payments ("Payments Issued"; import, US editions
 * only; decision 0413): reads QuickBooks' bill payments by check and by credit card, the bills and
 * the purchase orders through the Web Connector (one queue run of four iterator queries), and
 * writes one Procore payment per application of a payment to a bill ({@link PaymentImportMapping})
 * on the commitment whose purchase order the bill is linked to (the purchase order's reference
 * number is the commitment's number; its job is a Procore project as in {@link
 * CostsToDirectCostsFlow}). A rerun with nothing changed writes nothing.
 *
 * <p>Every application ends in the report: CREATED, UPDATED, UNCHANGED, FAILED, or SKIPPED with
 * {@code edition.not_us} (the edition is not a US one: Procore imports bill payments from US
 * editions only; every payment read is reported so), {@code payment.unapplied} (a payment applied
 * to no bill), {@code bill.not_from_commitment} (the bill is not against a purchase order exported
 * from a Procore commitment), {@code commitment.not_found} (no commitment of that number in the
 * job's Procore project).
 *
 * <pre>{@code
 * BillPaymentsToCommitmentPaymentsFlow flow =
 *     BillPaymentsToCommitmentPaymentsFlow.create(qbd, procore.forCompany(id), QbdEdition.US);
 * QbdFlowRun run = flow.start("payments-1");
 * run = flow.advance(run); // after each Web Connector session, until run.isFinal()
 * }</pre>
 */
public final class BillPaymentsToCommitmentPaymentsFlow {
  /** The flow's name in reports. */
  public static final String FLOW = "qbd-bill-payments-to-commitment-payments";

  private final QbdConnection conn;
  private final CompanyClient procore;
  private final QbdEdition edition;
  private final ImportReader reader;

  private BillPaymentsToCommitmentPaymentsFlow(
      QbdConnection conn, CompanyClient procore, QbdEdition edition) {
    this.conn = conn;
    this.procore = procore;
    this.edition = edition;
    this.reader =
        new ImportReader(
            conn,
            List.of(
                size -> query(TxnType.BILL_PAYMENT_CHECK, size).build(),
                size -> query(TxnType.BILL_PAYMENT_CREDIT_CARD, size).build(),
                size -> query(TxnType.BILL, size).includeLinkedTxns(true).build(),
                size -> query(TxnType.PURCHASE_ORDER, size).build()));
  }

  private static TxnQuery.Builder query(TxnType type, int size) {
    return TxnQuery.builder().type(type).maxReturned(size).includeLineItems(true);
  }

  /**
   * Creates the flow.
   *
   * @param conn the Web Connector queue and company
   * @param procore the Procore company the commitments belong to
   * @param edition the user's QuickBooks edition: outside the US every payment is SKIPPED
   * @return the flow
   */
  public static BillPaymentsToCommitmentPaymentsFlow create(
      QbdConnection conn, CompanyClient procore, QbdEdition edition) {
    return new BillPaymentsToCommitmentPaymentsFlow(
        Objects.requireNonNull(conn, "conn"),
        Objects.requireNonNull(procore, "procore"),
        Objects.requireNonNull(edition, "edition"));
  }

  /**
   * Starts a run: queues the reads.
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
   * reads, then the run is ABORTED), else writes to Procore and makes the report final.
   *
   * @param run the run
   * @return the run, final once the payments were written
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

  /** One application of a payment to a bill (or a payment applied to nothing). */
  private record Application(QbRet payment, @Nullable QbLine applied) {}

  /** A payment to write, with its commitment. */
  record Draft(
      long projectId, long commitmentId, @Nullable Long id, ContractPaymentUpdate payment) {}

  /** A payment as read, with its commitment. */
  record Held(long projectId, long commitmentId, ContractPayment payment) {}

  private SyncReport write(String scope, List<QbRet> rets) {
    List<Application> inputs = new ArrayList<>();
    Map<String, QbRet> bills = new HashMap<>();
    Map<String, QbRet> pos = new HashMap<>();
    for (QbRet r : rets) {
      if (PaymentImportMapping.isBillPayment(r)) {
        List<QbLine> applied = PaymentImportMapping.applications(r);
        if (applied.isEmpty()) {
          inputs.add(new Application(r, null));
        }
        applied.forEach(a -> inputs.add(new Application(r, a)));
      } else if (r.element().equals("BillRet")) {
        r.id().ifPresent(id -> bills.put(id, r));
      } else if (r.element().equals("PurchaseOrderRet")) {
        r.id().ifPresent(id -> pos.put(id, r));
      }
    }
    List<Project> projects = new ArrayList<>();
    if (edition.importsBillPayments() && !inputs.isEmpty()) {
      try {
        procore.projects().list().forEach(projects::add);
      } catch (ProcoreSyncException e) {
        return SyncReport.recorder(FLOW, scope, false, conn.clock().instant())
            .abort(conn.clock().instant(), ResumePosition.start(), e);
      }
    }
    Set<String> procorePos = CostImportMapping.procorePurchaseOrders(pos.values());
    Map<Long, List<CommitmentContract>> commitments = new HashMap<>();
    Set<long[]> touched = new LinkedHashSet<>();
    // decide every application first: the target's index must know every commitment touched
    List<Mapped<Draft>> mapped = new ArrayList<>(inputs.size());
    try {
      for (Application in : inputs) {
        mapped.add(map(in, bills, pos, procorePos, projects, commitments, touched));
      }
    } catch (ProcoreSyncException e) {
      return SyncReport.recorder(FLOW, scope, false, conn.clock().instant())
          .abort(conn.clock().instant(), ResumePosition.start(), e);
    }
    RecordMapper<Mapped<Draft>, Draft> mapper = (m, context) -> m;
    return UpsertTemplate.of(FLOW, new Target(procore, touched), conn.clock())
        .run(scope, mapped, mapper, RunOptions.defaults());
  }

  private Mapped<Draft> map(
      Application in,
      Map<String, QbRet> bills,
      Map<String, QbRet> pos,
      Set<String> procorePos,
      List<Project> projects,
      Map<Long, List<CommitmentContract>> commitments,
      Set<long[]> touched) {
    QbRet payment = in.payment();
    String billId = in.applied() == null ? "-" : in.applied().field("TxnID").orElse("?");
    String key = PaymentImportMapping.originId(payment, billId);
    String what = "QuickBooks bill payment " + payment.id().orElse("?");
    if (!edition.importsBillPayments()) {
      return Mapped.decided(
          key,
          RecordOutcome.skipped(
              key,
              "edition.not_us",
              what
                  + " was not imported: Procore imports bill payments from US editions of"
                  + " QuickBooks Desktop only (this company file is set up as "
                  + edition
                  + ")"));
    }
    if (in.applied() == null) {
      return Mapped.decided(
          key, RecordOutcome.skipped(key, "payment.unapplied", what + " is applied to no bill"));
    }
    QbRet bill = bills.get(billId);
    Set<String> linked =
        bill == null ? new HashSet<>() : CostImportMapping.linkedPurchaseOrders(bill);
    linked.retainAll(procorePos);
    if (linked.isEmpty()) {
      return Mapped.decided(
          key,
          RecordOutcome.skipped(
              key,
              "bill.not_from_commitment",
              what
                  + " pays bill "
                  + billId
                  + ", which is not against a purchase order exported from a Procore commitment"
                  + " (its cost is imported as a direct cost)"));
    }
    QbRet po = pos.get(linked.iterator().next());
    String number = po.refNumber().orElse("");
    QbLine jobLine =
        po.lines().stream()
            .filter(l -> l.field("CustomerRef/ListID").isPresent())
            .findFirst()
            .orElse(null);
    Optional<Long> project =
        jobLine == null
            ? Optional.empty()
            : CostsToDirectCostsFlow.projectOf(
                jobLine.field("CustomerRef/ListID").orElseThrow(),
                jobLine.field("CustomerRef").orElse(""),
                projects);
    Optional<CommitmentContract> commitment =
        project.flatMap(
            p ->
                commitments.computeIfAbsent(p, this::commitmentsOf).stream()
                    .filter(
                        c ->
                            c.number()
                                .map(ProjectImportMapping::nameKey)
                                .filter(ProjectImportMapping.nameKey(number)::equals)
                                .isPresent())
                    .findFirst());
    if (commitment.isEmpty()) {
      return Mapped.decided(
          key,
          RecordOutcome.skipped(
              key,
              "commitment.not_found",
              what
                  + " pays against purchase order "
                  + number
                  + ", but "
                  + project
                      .map(p -> "Procore project " + p + " holds no commitment of that number")
                      .orElse("its job is no Procore project")));
    }
    long p = project.orElseThrow();
    long c = commitment.get().id();
    if (touched.stream().noneMatch(t -> t[1] == c)) {
      touched.add(new long[] {p, c});
    }
    return Mapped.upsert(
        new Draft(p, c, null, PaymentImportMapping.toPayment(payment, in.applied())));
  }

  private List<CommitmentContract> commitmentsOf(long project) {
    List<CommitmentContract> out = new ArrayList<>();
    procore.commitments().listPurchaseOrders(project).forEach(out::add);
    procore.commitments().listWorkOrders(project).forEach(out::add);
    return out;
  }

  /** Procore's payments on the commitments the run touches, as an upsert target. */
  private static final class Target implements UpsertTarget<Held, Draft> {
    static final FieldDigest<Held, Draft> DIGEST =
        FieldDigest.of(
            List.of(
                h -> Optional.of(h.commitmentId()),
                h -> h.payment().amount().map(BigDecimal::stripTrailingZeros),
                h -> h.payment().date(),
                h -> h.payment().checkNumber(),
                h -> h.payment().invoiceNumber(),
                h -> h.payment().notes(),
                h -> h.payment().originData()),
            List.of(
                d -> Optional.of(d.commitmentId()),
                d -> d.payment().amount().map(BigDecimal::stripTrailingZeros),
                d -> d.payment().date(),
                d -> d.payment().checkNumber(),
                d -> d.payment().invoiceNumber(),
                d -> d.payment().notes(),
                d -> d.payment().originData()));

    private final CompanyClient procore;
    private final Collection<long[]> commitments;

    Target(CompanyClient procore, Collection<long[]> commitments) {
      this.procore = procore;
      this.commitments = commitments;
    }

    @Override
    public String noun() {
      return "commitment payment";
    }

    @Override
    public Iterable<Held> existing() {
      List<Held> held = new ArrayList<>();
      for (long[] pc : commitments) {
        for (ContractPayment p : procore.contractPayments().list(pc[0], pc[1])) {
          if (p.originId().filter(s -> s.startsWith("qbd:")).isPresent()) {
            held.add(new Held(pc[0], pc[1], p));
          }
        }
      }
      return held;
    }

    @Override
    public Optional<String> existingKey(Held existing) {
      return existing.payment().originId();
    }

    @Override
    public Optional<String> existingId(Held existing) {
      return Optional.of(String.valueOf(existing.payment().id()));
    }

    @Override
    public Optional<String> updateKey(Draft update) {
      return update.payment().originId();
    }

    @Override
    public FieldDigest<Held, Draft> digest() {
      return DIGEST;
    }

    @Override
    public Draft withTargetId(Draft update, String targetId) {
      return new Draft(
          update.projectId(), update.commitmentId(), Long.parseLong(targetId), update.payment());
    }

    @Override
    public Map<String, ItemResult> write(List<PlannedWrite<Draft>> window) {
      Map<String, ItemResult> answers = new HashMap<>();
      for (PlannedWrite<Draft> w : window) {
        Draft d = w.body();
        String key = d.payment().originId().orElseThrow();
        try {
          ContractPayment written =
              d.id() == null
                  ? procore.contractPayments().create(d.projectId(), d.commitmentId(), d.payment())
                  : procore
                      .contractPayments()
                      .update(d.projectId(), d.commitmentId(), d.id(), d.payment());
          answers.put(key, ItemResult.written(String.valueOf(written.id())));
        } catch (ProcoreSyncException e) {
          answers.put(
              key,
              UpsertTarget.refusedForSure(e)
                  ? ItemResult.failed(e.getClass().getSimpleName(), String.valueOf(e.getMessage()))
                  : ItemResult.unknown(
                      e.getClass().getSimpleName(), String.valueOf(e.getMessage())));
        }
      }
      return answers;
    }

    @Override
    public Map<String, Held> lookup(Collection<String> keys) {
      Set<String> wanted = new HashSet<>(keys);
      Map<String, Held> found = new HashMap<>();
      for (Held h : existing()) {
        h.payment().originId().filter(wanted::contains).ifPresent(k -> found.put(k, h));
      }
      return found;
    }
  }
}
