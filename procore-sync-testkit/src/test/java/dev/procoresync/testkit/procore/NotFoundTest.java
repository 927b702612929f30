package dev.procoresync.testkit.procore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NotFoundTest {
  private final FakeProcore procore = FakeProcore.start();
  private final Http http = new Http(procore);

  @AfterEach
  void stop() {
    procore.close();
  }

  @Test
  void pathsProcoreDoesNotHaveGetProcores404() {
    Http.Response response = http.get("/rest/v1.0/not_a_resource");
    assertEquals(404, response.status());
    assertEquals("404 Not Found", response.json().get("errors").asText());
    assertEquals(404, http.delete("/rest/v1.0/vendors/1").status());
    assertEquals(404, http.get("/api/v1/vendors").status());
  }

  @Test
  void unknownRecordIs404() {
    assertEquals(404, http.get("/rest/v1.0/vendors/424242").status());
  }

  @Test
  void journalRecordsUnknownPathsWithoutARoute() {
    http.get("/rest/v1.0/nothing_here");
    RecordedRequest request = procore.requests().get(0);
    assertEquals(404, request.status());
    assertEquals(null, request.route());
  }
}
