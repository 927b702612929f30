package dev.procoresync.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.procoresync.core.model.DirectCost;
import dev.procoresync.core.model.DirectCostLineItem;
import dev.procoresync.core.model.DirectCostLineItemUpdate;
import dev.procoresync.core.model.DirectCostType;
import dev.procoresync.core.model.DirectCostUpdate;
import dev.procoresync.core.model.ProcoreJson;
import dev.procoresync.core.model.Requisition;
import dev.procoresync.core.model.RequisitionStatus;
import dev.procoresync.core.model.RequisitionUpdate;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectCostsAndRequisitionsTest {

  private final CannedProcore procore = new CannedProcore();
  private final CompanyClient client = procore.client(5501L);

  private static JsonNode json(String text) throws Exception {
    return ProcoreJson.mapper().readTree(text);
  }

  @Test
  void createsADirectCostUnderItsV11KeyWithItsLines() throws Exception {
    procore.answer(
        "POST /rest/v1.1/projects/88001/direct_costs",
        "{\"id\": 101, \"direct_cost_type\": \"invoice\", \"grand_total\": \"99.90\"}");

    DirectCost created =
        client
            .directCosts()
            .create(
                88001L,
                DirectCostUpdate.builder()
                    .directCostType(DirectCostType.INVOICE)
                    .vendorId(7001L)
                    .invoiceNumber("A-56")
                    .addLineItem(
                        DirectCostLineItemUpdate.builder()
                            .wbsCodeId(902L)
                            .amount(new BigDecimal("99.90"))
                            .build())
                    .build());

    assertEquals(101L, created.id());
    JsonNode sent = json(procore.last().body()).get("direct_cost");
    assertEquals("invoice", sent.get("direct_cost_type").asText());
    assertEquals("99.90", sent.get("line_items").get(0).get("amount").toString());
  }

  @Test
  void refusesMoreThanAHundredLinesInOneWriteBeforeSendingAnything() {
    DirectCostUpdate.Builder cost =
        DirectCostUpdate.builder().directCostType(DirectCostType.EXPENSE).vendorId(1L);
    for (int i = 0; i < 101; i++) {
      cost.addLineItem(DirectCostLineItemUpdate.builder().wbsCodeId((long) i).build());
    }

    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class, () -> client.directCosts().create(1L, cost.build()));

    assertTrue(error.getMessage().contains("101"), error.getMessage());
    assertTrue(procore.sent.isEmpty());
  }

  @Test
  void syncsDirectCostLinesUnderTheProjectPath() throws Exception {
    procore.answer(
        "PATCH /rest/v1.0/projects/88001/direct_costs/line_items/sync",
        "{\"entities\": [{\"id\": 5, \"direct_cost_id\": 101, \"amount\": \"10.00\"}],"
            + " \"errors\": []}");

    SyncResult<DirectCostLineItem> result =
        client
            .directCosts()
            .syncLines(
                88001L,
                List.of(
                    DirectCostLineItemUpdate.builder()
                        .directCostId(101L)
                        .costCodeId(501L)
                        .lineItemTypeId(3L)
                        .amount(new BigDecimal("10.00"))
                        .build()));

    assertTrue(result.isComplete());
    JsonNode item = json(procore.last().body()).get("updates").get(0);
    assertEquals(101L, item.get("direct_cost_id").asLong());
    assertEquals(3L, item.get("line_item_type_id").asLong());
  }

  @Test
  void createsAndListsSubcontractorInvoices() throws Exception {
    procore
        .answer(
            "POST /rest/v1.1/requisitions",
            "{\"id\": 91, \"status\": \"draft\", \"commitment_id\": 32}")
        .answer(
            "GET /rest/v1.1/requisitions",
            "[{\"id\": 91, \"status\": \"under_review\", \"total_claimed_amount\": \"15000.00\"}]");

    Requisition created =
        client
            .requisitions()
            .create(
                88001L,
                32L,
                RequisitionUpdate.builder()
                    .invoiceNumber("INV-7")
                    .finalRequisition(false)
                    .originId("bc:pinv:PI-7")
                    .build());
    JsonNode sent = json(procore.last().body());
    List<Requisition> listed = new java.util.ArrayList<>();
    client
        .requisitions()
        .list(88001L, ListOptions.none().withFilter("commitment_id", "32"))
        .forEach(listed::add);

    assertEquals(91L, created.id());
    assertEquals(32L, sent.get("commitment_id").asLong());
    assertEquals(88001L, sent.get("project_id").asLong());
    assertEquals("INV-7", sent.get("requisition").get("invoice_number").asText());
    assertEquals(false, sent.get("requisition").get("final").asBoolean(true));
    assertEquals(RequisitionStatus.UNDER_REVIEW, listed.get(0).status().orElseThrow());
    assertEquals("32", procore.last().query("filters[commitment_id]"));
  }
}
