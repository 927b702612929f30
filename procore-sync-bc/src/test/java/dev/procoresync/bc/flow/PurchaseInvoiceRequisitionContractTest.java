package dev.procoresync.bc.flow;

import dev.procoresync.bc.mapping.ProjectLinks;
import dev.procoresync.bc.mapping.PurchaseInvoiceRules;
import dev.procoresync.bc.mapping.VendorLinks;
import dev.procoresync.bc.model.BcPostedPurchaseInvoice;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.contract.CancellationBoundary;
import dev.procoresync.testkit.contract.TargetRecord;
import dev.procoresync.testkit.contract.UpsertFlowContract;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.FakeProcoreTest;
import dev.procoresync.testkit.procore.Fault;
import dev.procoresync.testkit.procore.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/**
 * The posted purchase invoice flow with {@link PurchaseInvoiceTarget#REQUISITION} passes the kit's
 * upsert contract against the fake Procore: subcontractor invoices on two real commitments.
 */
@FakeProcoreTest
class PurchaseInvoiceRequisitionContractTest extends UpsertFlowContract<BcPostedPurchaseInvoice> {
  private static final int WINDOW = 5;
  private FakeProcore fake;
  private ProjectLinks links;
  private VendorLinks vendors;
  private Map<String, Long> commitments;

  @BeforeEach
  void attach(FakeProcore fake) {
    this.fake = fake;
    long project = ProcoreHarness.project(fake, "Contract", "01.1000.M", "01.2000.L");
    links = ProjectLinks.ofMap(Map.of("JOB000042", project));
    long vendor = fake.givenVendor(Fixtures.vendor("Acme Supply").originId("bc:vendor:V0042"));
    vendors = VendorLinks.of(ProcoreHarness.company(fake).vendors().list());
    long first = commitment(project, vendor, "PO-1001");
    long second = commitment(project, vendor, "PO-1002");
    commitments = Map.of("PO-1001", first, "PO-1002", second);
  }

  private long commitment(long project, long vendor, String number) {
    return fake.given(
            Fixtures.of("purchase_order_contracts")
                .with("number", number)
                .with("title", number)
                .with("vendor_id", vendor)
                .with("origin_id", "bc:purchase_order:" + number)
                .in(project))
        .path("id")
        .asLong();
  }

  @Override
  protected BcPostedPurchaseInvoice input(int i) {
    return PurchaseInvoiceFlowContractTest.invoice(i);
  }

  @Override
  protected BcPostedPurchaseInvoice changed(BcPostedPurchaseInvoice input) {
    return input.toBuilder().postingDate(input.postingDate().orElseThrow().plusDays(1)).build();
  }

  @Override
  protected String keyOf(BcPostedPurchaseInvoice input) {
    return PurchaseInvoiceRules.key(input);
  }

  @Override
  protected String digestOf(BcPostedPurchaseInvoice input) {
    return input.postingDate().orElseThrow().toString();
  }

  @Override
  protected SyncReport run(List<BcPostedPurchaseInvoice> inputs, RunOptions options) {
    return PurchaseInvoiceFlow.forRecords(ProcoreHarness.company(fake), fake.clock())
        .withTarget(PurchaseInvoiceTarget.REQUISITION)
        .withWindowSize(WINDOW)
        .run(inputs, commitments, links, vendors, options);
  }

  @Override
  protected List<TargetRecord> targetHolds() {
    return fake.all("requisitions").stream()
        .filter(n -> n.hasNonNull("origin_id"))
        .map(n -> new TargetRecord(n.get("origin_id").asText(), n.path("billing_date").asText()))
        .toList();
  }

  @Override
  protected long writeCount() {
    return ProcoreHarness.writes(fake).size();
  }

  @Override
  protected void failNextWrite() {
    fake.failNext("POST /rest/v1.1/requisitions", 5, Fault.serverError());
  }

  @Override
  protected CancellationBoundary cancellationBoundary() {
    return CancellationBoundary.writeWindow(WINDOW);
  }
}
