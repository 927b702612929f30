package dev.procoresync.testkit.procore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProjectsTest {
  private final FakeProcore procore = FakeProcore.start();
  private final Http http = new Http(procore);

  @AfterEach
  void stop() {
    procore.close();
  }

  @Test
  void createShowsCompanyAndOrigin() {
    Http.Response created =
        http.post(
            "/rest/v1.0/projects",
            "{\"company_id\":"
                + procore.companyId()
                + ",\"project\":{\"name\":\"Tower A\",\"project_number\":\"J-42\","
                + "\"origin_id\":\"bc:job:JOB000042\"}}");
    assertEquals(201, created.status());
    JsonNode project = created.json();
    assertEquals(procore.companyId(), project.get("company").get("id").asLong());
    assertEquals("J-42 - Tower A", project.get("display_name").asText());
    assertEquals("bc:job:JOB000042", project.get("origin_id").asText());
    assertEquals(
        422, http.post("/rest/v1.0/projects", "{\"project\":{\"project_number\":\"X\"}}").status());
  }

  @Test
  void listsActiveProjectsUnlessAskedOtherwise() {
    procore.givenProject(Fixtures.project("Active"));
    procore.givenProject(Fixtures.project("Closed").with("active", false));
    assertEquals(
        1, http.get("/rest/v1.0/projects?company_id=" + procore.companyId()).json().size());
    assertEquals(2, http.get("/rest/v1.0/projects?filters[by_status]=All").json().size());
    JsonNode inactive = http.get("/rest/v1.0/projects?filters[by_status]=Inactive").json();
    assertEquals("Closed", inactive.get(0).get("name").asText());
    assertEquals(
        1, http.get("/rest/v1.0/companies/" + procore.companyId() + "/projects").json().size());
  }

  @Test
  void syncUpsertsByOriginId() {
    procore.givenProject(Fixtures.project("Old name").originId("bc:job:1"));
    JsonNode result =
        http.patch(
                "/rest/v1.0/projects/sync",
                "{\"company_id\":"
                    + procore.companyId()
                    + ",\"updates\":[{\"origin_id\":\"bc:job:1\",\"name\":\"New name\"},"
                    + "{\"origin_id\":\"bc:job:2\",\"name\":\"Second\"}]}")
            .json();
    assertEquals(2, result.get("entities").size());
    assertEquals("New name", result.get("entities").get(0).get("name").asText());
    assertEquals(2, procore.all("projects").size());
  }
}
