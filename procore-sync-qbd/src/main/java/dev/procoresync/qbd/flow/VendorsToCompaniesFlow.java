package dev.procoresync.qbd.flow;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.error.ProcoreSyncException;
import dev.procoresync.core.flow.VendorUpsertFlow;
import dev.procoresync.core.model.Vendor;
import dev.procoresync.core.model.VendorUpdate;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.ResumePosition;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.qbd.mapping.VendorImportMapping;
import dev.procoresync.qbd.model.VendorImportSettings;
import dev.procoresync.qbd.qbxml.ListQuery;
import dev.procoresync.qbd.qbxml.ListType;
import dev.procoresync.qbd.qbxml.QbRet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

/**
 * QuickBooks vendors -> the Procore company directory (import): reads every QuickBooks vendor
 * (active and inactive) through the Web Connector, keeps those of the selected vendor types ({@link
 * VendorImportSettings}; the others are SKIPPED with reason {@code vendor_type.not_selected}), maps
 * them with {@link VendorImportMapping} and writes them through core's {@link VendorUpsertFlow}
 * (origin id {@code qbd:vendor:<ListID>}), so a rerun with nothing changed writes nothing.
 *
 * <p>Existing Procore companies are linked, not duplicated (decision 0410): a vendor whose origin
 * id Procore already holds updates that company; else one Procore company of the same name (without
 * regard to case) and no origin id is linked by its id (reported CREATED with that company's id, as
 * the sync call reports it; nothing new is created). A name held by a Procore company already
 * linked to another record (another QuickBooks vendor or another system) is SKIPPED with reason
 * {@code name.in_use}, naming that company; two or more unlinked companies of that name are SKIPPED
 * with reason {@code name.ambiguous}. QuickBooks itself refuses a vendor named like a customer or
 * other name (one namespace, status 3100), so such a clash cannot reach the import.
 *
 * <pre>{@code
 * VendorsToCompaniesFlow flow = VendorsToCompaniesFlow.create(qbd, procore.forCompany(id),
 *     VendorImportSettings.defaults());
 * QbdFlowRun run = flow.start("vendor-import-1");
 * // after each Web Connector session:
 * run = flow.advance(run);
 * }</pre>
 */
public final class VendorsToCompaniesFlow {
  /** The flow's name in reports. */
  public static final String FLOW = "qbd-vendors-to-companies";

  private final QbdConnection conn;
  private final CompanyClient procore;
  private final VendorImportSettings settings;
  private final ImportReader reader;

  private VendorsToCompaniesFlow(
      QbdConnection conn, CompanyClient procore, VendorImportSettings settings) {
    this.conn = conn;
    this.procore = procore;
    this.settings = settings;
    this.reader =
        new ImportReader(
            conn, size -> ListQuery.builder().type(ListType.VENDOR).maxReturned(size).build());
  }

  /**
   * Creates the flow.
   *
   * @param conn the Web Connector queue and company
   * @param procore the Procore company the directory belongs to
   * @param settings which vendor types to import
   * @return the flow
   */
  public static VendorsToCompaniesFlow create(
      QbdConnection conn, CompanyClient procore, VendorImportSettings settings) {
    return new VendorsToCompaniesFlow(
        Objects.requireNonNull(conn, "conn"),
        Objects.requireNonNull(procore, "procore"),
        Objects.requireNonNull(settings, "settings"));
  }

  /**
   * Starts a run: queues the read of QuickBooks' vendors.
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
   * Moves the run on once the Web Connector drained the read: restarts a read that failed (at most
   * five reads, then the run is ABORTED), else writes to Procore and makes the report final. Does
   * nothing before the read is drained or after the run is final.
   *
   * @param run the run
   * @return the run, final once the vendors were written
   */
  public QbdFlowRun advance(QbdFlowRun run) {
    Objects.requireNonNull(run, "run");
    if (run.isFinal() || !reader.drained(run)) {
      return run;
    }
    ImportReader.Pages pages = reader.collect(run);
    if (!pages.ok()) {
      if (run.readAttempts < ExportEngine.MAX_READS) {
        reader.enqueue(run);
        return run;
      }
      run.importReport =
          SyncReport.recorder(FLOW, scope(), false, conn.clock().instant())
              .abort(conn.clock().instant(), ResumePosition.start(), pages.problem());
      run.phase = QbdFlowRun.Phase.DONE;
      return run;
    }
    run.importReport = write(pages.rets());
    run.phase = QbdFlowRun.Phase.DONE;
    return run;
  }

  private String scope() {
    return "qbd:" + conn.companyKey() + "->company:" + procore.companyId();
  }

  private SyncReport write(List<QbRet> vendors) {
    List<Vendor> directory;
    try {
      directory = new ArrayList<>();
      procore.vendors().list().forEach(directory::add);
    } catch (ProcoreSyncException e) {
      return SyncReport.recorder(FLOW, scope(), false, conn.clock().instant())
          .abort(conn.clock().instant(), ResumePosition.start(), e);
    }
    Set<String> linkedOrigins = new HashSet<>();
    Map<String, List<Vendor>> byName = new HashMap<>();
    for (Vendor v : directory) {
      v.originId().ifPresent(linkedOrigins::add);
      byName.computeIfAbsent(VendorImportMapping.nameKey(v.name()), k -> new ArrayList<>()).add(v);
    }
    List<VendorUpdate> writes = new ArrayList<>();
    List<RecordOutcome> decided = new ArrayList<>();
    for (QbRet vendor : vendors) {
      if (vendor.id().isEmpty()) {
        decided.add(
            RecordOutcome.skipped(
                "qbd:vendor:" + vendor.fullName().orElse("?"),
                "list_id.missing",
                "QuickBooks sent a vendor without a ListID"));
        continue;
      }
      String origin = VendorImportMapping.originId(vendor);
      String name = vendor.fullName().orElse("");
      if (!settings.selects(vendor.field("VendorTypeRef"))) {
        decided.add(
            RecordOutcome.skipped(
                origin,
                "vendor_type.not_selected",
                "vendor '"
                    + name
                    + "' has vendor type '"
                    + vendor.field("VendorTypeRef").orElse("")
                    + "', which the import settings do not select"));
        continue;
      }
      VendorUpdate update = VendorImportMapping.toUpdate(vendor);
      if (!linkedOrigins.contains(origin)) {
        List<Vendor> same = byName.getOrDefault(VendorImportMapping.nameKey(name), List.of());
        List<Vendor> free =
            same.stream().filter(v -> VendorImportMapping.linkable(v, name)).toList();
        if (free.size() == 1) {
          update = update.toBuilder().id(free.get(0).id()).build();
        } else if (free.size() > 1) {
          decided.add(
              RecordOutcome.skipped(
                  origin,
                  "name.ambiguous",
                  "vendor '"
                      + name
                      + "' matches "
                      + free.size()
                      + " Procore companies without an origin id ("
                      + ids(free)
                      + "); give one of them origin id '"
                      + origin
                      + "' to link it"));
          continue;
        } else if (!same.isEmpty()) {
          Vendor taken = same.get(0);
          decided.add(
              RecordOutcome.skipped(
                  origin,
                  "name.in_use",
                  "vendor '"
                      + name
                      + "' is named like Procore company "
                      + taken.id()
                      + ", which is linked to '"
                      + taken.originId().orElse("")
                      + "'; rename one of them"));
          continue;
        }
      }
      writes.add(update);
    }
    SyncReport written =
        VendorUpsertFlow.create(procore, conn.clock()).run(writes, u -> u, RunOptions.defaults());
    return merge(written, decided);
  }

  private static String ids(List<Vendor> vendors) {
    return String.join(", ", vendors.stream().map(v -> String.valueOf(v.id())).toList());
  }

  private SyncReport merge(SyncReport written, List<RecordOutcome> decided) {
    if (decided.isEmpty()) {
      return written.toBuilder().flow(FLOW).scope(scope()).build();
    }
    Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
    counts.putAll(written.counts());
    List<RecordOutcome> skips = new ArrayList<>(written.skips());
    List<RecordOutcome> failures = new ArrayList<>(written.failures());
    for (RecordOutcome o : decided) {
      counts.merge(o.outcome(), 1L, Long::sum);
      (o.outcome() == Outcome.FAILED ? failures : skips).add(o);
    }
    return written.toBuilder()
        .flow(FLOW)
        .scope(scope())
        .totalInputs(written.totalInputs() + decided.size())
        .declaredInputs(
            written.declaredInputs().isPresent()
                ? OptionalLong.of(written.declaredInputs().getAsLong() + decided.size())
                : OptionalLong.empty())
        .counts(counts)
        .skips(skips)
        .failures(failures)
        .build();
  }
}
