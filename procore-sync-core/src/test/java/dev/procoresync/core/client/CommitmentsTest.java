package dev.procoresync.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.procoresync.core.model.CommitmentLineItem;
import dev.procoresync.core.model.CommitmentLineItemUpdate;
import dev.procoresync.core.model.ProcoreJson;
import dev.procoresync.core.model.PurchaseOrderContract;
import dev.procoresync.core.model.PurchaseOrderContractUpdate;
import dev.procoresync.core.model.PurchaseOrderStatus;
import dev.procoresync.core.model.WorkOrderContract;
import dev.procoresync.core.model.WorkOrderContractUpdate;
import dev.procoresync.core.model.WorkOrderStatus;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommitmentsTest {

  private final CannedProcore procore = new CannedProcore();
  private final Commitments commitments = procore.client(5501L).commitments();

  private static JsonNode json(String text) throws Exception {
    return ProcoreJson.mapper().readTree(text);
  }

  @Test
  void syncsPurchaseOrdersWithTheProjectInTheBodyAndReportsPerItemFailures() throws Exception {
    procore.answer(
        "PATCH /rest/v1.0/purchase_order_contracts/sync",
        "{\"entities\": [{\"id\": 31, \"status\": \"Approved\", \"origin_id\": \"bc:po:1\"}],"
            + " \"errors\": [{\"origin_id\": \"bc:po:2\", \"errors\": {\"vendor_id\":"
            + " [\"can't be changed on an approved commitment\"]}}]}");

    SyncResult<PurchaseOrderContract> result =
        commitments.syncPurchaseOrders(
            88001L,
            List.of(
                PurchaseOrderContractUpdate.builder()
                    .originId("bc:po:1")
                    .status(PurchaseOrderStatus.APPROVED)
                    .build(),
                PurchaseOrderContractUpdate.builder().originId("bc:po:2").vendorId(7002L).build()));

    assertEquals(PurchaseOrderStatus.APPROVED, result.entities().get(0).status().orElseThrow());
    assertTrue(result.failuresByOriginId().containsKey("bc:po:2"));
    JsonNode sent = json(procore.sent.get(0).body());
    assertEquals(88001L, sent.get("project_id").asLong());
    assertEquals("Approved", sent.get("updates").get(0).get("status").asText());
  }

  @Test
  void syncsWorkOrderLinesWithTheProjectInTheQuery() throws Exception {
    procore.answer(
        "PATCH /rest/v1.0/work_order_contracts/32/line_items/sync",
        "{\"entities\": [{\"id\": 1, \"amount\": \"1000.00\", \"origin_id\": \"l1\"}],"
            + " \"errors\": []}");

    SyncResult<CommitmentLineItem> result =
        commitments.syncWorkOrderLines(
            88001L,
            32L,
            List.of(
                CommitmentLineItemUpdate.builder()
                    .originId("l1")
                    .amount(new BigDecimal("1000.00"))
                    .wbsCodeId(902L)
                    .build()));

    assertTrue(result.isComplete());
    assertEquals("1000.00", result.entities().get(0).amount().orElseThrow().toPlainString());
    assertEquals("88001", procore.last().query("project_id"));
    JsonNode sent = json(procore.last().body());
    assertFalse(sent.has("project_id"));
    assertEquals(902L, sent.get("updates").get(0).get("wbs_code_id").asLong());
  }

  @Test
  void createsAWorkOrderAndFindsItByOriginIdWhenTheFirstAnswerIsLost() throws Exception {
    procore
        .answer("POST /rest/v1.0/work_order_contracts", 503, "{\"error\": \"busy\"}")
        .answer(
            "GET /rest/v1.0/work_order_contracts",
            "[{\"id\": 40, \"origin_id\": \"bc:sub:SC-6\"}, {\"id\": 41, \"origin_id\": \"bc:sub:SC-7\"}]");

    WorkOrderContract created =
        commitments.createWorkOrder(
            88001L,
            WorkOrderContractUpdate.builder()
                .originId("bc:sub:SC-7")
                .vendorId(7001L)
                .status(WorkOrderStatus.DRAFT)
                .build());

    assertEquals(41L, created.id());
    long posts = procore.sent.stream().filter(s -> s.method().equals("POST")).count();
    assertEquals(1, posts, "found by origin id, not sent again");
    JsonNode firstPost = json(procore.sent.get(0).body());
    assertEquals("Draft", firstPost.get("work_order_contract").get("status").asText());
    assertEquals(88001L, firstPost.get("project_id").asLong());
  }

  @Test
  void listsChangeOrdersWithFilters() {
    procore.answer(
        "GET /rest/v1.0/projects/88001/commitment_change_orders",
        "[{\"id\": 71, \"status\": \"approved\", \"grand_total\": \"2500.00\"}]");

    long count =
        java.util.stream.StreamSupport.stream(
                commitments
                    .listChangeOrders(88001L, ListOptions.none().withFilter("status", "approved"))
                    .spliterator(),
                false)
            .count();

    assertEquals(1, count);
    assertEquals("approved", procore.last().query("filters[status]"));
  }
}
