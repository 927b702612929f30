package dev.procoresync.testkit.procore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StandardCostCodesTest {
  private final FakeProcore procore = FakeProcore.start();
  private final Http http = new Http(procore);

  @AfterEach
  void stop() {
    procore.close();
  }

  @Test
  void companyHasADefaultListAndItsCodesSyncWithTiers() {
    JsonNode lists =
        http.get("/rest/v1.0/standard_cost_code_lists?company_id=" + procore.companyId()).json();
    assertEquals(1, lists.size());
    long listId = lists.get(0).get("id").asLong();
    JsonNode division =
        http.patch(
                "/rest/v1.0/standard_cost_codes/sync",
                "{\"company_id\":"
                    + procore.companyId()
                    + ",\"standard_cost_code_list_id\":"
                    + listId
                    + ",\"updates\":[{\"origin_id\":\"bc:scc:03\",\"code\":\"03\",\"name\":\"Concrete\"}]}")
            .json()
            .get("entities")
            .get(0);
    JsonNode child =
        http.patch(
                "/rest/v1.0/standard_cost_codes/sync",
                "{\"company_id\":"
                    + procore.companyId()
                    + ",\"standard_cost_code_list_id\":"
                    + listId
                    + ",\"updates\":[{\"code\":\"100\",\"name\":\"Forms\",\"parent_id\":"
                    + division.get("id").asLong()
                    + "}]}")
            .json()
            .get("entities")
            .get(0);
    assertEquals("03-100", child.get("full_code").asText());
    JsonNode codes =
        http.get(
                "/rest/v1.0/standard_cost_codes?company_id="
                    + procore.companyId()
                    + "&standard_cost_code_list_id="
                    + listId)
            .json();
    assertEquals(2, codes.size());
    assertEquals(listId, codes.get(0).get("standard_cost_code_list_id").asLong());
  }

  @Test
  void listIdIsRequired() {
    assertEquals(
        400, http.get("/rest/v1.0/standard_cost_codes?company_id=" + procore.companyId()).status());
    assertEquals(
        404,
        http.get(
                "/rest/v1.0/standard_cost_codes?company_id="
                    + procore.companyId()
                    + "&standard_cost_code_list_id=999999")
            .status());
  }
}
