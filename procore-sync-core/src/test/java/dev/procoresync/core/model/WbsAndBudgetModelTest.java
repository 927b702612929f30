package dev.procoresync.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WbsAndBudgetModelTest {

  @Test
  void decodesAPatternWithItsSegments() {
    WbsPattern pattern =
        Json.read(
            """
            {"id": 1, "name": "Default", "segments": [
              {"id": 10, "type": "sub_job", "name": "Sub Job", "position": 0, "delimiter": ".",
               "required": false, "structure": "flat", "segment_items_count": 2},
              {"id": 11, "type": "cost_code", "name": "Cost Code", "position": 1, "delimiter": ".",
               "required": true, "structure": "tiered", "wbs_pattern_id": 1},
              {"id": 12, "type": "phase_code", "name": "Phase", "position": 2, "delimiter": "-",
               "required": false, "structure": "matrix"}]}
            """,
            WbsPattern.class);

    assertEquals(3, pattern.segments().size());
    WbsSegment costCode = pattern.segments().get(1);
    assertEquals(WbsSegmentType.COST_CODE, costCode.type().orElseThrow());
    assertEquals(WbsSegmentStructure.TIERED, costCode.structure().orElseThrow());
    assertEquals(Optional.of("."), costCode.delimiter());
    assertEquals(WbsSegmentType.UNKNOWN, pattern.segments().get(2).type().orElseThrow());
    assertEquals(WbsSegmentStructure.UNKNOWN, pattern.segments().get(2).structure().orElseThrow());
    assertEquals(pattern, Json.roundTrip(pattern, WbsPattern.class));
  }

  @Test
  void decodesSegmentItemsAndBudgetCodes() {
    WbsSegmentItem item =
        Json.read(
            """
            {"id": 501, "code": "200", "name": "Rough carpentry", "parent_id": 500,
             "path_ids": [500, 501], "path_code": "06-200", "path_codes": ["06", "200"],
             "path_names": ["Wood and plastics", "Rough carpentry"], "is_parent": false,
             "in_use": true, "status": "active", "segment": {"id": 11, "type": "cost_code"}}
            """,
            WbsSegmentItem.class);
    WbsCode code =
        Json.read(
            """
            {"id": 900, "flat_code": "06-200.L", "flat_name": "Rough carpentry.Labor",
             "description": "Rough carpentry labor", "status": "active", "wbs_pattern_id": 1,
             "segment_items": [{"segment_id": 11, "segment_item_id": 501, "code": "06-200"},
                               {"segment_id": 13, "segment_item_id": 3, "code": "L"}],
             "created_at": "2026-02-01T00:00:00Z"}
            """,
            WbsCode.class);

    assertEquals(List.of(500L, 501L), item.pathIds());
    assertEquals(Optional.of(false), item.isParent());
    assertEquals(Optional.of("06-200.L"), code.flatCode());
    assertEquals(Optional.of(501L), code.segmentItems().get(0).segmentItemId());
    assertEquals(item, Json.roundTrip(item, WbsSegmentItem.class));
  }

  @Test
  void wbsCodeCreateAndSegmentBodiesWriteSnakeCase() {
    WbsCodeCreate create =
        WbsCodeCreate.builder()
            .description("Rough carpentry labor")
            .addSegmentItem(WbsCodeSegmentItem.builder().segmentId(11L).segmentItemId(501L).build())
            .build();
    WbsSegmentUpdate segment =
        WbsSegmentUpdate.builder()
            .name("Phase")
            .structure(WbsSegmentStructure.FLAT)
            .projectCanModifyOriginProject(true)
            .build();

    JsonNode tree = Json.tree(create);

    assertEquals(501L, tree.get("segment_items").get(0).get("segment_item_id").asLong());
    assertEquals("flat", Json.tree(segment).get("structure").asText());
    assertEquals(create, Json.roundTrip(create, WbsCodeCreate.class));
    assertEquals(segment, Json.roundTrip(segment, WbsSegmentUpdate.class));
  }

  @Test
  void detailRowsKeepTheViewsOwnColumns() {
    BudgetDetailRow row =
        Json.read(
            """
            {"id": 4001, "wbs_code_id": 900, "cost_code_id": 501,
             "cost_code_origin_id": "bc:task:06-200", "root_cost_code_id": 500, "category_id": 3,
             "biller_type": "Project", "biller_id": 88001, "original_budget_amount": "125000.00",
             "Revised Budget": "127500.50", "Job to Date Costs": 1200.10, "Notes": "ok",
             "Pending Changes": null, "Committed Costs": ""}
            """,
            BudgetDetailRow.class);

    assertEquals("125000.00", row.originalBudgetAmount().orElseThrow().toPlainString());
    assertEquals(Optional.of(500L), row.rootCostCodeId());
    assertEquals(Optional.of(new BigDecimal("127500.50")), row.column("Revised Budget"));
    assertEquals(Optional.of(new BigDecimal("1200.10")), row.column("Job to Date Costs"));
    assertTrue(row.column("Notes").isEmpty());
    assertTrue(row.column("Pending Changes").isEmpty());
    assertTrue(row.column("Committed Costs").isEmpty());
    assertTrue(row.column("No such column").isEmpty());
    assertEquals(5, row.columns().size());
    JsonNode written = Json.tree(row);
    assertEquals("127500.50", written.get("Revised Budget").asText());
    assertEquals(row, Json.read(written.toString(), BudgetDetailRow.class));
  }

  @Test
  void decodesBudgetViewsAndLineItems() {
    BudgetView view =
        Json.read(
            """
            {"id": 21, "name": "Procore Standard Budget", "description": "", "role": "default",
             "links": {"detail_rows": "/rest/v1.0/budget_views/21/detail_rows",
                       "summary_rows": "/rest/v1.0/budget_views/21/summary_rows"}}
            """,
            BudgetView.class);
    BudgetLineItem line =
        Json.read(
            """
            {"id": 4001, "original_budget_amount": "125000.00", "uom": "hr", "quantity": "1000.0",
             "unit_cost": "125.00", "calculation_strategy": "automatic",
             "wbs_code": {"id": 900, "flat_code": "06-200.L", "description": "Rough carpentry"},
             "currency_configuration": {"currency_iso_code": "CAD"}}
            """,
            BudgetLineItem.class);

    assertEquals(
        Optional.of("/rest/v1.0/budget_views/21/detail_rows"),
        view.links().orElseThrow().detailRows());
    assertEquals(CalculationStrategy.AUTOMATIC, line.calculationStrategy().orElseThrow());
    assertEquals("1000.0", line.quantity().orElseThrow().toPlainString());
    assertEquals(Optional.of("CAD"), line.currencyConfiguration().orElseThrow().currencyIsoCode());
    assertEquals(line, Json.roundTrip(line, BudgetLineItem.class));
  }

  @Test
  void budgetLineItemUpdateIsTheSyncItemShape() {
    BudgetLineItemUpdate item =
        BudgetLineItemUpdate.builder()
            .wbsCodeId(900L)
            .originalBudgetAmount(new BigDecimal("125000.00"))
            .calculationStrategy(CalculationStrategy.MANUAL)
            .build();

    JsonNode tree = Json.tree(item);

    assertEquals(900L, tree.get("wbs_code_id").asLong());
    assertEquals("125000.00", tree.get("original_budget_amount").toString());
    assertEquals("manual", tree.get("calculation_strategy").asText());
  }

  @Test
  void decodesBudgetChangesAndLegacyModifications() {
    DataEnvelope<BudgetChange> answer =
        Json.read(
            """
            {"data": {"id": 61, "number": "003", "status": "approved", "title": "Move labor",
              "erp_status": "not_synced", "amount": "0.00",
              "adjustment_line_items": [
                {"id": 1, "ref": "a", "wbs_code_id": 900, "amount": "-500.00",
                 "type": "budget_change", "calculation_strategy": "manual"},
                {"id": 2, "ref": "b", "wbs_code_id": 901, "amount": 500, "type": "change_event",
                 "change_event_line_item_id": 77}],
              "production_quantities": []}}
            """,
            new com.fasterxml.jackson.core.type.TypeReference<DataEnvelope<BudgetChange>>() {});
    BudgetModification modification =
        Json.read(
            """
            {"id": 8, "from_budget_line_item_id": 4001, "to_budget_line_item_id": 4002,
             "transfer_amount": "250.50", "notes": "shift", "origin_id": "bc:bm:8"}
            """,
            BudgetModification.class);

    BudgetChange change = answer.data();
    assertEquals(BudgetChangeStatus.APPROVED, change.status().orElseThrow());
    assertEquals("-500.00", change.adjustmentLineItems().get(0).amount().get().toPlainString());
    assertEquals(AdjustmentType.CHANGE_EVENT, change.adjustmentLineItems().get(1).type().get());
    assertEquals(Optional.of(77L), change.adjustmentLineItems().get(1).changeEventLineItemId());
    assertEquals("250.50", modification.transferAmount().orElseThrow().toPlainString());
    assertEquals(change, Json.roundTrip(change, BudgetChange.class));
    BudgetChangeUpdate body =
        BudgetChangeUpdate.builder()
            .status(BudgetChangeStatus.DRAFT)
            .addAdjustmentLineItem(change.adjustmentLineItems().get(0))
            .build();
    assertEquals("draft", Json.tree(body).get("status").asText());
    assertEquals(body, Json.roundTrip(body, BudgetChangeUpdate.class));
  }
}
