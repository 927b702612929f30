package dev.procoresync.testkit.procore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FixturesTest {
  private final FakeProcore procore = FakeProcore.start();
  private final Http http = new Http(procore);

  @AfterEach
  void stop() {
    procore.close();
  }

  @Test
  void buildersFillSensibleDefaults() {
    ObjectNode vendor = procore.given(Fixtures.vendor("Acme"));
    assertTrue(vendor.get("is_active").asBoolean());
    assertEquals("US", vendor.get("country_code").asText());
    long project = procore.givenProject(Fixtures.project("P"));
    long person = procore.givenPerson(Fixtures.person("Pat", "Lee"));
    ObjectNode entry =
        procore.given(
            Fixtures.timecardEntry(LocalDate.of(2026, 1, 5), new BigDecimal("7.25"), person)
                .in(project));
    assertEquals("7.25", entry.get("hours").asText());
    assertEquals("pending", entry.get("approval_status").asText());
    assertEquals("Pat Lee", entry.get("party").get("name").asText());
  }

  @Test
  void everyServedResourceCanBeSeededFromItsFixture() {
    long project = procore.givenProject(Fixtures.project("P"));
    long vendor = procore.givenVendor(Fixtures.vendor("V"));
    long po = procore.given(Fixtures.purchaseOrder(vendor).in(project)).get("id").asLong();
    long wo = procore.given(Fixtures.workOrder(vendor).in(project)).get("id").asLong();
    procore.given(Fixtures.purchaseOrderLineItem(BigDecimal.TEN).in(po));
    procore.given(Fixtures.workOrderLineItem(BigDecimal.ONE).in(wo));
    procore.given(Fixtures.requisition(po).in(project));
    procore.given(Fixtures.directCost("expense").in(project));
    procore.given(Fixtures.changeEvent("CE").in(project));
    long hook = procore.given(Fixtures.webhookHook("https://example.com/h")).get("id").asLong();
    procore.given(Fixtures.webhookDelivery("failed").in(hook));
    JsonNode po1 =
        http.get("/rest/v1.0/purchase_order_contracts/" + po + "?project_id=" + project).json();
    assertEquals("10", po1.get("grand_total").asText());
    assertEquals("V", po1.get("vendor").get("company").asText());
  }

  @Test
  void unknownResourceOrMissingProjectIsAClearError() {
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class, () -> procore.given(Fixtures.of("spaceships")));
    assertTrue(
        unknown.getMessage().startsWith("unknown resource: spaceships"), unknown.getMessage());
    IllegalArgumentException noProject =
        assertThrows(
            IllegalArgumentException.class, () -> procore.given(Fixtures.costCode("01", "G")));
    assertEquals("cost_codes needs a project id", noProject.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Fixtures.load("nope.json"));
  }

  @Test
  void sampleCompanyDatasetIsShippedAndServed() {
    procore.givenDataset("sample-company.json");
    assertEquals(3, http.get("/rest/v1.0/vendors").json().size());
    JsonNode projects = http.get("/rest/v1.0/projects?filters[origin_id]=bc:job:JOB000042").json();
    assertEquals(1, projects.size());
    long project = projects.get(0).get("id").asLong();
    JsonNode codes = http.get("/rest/v1.0/cost_codes?project_id=" + project).json();
    List<String> fullCodes = codes.findValuesAsText("full_code");
    assertEquals(List.of("01", "01-100", "03", "03-100", "03-200"), fullCodes);
    assertEquals(1, http.get("/rest/v1.0/sub_jobs?project_id=" + project).json().size());
    assertEquals(
        3, http.get("/rest/v1.0/companies/" + procore.companyId() + "/people").json().size());
  }

  @Test
  void fixturesAreImmutableSoOneCanBeTheBaseOfMany() {
    Fixture acme = Fixtures.vendor("Acme").originId("erp:vendor:1");
    Fixture inReno = acme.with("city", "Reno").in(7);

    assertTrue(acme.json().path("city").isNull(), acme.json().toString());
    assertTrue(acme.owner().isEmpty());
    assertEquals("Reno", inReno.json().get("city").asText());
    assertEquals(7, inReno.owner().getAsLong());
    assertEquals("erp:vendor:1", inReno.json().get("origin_id").asText());
    ObjectNode node = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
    Fixture withNode = acme.with("meta", node);
    node.put("changed", true);
    assertTrue(withNode.json().get("meta").isEmpty());
  }
}
