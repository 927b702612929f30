package dev.procoresync.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CostStructureModelTest {

  @Test
  void decodesATieredCostCodeWithItsCostTypes() {
    CostCode code =
        Json.read(
            """
            {"id": 501, "code": "200", "full_code": "06-200", "name": "Rough carpentry",
             "parent": {"id": 500}, "biller_type": "Project", "biller_id": 88001,
             "standard_cost_code_id": 9001, "standard_cost_code_list_id": 90,
             "origin_id": "bc:task:06-200", "origin_data": null, "position": 3,
             "line_item_types": [
               {"id": 3, "name": "Labor", "code": "L", "base_type": "labor"},
               {"id": 4, "name": "Drones", "code": "D", "base_type": "aerial_survey"}],
             "sortable_code": "06-200", "deleted_at": null}
            """,
            CostCode.class);

    assertEquals(Optional.of("06-200"), code.fullCode());
    assertEquals(500L, code.parent().orElseThrow().id());
    assertEquals(2, code.lineItemTypes().size());
    assertEquals(LineItemBaseType.LABOR, code.lineItemTypes().get(0).baseType().orElseThrow());
    assertEquals(LineItemBaseType.UNKNOWN, code.lineItemTypes().get(1).baseType().orElseThrow());
    assertTrue(code.originData().isEmpty());
  }

  @Test
  void costCodeUpdateAndSubJobUpdateWriteSnakeCase() {
    CostCodeUpdate update =
        CostCodeUpdate.builder()
            .code("200")
            .name("Rough carpentry")
            .parentId(500L)
            .standardCostCodeId(9001L)
            .originId("bc:task:06-200")
            .build();
    SubJobUpdate subJob =
        SubJobUpdate.builder().code("B").name("Building B").originId("bc:job:J42-B").build();

    JsonNode tree = Json.tree(update);

    assertEquals(500L, tree.get("parent_id").asLong());
    assertEquals(9001L, tree.get("standard_cost_code_id").asLong());
    assertEquals(update, Json.roundTrip(update, CostCodeUpdate.class));
    assertEquals(subJob, Json.roundTrip(subJob, SubJobUpdate.class));
  }

  @Test
  void lineItemTypeUpdateSendsTheCodeAsCsvImportCode() {
    LineItemTypeUpdate update =
        LineItemTypeUpdate.builder()
            .name("Labor")
            .csvImportCode("L")
            .baseType(LineItemBaseType.LABOR)
            .originId("bc:type:LAB")
            .build();

    JsonNode tree = Json.tree(update);

    assertEquals("L", tree.get("csv_import_code").asText());
    assertEquals("labor", tree.get("base_type").asText());
    assertFalse(tree.has("code"));
  }

  @Test
  void decodesStandardCostCodesTheirListAndSubJobs() {
    List<StandardCostCode> codes =
        Json.read(
            """
            [{"id": 9001, "standard_cost_code_list_id": 90, "parent_id": 9000, "code": "200",
              "full_code": "06-200", "name": "Rough carpentry", "origin_id": null},
             {"id": 9000, "standard_cost_code_list_id": 90, "parent_id": null, "code": "06",
              "full_code": "06", "name": "Wood and plastics"}]
            """,
            new com.fasterxml.jackson.core.type.TypeReference<List<StandardCostCode>>() {});
    StandardCostCodeList list =
        Json.read("{\"id\": 90, \"name\": \"CSI MasterFormat\"}", StandardCostCodeList.class);
    SubJob subJob =
        Json.read(
            "{\"id\": 12, \"name\": \"Building B\", \"code\": \"B\","
                + " \"created_at\": \"2026-02-01T00:00:00Z\"}",
            SubJob.class);

    assertEquals(Optional.of(9000L), codes.get(0).parentId());
    assertTrue(codes.get(1).parentId().isEmpty());
    assertEquals(Optional.of("CSI MasterFormat"), list.name());
    assertEquals(Optional.of("B"), subJob.code());
    assertEquals(subJob, Json.roundTrip(subJob, SubJob.class));
  }
}
