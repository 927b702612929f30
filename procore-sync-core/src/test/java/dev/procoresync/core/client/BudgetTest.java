package dev.procoresync.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.procoresync.core.error.ProcoreApiException;
import dev.procoresync.core.model.BudgetChange;
import dev.procoresync.core.model.BudgetChangeStatus;
import dev.procoresync.core.model.BudgetChangeUpdate;
import dev.procoresync.core.model.BudgetDetailRow;
import dev.procoresync.core.model.BudgetLineItem;
import dev.procoresync.core.model.BudgetLineItemUpdate;
import dev.procoresync.core.model.BudgetModificationUpdate;
import dev.procoresync.core.model.ProcoreJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BudgetTest {

  private final CannedProcore procore = new CannedProcore();
  private final Budget budget = procore.client(5501L).budget();

  private static JsonNode json(String text) throws Exception {
    return ProcoreJson.mapper().readTree(text);
  }

  @Test
  void listsDetailRowsOfAViewWithTheProjectAndTheLargestPage() {
    procore.answer(
        "GET /rest/v1.0/budget_views/21/detail_rows",
        "[{\"id\": 4001, \"wbs_code_id\": 900, \"original_budget_amount\": \"125000.00\","
            + " \"Revised Budget\": \"127500.50\"}]");

    List<BudgetDetailRow> rows = new ArrayList<>();
    budget.listDetailRows(88001L, 21L).forEach(rows::add);

    assertEquals(1, rows.size());
    assertEquals(Optional.of(new BigDecimal("127500.50")), rows.get(0).column("Revised Budget"));
    assertEquals("88001", procore.last().query("project_id"));
    assertEquals("1000", procore.last().query("per_page"));
  }

  @Test
  void createsALineItemWrappedWithItsProject() throws Exception {
    procore.answer(
        "POST /rest/v1.1/budget_line_items",
        "{\"id\": 4002, \"original_budget_amount\": \"5000.00\","
            + " \"wbs_code\": {\"id\": 900, \"flat_code\": \"06-200.L\"}}");

    BudgetLineItem line =
        budget.createLineItem(
            88001L,
            BudgetLineItemUpdate.builder()
                .wbsCodeId(900L)
                .originalBudgetAmount(new BigDecimal("5000.00"))
                .build());

    assertEquals(4002L, line.id());
    JsonNode sent = json(procore.last().body());
    assertEquals(88001L, sent.get("project_id").asLong());
    assertEquals(900L, sent.get("budget_line_item").get("wbs_code_id").asLong());
    assertEquals("5000.00", sent.get("budget_line_item").get("original_budget_amount").toString());
  }

  @Test
  void aLineItemWithoutABudgetCodeIsRefusedBeforeAnyRequest() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> budget.createLineItem(1L, BudgetLineItemUpdate.builder().build()));

    assertTrue(error.getMessage().contains("wbsCodeId"), error.getMessage());
    assertTrue(procore.sent.isEmpty());
  }

  @Test
  void syncsLineItemsThroughThePostWithItsOwnShapeInChunksOfAThousand() throws Exception {
    procore.answer(
        "POST /rest/v1.0/budget_line_items/sync",
        "[{\"id\": 1, \"original_budget_amount\": \"1\"}]");
    List<BudgetLineItemUpdate> lines = new ArrayList<>();
    for (int i = 0; i < 1001; i++) {
      lines.add(BudgetLineItemUpdate.builder().wbsCodeId(900L + i).build());
    }

    SyncResult<BudgetLineItem> stored = budget.syncLineItems(88001L, lines);

    assertEquals(2, procore.sent.size());
    assertEquals(2, stored.entities().size());
    assertEquals(2, stored.requests());
    assertTrue(stored.isComplete());
    JsonNode first = json(procore.sent.get(0).body());
    assertEquals(1000, first.get("budget_line_items").size());
    assertEquals(88001L, first.get("project_id").asLong());
    assertEquals(1, json(procore.sent.get(1).body()).get("budget_line_items").size());
  }

  @Test
  void syncOfLineItemsHonoursTheClientsChunkSize() throws Exception {
    procore.answer("POST /rest/v1.0/budget_line_items/sync", "[]");
    List<BudgetLineItemUpdate> lines = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      lines.add(BudgetLineItemUpdate.builder().wbsCodeId(900L + i).build());
    }

    SyncResult<BudgetLineItem> result =
        procore.client(5501L, 2).budget().syncLineItems(88001L, lines);

    assertEquals(3, procore.sent.size());
    assertEquals(3, result.requests());
    assertEquals(2, json(procore.sent.get(0).body()).get("budget_line_items").size());
    assertEquals(1, json(procore.sent.get(2).body()).get("budget_line_items").size());
  }

  @Test
  void aRefusedCallFailsItsLinesAndTheNextCallsAreStillSent() {
    procore
        .answer(
            "POST /rest/v1.0/budget_line_items/sync",
            422,
            "{\"errors\": \"Currency does not match the project's\"}")
        .answer("POST /rest/v1.0/budget_line_items/sync", "[{\"id\": 7}]");
    List<BudgetLineItemUpdate> lines =
        List.of(
            BudgetLineItemUpdate.builder().id(5L).wbsCodeId(900L).build(),
            BudgetLineItemUpdate.builder().id(6L).wbsCodeId(901L).build(),
            BudgetLineItemUpdate.builder().id(7L).wbsCodeId(902L).build());

    SyncResult<BudgetLineItem> result =
        procore.client(5501L, 2).budget().syncLineItems(88001L, lines);

    assertEquals(2, procore.sent.size());
    assertEquals(List.of(7L), result.entities().stream().map(e -> e.id()).toList());
    assertEquals(2, result.failures().size());
    assertEquals(5L, result.failures().get(0).id().orElseThrow());
    assertEquals(6L, result.failures().get(1).id().orElseThrow());
    assertTrue(result.failures().get(0).cause().isPresent());
    assertFalse(result.failures().get(0).retryable());
    assertFalse(result.isComplete());
  }

  @Test
  void readsAndWritesBudgetChangesThroughTheirDataEnvelope() throws Exception {
    procore
        .answer(
            "GET /rest/v1.0/projects/88001/budget_changes",
            "{\"data\": [{\"id\": 61, \"status\": \"draft\"}, {\"id\": 62, \"status\": \"void\"}]}")
        .answer(
            "POST /rest/v1.0/projects/88001/budget_changes",
            "{\"data\": {\"id\": 63, \"status\": \"draft\", \"amount\": \"0.00\"}}");

    List<BudgetChange> changes = new ArrayList<>();
    budget.listChanges(88001L).forEach(changes::add);
    BudgetChange created =
        budget.createChange(
            88001L,
            BudgetChangeUpdate.builder().status(BudgetChangeStatus.DRAFT).title("Move").build());

    assertEquals(BudgetChangeStatus.VOID, changes.get(1).status().orElseThrow());
    assertEquals(63L, created.id());
    JsonNode sent = json(procore.last().body());
    assertEquals("draft", sent.get("status").asText());
    assertEquals("Move", sent.get("title").asText());
  }

  @Test
  void aLegacyModificationAfterTheMoveToBudgetChangesFailsWithAClearError() {
    procore.answer(
        "POST /rest/v1.0/projects/88001/budget_modifications",
        405,
        "{\"errors\": \"Method Not Allowed\"}");

    BudgetModificationsUnavailableException error =
        assertThrows(
            BudgetModificationsUnavailableException.class,
            () ->
                budget.createModification(
                    88001L,
                    BudgetModificationUpdate.builder()
                        .toBudgetLineItemId(4002L)
                        .transferAmount(new BigDecimal("250.00"))
                        .build()));

    assertEquals(405, error.status());
    assertTrue(error.getMessage().contains("budget change"), error.getMessage());
    assertTrue(error instanceof ProcoreApiException);
  }
}
