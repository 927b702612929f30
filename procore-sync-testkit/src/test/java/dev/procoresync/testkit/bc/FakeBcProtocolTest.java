package dev.procoresync.testkit.bc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.bc.contract.BcApi;
import dev.procoresync.testkit.http.Fault;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Tokens, companies, $batch, rate limits, 504s, faults and the journal. */
@FakeBusinessCentralTest
class FakeBcProtocolTest {
  @Test
  void clientCredentialsTokenAndItsRefusals(FakeBusinessCentral bc, FakeClock clock) {
    BcHttp.Answer ok =
        BcHttp.token(bc, bc.clientId(), bc.clientSecret(), FakeBusinessCentral.SCOPE);
    assertEquals(200, ok.status(), ok.toString());
    assertEquals("Bearer", ok.json().path("token_type").asText());
    assertEquals(3599, ok.json().path("expires_in").asInt());
    String token = ok.json().path("access_token").asText();

    BcHttp.Answer secret = BcHttp.token(bc, bc.clientId(), "wrong", FakeBusinessCentral.SCOPE);
    assertEquals(401, secret.status());
    assertEquals("invalid_client", secret.json().path("error").asText());
    assertTrue(secret.json().path("error_description").asText().startsWith("AADSTS7000215"));
    assertFalse(secret.body().contains("wrong"), "the secret is never echoed");
    BcHttp.Answer scope =
        BcHttp.token(
            bc, bc.clientId(), bc.clientSecret(), "https://api.businesscentral.dynamics.com");
    assertEquals("invalid_scope", scope.json().path("error").asText());
    BcHttp.Answer client =
        BcHttp.token(bc, "someone", bc.clientSecret(), FakeBusinessCentral.SCOPE);
    assertEquals("unauthorized_client", client.json().path("error").asText());

    String companies = bc.standardApiUrl() + "/companies";
    BcHttp.Answer listed =
        BcHttp.raw(
            new okhttp3.Request.Builder()
                .url(companies)
                .header("Authorization", "Bearer " + token)
                .build());
    assertEquals(200, listed.status(), listed.toString());
    assertEquals(
        FakeBusinessCentral.DEFAULT_COMPANY,
        listed.json().path("value").get(0).path("name").asText());
    assertEquals(bc.companyId(), listed.json().path("value").get(0).path("id").asText());

    clock.advance(Duration.ofSeconds(3599));
    BcHttp.Answer expired =
        BcHttp.raw(
            new okhttp3.Request.Builder()
                .url(companies)
                .header("Authorization", "Bearer " + token)
                .build());
    assertEquals(401, expired.status());
    assertEquals(
        "Authentication_InvalidCredentials", expired.json().path("error").path("code").asText());
  }

  @Test
  void unknownCompanyAndSegment(FakeBusinessCentral bc) {
    BcHttp http = new BcHttp(bc);
    BcHttp.Answer company =
        http.get(bc.customApiUrl() + "/companies(11111111-2222-3333-4444-555555555555)/projects");
    assertEquals(404, company.status());
    assertEquals("Internal_CompanyNotFound", company.errorCode());
    BcHttp.Answer set = http.get(http.url(BcApi.CUSTOM, "jobs"));
    assertEquals(404, set.status());
    assertEquals("BadRequest_ResourceNotFound", set.errorCode());
  }

  @Test
  void batchAnswersEachOperationAndTakesAtMostOneHundred(FakeBusinessCentral bc) {
    bc.given(FakeBcODataTest.tower());
    BcHttp http = new BcHttp(bc);
    JsonNode task = bc.all(BcApi.CUSTOM, "jobTasks").get(0);
    String company = "companies(" + bc.companyId() + ")";
    ObjectNode batch = BcHttp.MAPPER.createObjectNode();
    ArrayNode requests = batch.putArray("requests");
    requests
        .addObject()
        .put("id", "1")
        .put("method", "PATCH")
        .put("url", company + "/jobTasks(" + task.path("id").asText() + ")")
        .set(
            "headers",
            BcHttp.MAPPER
                .createObjectNode()
                .put("If-Match", task.path("@odata.etag").asText())
                .put("Content-Type", "application/json"));
    ((ObjectNode) requests.get(0))
        .set("body", BcHttp.MAPPER.createObjectNode().put("procoreCostCodeId", 901));
    requests
        .addObject()
        .put("id", "2")
        .put("method", "PATCH")
        .put("url", company + "/jobTasks(" + task.path("id").asText() + ")")
        .set("body", BcHttp.MAPPER.createObjectNode().put("procoreCostCodeId", 902));
    requests
        .addObject()
        .put("id", "3")
        .put("method", "GET")
        .put("url", company + "/jobTasks?$filter=procoreCostCodeId%20eq%20901");
    BcHttp.Answer answer = http.post(bc.customApiUrl() + "/$batch", batch.toString());
    assertEquals(200, answer.status(), answer.toString());
    JsonNode responses = answer.json().path("responses");
    assertEquals(200, responses.get(0).path("status").asInt(), responses.toString());
    assertTrue(responses.get(0).path("headers").path("etag").asText().startsWith("W/"));
    assertEquals(400, responses.get(1).path("status").asInt(), "no If-Match");
    assertEquals(
        "BadRequest_InvalidToken",
        responses.get(1).path("body").path("error").path("code").asText());
    assertEquals(1, responses.get(2).path("body").path("value").size());
    bc.verifyRequests("POST /v2.0/{t}/{e}/api/{p}/{g}/{v}/$batch", 1);

    ObjectNode big = BcHttp.MAPPER.createObjectNode();
    ArrayNode many = big.putArray("requests");
    for (int i = 0; i < 101; i++) {
      many.addObject().put("id", "r" + i).put("method", "GET").put("url", company + "/jobTasks");
    }
    assertEquals(400, http.post(bc.customApiUrl() + "/$batch", big.toString()).status());
    bc.batchGatewayTimeoutAbove(50);
    many.remove(100);
    assertEquals(504, http.post(bc.customApiUrl() + "/$batch", big.toString()).status());
  }

  @Test
  void atomicBatchIsAllOrNothing(FakeBusinessCentral bc) {
    bc.given(FakeBcODataTest.tower());
    BcHttp http = new BcHttp(bc);
    String company = "companies(" + bc.companyId() + ")";
    ObjectNode batch = BcHttp.MAPPER.createObjectNode();
    ArrayNode requests = batch.putArray("requests");
    requests
        .addObject()
        .put("id", "a")
        .put("method", "POST")
        .put("url", company + "/changeOrders")
        .put("atomicityGroup", "g1")
        .set(
            "body",
            BcHttp.MAPPER
                .createObjectNode()
                .put("jobNo", "JOB000042")
                .put("number", "CO-9")
                .put("procoreChangeOrderId", 9));
    requests
        .addObject()
        .put("id", "b")
        .put("method", "POST")
        .put("url", company + "/changeOrders")
        .put("atomicityGroup", "g1")
        .set(
            "body",
            BcHttp.MAPPER.createObjectNode().put("jobNo", "JOB000042").put("number", "CO-9"));
    JsonNode responses =
        http.post(bc.customApiUrl() + "/$batch", batch.toString()).json().path("responses");
    assertEquals(424, responses.get(0).path("status").asInt(), responses.toString());
    assertEquals(400, responses.get(1).path("status").asInt());
    assertEquals(0, bc.count(BcApi.CUSTOM, "changeOrders"), "rolled back");
    BcHttp.Answer again =
        http.post(
            http.url(BcApi.CUSTOM, "changeOrders"),
            "{\"jobNo\":\"JOB000042\",\"number\":\"CO-9\",\"procoreChangeOrderId\":9}");
    assertEquals(201, again.status(), "the rolled-back keys are free again: " + again);
  }

  @Test
  void rateLimitAnswers429WithoutRetryAfterPerPrincipal(FakeBusinessCentral bc, FakeClock clock) {
    bc.rateLimit(3, Duration.ofMinutes(5));
    BcHttp http = new BcHttp(bc);
    String url = http.url(BcApi.CUSTOM, "projects");
    for (int i = 0; i < 3; i++) {
      assertEquals(200, http.get(url).status());
    }
    BcHttp.Answer refused = http.get(url);
    assertEquals(429, refused.status());
    assertFalse(refused.headers().containsKey("retry-after"));
    assertEquals("Application_TooManyRequests", refused.errorCode());
    clock.advance(Duration.ofMinutes(5));
    assertEquals(200, http.get(url).status());
  }

  @Test
  void oversizedPagesAnswer504AndFaultsUseBusinessCentralBodies(FakeBusinessCentral bc) {
    BcCompanyFixture.Builder fixture = BcCompanyFixture.builder();
    for (int i = 0; i < 30; i++) {
      fixture.jobTask("JOB1", "T" + i, "task");
    }
    bc.given(fixture.build());
    bc.gatewayTimeoutAbove(20);
    BcHttp http = new BcHttp(bc);
    assertEquals(504, http.get(http.url(BcApi.CUSTOM, "jobTasks")).status());
    assertEquals(
        200,
        new BcHttp(bc)
            .header("Prefer", "odata.maxpagesize=20")
            .get(http.url(BcApi.CUSTOM, "jobTasks"))
            .status());
    bc.failNext("GET /v2.0/**", 1, Fault.status(503).withRetryAfter(Duration.ofSeconds(7)));
    BcHttp.Answer injected = http.get(http.url(BcApi.CUSTOM, "jobTasks?$top=1"));
    assertEquals(503, injected.status());
    assertEquals("7", injected.headers().get("retry-after"));
    assertEquals("Internal_ServiceUnavailable", injected.errorCode());
    assertEquals(0, bc.pendingFaults());
  }

  @Test
  void theJournalRecordsEveryRequestAndRedactsTheToken(FakeBusinessCentral bc) {
    BcHttp http = new BcHttp(bc);
    http.get(http.url(BcApi.STANDARD, "vendors"));
    assertEquals(1, bc.requests().size());
    assertFalse(
        bc.requests().get(0).toString().contains("bc-fake-access"),
        bc.requests().get(0).toString());
    assertTrue(bc.maxConcurrentRequests() >= 1);
  }
}
