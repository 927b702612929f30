package dev.procoresync.bc.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.testkit.bc.BcCompanyFixture;
import dev.procoresync.testkit.bc.FakeBusinessCentral;
import dev.procoresync.testkit.bc.FakeBusinessCentralTest;
import dev.procoresync.testkit.bc.contract.BcApi;
import dev.procoresync.testkit.contract.CancellationBoundary;
import dev.procoresync.testkit.contract.TargetRecord;
import dev.procoresync.testkit.contract.UpsertFlowContract;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.FakeProcoreTest;
import dev.procoresync.testkit.procore.Fault;
import dev.procoresync.testkit.procore.Fixtures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/**
 * The purchase order flow (flow 2) passes the kit's upsert contract between the fake Business
 * Central and the fake Procore. An input is an order as Business Central holds it: {@link #run}
 * puts the inputs into the fake Business Central (a new order with one sent line, or the changed
 * description of an order there) and runs the flow, which reads them back through the client. The
 * writes counted are both sides': Procore's and the commitment ids written back to Business
 * Central.
 */
@FakeProcoreTest
@FakeBusinessCentralTest
class PurchaseOrderFlowContractTest
    extends UpsertFlowContract<PurchaseOrderFlowContractTest.Order> {
  private static final int WINDOW = 5;
  private FakeProcore procore;
  private FakeBusinessCentral bc;

  /**
   * An order of the contract: its No. and its description (the commitment's title).
   *
   * @param number the order's No.
   * @param description the description
   */
  record Order(String number, String description) {}

  @BeforeEach
  void attach(FakeProcore procore, FakeBusinessCentral bc) {
    this.procore = procore;
    this.bc = bc;
    long project = ProcoreHarness.project(procore, "Contract", "01.1000.M", "01.2000.L");
    procore.givenVendor(Fixtures.vendor("Acme Supply").originId("bc:vendor:V0042"));
    bc.given(
        BcCompanyFixture.builder()
            .vendor("V0042", "Acme Supply")
            .project("JOB000042", "Contract", p -> p.put("procoreProjectId", project))
            .build());
  }

  @Override
  protected Order input(int i) {
    return new Order(String.format("PO-%04d", i + 1), "Rebar order " + (i + 1));
  }

  @Override
  protected Order changed(Order input) {
    return new Order(input.number(), input.description() + " (revised)");
  }

  @Override
  protected String keyOf(Order input) {
    return "bc:purchase_order:" + input.number();
  }

  @Override
  protected String digestOf(Order input) {
    return input.description();
  }

  @Override
  protected SyncReport run(List<Order> inputs, RunOptions options) {
    hold(inputs);
    return PurchaseOrderFlow.create(
            BcHarness.client(bc), ProcoreHarness.company(procore), procore.clock())
        .withWindowSize(WINDOW)
        .run(options);
  }

  /** Makes the fake Business Central hold exactly these orders, as a user would edit them. */
  private void hold(List<Order> inputs) {
    Map<String, JsonNode> held = new HashMap<>();
    for (JsonNode o : bc.all(BcApi.CUSTOM, "purchaseOrders")) {
      held.put(o.path("number").asText(), o);
    }
    for (Order order : inputs) {
      JsonNode there = held.get(order.number());
      if (there == null) {
        bc.given(
            BcCompanyFixture.builder()
                .purchaseOrder(
                    order.number(),
                    "V0042",
                    "JOB000042",
                    o -> o.put("sendToProcore", true).put("description", order.description()))
                .purchaseOrderLine(
                    order.number(),
                    10000,
                    l ->
                        l.put("description", "Rebar")
                            .put("quantity", 2)
                            .put("directUnitCost", 100)
                            .put("lineAmount", 200)
                            .put("jobNo", "JOB000042")
                            .put("jobTaskNo", "1000")
                            .put("costType", "M")
                            .put("segmentCode", "01")
                            .put("sendToProcore", true))
                .build());
      } else if (!order.description().equals(there.path("description").asText())) {
        bc.update(
            BcApi.CUSTOM,
            "purchaseOrders",
            there.path("id").asText(),
            JsonNodeFactory.instance.objectNode().put("description", order.description()));
      }
    }
  }

  @Override
  protected List<TargetRecord> targetHolds() {
    return procore.all("purchase_order_contracts").stream()
        .filter(n -> n.hasNonNull("origin_id"))
        .map(n -> new TargetRecord(n.get("origin_id").asText(), n.path("title").asText()))
        .toList();
  }

  @Override
  protected long writeCount() {
    return ProcoreHarness.writes(procore).size() + BcHarness.writes(bc).size();
  }

  @Override
  protected void failNextWrite() {
    procore.failNext("PATCH /rest/v1.0/purchase_order_contracts/sync", 5, Fault.serverError());
  }

  @Override
  protected CancellationBoundary cancellationBoundary() {
    return CancellationBoundary.writeWindow(WINDOW);
  }
}
