package dev.procoresync.testkit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FakeServerTest {

  private static Reply text(String body) {
    return Reply.text(200, "text/plain", body);
  }

  @Test
  void servesRoutesWithPathParametersOnLoopback() {
    try (FakeServer server =
        FakeServer.builder()
            .routes(
                routes ->
                    routes
                        .get("/items/{id:\\d+}", ex -> text("item " + ex.pathParam("id")))
                        .get("/items/special", ex -> text("special"))
                        .get("/items/{name}", ex -> text("named " + ex.pathParam("name")))
                        .get(
                            "/odata/companies({company})/items({key})",
                            ex -> text(ex.pathParam("company") + "/" + ex.pathParam("key")))
                        .post("/items", ex -> Reply.json(201, ex.bodyJson())))
            .start()) {
      assertTrue(server.baseUrl().startsWith("http://127.0.0.1:"), server.baseUrl());
      assertEquals("item 42", Loopback.get(server.baseUrl() + "/items/42").body());
      assertEquals("special", Loopback.get(server.baseUrl() + "/items/special").body());
      assertEquals("named abc", Loopback.get(server.baseUrl() + "/items/abc").body());
      assertEquals(
          "'c1'/'K 1'",
          Loopback.get(server.baseUrl() + "/odata/companies('c1')/items('K%201')")
              .body()
              .replace("%20", " "));
      HttpResponse<String> created =
          Loopback.send("POST", server.baseUrl() + "/items", "{\"a\":1}", Duration.ofSeconds(60));
      assertEquals(201, created.statusCode());
      assertEquals("{\"a\":1}", created.body());
      assertEquals(
          List.of(
              "POST /items",
              "GET /items/special",
              "GET /items/{id}",
              "GET /items/{name}",
              "GET /odata/companies({company})/items({key})"),
          server.routes());
    }
  }

  @Test
  void aPathNoRouteMatchesGetsTheNotFoundAnswerAndTheMethodMatters() {
    try (FakeServer server =
        FakeServer.builder()
            .routes(routes -> routes.get("/a", ex -> text("a")))
            .notFound(ex -> Reply.text(404, "text/plain", "nope " + ex.method()))
            .start()) {
      HttpResponse<String> post =
          Loopback.send("POST", server.baseUrl() + "/a", "", Duration.ofSeconds(60));
      assertEquals(404, post.statusCode());
      assertEquals("nope POST", post.body());
      assertEquals(404, Loopback.get(server.baseUrl() + "/a/b").statusCode());
      assertEquals(null, server.requests().get(0).route());
    }
  }

  @Test
  void eachRouteSetKeepsItsOwnFiltersOutermostFirst() {
    List<String> calls = new ArrayList<>();
    try (FakeServer server =
        FakeServer.builder()
            .routes(
                routes ->
                    routes
                        .get("/guarded", ex -> text("inner"))
                        .filter(
                            (ex, next) -> {
                              calls.add("outer");
                              return next.handle(ex).withHeader("X-Outer", "1");
                            })
                        .filter(
                            (ex, next) -> {
                              calls.add("inner");
                              return ex.header("X-Key").isPresent()
                                  ? next.handle(ex)
                                  : Reply.empty(401);
                            }))
            .routes(routes -> routes.get("/open", ex -> text("open")))
            .start()) {
      assertEquals(401, Loopback.get(server.baseUrl() + "/guarded").statusCode());
      HttpResponse<String> ok = Loopback.get(server.baseUrl() + "/guarded", "X-Key", "k");
      assertEquals("inner", ok.body());
      assertEquals("1", ok.headers().firstValue("X-Outer").orElseThrow());
      assertEquals(200, Loopback.get(server.baseUrl() + "/open").statusCode());
      assertEquals(List.of("outer", "inner", "outer", "inner"), calls);
      assertEquals(2, server.routeSets());
    }
  }

  @Test
  void handlerExceptionsBecomeAnswers() {
    try (FakeServer server =
        FakeServer.builder()
            .routes(
                routes ->
                    routes
                        .get(
                            "/reply",
                            ex -> {
                              throw new ReplyException(Reply.text(409, "text/plain", "conflict"));
                            })
                        .get(
                            "/bug",
                            ex -> {
                              throw new IllegalStateException("broken fake");
                            })
                        .post("/json", ex -> Reply.json(200, ex.bodyJson())))
            .start()) {
      HttpResponse<String> reply = Loopback.get(server.baseUrl() + "/reply");
      assertEquals(409, reply.statusCode());
      assertEquals("conflict", reply.body());
      HttpResponse<String> bug = Loopback.get(server.baseUrl() + "/bug");
      assertEquals(500, bug.statusCode());
      assertTrue(bug.body().contains("IllegalStateException: broken fake"), bug.body());
      HttpResponse<String> malformed =
          Loopback.send("POST", server.baseUrl() + "/json", "{oops", Duration.ofSeconds(60));
      assertEquals(400, malformed.statusCode());
      assertTrue(malformed.body().contains("Malformed JSON body"), malformed.body());
    }
  }

  @Test
  void everyAnswerCarriesAFreshRequestIdUnlessTurnedOff() {
    try (FakeServer server =
        FakeServer.builder().routes(routes -> routes.get("/a", ex -> text("a"))).start()) {
      String first =
          Loopback.get(server.baseUrl() + "/a").headers().firstValue("X-Request-Id").orElseThrow();
      String second =
          Loopback.get(server.baseUrl() + "/zz").headers().firstValue("X-Request-Id").orElseThrow();
      assertTrue(first.startsWith("fake-request-"), first);
      assertFalse(first.equals(second));
    }
    try (FakeServer server =
        FakeServer.builder()
            .requestIdHeader(null)
            .routes(routes -> routes.get("/a", ex -> text("a")))
            .start()) {
      assertFalse(
          Loopback.get(server.baseUrl() + "/a").headers().firstValue("X-Request-Id").isPresent());
    }
  }

  @Test
  void wrongSetupIsRefusedNamingTheValue() {
    IllegalStateException twice =
        assertThrows(
            IllegalStateException.class,
            () ->
                FakeServer.builder()
                    .routes(routes -> routes.get("/a", ex -> text("1")))
                    .routes(routes -> routes.get("/a", ex -> text("2")))
                    .start());
    assertEquals("route added by two route sets: GET /a", twice.getMessage());
    IllegalArgumentException template =
        assertThrows(
            IllegalArgumentException.class,
            () -> FakeServer.builder().routes(routes -> routes.get("a", ex -> text("1"))).start());
    assertEquals("template must start with /, got: a", template.getMessage());
    assertThrows(IllegalArgumentException.class, () -> FakeServer.builder().threads(7));
    assertThrows(IllegalArgumentException.class, () -> Reply.empty(600));
    assertThrows(
        IllegalArgumentException.class,
        () -> Reply.json(99, JsonNodeFactory.instance.objectNode()));
  }
}
