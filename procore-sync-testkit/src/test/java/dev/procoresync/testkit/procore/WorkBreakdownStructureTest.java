package dev.procoresync.testkit.procore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkBreakdownStructureTest {
  private final FakeProcore procore = FakeProcore.start();
  private final Http http = new Http(procore);
  private final long projectId = procore.givenProject(Fixtures.project("Tower"));
  private final String segments =
      "/rest/v1.0/companies/" + procore.companyId() + "/work_breakdown_structure/segments";
  private final Map<String, Long> segmentIds = new HashMap<>();

  @BeforeEach
  void readSegments() {
    for (JsonNode s : http.get(segments).json()) {
      segmentIds.put(s.get("type").asText(), s.get("id").asLong());
    }
  }

  @AfterEach
  void stop() {
    procore.close();
  }

  private long item(String type, String code, String name, Long parent) {
    Http.Response created =
        http.post(
            segments + "/" + segmentIds.get(type) + "/segment_items",
            "{\"code\":\""
                + code
                + "\",\"name\":\""
                + name
                + "\""
                + (parent == null ? "" : ",\"parent_id\":" + parent)
                + "}");
    assertEquals(201, created.status(), created.body());
    return created.json().get("id").asLong();
  }

  @Test
  void companyStartsWithProcoresDefaultPattern() {
    JsonNode list = http.get(segments).json();
    assertEquals(3, list.size());
    assertEquals("sub_job", list.get(0).get("type").asText());
    assertEquals("tiered", list.get(1).get("structure").asText());
    assertEquals(".", list.get(1).get("delimiter").asText());
    assertEquals(
        3,
        http.get("/rest/v1.0/projects/" + projectId + "/work_breakdown_structure/segments")
            .json()
            .size());
  }

  @Test
  void patternListsTheSegmentsInOrder() {
    JsonNode company =
        http.get(
                "/rest/v1.0/companies/"
                    + procore.companyId()
                    + "/work_breakdown_structure/patterns")
            .json();
    assertEquals(1, company.size());
    JsonNode segs = company.get(0).get("segments");
    assertEquals(
        java.util.List.of("sub_job", "cost_code", "line_item_type"), segs.findValuesAsText("type"));
    assertEquals(
        company,
        http.get("/rest/v1.0/projects/" + projectId + "/work_breakdown_structure/patterns").json());
  }

  @Test
  void tieredItemsCarryTheirPath() {
    long division = item("cost_code", "06", "Wood", null);
    long child = item("cost_code", "200", "Rough", division);
    JsonNode shown =
        http.get(segments + "/" + segmentIds.get("cost_code") + "/segment_items/" + child).json();
    assertEquals("06-200", shown.get("path_code").asText());
    assertEquals(division, shown.get("path_ids").get(0).asLong());
    assertEquals(
        true,
        http.get(segments + "/" + segmentIds.get("cost_code") + "/segment_items/" + division)
            .json()
            .get("is_parent")
            .asBoolean());
  }

  @Test
  void flatSegmentsRefuseParents() {
    long type = item("line_item_type", "L", "Labor", null);
    Http.Response refused =
        http.post(
            segments + "/" + segmentIds.get("line_item_type") + "/segment_items",
            "{\"code\":\"L2\",\"name\":\"x\",\"parent_id\":" + type + "}");
    assertEquals(422, refused.status());
  }

  @Test
  void wbsCodeFlatCodeAndSameCombinationUpdates() {
    long division = item("cost_code", "06", "Wood", null);
    long code = item("cost_code", "200", "Rough", division);
    long type = item("line_item_type", "L", "Labor", null);
    String body =
        "{\"description\":\"%s\",\"segment_items\":[{\"segment_id\":"
            + segmentIds.get("line_item_type")
            + ",\"segment_item_id\":"
            + type
            + "},{\"segment_id\":"
            + segmentIds.get("cost_code")
            + ",\"segment_item_id\":"
            + code
            + "}]}";
    String wbs = "/rest/v1.0/projects/" + projectId + "/work_breakdown_structure/wbs_codes";
    JsonNode first = http.post(wbs, String.format(body, "First")).json();
    assertEquals("06-200.L", first.get("flat_code").asText());
    assertEquals("Rough.Labor", first.get("flat_name").asText());
    JsonNode again = http.post(wbs, String.format(body, "Second")).json();
    assertEquals(first.get("id").asLong(), again.get("id").asLong());
    assertEquals("Second", again.get("description").asText());
    assertEquals(1, http.get(wbs).json().size());
  }

  @Test
  void bulkCreateReturnsEntitiesAndErrors() {
    long type = item("line_item_type", "M", "Material", null);
    String wbs = "/rest/v1.0/projects/" + projectId + "/work_breakdown_structure/wbs_codes";
    JsonNode result =
        http.patch(
                wbs + "/bulk_create",
                "{\"bulk\":[{\"segment_items\":[{\"segment_id\":"
                    + segmentIds.get("line_item_type")
                    + ",\"segment_item_id\":"
                    + type
                    + "}]},{\"segment_items\":[{\"segment_id\":1,\"segment_item_id\":2}]}]}")
            .json();
    assertEquals(1, result.get("entities").size());
    assertEquals(1, result.get("errors").size());
  }
}
