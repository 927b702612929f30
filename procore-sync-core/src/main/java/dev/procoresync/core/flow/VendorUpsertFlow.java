package dev.procoresync.core.flow;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.SyncFailure;
import dev.procoresync.core.client.SyncResult;
import dev.procoresync.core.model.NamedRef;
import dev.procoresync.core.model.Vendor;
import dev.procoresync.core.model.VendorUpdate;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.core.validation.Violation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
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
 * <p>The flow runs on the {@link UpsertTemplate}: dry run, progress, cancellation at the next
 * record boundary, resume by record count ({@link
 * dev.procoresync.core.sync.ResumePosition#afterRecords}), the ABORTED status and the lookup after
 * a write whose outcome is unknown (the vendor directory is read again and each record of the
 * window is CREATED or UPDATED when Procore holds it as sent, else FAILED) are described there.
 *
 * <p>A rerun after a failure half-way completes the rest without duplicates, because the sync
 * endpoint matches by origin id. The flow holds no state between runs and is thread safe.
 *
 * <pre>{@code
 * VendorUpsertFlow flow = VendorUpsertFlow.create(client.forCompany(companyId));
 * SyncReport report = flow.run(erpVendors, v -> VendorUpdate.builder()
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

  static final FieldDigest<Vendor, VendorUpdate> DIGEST =
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
              v -> v.parent().map(NamedRef::id),
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
  private final int windowSize;

  private VendorUpsertFlow(CompanyClient company, Clock clock, int windowSize) {
    this.company = company;
    this.clock = clock;
    this.windowSize = windowSize;
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
        Objects.requireNonNull(company, "company"),
        Objects.requireNonNull(clock, "clock"),
        UpsertTarget.DEFAULT_WINDOW_SIZE);
  }

  /**
   * Returns a copy that writes at most {@code windowSize} vendors per sync call (default 1,000, the
   * most Procore's sync endpoint takes).
   *
   * @param windowSize the most vendors per call, 1 to 1,000
   * @return the copy
   * @throws IllegalArgumentException when {@code windowSize} is out of range
   */
  public VendorUpsertFlow withWindowSize(int windowSize) {
    if (windowSize < 1 || windowSize > UpsertTarget.DEFAULT_WINDOW_SIZE) {
      throw new IllegalArgumentException(
          "windowSize must be 1 to " + UpsertTarget.DEFAULT_WINDOW_SIZE + ", got " + windowSize);
    }
    return new VendorUpsertFlow(company, clock, windowSize);
  }

  /**
   * Runs the flow over the host's records.
   *
   * <p>Every record ends in exactly one outcome of the returned report. A failure to read the
   * directory ends the run ABORTED before any write; a failed write fails the records of that write
   * (after the lookup when its outcome is unknown) and the run goes on. See {@link UpsertTemplate}
   * for the rest (mappings that throw, sources that throw, cancellation, resume).
   *
   * @param records the host's vendor records, read once, in order
   * @param mapping turns one record into the vendor Procore should hold; a record whose mapping
   *     throws an exception is FAILED with that error ({@code "record #n"})
   * @param options dry run, progress listener, cancellation, resume position (a record count)
   * @param <S> the host's record type
   * @return the report, counting every record exactly once
   * @throws IllegalArgumentException when the resume position is not a record count
   */
  public <S> SyncReport run(
      Iterable<S> records, Function<? super S, VendorUpdate> mapping, RunOptions options) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(mapping, "mapping");
    Objects.requireNonNull(options, "options");
    return UpsertTemplate.of(NAME, new Target(company, windowSize), clock)
        .run("company:" + company.companyId(), records, RecordMapper.of(mapping), options);
  }

  static List<Violation> validate(VendorUpdate update) {
    List<Violation> found = new ArrayList<>(1);
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

  /** The company's vendor directory as an upsert target: the batch sync endpoint. */
  private static final class Target implements UpsertTarget<Vendor, VendorUpdate> {
    private final CompanyClient company;
    private final int windowSize;

    Target(CompanyClient company, int windowSize) {
      this.company = company;
      this.windowSize = windowSize;
    }

    @Override
    public String noun() {
      return "vendor";
    }

    @Override
    public Iterable<Vendor> existing() {
      return company.vendors().list();
    }

    @Override
    public Optional<String> existingKey(Vendor existing) {
      return existing.originId();
    }

    @Override
    public Optional<String> existingId(Vendor existing) {
      return Optional.of(String.valueOf(existing.id()));
    }

    @Override
    public Optional<String> updateKey(VendorUpdate update) {
      return update.originId();
    }

    @Override
    public FieldDigest<Vendor, VendorUpdate> digest() {
      return DIGEST;
    }

    @Override
    public VendorUpdate withTargetId(VendorUpdate update, String targetId) {
      return update.toBuilder().id(Long.parseLong(targetId)).build();
    }

    @Override
    public List<Violation> validate(VendorUpdate update) {
      return VendorUpsertFlow.validate(update);
    }

    @Override
    public int windowSize() {
      return windowSize;
    }

    @Override
    public Map<String, ItemResult> write(List<PlannedWrite<VendorUpdate>> window) {
      List<VendorUpdate> bodies = new ArrayList<>(window.size());
      window.forEach(w -> bodies.add(w.body()));
      SyncResult<Vendor> result = company.vendors().sync(bodies);
      Map<String, ItemResult> answers = new HashMap<>();
      for (Vendor v : result.entities()) {
        v.originId().ifPresent(key -> answers.put(key, ItemResult.written(String.valueOf(v.id()))));
      }
      for (Map.Entry<String, SyncFailure> f : result.failuresByOriginId().entrySet()) {
        answers.put(f.getKey(), failed(f.getValue()));
      }
      return answers;
    }

    @Override
    public Map<String, Vendor> lookup(Collection<String> keys) {
      Set<String> wanted = new HashSet<>(keys);
      Map<String, Vendor> found = new HashMap<>();
      for (Vendor v : company.vendors().list()) {
        v.originId().filter(wanted::contains).ifPresent(key -> found.put(key, v));
      }
      return found;
    }

    @Override
    public String toString() {
      return "vendors of company " + company.companyId();
    }
  }

  /**
   * Answers a per-item failure of a sync call: FAILED when Procore refused the record, unknown
   * (looked up by the template) when the call carrying it failed without an answer.
   */
  static ItemResult failed(SyncFailure failure) {
    String message = failure.message();
    String text =
        message == null || message.isBlank()
            ? "Procore refused this record without saying why"
            : message;
    if (failure.cause().isPresent() && !UpsertTarget.refusedForSure(failure.cause().get())) {
      return ItemResult.unknown(failure.cause().get().getClass().getName(), text);
    }
    return ItemResult.failed("ProcoreSyncError", text);
  }

  @Override
  public String toString() {
    return "VendorUpsertFlow{company=" + company.companyId() + "}";
  }
}
