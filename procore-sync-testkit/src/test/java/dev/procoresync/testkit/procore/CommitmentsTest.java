package dev.procoresync.testkit.procore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CommitmentsTest {
  private final FakeProcore procore = FakeProcore.start();
  private final Http http = new Http(procore);
  private final long projectId = procore.givenProject(Fixtures.project("Tower"));
  private final long vendorA = procore.givenVendor(Fixtures.vendor("Acme"));
  private final long vendorB = procore.givenVendor(Fixtures.vendor("Bolt"));

  @AfterEach
  void stop() {
    procore.close();
  }

  private long contract(String table, String status) {
    Http.Response created =
        http.post(
            "/rest/v1.0/" + table,
            "{\"project_id\":"
                + projectId
                + ",\""
                + table.substring(0, table.length() - 1)
                + "\":{\"title\":\"C\",\"vendor_id\":"
                + vendorA
                + ",\"status\":\""
                + status
                + "\",\"origin_id\":\"bc:po:1\"}}");
    assertEquals(201, created.status(), created.body());
    return created.json().get("id").asLong();
  }

  @Test
  void createShowsVendorAndGrandTotalFromLineItems() {
    long id = contract("purchase_order_contracts", "Draft");
    String lines = "/rest/v1.0/purchase_order_contracts/" + id + "/line_items";
    assertEquals(
        201,
        http.post(lines, "{\"line_item\":{\"amount\":\"100.25\",\"description\":\"a\"}}").status());
    Http.Response calculated =
        http.post(
            lines,
            "{\"line_item\":{\"extended_type\":\"calculated\",\"quantity\":\"3\",\"unit_cost\":\"2.5\"}}");
    assertEquals("7.5", calculated.json().get("total_amount").asText());
    JsonNode po =
        http.get("/rest/v1.0/purchase_order_contracts/" + id + "?project_id=" + projectId).json();
    assertEquals("Acme", po.get("vendor").get("company").asText());
    assertEquals("107.75", po.get("grand_total").asText());
  }

  @Test
  void approvedCommitmentRefusesVendorAndScheduleOfValuesChanges() {
    long id = contract("work_order_contracts", "Draft");
    String lines = "/rest/v1.0/work_order_contracts/" + id + "/line_items";
    long line = http.post(lines, "{\"line_item\":{\"amount\":\"10\"}}").json().get("id").asLong();
    assertEquals(
        200,
        http.patch(
                "/rest/v1.0/work_order_contracts/" + id,
                "{\"work_order_contract\":{\"status\":\"Approved\"}}")
            .status());

    Http.Response vendor =
        http.patch(
            "/rest/v1.0/work_order_contracts/" + id,
            "{\"work_order_contract\":{\"vendor_id\":" + vendorB + "}}");
    assertEquals(422, vendor.status());
    assertEquals(
        "Vendor cannot be changed on an approved commitment",
        vendor.json().get("errors").get("base").get(0).asText());
    assertEquals(
        200,
        http.patch(
                "/rest/v1.0/work_order_contracts/" + id,
                "{\"work_order_contract\":{\"title\":\"Renamed\"}}")
            .status());
    assertEquals(422, http.post(lines, "{\"line_item\":{\"amount\":\"1\"}}").status());
    assertEquals(
        422, http.patch(lines + "/" + line, "{\"line_item\":{\"amount\":\"1\"}}").status());
    assertEquals(422, http.delete(lines + "/" + line + "?project_id=" + projectId).status());
    JsonNode sync =
        http.patch(
                lines + "/sync?project_id=" + projectId,
                "{\"updates\":[{\"origin_id\":\"x\",\"amount\":\"1\"}]}")
            .json();
    assertEquals(1, sync.get("errors").size());
    assertEquals(
        422,
        http.delete("/rest/v1.0/work_order_contracts/" + id + "?project_id=" + projectId).status());
  }

  @Test
  void deletedCommitmentsAreListedOnlyWithIncludeDeleted() {
    long id = contract("purchase_order_contracts", "Draft");
    assertEquals(
        204,
        http.delete("/rest/v1.0/purchase_order_contracts/" + id + "?project_id=" + projectId)
            .status());
    String list = "/rest/v1.0/purchase_order_contracts?project_id=" + projectId;
    assertEquals(0, http.get(list).json().size());
    JsonNode only = http.get(list + "&filters[include_deleted]=only").json();
    assertEquals(id, only.get(0).get("id").asLong());
    assertEquals(procore.clock().instant().toString(), only.get(0).get("deleted_at").asText());
    assertEquals(
        404,
        http.get("/rest/v1.0/purchase_order_contracts/" + id + "?project_id=" + projectId)
            .status());
  }

  @Test
  void statusesAreCheckedPerCommitmentType() {
    Http.Response bad =
        http.post(
            "/rest/v1.0/purchase_order_contracts",
            "{\"project_id\":"
                + projectId
                + ",\"purchase_order_contract\":{\"status\":\"Out For Bid\"}}");
    assertEquals(422, bad.status());
    contract("work_order_contracts", "Out For Bid");
  }

  @Test
  void contractSyncAndOriginFilter() {
    JsonNode result =
        http.patch(
                "/rest/v1.0/purchase_order_contracts/sync",
                "{\"project_id\":"
                    + projectId
                    + ",\"updates\":[{\"origin_id\":\"bc:po:9\",\"title\":\"Synced\",\"vendor_id\":"
                    + vendorA
                    + "}]}")
            .json();
    assertEquals(1, result.get("entities").size());
    assertEquals(
        1,
        http.get(
                "/rest/v1.0/purchase_order_contracts?project_id="
                    + projectId
                    + "&filters[origin_id]=bc:po:9")
            .json()
            .size());
  }

  @Test
  void commitmentChangeOrdersRefuseDeletingApproved() {
    long id = contract("work_order_contracts", "Approved");
    String base = "/rest/v1.0/projects/" + projectId + "/commitment_change_orders";
    Http.Response created =
        http.post(
            base,
            "{\"change_order\":{\"contract_id\":"
                + id
                + ",\"status\":\"approved\",\"grand_total\":12}}");
    assertEquals(201, created.status());
    assertEquals("12", created.json().get("grand_total").asText());
    assertEquals(422, http.delete(base + "/" + created.json().get("id").asLong()).status());
    assertEquals(422, http.post(base, "{\"change_order\":{\"status\":\"draft\"}}").status());
  }
}
