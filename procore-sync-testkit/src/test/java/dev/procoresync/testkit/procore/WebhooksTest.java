package dev.procoresync.testkit.procore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhooksTest {
  private final FakeProcore procore = FakeProcore.start();
  private final Http http = new Http(procore);

  @AfterEach
  void stop() {
    procore.close();
  }

  private long hook() {
    Http.Response created =
        http.post(
            "/rest/v1.0/webhooks/hooks",
            "{\"company_id\":"
                + procore.companyId()
                + ",\"hook\":{\"api_version\":\"v2\",\"namespace\":\"procore-sync\","
                + "\"destination_url\":\"https://example.com/hook\","
                + "\"destination_headers\":{\"Authorization\":\"Bearer secret\"}}}");
    assertEquals(201, created.status(), created.body());
    assertEquals(
        "********", created.json().get("destination_headers").get("Authorization").asText());
    assertEquals(procore.companyId(), created.json().get("owned_by_company_id").asLong());
    return created.json().get("id").asLong();
  }

  @Test
  void companyAndProjectHooksAreListedApart() {
    hook();
    long projectId = procore.givenProject(Fixtures.project("P"));
    Http.Response projectHook =
        http.post(
            "/rest/v1.0/webhooks/hooks",
            "{\"project_id\":"
                + projectId
                + ",\"hook\":{\"namespace\":\"procore-sync\",\"destination_url\":\"https://e/x\"}}");
    assertEquals(projectId, projectHook.json().get("owned_by_project_id").asLong());
    assertEquals(
        1, http.get("/rest/v1.0/webhooks/hooks?company_id=" + procore.companyId()).json().size());
    assertEquals(1, http.get("/rest/v1.0/webhooks/hooks?project_id=" + projectId).json().size());
  }

  @Test
  void namespaceAndUrlAreValidated() {
    Http.Response bad =
        http.post("/rest/v1.0/webhooks/hooks", "{\"hook\":{\"namespace\":\"Bad Space\"}}");
    assertEquals(422, bad.status());
    assertEquals("is invalid", bad.json().get("errors").get("namespace").get(0).asText());
    assertEquals("can't be blank", bad.json().get("errors").get("destination_url").get(0).asText());
  }

  @Test
  void triggersSingleAndBulk() {
    long hook = hook();
    String triggers = "/rest/v1.0/webhooks/hooks/" + hook + "/triggers";
    assertEquals(
        201,
        http.post(
                triggers,
                "{\"trigger\":{\"resource_name\":\"Projects\",\"event_type\":\"create\"}}")
            .status());
    assertEquals(
        422,
        http.post(
                triggers,
                "{\"trigger\":{\"resource_name\":\"Projects\",\"event_type\":\"explode\"}}")
            .status());
    Http.Response bulk =
        http.post(
            triggers + "/bulk",
            "{\"triggers\":[{\"resource_name\":\"Vendors\",\"event_type\":\"update\"},"
                + "{\"resource_name\":\"Vendors\",\"event_type\":\"delete\"}]}");
    assertEquals(201, bulk.status());
    JsonNode list = http.get(triggers).json();
    assertEquals(3, list.size());
    assertEquals(204, http.delete(triggers + "/" + list.get(0).get("id").asLong()).status());
    assertEquals(204, http.delete("/rest/v1.0/webhooks/hooks/" + hook).status());
  }

  @Test
  void deliveriesFilterByStatus() {
    long hook = hook();
    procore.given(Fixtures.of("webhook_deliveries").with("outcome", "ok").in(hook));
    procore.given(Fixtures.of("webhook_deliveries").with("outcome", "failed").in(hook));
    String deliveries = "/rest/v1.0/webhooks/hooks/" + hook + "/deliveries";
    assertEquals(2, http.get(deliveries).json().size());
    assertEquals(1, http.get(deliveries + "?filter[status]=failing").json().size());
    assertEquals(
        "ok",
        http.get(deliveries + "?filter[status]=successful").json().get(0).get("outcome").asText());
  }
}
