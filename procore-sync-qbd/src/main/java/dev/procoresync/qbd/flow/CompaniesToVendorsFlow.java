package dev.procoresync.qbd.flow;

import dev.procoresync.core.flow.Mapped;
import dev.procoresync.core.model.Vendor;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.validation.Validated;
import dev.procoresync.qbd.mapping.VendorMapping;
import dev.procoresync.qbd.qbxml.ListQuery;
import dev.procoresync.qbd.qbxml.ListType;
import dev.procoresync.qbd.qbxml.QbAddress;
import dev.procoresync.qbd.qbxml.QbRequestBody;
import dev.procoresync.qbd.qbxml.QbRet;
import dev.procoresync.qbd.qbxml.VendorAdd;
import dev.procoresync.qbd.qbxml.VendorMod;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Procore companies -> QuickBooks vendors ({@link VendorMapping}): reads the vendors (active and
 * inactive), adds the missing ones and modifies those whose address or phone differ. Vendors are
 * matched by name; a company named like a QuickBooks customer, employee or other name is FAILED
 * with status 3100 and QuickBooks' message (names share one namespace there).
 *
 * <pre>{@code
 * QbdFlowRun run = CompaniesToVendorsFlow.create(qbd).start("vendors-1", companies);
 * }</pre>
 */
public final class CompaniesToVendorsFlow {
  /** The flow's name in reports. */
  public static final String FLOW = "qbd-companies-to-vendors";

  private static final List<String> ADDRESS = List.of("Addr1", "City", "State", "PostalCode");

  private final ExportEngine<Vendor> engine;

  private CompaniesToVendorsFlow(QbdConnection conn) {
    this.engine = new ExportEngine<>(conn, new Spec());
  }

  /**
   * Creates the flow.
   *
   * @param conn the Web Connector queue and company
   * @return the flow
   */
  public static CompaniesToVendorsFlow create(QbdConnection conn) {
    return new CompaniesToVendorsFlow(Objects.requireNonNull(conn, "conn"));
  }

  /**
   * Starts a run: queues the read of QuickBooks' vendors.
   *
   * @param runId the run's id, unique per run
   * @param companies the Procore companies
   * @return the run
   * @throws IllegalArgumentException when {@code runId} is blank
   */
  public QbdFlowRun start(String runId, Iterable<Vendor> companies) {
    return engine.start(
        Objects.requireNonNull(runId, "runId"), Objects.requireNonNull(companies, "companies"));
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

  private static final class Spec implements ExportSpec<Vendor> {
    @Override
    public String flow() {
      return FLOW;
    }

    @Override
    public String noun() {
      return "vendor";
    }

    @Override
    public QbRequestBody read(int pageSize) {
      return ListQuery.builder().type(ListType.VENDOR).maxReturned(pageSize).build();
    }

    @Override
    public QbRequestBody recheck(List<String> lookups) {
      return ListQuery.builder().type(ListType.VENDOR).fullNames(lookups).build();
    }

    @Override
    public Optional<String> keyOf(QbRet existing) {
      return existing.fullName().map(n -> "qbd:vendor:" + ExportEngine.lower(n));
    }

    @Override
    public String lookupOf(QbRet existing) {
      return existing.fullName().orElse("");
    }

    @Override
    public List<String> compared() {
      return List.of(
          "Name",
          "VendorAddress/Addr1",
          "VendorAddress/City",
          "VendorAddress/State",
          "VendorAddress/PostalCode",
          "Phone");
    }

    @Override
    public Mapped<QbWrite> map(Vendor company) {
      Validated<VendorAdd> vendor = VendorMapping.toVendor(company);
      if (!vendor.isValid()) {
        String key = "qbd:vendor:procore-company-" + company.id();
        return Mapped.decided(key, RecordOutcome.skipped(key, vendor.violations()));
      }
      VendorAdd add = vendor.value();
      QbWrite.Builder w =
          QbWrite.builder()
              .key("qbd:vendor:" + ExportEngine.lower(add.name()))
              .lookup(add.name())
              .add(add)
              .putCompare("Name", add.name());
      add.vendorAddress().ifPresent(a -> compareAddress(w, a));
      add.phone().ifPresent(p -> w.putCompare("Phone", p));
      return Mapped.upsert(w.build());
    }

    private static void compareAddress(QbWrite.Builder w, QbAddress a) {
      a.addr1().ifPresent(v -> w.putCompare("VendorAddress/" + ADDRESS.get(0), v));
      a.city().ifPresent(v -> w.putCompare("VendorAddress/" + ADDRESS.get(1), v));
      a.state().ifPresent(v -> w.putCompare("VendorAddress/" + ADDRESS.get(2), v));
      a.postalCode().ifPresent(v -> w.putCompare("VendorAddress/" + ADDRESS.get(3), v));
    }

    @Override
    public QbRequestBody toMod(QbWrite write, QbRet existing) {
      VendorAdd add = (VendorAdd) write.add();
      return VendorMod.builder()
          .listId(existing.id().orElseThrow())
          .editSequence(existing.editSequence().orElseThrow())
          .vendorAddress(add.vendorAddress())
          .phone(add.phone())
          .build();
    }
  }
}
