package dev.procoresync.testkit.servicetrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.procoresync.testkit.FakeClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake ServiceTrade over real HTTP: session cookie, envelope, validation, clock events. */
class FakeServiceTradeTest {
  static final ObjectMapper MAPPER = new ObjectMapper();
  final FakeServiceTrade fake = FakeServiceTrade.start(FakeClock.create());
  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @AfterEach
  void close() {
    fake.close();
  }

  HttpResponse<String> send(String method, String path, String body, String cookie)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(fake.apiBaseUrl() + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  String login() throws Exception {
    HttpResponse<String> r =
        send(
            "POST",
            "auth",
            "{\"username\":\"" + fake.username() + "\",\"password\":\"" + fake.password() + "\"}",
            null);
    assertEquals(200, r.statusCode());
    return r.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
  }

  @Test
  void everyRouteWantsTheSessionCookie() throws Exception {
    HttpResponse<String> r = send("GET", "job", null, null);
    assertEquals(401, r.statusCode());
    assertEquals(
        "Authentication required", MAPPER.readTree(r.body()).at("/messages/error/0").asText());
    String cookie = login();
    assertEquals(200, send("GET", "job", null, cookie).statusCode());
    fake.expireSessions();
    assertEquals(401, send("GET", "job", null, cookie).statusCode());
  }

  @Test
  void aLocationNeedsItsAddressAndACustomer() throws Exception {
    String cookie = login();
    HttpResponse<String> r =
        send("POST", "location", "{\"name\":\"X\",\"address\":{\"city\":\"Y\"}}", cookie);
    assertEquals(400, r.statusCode());
    String error = MAPPER.readTree(r.body()).at("/messages/error/0").asText();
    assertTrue(error.contains("address.street") && error.contains("address.postalCode"), error);
  }

  @Test
  void pairsClockEventsOfAJobInUnixSeconds() throws Exception {
    long tech = fake.givenUser("Dana", "E-1");
    long job = fake.givenJob("Tower", "repair");
    Instant in = Instant.parse("2026-01-05T14:00:00Z");
    fake.givenClockPair(job, tech, in, in.plusSeconds(3600), "onsite");
    JsonNode data =
        MAPPER
            .readTree(send("GET", "job/" + job + "/clockevent", null, login()).body())
            .get("data");
    JsonNode pair = data.get("pairedEvents").get(0);
    assertEquals(in.getEpochSecond(), pair.at("/start/eventTime").asLong());
    assertEquals(3600, pair.get("elapsedTime").asLong());
    assertEquals("Dana", pair.at("/start/user/name").asText());
  }
}
