package dev.procoresync.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FinancialModelTest {

  @Test
  void decodesPurchaseOrdersWithProcoresCapitalisedStatuses() {
    PurchaseOrderContract po =
        Json.read(
            """
            {"id": 31, "number": "PO-0042", "title": "Rebar", "status": "Partially Received",
             "executed": true, "vendor": {"id": 7001, "company": "Acme Concrete"},
             "accounting_method": "unit", "grand_total": "48000.00", "revised_contract": "50500.00",
             "approved_change_orders": "2500.00", "pending_change_orders": "0.00",
             "retainage_percent": "10.0", "contract_date": "2026-04-01",
             "origin_id": "bc:po:PO-0042", "origin_code": "PO-0042", "private": true,
             "currency_configuration": {"currency_iso_code": "USD"},
             "deleted_at": null, "created_at": "2026-04-01T12:00:00Z"}
            """,
            PurchaseOrderContract.class);

    assertEquals(PurchaseOrderStatus.PARTIALLY_RECEIVED, po.status().orElseThrow());
    assertEquals(Optional.of("Acme Concrete"), po.vendor().orElseThrow().company());
    assertEquals(AccountingMethod.UNIT, po.accountingMethod().orElseThrow());
    assertEquals("50500.00", po.revisedContract().orElseThrow().toPlainString());
    assertEquals(Optional.of(true), po.privateContract());
    JsonNode written = Json.tree(po);
    assertEquals("Partially Received", written.get("status").asText());
    assertTrue(written.get("private").asBoolean());
    assertEquals(po, Json.roundTrip(po, PurchaseOrderContract.class));
  }

  @Test
  void decodesWorkOrdersAndToleratesNewStatuses() {
    WorkOrderContract wo =
        Json.read(
            "{\"id\": 32, \"status\": \"Out For Bid\", \"grand_total\": 125000}",
            WorkOrderContract.class);
    WorkOrderContract future =
        Json.read("{\"id\": 33, \"status\": \"Suspended\"}", WorkOrderContract.class);

    assertEquals(WorkOrderStatus.OUT_FOR_BID, wo.status().orElseThrow());
    assertEquals(new BigDecimal("125000"), wo.grandTotal().orElseThrow());
    assertEquals(WorkOrderStatus.UNKNOWN, future.status().orElseThrow());
  }

  @Test
  void bothKindsOfCommitmentReadAsOneCommitmentContract() {
    List<CommitmentContract> commitments =
        List.of(
            Json.read("{\"id\": 31, \"grand_total\": \"10.50\"}", PurchaseOrderContract.class),
            Json.read("{\"id\": 32, \"grand_total\": \"4.25\"}", WorkOrderContract.class));

    BigDecimal total =
        commitments.stream()
            .map(c -> c.grandTotal().orElseThrow())
            .reduce(BigDecimal.ZERO, BigDecimal::add);

    assertEquals(new BigDecimal("14.75"), total);
  }

  @Test
  void contractUpdatesWriteStatusesAsProcoreSpellsThem() {
    WorkOrderContractUpdate body =
        WorkOrderContractUpdate.builder()
            .vendorId(7001L)
            .status(WorkOrderStatus.OUT_FOR_SIGNATURE)
            .privateContract(false)
            .originId("bc:sub:SC-7")
            .build();
    PurchaseOrderContractUpdate po =
        PurchaseOrderContractUpdate.builder().status(PurchaseOrderStatus.DRAFT).build();

    JsonNode tree = Json.tree(body);

    assertEquals("Out For Signature", tree.get("status").asText());
    assertFalse(tree.get("private").asBoolean());
    assertEquals("Draft", Json.tree(po).get("status").asText());
    assertEquals(body, Json.roundTrip(body, WorkOrderContractUpdate.class));
  }

  @Test
  void decodesCommitmentLineItemsWithAmountsAsText() {
    CommitmentLineItem line =
        Json.read(
            """
            {"id": 1, "amount": "1000.00", "description": "Rebar #5", "quantity": "2.000",
             "unit_cost": "500.00", "uom": "ton", "extended_type": "calculated",
             "total_amount": "1130.00", "extended_amount": "1000.00",
             "cost_code": {"id": 501, "name": "Rough carpentry"},
             "line_item_type": {"id": 5, "name": "Materials"},
             "wbs_code": {"id": 902, "flat_code": "03-200.M"}, "tax_code_id": null,
             "origin_id": "bc:poline:PO-0042:10000", "position": 1}
            """,
            CommitmentLineItem.class);
    CommitmentLineItemUpdate item =
        CommitmentLineItemUpdate.builder()
            .originId("bc:poline:PO-0042:10000")
            .amount(new BigDecimal("1000.00"))
            .wbsCodeId(902L)
            .build();

    assertEquals(ExtendedType.CALCULATED, line.extendedType().orElseThrow());
    assertEquals("2.000", line.quantity().orElseThrow().toPlainString());
    assertEquals(Optional.of("03-200.M"), line.wbsCode().orElseThrow().flatCode());
    assertTrue(line.taxCodeId().isEmpty());
    assertEquals("1000.00", Json.tree(item).get("amount").toString());
    assertEquals(line, Json.roundTrip(line, CommitmentLineItem.class));
  }

  @Test
  void decodesChangeOrdersOfEveryKindWithTheCommonStatus() {
    CommitmentChangeOrder cco =
        Json.read(
            """
            {"id": 71, "number": "001", "title": "Extra rebar", "status": "pending_billable",
             "revision": "0", "contract_id": 31, "batch_id": 5, "grand_total": "2500.00",
             "executed": false, "due_date": "2026-05-01", "reviewed_at": "2026-05-02T15:00:00Z",
             "origin_id": null}
            """,
            CommitmentChangeOrder.class);
    ChangeOrderPackage pkg =
        Json.read(
            "{\"id\": 72, \"status\": \"approved\", \"type\": \"CommitmentContractChangeOrder\","
                + " \"contract_id\": 31, \"grand_total\": \"2500.00\", \"origin_code\": \"CO-1\"}",
            ChangeOrderPackage.class);
    PotentialChangeOrder pco =
        Json.read(
            "{\"id\": 73, \"status\": \"no_charge\", \"change_order_request_id\": 74,"
                + " \"prime_change_event_id\": 75, \"grand_total\": 0}",
            PotentialChangeOrder.class);
    ChangeOrderRequest cor =
        Json.read(
            "{\"id\": 74, \"status\": \"awaiting_owner\", \"change_order_package_id\": 72}",
            ChangeOrderRequest.class);

    assertEquals(ChangeOrderStatus.PENDING_BILLABLE, cco.status().orElseThrow());
    assertEquals(LocalDate.of(2026, 5, 1), cco.dueDate().orElseThrow());
    assertEquals(Instant.parse("2026-05-02T15:00:00Z"), cco.reviewedAt().orElseThrow());
    assertEquals(Optional.of("CommitmentContractChangeOrder"), pkg.type());
    assertEquals(ChangeOrderStatus.NO_CHARGE, pco.status().orElseThrow());
    assertEquals(Optional.of(74L), pco.changeOrderRequestId());
    assertEquals(ChangeOrderStatus.UNKNOWN, cor.status().orElseThrow());
    ChangeOrderUpdate body =
        ChangeOrderUpdate.builder()
            .status(ChangeOrderStatus.NOT_PROCEEDING)
            .originId("bc:co:7")
            .build();
    assertEquals("not_proceeding", Json.tree(body).get("status").asText());
    assertEquals(cco, Json.roundTrip(cco, CommitmentChangeOrder.class));
  }

  @Test
  void decodesChangeEventsWithNestedStatusAndExternalData() {
    ChangeEvent event =
        Json.read(
            """
            {"id": 81, "number": "012", "title": "Owner request", "scope": "out_of_scope",
             "status": {"id": 1, "name": "Open", "mapped_to_status": "open"},
             "change_type": {"id": 2, "name": "Owner Change"}, "change_reason": "Design Change",
             "external_data": {"origin_id": "bc:ce:12", "origin_data": "x"},
             "change_items": [{"id": 1}]}
            """,
            ChangeEvent.class);

    assertEquals(Optional.of("Open"), event.status().orElseThrow().name());
    assertEquals("Owner Change", event.changeType().orElseThrow().get("name").asText());
    assertEquals("Design Change", event.changeReason().orElseThrow().asText());
    assertEquals(Optional.of("bc:ce:12"), event.externalData().orElseThrow().originId());
  }

  @Test
  void decodesRequisitionsWithTheirSummary() {
    Requisition invoice =
        Json.read(
            """
            {"id": 91, "commitment_id": 32, "commitment_type": "WorkOrderContract",
             "vendor_id": 7001, "vendor_name": "Acme Concrete", "invoice_number": "INV-7",
             "number": 3, "status": "revise_and_resubmit", "erp_status": "not_ready",
             "total_claimed_amount": "15000.00", "period_id": 4, "billing_date": "2026-05-31",
             "final": false, "origin_id": "bc:pinv:PI-7",
             "summary": {"total_completed_and_stored_to_date": "45000.00", "retainage": "4500.00"}}
            """,
            Requisition.class);

    assertEquals(RequisitionStatus.REVISE_AND_RESUBMIT, invoice.status().orElseThrow());
    assertEquals(Optional.of(3L), invoice.number());
    assertEquals(Optional.of(false), invoice.finalRequisition());
    assertEquals("4500.00", invoice.summary().get("retainage").asText());
    assertFalse(Json.tree(invoice).get("final").asBoolean());
    assertEquals(invoice, Json.roundTrip(invoice, Requisition.class));
  }

  @Test
  void decodesDirectCostsAndWritesTheirBodies() {
    DirectCost cost =
        Json.read(
            """
            {"id": 101, "direct_cost_type": "subcontractor_invoice",
             "vendor": {"id": 7001, "name": "Acme Concrete"}, "invoice_number": "A-55",
             "direct_cost_date": "2026-06-02", "status": "approved", "grand_total": "1130.00",
             "origin_id": "bc:pinv:A-55",
             "line_items": [{"id": 1, "direct_cost_id": 101, "amount": "1000.00",
                             "wbs_code": {"id": 902, "flat_code": "03-200.M"}}]}
            """,
            DirectCost.class);
    Requisition unused = Requisition.builder().id(5L).build();
    DirectCost payroll =
        Json.read("{\"id\": 102, \"direct_cost_type\": \"timesheet\"}", DirectCost.class);
    DirectCostUpdate body =
        DirectCostUpdate.builder()
            .directCostType(DirectCostType.INVOICE)
            .vendorId(7001L)
            .invoiceNumber("A-56")
            .directCostDate(LocalDate.of(2026, 6, 3))
            .addLineItem(
                DirectCostLineItemUpdate.builder()
                    .wbsCodeId(902L)
                    .amount(new BigDecimal("99.90"))
                    .build())
            .originId("bc:pinv:A-56")
            .build();

    assertEquals(DirectCostType.SUBCONTRACTOR_INVOICE, cost.directCostType().orElseThrow());
    assertEquals(DirectCostStatus.APPROVED, cost.status().orElseThrow());
    assertEquals(Optional.of(101L), cost.lineItems().get(0).directCostId());
    assertEquals(DirectCostType.UNKNOWN, payroll.directCostType().orElseThrow());
    assertTrue(unused.summary().isEmpty());
    JsonNode tree = Json.tree(body);
    assertEquals("invoice", tree.get("direct_cost_type").asText());
    assertEquals("99.90", tree.get("line_items").get(0).get("amount").toString());
    assertEquals(body, Json.roundTrip(body, DirectCostUpdate.class));
    assertEquals(cost, Json.roundTrip(cost, DirectCost.class));
  }
}
