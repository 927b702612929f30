package dev.procoresync.testkit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JournalTest {
  private final FakeServer server =
      FakeServer.builder()
          .routes(
              routes ->
                  routes
                      .get("/items/{id}", ex -> Reply.empty(204))
                      .post("/oauth/token", ex -> Reply.empty(200))
                      .post("/soap", ex -> Reply.empty(200)))
          .start();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void recordsMethodPathQueryHeadersBodyStatusAndRoute() {
    Loopback.send(
        "GET",
        server.baseUrl() + "/items/7?expand=lines&page=2",
        null,
        Duration.ofSeconds(60),
        "X-Trace",
        "t-1");

    RecordedRequest request = server.requests().get(0);
    assertEquals("GET", request.method());
    assertEquals("/items/7", request.path());
    assertEquals("expand=lines&page=2", request.query());
    assertEquals("2", request.queryParam("page").orElseThrow());
    assertEquals("t-1", request.header("x-trace").orElseThrow());
    assertEquals(204, request.status());
    assertEquals("GET /items/{id}", request.route());
    assertEquals(1, server.requestCount("GET /items/{id}"));
    assertEquals(0, server.requestCount("POST /items/{id}"));
  }

  @Test
  void verifyRequestsFailsWithTheJournalAndSameArgumentOrderAsFailNext() {
    Loopback.get(server.baseUrl() + "/items/1?access_token=abc");
    server.verifyRequests("GET /items/{id}", 1);
    AssertionError error =
        assertThrows(AssertionError.class, () -> server.verifyRequests("GET /items/*", 3));
    assertTrue(
        error.getMessage().startsWith("expected 3 request(s) matching \"GET /items/*\" but got 1"));
    assertTrue(
        error.getMessage().contains("GET /items/1?access_token=<redacted> -> 204"),
        error.getMessage());
    server.clearRequests();
    assertEquals(0, server.requestCount());
  }

  @Test
  void toStringRedactsCredentialsInHeadersFormJsonAndXmlBodies() {
    Loopback.send(
        "POST",
        server.baseUrl() + "/oauth/token",
        "grant_type=refresh_token&client_id=app&client_secret=s3cr3t&refresh_token=r3fr3sh",
        Duration.ofSeconds(60),
        "Content-Type",
        "application/x-www-form-urlencoded",
        "Authorization",
        "Basic dXNlcjpwYXNz",
        "Ocp-Apim-Subscription-Key",
        "k3y");
    Loopback.send(
        "POST",
        server.baseUrl() + "/soap",
        "<authenticate><strUserName>qb</strUserName><strPassword>pa55</strPassword></authenticate>",
        Duration.ofSeconds(60));
    Loopback.send(
        "POST",
        server.baseUrl() + "/oauth/token",
        "{\"client_secret\": \"j50n\", \"name\": \"visible\"}",
        Duration.ofSeconds(60),
        "Content-Type",
        "application/json");

    String form = server.requests().get(0).toString();
    String xml = server.requests().get(1).toString();
    String json = server.requests().get(2).toString();

    for (String secret : new String[] {"s3cr3t", "r3fr3sh", "dXNlcjpwYXNz", "k3y"}) {
      assertFalse(form.contains(secret), form);
    }
    assertTrue(form.contains("grant_type=refresh_token"), form);
    assertTrue(form.contains("client_id=app"), form);
    assertFalse(xml.contains("pa55"), xml);
    assertTrue(xml.contains("<strUserName>qb</strUserName>"), xml);
    assertFalse(json.contains("j50n"), json);
    assertTrue(json.contains("visible"), json);
    // the components keep what was sent, for assertions
    assertTrue(server.requests().get(0).body().contains("s3cr3t"));
  }

  @Test
  void malformedPatternsAreRefusedNamingThePattern() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> server.requests("items"));
    assertTrue(e.getMessage().contains("got: items"), e.getMessage());
    assertTrue(RequestPattern.parse("/items/**").matches("DELETE", "/items/1/lines/2"));
    assertFalse(RequestPattern.parse("GET /items/*").matches("GET", "/items/1/lines"));
    assertTrue(RequestPattern.parse("*").matches("PUT", "/anything"));
  }
}
