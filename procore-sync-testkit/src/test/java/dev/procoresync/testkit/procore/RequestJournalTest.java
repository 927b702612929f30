package dev.procoresync.testkit.procore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestJournalTest {
  private final FakeProcore procore = FakeProcore.start();
  private final Http http = new Http(procore);

  @AfterEach
  void stop() {
    procore.close();
  }

  @Test
  void recordsCountEndpointsAndBodies() {
    long id = procore.givenVendor(Fixtures.vendor("Acme"));
    http.get("/rest/v1.0/vendors?filters[origin_id]=x");
    http.get("/rest/v1.0/vendors/" + id);
    http.patch("/rest/v1.0/vendors/" + id, "{\"vendor\":{\"city\":\"Reno\"}}");

    assertEquals(3, procore.requestCount());
    assertEquals(1, procore.requestCount("GET /rest/v1.0/vendors"));
    assertEquals(2, procore.requestCount("/rest/v1.0/vendors/{id}"));
    procore.verifyRequests("PATCH /rest/v1.0/vendors/{id}", 1);

    RecordedRequest patch = procore.requests("PATCH /rest/v1.0/vendors/*").get(0);
    assertEquals("Reno", patch.bodyJson().get("vendor").get("city").asText());
    assertEquals("PATCH /rest/v1.0/vendors/{id}", patch.route());
    assertEquals(200, patch.status());
    assertEquals(
        Long.toString(procore.companyId()), patch.header("procore-company-id").orElseThrow());
    assertEquals(procore.clock().instant(), patch.receivedAt());
    assertEquals("x", procore.requests().get(0).queryParam("filters[origin_id]").orElseThrow());
  }

  @Test
  void verifyRequestsFailsWithTheJournal() {
    http.get("/rest/v1.0/vendors");
    AssertionError error =
        assertThrows(AssertionError.class, () -> procore.verifyRequests("/rest/v1.0/vendors", 2));
    assertTrue(error.getMessage().contains("expected 2 request(s)"), error.getMessage());
    assertTrue(
        error
            .getMessage()
            .contains("GET /rest/v1.0/vendors?company_id=" + procore.companyId() + " -> 200"),
        error.getMessage());
  }

  @Test
  void everyAnswerCarriesItsOwnRequestId() {
    String first = http.get("/rest/v1.0/vendors").header("X-Request-Id");
    String second = http.get("/rest/v1.0/nothing").header("X-Request-Id");
    assertTrue(first.startsWith("fake-request-"), first);
    assertTrue(!first.equals(second), first + " vs " + second);
  }

  @Test
  void clearEmptiesTheJournal() {
    http.get("/rest/v1.0/vendors");
    procore.clearRequests();
    assertEquals(0, procore.requestCount());
  }

  @Test
  void malformedPatternIsRefusedWithTheValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> procore.requests("vendors"));
    assertTrue(e.getMessage().contains("vendors"));
  }
}
