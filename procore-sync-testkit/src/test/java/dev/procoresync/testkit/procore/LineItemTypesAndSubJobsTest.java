package dev.procoresync.testkit.procore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LineItemTypesAndSubJobsTest {
  private final FakeProcore procore = FakeProcore.start();
  private final Http http = new Http(procore);

  @AfterEach
  void stop() {
    procore.close();
  }

  @Test
  void lineItemTypeSyncTakesCsvImportCodeAsCode() {
    JsonNode result =
        http.patch(
                "/rest/v1.0/line_item_types/sync",
                "{\"company_id\":"
                    + procore.companyId()
                    + ",\"updates\":[{\"origin_id\":\"bc:ct:L\",\"name\":\"Labor\","
                    + "\"csv_import_code\":\"L\",\"base_type\":\"labor\"},"
                    + "{\"name\":\"Bad\",\"base_type\":\"spaceships\"}]}")
            .json();
    assertEquals("L", result.get("entities").get(0).get("code").asText());
    assertEquals(
        "is not included in the list",
        result.get("errors").get(0).get("errors").get("base_type").get(0).asText());
    assertEquals(
        1, http.get("/rest/v1.0/line_item_types?company_id=" + procore.companyId()).json().size());
  }

  @Test
  void subJobsLiveInAProjectAndCanBeDeleted() {
    long projectId = procore.givenProject(Fixtures.project("P"));
    Http.Response created =
        http.post(
            "/rest/v1.0/sub_jobs",
            "{\"project_id\":"
                + projectId
                + ",\"sub_job\":{\"name\":\"Phase 1\",\"code\":\"01\"}}");
    assertEquals(201, created.status());
    long id = created.json().get("id").asLong();
    assertEquals(1, http.get("/rest/v1.0/sub_jobs?project_id=" + projectId).json().size());
    assertEquals(
        204, http.delete("/rest/v1.0/sub_jobs/" + id + "?project_id=" + projectId).status());
    assertEquals(0, http.get("/rest/v1.0/sub_jobs?project_id=" + projectId).json().size());
  }
}
