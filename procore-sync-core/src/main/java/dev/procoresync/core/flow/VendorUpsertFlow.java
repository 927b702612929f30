package dev.procoresync.core.flow;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.SyncFailure;
import dev.procoresync.core.client.SyncResult;
import dev.procoresync.core.error.ProcoreSyncException;
import dev.procoresync.core.flow.internal.FieldDigest;
import dev.procoresync.core.flow.internal.InputPositions;
import dev.procoresync.core.model.ImmutableVendorUpdate;
import dev.procoresync.core.model.NamedRef;
import dev.procoresync.core.model.Vendor;
import dev.procoresync.core.model.VendorUpdate;
import dev.procoresync.core.origin.OriginId;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.core.sync.SyncRun;
import dev.procoresync.core.validation.Violation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Upserts a host's vendor records into the Procore company's vendor directory.
 *
 * <p>The host supplies its own records and a mapping function to {@link VendorUpdate}; the update's
 * {@code origin_id} is the match key (one documented form, such as {@code erp:vendor:V-0042}). One
 * run:
 *
 * <ol>
 *   <li>reads the company's vendors once, page by page at Procore's largest page size, and keeps a
 *       compact index (origin id to Procore id and a 64-bit hash per field);
 *   <li>maps and validates each record: no origin id, a malformed one, a repeated one, no name or a
 *       name over 255 characters is SKIPPED before any request;
 *   <li>compares each valid record with the index: nothing to change is UNCHANGED and not written;
 *   <li>writes the rest through {@code PATCH /rest/v1.0/vendors/sync}, at most one call per 1,000
 *       input records, and reports each as CREATED or UPDATED, or FAILED with Procore's per-item
 *       message.
 * </ol>
 *
 * <p>A rerun after a failure half-way completes the rest without duplicates, because the sync
 * endpoint matches by origin id. The flow holds no state between runs and is thread safe.
 *
 * <pre>{@code
 * VendorUpsertFlow flow = VendorUpsertFlow.create(client.forCompany(companyId));
 * SyncReport report = flow.run(erpVendors, v -> ImmutableVendorUpdate.builder()
 *     .originId("erp:vendor:" + v.number())
 *     .name(v.name())
 *     .build(), RunOptions.defaults());
 * System.out.println(report.toText());
 * }</pre>
 */
public final class VendorUpsertFlow {
  /** The flow's name in reports and cursors. */
  public static final String NAME = "vendor-upsert";

  /** The longest vendor name Procore accepts. */
  public static final int MAX_NAME_LENGTH = 255;

  private static final int WINDOW = 1_000;

  private static final FieldDigest<Vendor, VendorUpdate> DIGEST =
      FieldDigest.of(
          List.of(
              v -> Optional.of(v.name()),
              Vendor::abbreviatedName,
              Vendor::tradeName,
              Vendor::legalName,
              Vendor::address,
              Vendor::city,
              Vendor::stateCode,
              Vendor::countryCode,
              Vendor::zip,
              Vendor::businessPhone,
              Vendor::emailAddress,
              Vendor::isActive,
              Vendor::licenseNumber,
              v -> v.parent().flatMap(NamedRef::id),
              Vendor::originData,
              Vendor::originCode),
          List.of(
              VendorUpdate::name,
              VendorUpdate::abbreviatedName,
              VendorUpdate::tradeName,
              VendorUpdate::legalName,
              VendorUpdate::address,
              VendorUpdate::city,
              VendorUpdate::stateCode,
              VendorUpdate::countryCode,
              VendorUpdate::zip,
              VendorUpdate::businessPhone,
              VendorUpdate::emailAddress,
              VendorUpdate::isActive,
              VendorUpdate::licenseNumber,
              VendorUpdate::parentId,
              VendorUpdate::originData,
              VendorUpdate::originCode));

  private final CompanyClient company;
  private final Clock clock;

  private VendorUpsertFlow(CompanyClient company, Clock clock) {
    this.company = company;
    this.clock = clock;
  }

  /**
   * Creates the flow for one company, on the system clock (used only for report timestamps).
   *
   * @param company the company-scoped client
   * @return the flow
   */
  public static VendorUpsertFlow create(CompanyClient company) {
    return create(company, Clock.systemUTC());
  }

  /**
   * Creates the flow for one company on {@code clock}.
   *
   * @param company the company-scoped client
   * @param clock the clock used for report timestamps
   * @return the flow
   */
  public static VendorUpsertFlow create(CompanyClient company, Clock clock) {
    return new VendorUpsertFlow(
        Objects.requireNonNull(company, "company"), Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Runs the flow over the host's records.
   *
   * <p>Every record ends in exactly one outcome of the returned report. A {@link
   * ProcoreSyncException} from reading the directory aborts the run (nothing was written); one from
   * a write fails the records of that write and the run goes on.
   *
   * @param records the host's vendor records, read once, in order
   * @param mapping turns one record into the vendor Procore should hold; a record whose mapping
   *     throws is FAILED with that error
   * @param options dry run, progress listener, cancellation, resume position
   * @param <S> the host's record type
   * @return the report, counting every record exactly once
   */
  public <S> SyncReport run(
      Iterable<S> records, Function<? super S, VendorUpdate> mapping, RunOptions options) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(mapping, "mapping");
    Objects.requireNonNull(options, "options");
    String scope = "company:" + company.companyId();
    SyncRun run =
        records instanceof Collection<?> known
            ? SyncRun.start(NAME, scope, known.size(), options, clock)
            : SyncRun.start(NAME, scope, options, clock);

    Map<String, Indexed> index = readIndex();
    Set<String> seen = new HashSet<>();
    long position = 0;
    long resumeAt = run.resumeFrom().map(p -> InputPositions.processed(p, NAME)).orElse(0L);
    Iterator<S> it = records.iterator();
    List<Pending> window = new ArrayList<>(WINDOW);
    while (it.hasNext()) {
      if (run.isCancellationRequested()) {
        flush(run, window);
        run.checkpoint(InputPositions.after(position));
        return run.cancel();
      }
      S record = it.next();
      position++;
      if (position <= resumeAt) {
        run.record(
            RecordOutcome.skipped(
                "record #" + position,
                "resume.already_processed",
                "processed by the run this one resumes (position " + resumeAt + ")"));
        continue;
      }
      prepare(position, record, mapping, index, seen, run, window);
      if (window.size() >= WINDOW) {
        flush(run, window);
        run.checkpoint(InputPositions.after(position));
      }
    }
    flush(run, window);
    return run.complete();
  }

  private Map<String, Indexed> readIndex() {
    Map<String, Indexed> index = new HashMap<>();
    for (Vendor vendor : company.vendors().list()) {
      Optional<String> origin = vendor.originId();
      Optional<Long> id = vendor.id();
      if (origin.isPresent() && id.isPresent()) {
        index.put(origin.get(), new Indexed(id.get(), DIGEST.digest(vendor)));
      }
    }
    return index;
  }

  private static <S> void prepare(
      long position,
      S record,
      Function<? super S, VendorUpdate> mapping,
      Map<String, Indexed> index,
      Set<String> seen,
      SyncRun run,
      List<Pending> window) {
    VendorUpdate update;
    try {
      update = Objects.requireNonNull(mapping.apply(record), "mapping returned null");
    } catch (RuntimeException e) {
      run.record(RecordOutcome.failed("record #" + position, e));
      return;
    }
    String key = update.originId().orElse("");
    List<Violation> violations = validate(update);
    if (!violations.isEmpty()) {
      run.record(RecordOutcome.skipped(label(update), violations));
      return;
    }
    if (!seen.add(key)) {
      run.record(
          RecordOutcome.skipped(
              label(update),
              List.of(
                  Violation.of(
                      "origin_id.duplicate",
                      "origin_id",
                      key,
                      "origin_id '"
                          + key
                          + "' appears more than once in this run; the first record wins,"
                          + " give each vendor its own origin id"))));
      return;
    }
    Indexed existing = index.get(key);
    if (existing != null && !DIGEST.changes(update, existing.digest())) {
      run.record(RecordOutcome.unchanged(label(update), Long.toString(existing.id())));
      return;
    }
    VendorUpdate body =
        existing == null ? update : ImmutableVendorUpdate.copyOf(update).withId(existing.id());
    window.add(new Pending(key, label(update), body, existing != null));
  }

  private static String label(VendorUpdate update) {
    return "vendor " + update.originId().orElse("(no origin_id)");
  }

  static List<Violation> validate(VendorUpdate update) {
    List<Violation> found = new ArrayList<>(2);
    Optional<String> origin = update.originId();
    if (origin.isEmpty() || origin.get().isBlank()) {
      found.add(
          Violation.of(
              "origin_id.missing",
              "origin_id",
              null,
              "origin_id is missing; set it to the vendor's key in your system, such as"
                  + " erp:vendor:V-0042, so that reruns update instead of duplicating"));
    } else {
      OriginId.parse(origin.get()).violations().forEach(found::add);
    }
    Optional<String> name = update.name();
    if (name.isEmpty() || name.get().isBlank()) {
      found.add(
          Violation.of(
              "name.blank",
              "name",
              name.orElse(null),
              "name is blank; Procore requires a vendor name"));
    } else if (name.get().length() > MAX_NAME_LENGTH) {
      found.add(
          Violation.of(
              "name.too_long",
              "name",
              name.get(),
              "name is "
                  + name.get().length()
                  + " characters; Procore accepts at most "
                  + MAX_NAME_LENGTH
                  + ", shorten it"));
    }
    return found;
  }

  private void flush(SyncRun run, List<Pending> window) {
    if (window.isEmpty()) {
      return;
    }
    List<VendorUpdate> bodies = new ArrayList<>(window.size());
    for (Pending p : window) {
      bodies.add(p.body());
    }
    Optional<SyncResult<Vendor>> result;
    try {
      result = run.write(() -> company.vendors().sync(bodies));
    } catch (ProcoreSyncException e) {
      for (Pending p : window) {
        run.record(RecordOutcome.failed(p.label(), e));
      }
      window.clear();
      return;
    }
    if (result.isEmpty()) {
      for (Pending p : window) {
        String id = p.body().id().map(String::valueOf).orElse(null);
        run.record(
            p.exists()
                ? RecordOutcome.updated(p.label(), id)
                : RecordOutcome.created(p.label(), id));
      }
      window.clear();
      return;
    }
    Map<String, Vendor> written = new HashMap<>();
    for (Vendor v : result.get().entities()) {
      v.originId().ifPresent(origin -> written.put(origin, v));
    }
    Map<String, SyncFailure> failures = result.get().failuresByOriginId();
    for (Pending p : window) {
      SyncFailure failure = failures.get(p.key());
      Vendor vendor = written.get(p.key());
      if (failure != null) {
        run.record(RecordOutcome.failed(p.label(), "ProcoreSyncError", failure.message()));
      } else if (vendor != null) {
        String id = vendor.id().map(String::valueOf).orElse(null);
        run.record(
            p.exists()
                ? RecordOutcome.updated(p.label(), id)
                : RecordOutcome.created(p.label(), id));
      } else {
        run.record(
            RecordOutcome.failed(
                p.label(),
                "ProcoreSyncError",
                "Procore's sync answer named neither an entity nor an error for this origin_id"));
      }
    }
    window.clear();
  }

  private record Indexed(long id, long[] digest) {}

  private record Pending(String key, String label, VendorUpdate body, boolean exists) {}

  @Override
  public String toString() {
    return "VendorUpsertFlow{company=" + company.companyId() + "}";
  }
}
