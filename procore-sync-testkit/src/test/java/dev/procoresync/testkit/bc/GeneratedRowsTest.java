package dev.procoresync.testkit.bc;

import static dev.procoresync.testkit.bc.FakeBcODataTest.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.procoresync.testkit.bc.contract.BcApi;
import org.junit.jupiter.api.Test;

/** A million planning lines served from a generator, page by page. */
@FakeBusinessCentralTest
class GeneratedRowsTest {
  @Test
  void aMillionPlanningLinesArePagedFilteredAndWritable(FakeBusinessCentral bc) {
    bc.serveGenerated(BcApi.CUSTOM, "projects", 5_000, BcGenerated.projects());
    bc.serveGenerated(BcApi.CUSTOM, "jobPlanningLines", 1_000_000, BcGenerated.planningLines(200));
    assertEquals(1_000_000, bc.count(BcApi.CUSTOM, "jobPlanningLines"));
    BcHttp http = new BcHttp(bc).header("Prefer", "odata.maxpagesize=1000");

    BcHttp.Answer first = http.get(http.url(BcApi.CUSTOM, "jobPlanningLines"));
    assertEquals(1000, first.json().path("value").size());
    String next = first.json().path("@odata.nextLink").asText();
    BcHttp.Answer second = http.get(next);
    assertEquals("JOB000005", second.json().path("value").get(0).path("jobNo").asText());

    BcHttp.Answer project =
        http.get(
            http.url(
                BcApi.CUSTOM,
                "jobPlanningLines?$filter=" + q("jobNo eq 'JOB004999' and lineNo gt 1990000")));
    assertEquals(1, project.json().path("value").size(), project.toString());
    JsonNode last = project.json().path("value").get(0);
    assertEquals(2_000_000, last.path("lineNo").asInt());
    assertFalse(project.json().has("@odata.nextLink"));

    String url = http.url(BcApi.CUSTOM, "jobPlanningLines(" + last.path("id").asText() + ")");
    BcHttp.Answer patched =
        http.patch(url, "{\"procoreBudgetLineItemId\":4242}", last.path("@odata.etag").asText());
    assertEquals(200, patched.status(), patched.toString());
    assertEquals(4242, http.get(url).json().path("procoreBudgetLineItemId").asInt());
    assertEquals(
        409,
        http.patch(url, "{\"procoreBudgetLineItemId\":1}", last.path("@odata.etag").asText())
            .status());

    BcHttp.Answer projects =
        http.get(http.url(BcApi.STANDARD, "projects?$filter=" + q("number eq 'JOB000042'")));
    assertEquals(
        "Generated project 42", projects.json().path("value").get(0).path("displayName").asText());
    assertTrue(bc.requests().size() >= 5);
  }

  @Test
  void theStandaloneServerServesAGeneratedCompany() {
    try (FakeBusinessCentral bc =
        FakeBusinessCentralServer.start(
            "--projects", "50", "--planning-lines", "1000", "--no-rate-limit")) {
      JsonNode described = BcHttp.MAPPER.valueToTree(FakeBusinessCentralServer.describe(bc));
      assertTrue(described.asText().contains(bc.companyId()));
      assertEquals(1000, bc.count(BcApi.CUSTOM, "jobPlanningLines"));
      assertEquals(50, bc.count(BcApi.STANDARD, "projects"));
      BcHttp http = new BcHttp(bc);
      BcHttp.Answer lines =
          http.get(http.url(BcApi.CUSTOM, "jobPlanningLines?$filter=" + q("jobNo eq 'JOB000049'")));
      assertEquals(20, lines.json().path("value").size());
    }
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> FakeBusinessCentralServer.start("--planning-lines", "10"));
  }
}
