package dev.procoresync.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.procoresync.core.model.ChangeOrderStatus;
import dev.procoresync.core.model.ChangeOrderUpdate;
import dev.procoresync.core.model.DeliveryOutcome;
import dev.procoresync.core.model.PotentialChangeOrder;
import dev.procoresync.core.model.ProcoreJson;
import dev.procoresync.core.model.WbsCode;
import dev.procoresync.core.model.WbsCodeCreate;
import dev.procoresync.core.model.WbsCodeSegmentItem;
import dev.procoresync.core.model.WbsPattern;
import dev.procoresync.core.model.WbsSegmentType;
import dev.procoresync.core.model.WebhookDelivery;
import dev.procoresync.core.model.WebhookHook;
import dev.procoresync.core.model.WebhookHookUpdate;
import dev.procoresync.core.model.WebhookTrigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangeManagementWbsAndWebhooksTest {

  private final CannedProcore procore = new CannedProcore();
  private final CompanyClient client = procore.client(5501L);

  private static JsonNode json(String text) throws Exception {
    return ProcoreJson.mapper().readTree(text);
  }

  @Test
  void syncsPotentialChangeOrdersScopedByProjectAndContract() throws Exception {
    procore.answer(
        "PATCH /rest/v1.0/potential_change_orders/sync",
        "{\"entities\": [{\"id\": 73, \"status\": \"pending\", \"origin_id\": \"bc:pco:1\"}],"
            + " \"errors\": []}");

    SyncResult<PotentialChangeOrder> result =
        client
            .changeManagement()
            .syncPotentialChangeOrders(
                88001L,
                31L,
                List.of(
                    ChangeOrderUpdate.builder()
                        .originId("bc:pco:1")
                        .status(ChangeOrderStatus.PENDING)
                        .build()));

    assertEquals(ChangeOrderStatus.PENDING, result.entities().get(0).status().orElseThrow());
    assertEquals("88001", procore.last().query("project_id"));
    assertEquals("31", procore.last().query("contract_id"));
    assertEquals(
        "pending", json(procore.last().body()).get("updates").get(0).get("status").asText());
  }

  @Test
  void listsChangeOrderRequestsOfAContract() {
    procore.answer("GET /rest/v1.0/change_order_requests", "[{\"id\": 74, \"status\": \"draft\"}]");

    List<Object> found = new ArrayList<>();
    client.changeManagement().listChangeOrderRequests(88001L, 31L).forEach(found::add);

    assertEquals(1, found.size());
    assertEquals("31", procore.last().query("contract_id"));
  }

  @Test
  void readsPatternsAsAListWhetherProcoreAnswersAnObjectOrAnArray() {
    procore
        .answer(
            "GET /rest/v1.0/companies/5501/work_breakdown_structure/patterns",
            "{\"id\": 1, \"name\": \"Default\", \"segments\": [{\"id\": 11, \"type\": \"cost_code\"}]}")
        .answer(
            "GET /rest/v1.0/projects/88001/work_breakdown_structure/patterns",
            "[{\"id\": 2}, {\"id\": 3}]");

    List<WbsPattern> company = client.workBreakdownStructure().getCompanyPatterns();
    List<WbsPattern> project = client.workBreakdownStructure().getProjectPatterns(88001L);

    assertEquals(WbsSegmentType.COST_CODE, company.get(0).segments().get(0).type().orElseThrow());
    assertEquals(2, project.size());
  }

  @Test
  void createsABudgetCodeFromSegmentItems() throws Exception {
    procore.answer(
        "POST /rest/v1.0/projects/88001/work_breakdown_structure/wbs_codes",
        "{\"id\": 900, \"flat_code\": \"06-200.L\"}");

    WbsCode code =
        client
            .workBreakdownStructure()
            .createBudgetCode(
                88001L,
                WbsCodeCreate.builder()
                    .addSegmentItem(
                        WbsCodeSegmentItem.builder().segmentId(11L).segmentItemId(501L).build())
                    .build());

    assertEquals(Optional.of("06-200.L"), code.flatCode());
    JsonNode sent = json(procore.last().body());
    assertEquals(501L, sent.get("segment_items").get(0).get("segment_item_id").asLong());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            client
                .workBreakdownStructure()
                .createBudgetCode(88001L, WbsCodeCreate.builder().build()));
  }

  @Test
  void createsAHookAndATriggerAndListsDeliveries() throws Exception {
    procore
        .answer(
            "POST /rest/v1.0/webhooks/hooks",
            "{\"id\": 12, \"namespace\": \"procore-sync\", \"api_version\": \"v2\","
                + " \"destination_headers\": {\"Authorization\": \"****\"}}")
        .answer(
            "POST /rest/v1.0/webhooks/hooks/12/triggers",
            "{\"id\": 40, \"resource_name\": \"Timecard Entries\", \"event_type\": \"update\"}")
        .answer(
            "GET /rest/v1.0/webhooks/hooks/12/deliveries",
            "[{\"id\": 9, \"outcome\": \"discarded\", \"response_status\": 500}]");

    WebhookHook hook =
        client
            .webhooks()
            .createHook(
                WebhookHookUpdate.builder()
                    .apiVersion("v2")
                    .namespace("procore-sync")
                    .destinationUrl("https://hooks.example.com/procore")
                    .putDestinationHeader("Authorization", "Bearer s3cr3t")
                    .build());
    JsonNode hookBody = json(procore.last().body());
    WebhookTrigger trigger =
        client
            .webhooks()
            .createTrigger(
                hook.id().orElseThrow(),
                "v2",
                WebhookTrigger.builder()
                    .resourceName("Timecard Entries")
                    .eventType("update")
                    .build());
    JsonNode triggerBody = json(procore.last().body());
    List<WebhookDelivery> deliveries = new ArrayList<>();
    client
        .webhooks()
        .listDeliveries("12", ListOptions.none().withParam("filter[status]", "discarded"))
        .forEach(deliveries::add);

    assertEquals(Optional.of("12"), hook.id());
    assertEquals(5501L, hookBody.get("company_id").asLong());
    assertEquals(
        "Bearer s3cr3t",
        hookBody.get("hook").get("destination_headers").get("Authorization").asText());
    assertFalse(hookBody.get("hook").has("id"));
    assertEquals(Optional.of("40"), trigger.id());
    assertEquals("v2", triggerBody.get("api_version").asText());
    assertEquals("update", triggerBody.get("trigger").get("event_type").asText());
    assertEquals(DeliveryOutcome.DISCARDED, deliveries.get(0).outcome().orElseThrow());
    assertEquals("discarded", procore.last().query("filter[status]"));
    assertTrue(procore.last().query("company_id").equals("5501"));
  }
}
