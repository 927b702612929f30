package dev.procoresync.testkit.procore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChangeManagementTest {
  private final FakeProcore procore = FakeProcore.start();
  private final Http http = new Http(procore);
  private final long projectId = procore.givenProject(Fixtures.project("Tower"));
  private final long contractId =
      procore.given(Fixtures.of("work_order_contracts").in(projectId)).get("id").asLong();

  @AfterEach
  void stop() {
    procore.close();
  }

  @Test
  void changeEventsWithExternalOrigin() {
    Http.Response created =
        http.post(
            "/rest/v1.1/change_events?project_id=" + projectId,
            "{\"change_event\":{\"title\":\"Extra rebar\",\"external_data\":{\"origin_id\":\"bc:ce:1\"}}}");
    assertEquals(201, created.status());
    assertEquals("Open", created.json().get("status").get("name").asText());
    assertEquals(
        1,
        http.get("/rest/v1.1/change_events?project_id=" + projectId + "&filters[origin_id]=bc:ce:1")
            .json()
            .size());
    assertEquals(
        422,
        http.post("/rest/v1.0/change_events?project_id=" + projectId, "{\"change_event\":{}}")
            .status());
  }

  @Test
  void packagesPcosAndCorsNeedAContract() {
    Http.Response pkg =
        http.post(
            "/rest/v1.0/change_order_packages",
            "{\"project_id\":"
                + projectId
                + ",\"contract_id\":"
                + contractId
                + ",\"change_order\":{\"title\":\"CO 1\",\"grand_total\":\"500\"}}");
    assertEquals(201, pkg.status(), pkg.body());
    assertEquals(contractId, pkg.json().get("contract_id").asLong());
    assertEquals(
        422,
        http.post(
                "/rest/v1.0/change_order_packages",
                "{\"project_id\":" + projectId + ",\"change_order\":{\"title\":\"x\"}}")
            .status());
    assertEquals(
        201,
        http.post(
                "/rest/v1.0/change_order_requests",
                "{\"project_id\":"
                    + projectId
                    + ",\"contract_id\":"
                    + contractId
                    + ",\"change_order_request\":{\"title\":\"COR\",\"status\":\"pending\"}}")
            .status());
  }

  @Test
  void pcoSyncTakesTheContractFromTheQueryAndLineItemsSync() {
    JsonNode result =
        http.patch(
                "/rest/v1.0/potential_change_orders/sync?project_id="
                    + projectId
                    + "&contract_id="
                    + contractId,
                "{\"updates\":[{\"origin_id\":\"bc:pco:1\",\"title\":\"PCO\"},"
                    + "{\"origin_id\":\"bc:pco:2\",\"status\":\"maybe\"}]}")
            .json();
    assertEquals(1, result.get("entities").size());
    assertEquals(1, result.get("errors").size());
    long pco = result.get("entities").get(0).get("id").asLong();
    assertEquals(contractId, result.get("entities").get(0).get("contract_id").asLong());
    JsonNode lines =
        http.patch(
                "/rest/v1.0/potential_change_orders/"
                    + pco
                    + "/line_items/sync?project_id="
                    + projectId,
                "{\"updates\":[{\"origin_id\":\"l1\",\"amount\":\"12.50\"}]}")
            .json();
    assertEquals("12.50", lines.get("entities").get(0).get("amount").asText());
    assertEquals(
        1,
        http.get(
                "/rest/v1.0/potential_change_orders?project_id="
                    + projectId
                    + "&contract_id="
                    + contractId)
            .json()
            .size());
  }
}
