package dev.procoresync.testkit.bc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.bc.contract.BcApi;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@FakeBusinessCentralTest
class FakeBcODataTest {
  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static BcCompanyFixture tower() {
    return BcCompanyFixture.builder()
        .customer("C10000", "Adatum Corporation")
        .vendor("V10000", "Fabrikam")
        .project(
            "JOB000042",
            "Sandbox Test Project",
            p -> p.put("sendToProcore", true).put("billToCustomerNumber", "C10000"))
        .project("JOB000043", "O'Brien's Tower & Annex", p -> {})
        .segmentCode("JOB000042", "01", "Site work")
        .jobTask("JOB000042", "1000", "Concrete")
        .jobTask("JOB000042", "2000", "Steel")
        .planningLine(
            "JOB000042",
            "1000",
            10000,
            l -> l.put("quantity", 10).put("unitCost", 55.5).put("sendBudgetLineToProcore", true))
        .purchaseOrder("PO-1001", "V10000", "JOB000042", po -> po.put("sendToProcore", true))
        .purchaseOrderLine(
            "PO-1001",
            10000,
            l ->
                l.put("jobNo", "JOB000042")
                    .put("jobTaskNo", "1000")
                    .put("quantity", 2)
                    .put("directUnitCost", 100)
                    .put("lineAmount", 200))
        .purchaseOrderLine(
            "PO-1001", 20000, l -> l.put("jobNo", "JOB000042").put("jobTaskNo", "2000"))
        .build();
  }

  @Test
  void customAndStandardPagesShowTheSameProjects(FakeBusinessCentral bc) {
    bc.given(tower());
    BcHttp http = new BcHttp(bc);
    BcHttp.Answer custom = http.get(http.url(BcApi.CUSTOM, "projects"));
    BcHttp.Answer standard = http.get(http.url(BcApi.STANDARD, "projects"));
    assertEquals(200, custom.status(), custom.toString());
    assertEquals(2, custom.json().path("value").size());
    JsonNode std = standard.json().path("value").get(0);
    assertEquals("JOB000042", std.path("number").asText());
    assertFalse(std.has("sendToProcore"), "the standard page shows 4 fields only");
    assertEquals(
        5, std.size(), std.toString()); // etag + id, number, displayName, lastModifiedDateTime
    JsonNode full = custom.json().path("value").get(0);
    assertTrue(full.path("sendToProcore").asBoolean());
    assertEquals(0, full.path("procoreProjectId").asLong());
    assertEquals("0001-01-01", full.path("startingDate").asText());
    assertTrue(full.path("@odata.etag").asText().startsWith("W/\""));
  }

  @Test
  void filterOnStringsWithQuotesAndOnKeysAndDates(FakeBusinessCentral bc, FakeClock clock) {
    bc.given(tower());
    BcHttp http = new BcHttp(bc);
    BcHttp.Answer quoted =
        http.get(
            http.url(
                BcApi.CUSTOM,
                "projects?$filter=" + q("displayName eq 'O''Brien''s Tower & Annex'")));
    assertEquals(1, quoted.json().path("value").size(), quoted.toString());
    Instant before = clock.instant();
    clock.advance(Duration.ofMinutes(5));
    String id = quoted.json().path("value").get(0).path("id").asText();
    bc.update(
        BcApi.CUSTOM, "projects", id, BcHttp.MAPPER.createObjectNode().put("sendToProcore", true));
    BcHttp.Answer changed =
        http.get(
            http.url(BcApi.CUSTOM, "projects?$filter=" + q("lastModifiedDateTime gt " + before)));
    assertEquals(1, changed.json().path("value").size(), changed.toString());
    assertEquals(id, changed.json().path("value").get(0).path("id").asText());
    BcHttp.Answer byGuid = http.get(http.url(BcApi.CUSTOM, "projects?$filter=" + q("id eq " + id)));
    assertEquals(1, byGuid.json().path("value").size());
    BcHttp.Answer both =
        http.get(
            http.url(
                BcApi.CUSTOM,
                "jobTasks?$filter=" + q("jobNo eq 'JOB000042' and jobTaskNo ge '1500'")));
    assertEquals(List.of("2000"), numbers(both, "jobTaskNo"));
    BcHttp.Answer bool =
        http.get(
            http.url(
                BcApi.CUSTOM,
                "projects?$filter=" + q("sendToProcore eq true and procoreProjectId eq 0")));
    assertEquals(2, bool.json().path("value").size());
  }

  @Test
  void badFiltersAreBusinessCentralErrorsNamingTheProblem(FakeBusinessCentral bc) {
    BcHttp http = new BcHttp(bc);
    BcHttp.Answer unknown =
        http.get(http.url(BcApi.CUSTOM, "projects?$filter=" + q("nope eq 'x'")));
    assertEquals(400, unknown.status());
    assertEquals("BadRequest_NotFound", unknown.errorCode());
    assertTrue(unknown.body().contains("nope"), unknown.body());
    BcHttp.Answer quotedGuid =
        http.get(
            http.url(
                BcApi.CUSTOM,
                "projects?$filter=" + q("id eq '00000000-0000-0000-0000-000000000001'")));
    assertEquals(400, quotedGuid.status());
    assertTrue(quotedGuid.body().contains("Edm.Guid"), quotedGuid.body());
    BcHttp.Answer or =
        http.get(
            http.url(BcApi.CUSTOM, "projects?$filter=" + q("number eq 'A' or displayName eq 'B'")));
    assertEquals(400, or.status());
    assertTrue(or.body().contains("'OR' operator"), or.body());
    BcHttp.Answer sameFieldOr =
        http.get(http.url(BcApi.CUSTOM, "projects?$filter=" + q("number eq 'A' or number eq 'B'")));
    assertEquals(200, sameFieldOr.status(), sameFieldOr.toString());
  }

  @Test
  void selectAndExpandAndStandardLinesNeedADocumentFilter(FakeBusinessCentral bc) {
    bc.given(tower());
    BcHttp http = new BcHttp(bc);
    BcHttp.Answer orders =
        http.get(
            http.url(
                BcApi.CUSTOM,
                "purchaseOrders?$select=number,jobNo&$expand="
                    + q(
                        "purchaseOrderLines($select=lineNo,jobTaskNo;$filter=jobTaskNo eq '1000')")));
    assertEquals(200, orders.status(), orders.toString());
    JsonNode po = orders.json().path("value").get(0);
    assertEquals(4, po.size(), po.toString()); // etag, number, jobNo, lines
    assertEquals(1, po.path("purchaseOrderLines").size());
    assertEquals(10000, po.path("purchaseOrderLines").get(0).path("lineNo").asInt());
    BcHttp.Answer noFilter = http.get(http.url(BcApi.STANDARD, "purchaseOrderLines"));
    assertEquals(400, noFilter.status());
    assertTrue(noFilter.body().contains("Document Id"), noFilter.body());
    String poId = bc.all(BcApi.STANDARD, "purchaseOrders").get(0).path("id").asText();
    BcHttp.Answer lines =
        http.get(
            http.url(BcApi.STANDARD, "purchaseOrderLines?$filter=" + q("documentId eq " + poId)));
    assertEquals(2, lines.json().path("value").size(), lines.toString());
    BcHttp.Answer nav =
        http.get(http.url(BcApi.STANDARD, "purchaseOrders(" + poId + ")/purchaseOrderLines"));
    assertEquals(2, nav.json().path("value").size(), nav.toString());
  }

  @Test
  void pagesFollowNextLinkAndHonourMaxPageSize(FakeBusinessCentral bc) {
    BcCompanyFixture.Builder fixture = BcCompanyFixture.builder();
    for (int i = 0; i < 25; i++) {
      fixture.jobTask("JOB1", String.format("%04d", i), "task " + i);
    }
    bc.given(fixture.build());
    BcHttp http = new BcHttp(bc).header("Prefer", "odata.maxpagesize=10");
    List<String> seen = new ArrayList<>();
    String url =
        http.url(BcApi.CUSTOM, "jobTasks?$filter=" + q("jobNo eq 'JOB1'") + "&$select=jobTaskNo");
    int pages = 0;
    while (url != null) {
      BcHttp.Answer page = http.get(url);
      assertEquals(200, page.status(), page.toString());
      assertEquals("odata.maxpagesize=10", page.headers().get("preference-applied"));
      seen.addAll(numbers(page, "jobTaskNo"));
      url =
          page.json().hasNonNull("@odata.nextLink")
              ? page.json().get("@odata.nextLink").asText()
              : null;
      pages++;
    }
    assertEquals(3, pages);
    assertEquals(25, seen.size());
    assertEquals(25, seen.stream().distinct().count());
    bc.verifyRequests("GET /v2.0/{tenant}/{env}/api/{p}/{g}/{v}/{company}/jobTasks", 3);
  }

  @Test
  void topSuppressesNextLink(FakeBusinessCentral bc) {
    BcCompanyFixture.Builder fixture = BcCompanyFixture.builder();
    for (int i = 0; i < 5; i++) {
      fixture.jobTask("JOB1", "T" + i, "task " + i);
    }
    bc.given(fixture.build());
    BcHttp http = new BcHttp(bc).header("Prefer", "odata.maxpagesize=2");
    BcHttp.Answer top = http.get(http.url(BcApi.CUSTOM, "jobTasks?$top=3"));
    assertEquals(3, top.json().path("value").size());
    assertFalse(top.json().has("@odata.nextLink"));
  }

  @Test
  void orderByPagesInTheAskedOrder(FakeBusinessCentral bc) {
    BcCompanyFixture.Builder fixture = BcCompanyFixture.builder();
    for (int i = 0; i < 7; i++) {
      fixture.planningLine("JOB1", "T" + (i % 2), (7 - i) * 10000, l -> {});
    }
    bc.given(fixture.build());
    BcHttp http = new BcHttp(bc).header("Prefer", "odata.maxpagesize=3");
    List<String> seen = new ArrayList<>();
    String url = http.url(BcApi.CUSTOM, "jobPlanningLines?$orderby=" + q("jobTaskNo desc,lineNo"));
    while (url != null) {
      BcHttp.Answer page = http.get(url);
      assertEquals(200, page.status(), page.toString());
      page.json()
          .path("value")
          .forEach(v -> seen.add(v.path("jobTaskNo").asText() + "/" + v.path("lineNo").asInt()));
      url =
          page.json().hasNonNull("@odata.nextLink")
              ? page.json().get("@odata.nextLink").asText()
              : null;
    }
    assertEquals(
        List.of("T1/20000", "T1/40000", "T1/60000", "T0/10000", "T0/30000", "T0/50000", "T0/70000"),
        seen);
    assertEquals(400, http.get(http.url(BcApi.CUSTOM, "jobPlanningLines?$orderby=nope")).status());
  }

  static List<String> numbers(BcHttp.Answer answer, String field) {
    List<String> out = new ArrayList<>();
    answer.json().path("value").forEach(v -> out.add(v.path(field).asText()));
    return out;
  }

  static ObjectNode obj() {
    return BcHttp.MAPPER.createObjectNode();
  }
}
