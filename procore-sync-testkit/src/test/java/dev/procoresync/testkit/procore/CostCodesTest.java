package dev.procoresync.testkit.procore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CostCodesTest {
  private final FakeProcore procore = FakeProcore.start();
  private final Http http = new Http(procore);
  private final long projectId = procore.givenProject(Fixtures.project("Tower"));

  @AfterEach
  void stop() {
    procore.close();
  }

  @Test
  void tiersComposeFullCodeWithParent() {
    Http.Response division =
        http.post(
            "/rest/v1.0/cost_codes",
            "{\"project_id\":" + projectId + ",\"cost_code\":{\"code\":\"06\",\"name\":\"Wood\"}}");
    assertEquals(201, division.status());
    long parentId = division.json().get("id").asLong();
    Http.Response child =
        http.post(
            "/rest/v1.0/cost_codes",
            "{\"project_id\":"
                + projectId
                + ",\"cost_code\":{\"code\":\"200\",\"name\":\"Rough\",\"parent_id\":"
                + parentId
                + "}}");
    JsonNode code = child.json();
    assertEquals("200", code.get("code").asText());
    assertEquals("06-200", code.get("full_code").asText());
    assertEquals(parentId, code.get("parent").get("id").asLong());
    assertEquals("Project", code.get("biller_type").asText());
    assertEquals(projectId, code.get("biller_id").asLong());
  }

  @Test
  void unknownParentAndMissingFieldsAre422() {
    Http.Response response =
        http.post(
            "/rest/v1.0/cost_codes",
            "{\"project_id\":" + projectId + ",\"cost_code\":{\"code\":\"1\",\"parent_id\":77}}");
    assertEquals(422, response.status());
    assertEquals("not found", response.json().get("errors").get("parent_id").get(0).asText());
    assertEquals("can't be blank", response.json().get("errors").get("name").get(0).asText());
  }

  @Test
  void projectIdIsRequiredAndMustExist() {
    assertEquals(400, http.get("/rest/v1.0/cost_codes").status());
    assertEquals(404, http.get("/rest/v1.0/cost_codes?project_id=999999").status());
  }

  @Test
  void syncInAProjectWithOriginIds() {
    long parent = procore.givenCostCode(projectId, Fixtures.costCode("03", "Concrete"));
    JsonNode result =
        http.patch(
                "/rest/v1.0/cost_codes/sync?project_id=" + projectId,
                "{\"updates\":[{\"origin_id\":\"bc:cc:03-100\",\"code\":\"100\",\"name\":\"Forms\","
                    + "\"parent_id\":"
                    + parent
                    + "}]}")
            .json();
    assertEquals("03-100", result.get("entities").get(0).get("full_code").asText());
    JsonNode found =
        http.get(
                "/rest/v1.0/cost_codes?project_id="
                    + projectId
                    + "&filters[origin_id]=bc:cc:03-100")
            .json();
    assertEquals(1, found.size());
  }

  @Test
  void costCodesOfAnotherProjectAreNotMatchedBySync() {
    long other = procore.givenProject(Fixtures.project("Other"));
    long foreign = procore.givenCostCode(other, Fixtures.costCode("01", "Gen"));
    JsonNode result =
        http.patch(
                "/rest/v1.0/cost_codes/sync?project_id=" + projectId,
                "{\"updates\":[{\"id\":" + foreign + ",\"name\":\"x\"}]}")
            .json();
    assertEquals(1, result.get("errors").size());
  }
}
