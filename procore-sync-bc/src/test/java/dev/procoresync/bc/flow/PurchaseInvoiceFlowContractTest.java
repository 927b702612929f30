package dev.procoresync.bc.flow;

import dev.procoresync.bc.mapping.ProjectLinks;
import dev.procoresync.bc.mapping.PurchaseInvoiceRules;
import dev.procoresync.bc.mapping.VendorLinks;
import dev.procoresync.bc.model.BcPostedPurchaseInvoice;
import dev.procoresync.bc.model.BcPostedPurchaseInvoiceLine;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.contract.CancellationBoundary;
import dev.procoresync.testkit.contract.TargetRecord;
import dev.procoresync.testkit.contract.UpsertFlowContract;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.FakeProcoreTest;
import dev.procoresync.testkit.procore.Fault;
import dev.procoresync.testkit.procore.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/**
 * The posted purchase invoice flow (flow 3) passes the kit's upsert contract against the fake
 * Procore, on invoices the host reads itself ({@link PurchaseInvoiceFlow#forRecords}).
 */
@FakeProcoreTest
class PurchaseInvoiceFlowContractTest extends UpsertFlowContract<BcPostedPurchaseInvoice> {
  private static final int WINDOW = 5;
  private FakeProcore fake;
  private long project;
  private ProjectLinks links;
  private VendorLinks vendors;
  private Map<String, Long> commitments;

  @BeforeEach
  void attach(FakeProcore fake) {
    this.fake = fake;
    project = ProcoreHarness.project(fake, "Contract", "01.1000.M", "01.2000.L");
    links = ProjectLinks.ofMap(Map.of("JOB000042", project));
    fake.givenVendor(Fixtures.vendor("Acme Supply").originId("bc:vendor:V0042"));
    vendors = VendorLinks.of(ProcoreHarness.company(fake).vendors().list());
    commitments = Map.of("PO-1001", 7001L, "PO-1002", 7002L);
  }

  @Override
  protected BcPostedPurchaseInvoice input(int i) {
    return invoice(i);
  }

  /** Invoice {@code i} of the contract: orders PO-1001 and PO-1002 in turn, one line each. */
  static BcPostedPurchaseInvoice invoice(int i) {
    int n = i + 1;
    return BcPostedPurchaseInvoice.builder()
        .number(String.format("PPI-%04d", n))
        .orderNumber(n % 2 == 0 ? "PO-1002" : "PO-1001")
        .vendorNumber("V0042")
        .vendorInvoiceNumber("ACME-" + n)
        .jobNo("JOB000042")
        .postingDate(LocalDate.of(2026, 11, 20))
        .amount(BigDecimal.valueOf(150L * n))
        .addPostedPurchaseInvoiceLines(
            BcPostedPurchaseInvoiceLine.builder()
                .lineNo(10000)
                .orderLineNo(10000)
                .description("Rebar " + n)
                .quantity(BigDecimal.valueOf(n))
                .directUnitCost(new BigDecimal("150"))
                .lineAmount(BigDecimal.valueOf(150L * n))
                .unitOfMeasureCode("PCS")
                .jobNo("JOB000042")
                .jobTaskNo(n % 2 == 0 ? "1000" : "2000")
                .costType(n % 2 == 0 ? "M" : "L")
                .segmentCode("01")
                .build())
        .build();
  }

  @Override
  protected BcPostedPurchaseInvoice changed(BcPostedPurchaseInvoice input) {
    // a header-only change (the line is as it was): one header sync, no line sync
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
        .withWindowSize(WINDOW)
        .run(inputs, commitments, links, vendors, options);
  }

  @Override
  protected List<TargetRecord> targetHolds() {
    return fake.all("direct_costs").stream()
        .filter(n -> n.hasNonNull("origin_id"))
        .map(
            n -> new TargetRecord(n.get("origin_id").asText(), n.path("direct_cost_date").asText()))
        .toList();
  }

  @Override
  protected long writeCount() {
    return ProcoreHarness.writes(fake).size();
  }

  @Override
  protected void failNextWrite() {
    fake.failNext(
        "PATCH /rest/v1.0/projects/" + project + "/direct_costs/sync", 5, Fault.serverError());
  }

  @Override
  protected CancellationBoundary cancellationBoundary() {
    return CancellationBoundary.writeWindow(WINDOW);
  }
}
