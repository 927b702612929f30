package dev.procoresync.testkit.bc;

import static dev.procoresync.testkit.bc.FakeBcODataTest.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.bc.contract.BcApi;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@FakeBusinessCentralTest
class FakeBcWritesTest {
  @Test
  void patchNeedsIfMatchAndRefusesAStaleEtagButTakesAStar(FakeBusinessCentral bc, FakeClock clock) {
    bc.given(FakeBcODataTest.tower());
    BcHttp http = new BcHttp(bc);
    JsonNode project =
        http.get(http.url(BcApi.CUSTOM, "projects?$filter=" + q("number eq 'JOB000042'")))
            .json()
            .path("value")
            .get(0);
    String url = http.url(BcApi.CUSTOM, "projects(" + project.path("id").asText() + ")");
    String etag = project.path("@odata.etag").asText();

    BcHttp.Answer without = http.patch(url, "{\"procoreProjectId\":562949953421312}", null);
    assertEquals(400, without.status());
    assertEquals("BadRequest_InvalidToken", without.errorCode());

    clock.advance(Duration.ofSeconds(1));
    BcHttp.Answer ok = http.patch(url, "{\"procoreProjectId\":562949953421312}", etag);
    assertEquals(200, ok.status(), ok.toString());
    assertEquals(562949953421312L, ok.json().path("procoreProjectId").asLong());
    assertNotEquals(etag, ok.headers().get("etag"));
    assertEquals(
        ok.headers().get("etag"),
        ok.json().path("@odata.etag").asText(),
        "the ETag header is the body's @odata.etag, unchanged (the fake server never gzips)");
    BcHttp.Answer echoed = http.patch(url, "{\"sendToProcore\":true}", ok.headers().get("etag"));
    assertEquals(200, echoed.status(), "the ETag header works as If-Match too: " + echoed);
    etag = ok.json().path("@odata.etag").asText();

    BcHttp.Answer stale = http.patch(url, "{\"procoreProjectId\":1}", etag);
    assertEquals(409, stale.status());
    assertEquals("Request_EntityChanged", stale.errorCode());

    bc.staleEtagStatus(412);
    BcHttp.Answer precondition = http.patch(url, "{\"procoreProjectId\":1}", etag);
    assertEquals(412, precondition.status());
    assertEquals("Request_EntityChanged", precondition.errorCode());

    BcHttp.Answer star = http.patch(url, "{\"projectClass\":\"Project with Change Order\"}", "*");
    assertEquals(200, star.status(), star.toString());
    assertEquals(
        "Project with Change Order",
        bc.find(BcApi.CUSTOM, "projects", project.path("id").asText())
            .orElseThrow()
            .path("projectClass")
            .asText());
  }

  @Test
  void writesAreCheckedFieldByField(FakeBusinessCentral bc) {
    bc.given(FakeBcODataTest.tower());
    BcHttp http = new BcHttp(bc);
    JsonNode task = http.get(http.url(BcApi.CUSTOM, "jobTasks")).json().path("value").get(0);
    String url = http.url(BcApi.CUSTOM, "jobTasks(" + task.path("id").asText() + ")");
    BcHttp.Answer unknown = http.patch(url, "{\"colour\":\"red\"}", "*");
    assertEquals(400, unknown.status());
    assertTrue(unknown.body().contains("'colour'"), unknown.body());
    BcHttp.Answer readOnly = http.patch(url, "{\"indentation\":2}", "*");
    assertEquals("BadRequest_InvalidOperation", readOnly.errorCode());
    BcHttp.Answer badEnum = http.patch(url, "{\"jobTaskType\":\"Begin-Total\"}", "*");
    assertEquals(400, badEnum.status());
    assertTrue(badEnum.body().contains("Begin_x002D_Total"), badEnum.body());
    BcHttp.Answer tooLong = http.patch(url, "{\"segmentCode\":\"" + "X".repeat(21) + "\"}", "*");
    assertEquals("Application_StringExceededLength", tooLong.errorCode());
    BcHttp.Answer wrongType = http.patch(url, "{\"procoreCostCodeId\":\"abc\"}", "*");
    assertEquals(400, wrongType.status());
    assertTrue(wrongType.body().contains("procoreCostCodeId"), wrongType.body());
    BcHttp.Answer notAllowed = http.post(http.url(BcApi.CUSTOM, "jobTasks"), "{\"jobNo\":\"J\"}");
    assertEquals(405, notAllowed.status());
  }

  @Test
  void createsWithLinesAndRefusesADuplicateKey(FakeBusinessCentral bc) {
    bc.given(FakeBcODataTest.tower());
    BcHttp http = new BcHttp(bc);
    String body =
        "{\"jobNo\":\"JOB000042\",\"number\":\"CO-1\",\"procoreChangeOrderId\":77,\"title\":\"Extra slab\","
            + "\"changeOrderLines\":[{\"lineNo\":10000,\"jobTaskNo\":\"1000\",\"amount\":1200.50}]}";
    BcHttp.Answer created = http.post(http.url(BcApi.CUSTOM, "changeOrders"), body);
    assertEquals(201, created.status(), created.toString());
    String id = created.json().path("id").asText();
    assertTrue(created.headers().get("location").endsWith("changeOrders(" + id + ")"));
    BcHttp.Answer lines =
        http.get(http.url(BcApi.CUSTOM, "changeOrders(" + id + ")/changeOrderLines"));
    assertEquals(1, lines.json().path("value").size(), lines.toString());
    assertEquals("CO-1", lines.json().path("value").get(0).path("changeOrderNumber").asText());
    assertEquals(id, lines.json().path("value").get(0).path("documentId").asText());

    BcHttp.Answer again =
        http.post(http.url(BcApi.CUSTOM, "changeOrders"), body.replace("CO-1", "CO-2"));
    assertEquals(400, again.status());
    assertEquals("Internal_EntityWithSameKeyExists", again.errorCode());
    assertTrue(again.body().contains("procoreChangeOrderId='77'"), again.body());
    assertEquals(1, bc.count(BcApi.CUSTOM, "changeOrders"));
    assertEquals(
        1, bc.count(BcApi.CUSTOM, "changeOrderLines"), "the refused deep insert left no line");
  }

  @Test
  void deleteNeedsIfMatchAndMissingRecordsAre404(FakeBusinessCentral bc) {
    bc.given(BcCompanyFixture.builder().vendor("V1", "Acme").build());
    BcHttp http = new BcHttp(bc);
    JsonNode vendor = http.get(http.url(BcApi.STANDARD, "vendors")).json().path("value").get(0);
    String url = http.url(BcApi.STANDARD, "vendors(" + vendor.path("id").asText() + ")");
    assertEquals("BadRequest_InvalidToken", http.delete(url, null).errorCode());
    assertEquals(204, http.delete(url, vendor.path("@odata.etag").asText()).status());
    BcHttp.Answer gone = http.get(url);
    assertEquals(404, gone.status());
    assertEquals("Internal_RecordNotFound", gone.errorCode());
  }

  @Test
  void postingIsNotIdempotent(FakeBusinessCentral bc) {
    bc.given(
        BcCompanyFixture.builder()
            .jobJournalLine(
                10000,
                "JOB1",
                l -> l.put("jobTaskNo", "1000").put("lineType", "Budget").put("totalCost", 250))
            .build());
    BcHttp http = new BcHttp(bc);
    String id = bc.all(BcApi.CUSTOM, "jobJournalLines").get(0).path("id").asText();
    String action = http.url(BcApi.CUSTOM, "jobJournalLines(" + id + ")/Microsoft.NAV.post");
    assertEquals(204, http.post(action, "").status());
    assertEquals(0, bc.count(BcApi.CUSTOM, "jobJournalLines"));
    JsonNode entry = bc.all(BcApi.CUSTOM, "jobLedgerEntries").get(0);
    assertEquals("Budget", entry.path("lineType").asText());
    assertEquals(250, entry.path("totalCost").asInt());
    BcHttp.Answer twice = http.post(action, "");
    assertEquals(404, twice.status());
  }

  @Test
  void receiveAndInvoiceMakesAPostedInvoiceWithJobLinesOnce(FakeBusinessCentral bc) {
    bc.given(FakeBcODataTest.tower());
    BcHttp http = new BcHttp(bc);
    String poId = bc.all(BcApi.STANDARD, "purchaseOrders").get(0).path("id").asText();
    String action =
        http.url(BcApi.STANDARD, "purchaseOrders(" + poId + ")/Microsoft.NAV.receiveAndInvoice");
    assertEquals(204, http.post(action, "").status());
    JsonNode posted = bc.all(BcApi.CUSTOM, "postedPurchaseInvoices").get(0);
    assertEquals("PO-1001", posted.path("orderNumber").asText());
    assertEquals(200, posted.path("amount").asInt());
    assertEquals(2, bc.count(BcApi.CUSTOM, "postedPurchaseInvoiceLines"));
    JsonNode aggregate = bc.all(BcApi.STANDARD, "purchaseInvoices").get(0);
    assertEquals("Open", aggregate.path("status").asText());
    assertEquals(poId, aggregate.path("orderId").asText());
    BcHttp.Answer twice = http.post(action, "");
    assertEquals(400, twice.status());
    assertEquals(1, bc.count(BcApi.CUSTOM, "postedPurchaseInvoices"));
  }
}
