package dev.procoresync.testkit.procore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VendorSyncTest {
  private final FakeProcore procore = FakeProcore.start();
  private final Http http = new Http(procore);

  @AfterEach
  void stop() {
    procore.close();
  }

  private JsonNode sync(String updates) {
    Http.Response response =
        http.patch(
            "/rest/v1.0/vendors/sync",
            "{\"company_id\":" + procore.companyId() + ",\"updates\":" + updates + "}");
    assertEquals(200, response.status());
    return response.json();
  }

  @Test
  void matchesByIdThenOriginIdAndCreatesTheRest() {
    long byId = procore.givenVendor(Fixtures.vendor("By Id"));
    long byOrigin = procore.givenVendor(Fixtures.vendor("By Origin").originId("o-2"));
    JsonNode result =
        sync(
            "[{\"id\":"
                + byId
                + ",\"origin_id\":\"o-1\",\"city\":\"Austin\"},"
                + "{\"origin_id\":\"o-2\",\"city\":\"Boston\"},"
                + "{\"origin_id\":\"o-3\",\"name\":\"New By Origin\"},"
                + "{\"name\":\"New Plain\"}]");
    assertEquals(0, result.get("errors").size());
    JsonNode entities = result.get("entities");
    assertEquals(4, entities.size());
    assertEquals(byId, entities.get(0).get("id").asLong());
    assertEquals("o-1", entities.get(0).get("origin_id").asText());
    assertEquals("Austin", entities.get(0).get("city").asText());
    assertEquals(byOrigin, entities.get(1).get("id").asLong());
    assertEquals("Boston", entities.get(1).get("city").asText());
    assertEquals(4, procore.all("vendors").size());
  }

  @Test
  void unknownIdAndInvalidItemsArePerItemErrorsEchoingTheAttributes() {
    JsonNode result =
        sync(
            "[{\"id\":999999,\"name\":\"Ghost\"},"
                + "{\"origin_id\":\"o-9\"},"
                + "{\"name\":\""
                + "y".repeat(300)
                + "\"},"
                + "{\"name\":\"Fine\"}]");
    assertEquals(1, result.get("entities").size());
    JsonNode errors = result.get("errors");
    assertEquals(3, errors.size());
    assertEquals("Ghost", errors.get(0).get("name").asText());
    assertEquals("not found", errors.get(0).get("errors").get("id").get(0).asText());
    assertEquals("o-9", errors.get(1).get("origin_id").asText());
    assertEquals("can't be blank", errors.get(1).get("errors").get("name").get(0).asText());
    assertEquals(
        "is too long (maximum is 255 characters)",
        errors.get(2).get("errors").get("name").get(0).asText());
  }

  @Test
  void moreThanAThousandItemsIs413() {
    ArrayNode updates = Http.MAPPER.createArrayNode();
    for (int i = 0; i < 1001; i++) {
      updates.add(Http.MAPPER.createObjectNode().put("name", "V" + i));
    }
    ObjectNode body = Http.MAPPER.createObjectNode().put("company_id", procore.companyId());
    body.set("updates", updates);
    assertEquals(413, http.patch("/rest/v1.0/vendors/sync", body.toString()).status());
    updates.remove(0);
    assertEquals(200, http.patch("/rest/v1.0/vendors/sync", body.toString()).status());
    assertEquals(1000, procore.all("vendors").size());
  }

  @Test
  void missingUpdatesIs400() {
    assertEquals(400, http.patch("/rest/v1.0/vendors/sync", "{}").status());
  }
}
