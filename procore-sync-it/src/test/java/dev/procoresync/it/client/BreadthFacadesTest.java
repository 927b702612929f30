package dev.procoresync.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.client.BudgetModificationsUnavailableException;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ListOptions;
import dev.procoresync.core.client.SyncResult;
import dev.procoresync.core.model.AdjustmentLineItem;
import dev.procoresync.core.model.BudgetChange;
import dev.procoresync.core.model.BudgetChangeStatus;
import dev.procoresync.core.model.BudgetChangeUpdate;
import dev.procoresync.core.model.BudgetDetailRow;
import dev.procoresync.core.model.BudgetLineItem;
import dev.procoresync.core.model.BudgetLineItemUpdate;
import dev.procoresync.core.model.BudgetModificationUpdate;
import dev.procoresync.core.model.BudgetView;
import dev.procoresync.core.model.ChangeOrderStatus;
import dev.procoresync.core.model.ChangeOrderUpdate;
import dev.procoresync.core.model.CommitmentLineItem;
import dev.procoresync.core.model.CommitmentLineItemUpdate;
import dev.procoresync.core.model.DirectCost;
import dev.procoresync.core.model.DirectCostLineItem;
import dev.procoresync.core.model.DirectCostLineItemUpdate;
import dev.procoresync.core.model.DirectCostType;
import dev.procoresync.core.model.DirectCostUpdate;
import dev.procoresync.core.model.PotentialChangeOrder;
import dev.procoresync.core.model.PurchaseOrderContract;
import dev.procoresync.core.model.PurchaseOrderContractUpdate;
import dev.procoresync.core.model.PurchaseOrderStatus;
import dev.procoresync.core.model.Requisition;
import dev.procoresync.core.model.RequisitionUpdate;
import dev.procoresync.core.model.WbsCode;
import dev.procoresync.core.model.WbsCodeCreate;
import dev.procoresync.core.model.WbsCodeSegmentItem;
import dev.procoresync.core.model.WbsSegment;
import dev.procoresync.core.model.WbsSegmentItemUpdate;
import dev.procoresync.core.model.WebhookHook;
import dev.procoresync.core.model.WebhookHookUpdate;
import dev.procoresync.core.model.WebhookTrigger;
import dev.procoresync.core.model.WorkOrderContract;
import dev.procoresync.core.model.WorkOrderContractUpdate;
import dev.procoresync.core.model.WorkOrderStatus;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.FakeProcoreTest;
import dev.procoresync.testkit.procore.Fixtures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The breadth facades (WBS, budget, commitments, invoices, direct costs, changes, webhooks). */
@FakeProcoreTest
class BreadthFacadesTest {

  private static <T> List<T> all(Iterable<T> items) {
    List<T> out = new ArrayList<>();
    items.forEach(out::add);
    return out;
  }

  /** Builds cost code 06-200 and cost type L in the company, and budget code 06-200.L. */
  private static long budgetCode(CompanyClient company, long projectId) {
    Map<String, Long> segments = new HashMap<>();
    for (WbsSegment segment : all(company.workBreakdownStructure().listCompanySegments())) {
      segments.put(segment.type().orElseThrow().wireValue(), segment.id());
    }
    long costCode = segments.get("cost_code");
    long costType = segments.get("line_item_type");
    long division =
        company
            .workBreakdownStructure()
            .createCompanySegmentItem(
                costCode, WbsSegmentItemUpdate.builder().code("06").name("Wood").build())
            .id();
    long rough =
        company
            .workBreakdownStructure()
            .createCompanySegmentItem(
                costCode,
                WbsSegmentItemUpdate.builder().code("200").name("Rough").parentId(division).build())
            .id();
    long labor =
        company
            .workBreakdownStructure()
            .createCompanySegmentItem(
                costType, WbsSegmentItemUpdate.builder().code("L").name("Labor").build())
            .id();
    WbsCode code =
        company
            .workBreakdownStructure()
            .createBudgetCode(
                projectId,
                WbsCodeCreate.builder()
                    .description("Rough labor")
                    .addSegmentItems(
                        WbsCodeSegmentItem.builder()
                            .segmentId(costCode)
                            .segmentItemId(rough)
                            .build(),
                        WbsCodeSegmentItem.builder()
                            .segmentId(costType)
                            .segmentItemId(labor)
                            .build())
                    .build());
    assertEquals("06-200.L", code.flatCode().orElseThrow());
    return code.id();
  }

  @Test
  void budgetCodesLinesDetailRowsChangesAndTheLegacyModificationError(FakeProcore fake) {
    CompanyClient company = FakeClients.client(fake).forCompany(fake.companyId());
    long projectId = fake.givenProject(Fixtures.project("Tower"));
    long wbsCodeId = budgetCode(company, projectId);

    assertEquals(
        1,
        all(company.workBreakdownStructure().listBudgetCodes(projectId, ListOptions.none()))
            .size());
    BudgetLineItem line =
        company
            .budget()
            .createLineItem(
                projectId,
                BudgetLineItemUpdate.builder()
                    .wbsCodeId(wbsCodeId)
                    .originalBudgetAmount(new BigDecimal("125000.50"))
                    .build());
    assertEquals(
        0, new BigDecimal("125000.50").compareTo(line.originalBudgetAmount().orElseThrow()));
    SyncResult<BudgetLineItem> synced =
        company
            .budget()
            .syncLineItems(
                projectId,
                List.of(
                    BudgetLineItemUpdate.builder()
                        .id(line.id())
                        .wbsCodeId(wbsCodeId)
                        .originalBudgetAmount(new BigDecimal("130000.00"))
                        .build()));
    assertEquals(1, synced.entities().size());
    assertEquals(
        0,
        new BigDecimal("130000").compareTo(synced.entities().get(0).originalBudgetAmount().get()));

    BudgetView view = all(company.budget().listViews(projectId)).get(0);
    List<BudgetDetailRow> rows = all(company.budget().listDetailRows(projectId, view.id()));
    assertEquals(1, rows.size());
    assertEquals(wbsCodeId, rows.get(0).wbsCodeId().orElseThrow());

    BudgetChange change =
        company
            .budget()
            .createChange(
                projectId,
                BudgetChangeUpdate.builder()
                    .status(BudgetChangeStatus.DRAFT)
                    .title("Move labor")
                    .addAdjustmentLineItem(
                        AdjustmentLineItem.builder()
                            .wbsCodeId(wbsCodeId)
                            .amount(new BigDecimal("-500.00"))
                            .build())
                    .build());
    assertTrue(change.id() > 0);
    assertEquals(1, all(company.budget().listChanges(projectId)).size());

    fake.migrateToBudgetChanges();
    BudgetModificationsUnavailableException refused =
        assertThrows(
            BudgetModificationsUnavailableException.class,
            () ->
                company
                    .budget()
                    .createModification(
                        projectId,
                        BudgetModificationUpdate.builder()
                            .toBudgetLineItemId(line.id())
                            .transferAmount(new BigDecimal("10.00"))
                            .build()));
    assertEquals(405, refused.status());
  }

  @Test
  void commitmentsTheirLinesApprovalLocksAndChangeOrders(FakeProcore fake) {
    CompanyClient company = FakeClients.client(fake).forCompany(fake.companyId());
    long projectId = fake.givenProject(Fixtures.project("Tower"));
    long vendorId = fake.givenVendor(Fixtures.vendor("Acme Concrete"));
    long otherVendor = fake.givenVendor(Fixtures.vendor("Beta Steel"));
    long wbsCodeId = budgetCode(company, projectId);

    PurchaseOrderContract po =
        company
            .commitments()
            .createPurchaseOrder(
                projectId,
                PurchaseOrderContractUpdate.builder()
                    .vendorId(vendorId)
                    .title("Rebar")
                    .originId("bc:po:PO-1")
                    .status(PurchaseOrderStatus.DRAFT)
                    .build());
    long poId = po.id();
    SyncResult<CommitmentLineItem> lines =
        company
            .commitments()
            .syncPurchaseOrderLines(
                projectId,
                poId,
                List.of(
                    CommitmentLineItemUpdate.builder()
                        .originId("bc:poline:PO-1:10000")
                        .wbsCodeId(wbsCodeId)
                        .amount(new BigDecimal("1000.00"))
                        .description("Rebar #5")
                        .build()));
    assertTrue(lines.isComplete(), lines.failures().toString());
    assertEquals(1, all(company.commitments().listPurchaseOrderLines(projectId, poId)).size());

    company
        .commitments()
        .updatePurchaseOrder(
            projectId,
            poId,
            PurchaseOrderContractUpdate.builder().status(PurchaseOrderStatus.APPROVED).build());
    SyncResult<PurchaseOrderContract> vendorChange =
        company
            .commitments()
            .syncPurchaseOrders(
                projectId,
                List.of(
                    PurchaseOrderContractUpdate.builder()
                        .id(poId)
                        .originId("bc:po:PO-1")
                        .vendorId(otherVendor)
                        .build()));
    assertFalse(vendorChange.isComplete(), "an approved commitment keeps its vendor");
    assertTrue(vendorChange.failuresByOriginId().containsKey("bc:po:PO-1"));

    WorkOrderContract wo =
        company
            .commitments()
            .createWorkOrder(
                projectId,
                WorkOrderContractUpdate.builder()
                    .vendorId(vendorId)
                    .status(WorkOrderStatus.OUT_FOR_BID)
                    .build());
    assertEquals(WorkOrderStatus.OUT_FOR_BID, wo.status().orElseThrow());

    SyncResult<PotentialChangeOrder> pcos =
        company
            .changeManagement()
            .syncPotentialChangeOrders(
                projectId,
                poId,
                List.of(
                    ChangeOrderUpdate.builder()
                        .originId("bc:pco:1")
                        .title("Extra rebar")
                        .status(ChangeOrderStatus.PENDING)
                        .build()));
    assertTrue(pcos.isComplete(), pcos.failures().toString());
    assertEquals(
        1,
        all(company.changeManagement().listPotentialChangeOrders(projectId, ListOptions.none()))
            .size());

    Requisition invoice =
        company
            .requisitions()
            .create(projectId, wo.id(), RequisitionUpdate.builder().invoiceNumber("INV-1").build());
    assertTrue(invoice.id() > 0);
    assertEquals(1, all(company.requisitions().list(projectId, ListOptions.none())).size());
  }

  @Test
  void directCostsAndTheirLines(FakeProcore fake) {
    CompanyClient company = FakeClients.client(fake).forCompany(fake.companyId());
    long projectId = fake.givenProject(Fixtures.project("Tower"));
    long vendorId = fake.givenVendor(Fixtures.vendor("Acme Concrete"));
    long wbsCodeId = budgetCode(company, projectId);

    DirectCost cost =
        company
            .directCosts()
            .create(
                projectId,
                DirectCostUpdate.builder()
                    .directCostType(DirectCostType.INVOICE)
                    .vendorId(vendorId)
                    .invoiceNumber("A-55")
                    .originId("bc:pinv:A-55")
                    .build());
    SyncResult<DirectCostLineItem> lines =
        company
            .directCosts()
            .syncLines(
                projectId,
                List.of(
                    DirectCostLineItemUpdate.builder()
                        .directCostId(cost.id())
                        .wbsCodeId(wbsCodeId)
                        .amount(new BigDecimal("99.90"))
                        .originId("bc:pinvline:A-55:1")
                        .build()));
    assertTrue(lines.isComplete(), lines.failures().toString());
    assertEquals(1, all(company.directCosts().listLines(projectId, cost.id())).size());
    assertEquals(
        "bc:pinv:A-55",
        all(company.directCosts().list(projectId, ListOptions.none().withOriginId("bc:pinv:A-55")))
            .get(0)
            .originId()
            .orElseThrow());
  }

  @Test
  void webhookHooksTriggersAndDeliveries(FakeProcore fake) {
    CompanyClient company = FakeClients.client(fake).forCompany(fake.companyId());

    WebhookHook hook =
        company
            .webhooks()
            .createHook(
                WebhookHookUpdate.builder()
                    .apiVersion("v2")
                    .namespace("procore-sync")
                    .destinationUrl("https://hooks.example.com/procore")
                    .putDestinationHeader("Authorization", "Bearer s3cr3t")
                    .build());
    WebhookTrigger trigger =
        company
            .webhooks()
            .createTrigger(
                hook.id().orElseThrow(),
                "v2",
                WebhookTrigger.builder()
                    .resourceName("Timecard Entries")
                    .eventType("update")
                    .build());

    assertEquals(1, all(company.webhooks().listHooks()).size());
    assertEquals(
        trigger.id(), all(company.webhooks().listTriggers(hook.id().orElseThrow())).get(0).id());
    assertTrue(
        all(company.webhooks().listDeliveries(hook.id().orElseThrow(), ListOptions.none()))
            .isEmpty());
    company.webhooks().deleteTrigger(hook.id().orElseThrow(), trigger.id().orElseThrow());
    assertTrue(all(company.webhooks().listTriggers(hook.id().orElseThrow())).isEmpty());
  }
}
