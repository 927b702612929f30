package dev.procoresync.testkit.procore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InvoicesAndDirectCostsTest {
  private final FakeProcore procore = FakeProcore.start();
  private final Http http = new Http(procore);
  private final long projectId = procore.givenProject(Fixtures.project("Tower"));
  private final long vendorId = procore.givenVendor(Fixtures.vendor("Acme"));

  @AfterEach
  void stop() {
    procore.close();
  }

  @Test
  void requisitionsBelongToACommitmentAndAreNumbered() {
    long po =
        procore
            .given(
                Fixtures.of("purchase_order_contracts").with("vendor_id", vendorId).in(projectId))
            .get("id")
            .asLong();
    String body =
        "{\"project_id\":"
            + projectId
            + ",\"commitment_id\":"
            + po
            + ",\"requisition\":{\"invoice_number\":\"INV-1\",\"origin_id\":\"bc:inv:1\"}}";
    JsonNode first = http.post("/rest/v1.1/requisitions", body).json();
    assertEquals(1, first.get("number").asInt());
    assertEquals("draft", first.get("status").asText());
    assertEquals("PurchaseOrderContract", first.get("commitment_type").asText());
    assertEquals(vendorId, first.get("vendor_id").asLong());
    JsonNode second =
        http.post("/rest/v1.1/requisitions", body.replace("bc:inv:1", "bc:inv:2")).json();
    assertEquals(2, second.get("number").asInt());
    assertEquals(
        1,
        http.get("/rest/v1.1/requisitions?project_id=" + projectId + "&filters[origin_id]=bc:inv:2")
            .json()
            .size());
    assertEquals(
        422,
        http.post(
                "/rest/v1.1/requisitions",
                "{\"project_id\":" + projectId + ",\"commitment_id\":9999,\"requisition\":{}}")
            .status());
  }

  @Test
  void directCostWithLineItemsBothVersions() {
    Http.Response v11 =
        http.post(
            "/rest/v1.1/projects/" + projectId + "/direct_costs",
            "{\"direct_cost\":{\"direct_cost_type\":\"invoice\",\"invoice_number\":\"A1\",\"vendor_id\":"
                + vendorId
                + ",\"line_items\":[{\"wbs_code_id\":1,\"amount\":\"10.5\"},{\"wbs_code_id\":2,\"amount\":4}]}}");
    assertEquals(201, v11.status(), v11.body());
    assertEquals("14.5", v11.json().get("grand_total").asText());
    assertEquals(2, v11.json().get("line_items").size());
    long id = v11.json().get("id").asLong();

    Http.Response v10 =
        http.post(
            "/rest/v1.0/projects/" + projectId + "/direct_costs",
            "{\"item\":{\"direct_cost_type\":\"expense\"}}");
    assertEquals(201, v10.status());

    String lines = "/rest/v1.0/projects/" + projectId + "/direct_costs/" + id + "/line_items";
    assertEquals(2, http.get(lines).json().size());
    assertEquals(
        2, http.get("/rest/v1.0/projects/" + projectId + "/direct_costs/line_items").json().size());
    assertEquals(
        422,
        http.post(
                "/rest/v1.1/projects/" + projectId + "/direct_costs",
                "{\"direct_cost\":{\"direct_cost_type\":\"invoice\"}}")
            .status());
  }

  @Test
  void directCostLineItemSyncNeedsADirectCost() {
    JsonNode result =
        http.patch(
                "/rest/v1.0/projects/" + projectId + "/direct_costs/line_items/sync",
                "{\"updates\":[{\"origin_id\":\"l1\",\"wbs_code_id\":1,\"amount\":\"3\"}]}")
            .json();
    assertEquals(0, result.get("entities").size());
    assertEquals(
        "can't be blank",
        result.get("errors").get(0).get("errors").get("direct_cost_id").get(0).asText());
  }

  @Test
  void directCostSyncUpserts() {
    JsonNode result =
        http.patch(
                "/rest/v1.0/projects/" + projectId + "/direct_costs/sync",
                "{\"updates\":[{\"origin_id\":\"bc:dc:1\",\"direct_cost_type\":\"payroll\"}]}")
            .json();
    assertEquals(1, result.get("entities").size());
  }
}
