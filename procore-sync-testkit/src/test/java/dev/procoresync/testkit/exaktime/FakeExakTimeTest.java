package dev.procoresync.testkit.exaktime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.http.Fault;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake ExakTime over real HTTP: key header, paging limits, uniqueness, no delete, faults. */
class FakeExakTimeTest {
  static final ObjectMapper MAPPER = new ObjectMapper();
  final FakeExakTime fake = FakeExakTime.start(FakeClock.create());
  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @AfterEach
  void close() {
    fake.close();
  }

  HttpResponse<String> send(String method, String path, String body, boolean key)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(fake.baseUrl() + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (key) {
      b.header(FakeExakTime.KEY_HEADER, fake.key());
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void refusesRequestsWithoutTheKey() throws Exception {
    HttpResponse<String> r = send("GET", "v1/Time/CostCodes", null, false);
    assertEquals(401, r.statusCode());
    assertTrue(r.body().contains("subscription key"), r.body());
  }

  @Test
  void pagesUpToOneHundredAndRefusesMore() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertEquals(
          201,
          send(
                  "POST",
                  "v1/Time/CostCodes",
                  "{\"identifier\":\"C" + i + "\",\"name\":\"N" + i + "\"}",
                  true)
              .statusCode());
    }
    JsonNode page =
        MAPPER.readTree(send("GET", "v1/Time/CostCodes?page=2&page_size=2", null, true).body());
    assertEquals(3, page.get("total_count").asInt());
    assertEquals(1, page.get("data").size());
    assertEquals(400, send("GET", "v1/Time/CostCodes?page_size=101", null, true).statusCode());
  }

  @Test
  void namesAreUniqueAndNothingIsDeleted() throws Exception {
    send("POST", "v1/Time/CostCodes", "{\"identifier\":\"A\",\"name\":\"Labor\"}", true);
    assertEquals(
        409,
        send("POST", "v1/Time/CostCodes", "{\"identifier\":\"B\",\"name\":\"LABOR\"}", true)
            .statusCode());
    assertEquals(405, send("DELETE", "v1/Time/CostCodes/A", null, true).statusCode());
    assertEquals(1, fake.all("CostCodes").size());
  }

  @Test
  void injectedFaultsAnswerInExakTimesErrorShape() throws Exception {
    fake.failNext("GET /v1/Time/Employees", 1, Fault.status(503));
    HttpResponse<String> r = send("GET", "v1/Time/Employees", null, true);
    assertEquals(503, r.statusCode());
    assertEquals("Injected", MAPPER.readTree(r.body()).get("code").asText());
    assertEquals(1, fake.requests("GET /v1/Time/Employees").size());
  }
}
