package dev.procoresync.testkit.procore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BudgetTest {
  private final FakeProcore procore = FakeProcore.start();
  private final Http http = new Http(procore);
  private final long projectId = procore.givenProject(Fixtures.project("Tower"));
  private final long wbsCodeId =
      procore
          .given(
              Fixtures.of("wbs_codes")
                  .with("flat_code", "01-100.L")
                  .with("description", "Gen")
                  .in(projectId))
          .get("id")
          .asLong();

  @AfterEach
  void stop() {
    procore.close();
  }

  @Test
  void budgetLineItemsShowAsDetailRowsWithStringAmounts() {
    Http.Response created =
        http.post(
            "/rest/v1.1/budget_line_items",
            "{\"project_id\":"
                + projectId
                + ",\"budget_line_item\":{\"wbs_code_id\":"
                + wbsCodeId
                + ",\"original_budget_amount\":1250.50}}");
    assertEquals(201, created.status(), created.body());
    assertEquals("1250.5", created.json().get("original_budget_amount").asText());
    assertEquals("01-100.L", created.json().get("wbs_code").get("flat_code").asText());

    JsonNode views = http.get("/rest/v1.0/budget_views?project_id=" + projectId).json();
    assertEquals(1, views.size());
    long viewId = views.get(0).get("id").asLong();
    JsonNode rows =
        http.get("/rest/v1.0/budget_views/" + viewId + "/detail_rows?project_id=" + projectId)
            .json();
    assertEquals(1, rows.size());
    assertEquals(wbsCodeId, rows.get(0).get("wbs_code_id").asLong());
    assertEquals("1250.5", rows.get(0).get("original_budget_amount").asText());
  }

  @Test
  void budgetLineItemNeedsAWbsCodeOrCostCodeAndType() {
    assertEquals(
        422,
        http.post(
                "/rest/v1.0/budget_line_items",
                "{\"project_id\":" + projectId + ",\"budget_line_item\":{\"cost_code_id\":5}}")
            .status());
  }

  @Test
  void budgetLineItemSyncHasItsOwnShape() {
    Http.Response response =
        http.post(
            "/rest/v1.0/budget_line_items/sync",
            "{\"project_id\":"
                + projectId
                + ",\"budget_line_items\":[{\"wbs_code_id\":"
                + wbsCodeId
                + ",\"original_budget_amount\":\"10\"}]}");
    assertEquals(200, response.status());
    assertTrue(response.json().isArray());
    long id = response.json().get(0).get("id").asLong();
    Http.Response update =
        http.post(
            "/rest/v1.0/budget_line_items/sync",
            "{\"project_id\":"
                + projectId
                + ",\"budget_line_items\":[{\"id\":"
                + id
                + ",\"wbs_code_id\":"
                + wbsCodeId
                + ",\"original_budget_amount\":\"20\"}]}");
    assertEquals("20", update.json().get(0).get("original_budget_amount").asText());
    Http.Response bad =
        http.post(
            "/rest/v1.0/budget_line_items/sync",
            "{\"project_id\":" + projectId + ",\"budget_line_items\":[{\"id\":424242}]}");
    assertEquals(422, bad.status());
    assertTrue(bad.json().has("message"));
    assertTrue(bad.json().has("error"));
  }

  @Test
  void budgetChangesAreWrappedInData() {
    String base = "/rest/v1.0/projects/" + projectId + "/budget_changes";
    Http.Response created =
        http.post(
            base,
            "{\"status\":\"draft\",\"title\":\"Move\",\"adjustment_line_items\":["
                + "{\"wbs_code_id\":"
                + wbsCodeId
                + ",\"amount\":\"100\"},{\"wbs_code_id\":"
                + wbsCodeId
                + ",\"amount\":\"-40\"}]}");
    assertEquals(201, created.status());
    JsonNode data = created.json().get("data");
    assertEquals("60", data.get("amount").asText());
    assertEquals(1, http.get(base).json().get("data").size());
    assertEquals(
        "Move",
        http.get(base + "/" + data.get("id").asLong()).json().get("data").get("title").asText());
    Http.Response bad = http.post(base, "{\"status\":\"bogus\"}");
    assertEquals(400, bad.status());
    assertEquals("status is not included in the list", bad.json().get("errors").get(0).asText());
  }

  @Test
  void budgetModificationsAre405OnceTheCompanyMigrated() {
    String base = "/rest/v1.0/projects/" + projectId + "/budget_modifications";
    String body =
        "{\"budget_modification\":{\"to_budget_line_item_id\":1,\"transfer_amount\":\"5\"}}";
    assertEquals(201, http.post(base, body).status());
    procore.migrateToBudgetChanges();
    Http.Response refused = http.post(base, body);
    assertEquals(405, refused.status());
    assertEquals("GET", refused.header("Allow"));
    assertEquals(200, http.get(base).status());
  }
}
