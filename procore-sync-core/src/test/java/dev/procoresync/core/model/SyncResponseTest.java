package dev.procoresync.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SyncResponseTest {

  private static final String PARTIAL =
      """
      {"entities": [
         {"id": 7001, "name": "Acme Concrete", "origin_id": "bc:vendor:V0042"}],
       "errors": [
         {"origin_id": "bc:vendor:V0043", "name": "", "errors": {"name": ["can't be blank"]}},
         {"id": 999, "origin_id": "bc:vendor:V0044", "name": "Ghost",
          "errors": {"id": ["not found"], "base": ["is locked", "try later"]}}]}
      """;

  @Test
  void decodesEntitiesAndPerItemErrorsKeyedByOriginId() {
    SyncResponse<Vendor> answer = Json.read(PARTIAL, new TypeReference<SyncResponse<Vendor>>() {});

    assertTrue(answer.hasErrors());
    assertEquals("Acme Concrete", answer.entities().get(0).name());
    SyncError blank = answer.errors().get(0);
    assertEquals(Optional.of("bc:vendor:V0043"), blank.originId());
    assertTrue(blank.id().isEmpty());
    assertEquals(Map.of("name", List.of("can't be blank")), blank.errors());
    assertEquals(List.of("name: can't be blank"), blank.messages());
    SyncError ghost = answer.errors().get(1);
    assertEquals(Optional.of(999L), ghost.id());
    assertEquals(List.of("id: not found", "is locked", "try later"), ghost.messages());
    assertEquals(new TextNode("Ghost"), ghost.attributes().get("name"));
    assertFalse(ghost.attributes().containsKey("errors"));
  }

  @Test
  void encodesBackInProcoresShape() throws Exception {
    SyncResponse<Vendor> answer = Json.read(PARTIAL, new TypeReference<SyncResponse<Vendor>>() {});

    JsonNode tree = Json.tree(answer);

    assertEquals(ProcoreJson.mapper().readTree(PARTIAL), tree);
  }

  @Test
  void errorsGivenAsTextOrListAreKeptUnderBaseAndIntegerOriginIdsReadAsText() {
    SyncError text = Json.read("{\"origin_id\": 4400123, \"errors\": \"locked\"}", SyncError.class);
    SyncError list = Json.read("{\"id\": \"12\", \"errors\": [\"a\", \"b\"]}", SyncError.class);

    assertEquals(Optional.of("4400123"), text.originId());
    assertEquals(Map.of(SyncError.BASE, List.of("locked")), text.errors());
    assertEquals(Optional.of(12L), list.id());
    assertEquals(List.of("a", "b"), list.messages());
  }

  @Test
  void anEmptyOrPartialAnswerHasEmptyLists() {
    SyncResponse<Vendor> empty = Json.read("{}", new TypeReference<SyncResponse<Vendor>>() {});
    SyncResponse<Vendor> built =
        SyncResponse.of(
            List.of(Vendor.builder().id(1L).name("A").build()),
            List.of(SyncError.builder().putAttribute("id", IntNode.valueOf(1)).build()));

    assertTrue(empty.entities().isEmpty());
    assertFalse(empty.hasErrors());
    assertEquals(
        built,
        Json.read(Json.tree(built).toString(), new TypeReference<SyncResponse<Vendor>>() {}));
  }

  @Test
  void aSyncErrorMustBeAnObject() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> SyncError.fromJson(new TextNode("x")));

    assertTrue(error.getMessage().contains("JSON object"), error.getMessage());
  }

  @Test
  void dataEnvelopeWrapsAndUnwraps() {
    DataEnvelope<BudgetChange> answer =
        Json.read(
            "{\"data\": {\"id\": 61, \"status\": \"draft\", \"amount\": \"0.00\"}}",
            new TypeReference<DataEnvelope<BudgetChange>>() {});
    DataEnvelope<List<NamedRef>> list =
        Json.read(
            "{\"data\": [{\"id\": \"1\"}, {\"id\": 2}]}",
            new TypeReference<DataEnvelope<List<NamedRef>>>() {});

    assertEquals(BudgetChangeStatus.DRAFT, answer.data().status().orElseThrow());
    assertEquals(2, list.data().size());
    assertEquals(1L, list.data().get(0).id());
    AssertionError missing =
        assertThrows(
            AssertionError.class,
            () -> Json.read("{\"entities\": []}", new TypeReference<DataEnvelope<NamedRef>>() {}));
    assertTrue(missing.getMessage().contains("data"), missing.getMessage());
  }
}
