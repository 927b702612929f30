package dev.procoresync.it.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.procoresync.core.error.ServiceException;
import dev.procoresync.core.http.BatchItemFailure;
import dev.procoresync.core.http.BatchResult;
import dev.procoresync.core.http.BatchRunner;
import dev.procoresync.core.http.ODataBatch;
import dev.procoresync.core.http.ODataBatchOperation;
import dev.procoresync.core.http.ODataBatchResult;
import dev.procoresync.core.http.RetryPolicy;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * OData JSON {@code $batch} over loopback HTTP against a small fake that answers each operation on
 * its own (ETag on success, 409 {@code Request_EntityChanged} for ids ending in {@code -stale}),
 * refuses more than 100 operations, and can answer a queue of whole-request statuses first.
 */
class ODataBatchTest {
  private HttpServer server;
  private final List<JsonNode> received = new CopyOnWriteArrayList<>();
  private final Deque<Integer> refusals = new ConcurrentLinkedDeque<>();
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/api/v2.0/$batch",
        ex -> {
          JsonNode body = KitHttp.MAPPER.readTree(ex.getRequestBody());
          received.add(body);
          Integer refusal = refusals.poll();
          int status;
          String answer;
          if (refusal != null) {
            status = refusal;
            answer = "{\"error\":{\"code\":\"x\",\"message\":\"refused\"}}";
          } else if (body.path("requests").size() > 100) {
            status = 400;
            answer = "{\"error\":{\"code\":\"BadRequest\",\"message\":\"over 100\"}}";
          } else {
            status = 200;
            answer = answer(body).toString();
          }
          byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
          ex.getResponseHeaders().add("Content-Type", "application/json");
          ex.sendResponseHeaders(status, bytes.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static ObjectNode answer(JsonNode batch) {
    ObjectNode out = KitHttp.MAPPER.createObjectNode();
    ArrayNode responses = out.putArray("responses");
    List<JsonNode> requests = new ArrayList<>();
    batch.path("requests").forEach(requests::add);
    java.util.Collections.reverse(requests); // answers may come in any order
    for (JsonNode r : requests) {
      String id = r.path("id").asText();
      ObjectNode resp = responses.addObject().put("id", id);
      if (id.endsWith("-stale")) {
        resp.put("status", 409);
        resp.putObject("body")
            .putObject("error")
            .put("code", "Request_EntityChanged")
            .put("message", "Another user has already changed the record.");
      } else {
        resp.put("status", 200);
        resp.putObject("headers").put("ETag", "W/\"new-" + id + "\"");
        resp.putObject("body")
            .put("id", id)
            .put("ifMatch", r.path("headers").path("If-Match").asText());
      }
    }
    return out;
  }

  private BatchRunner<ODataBatchOperation, ODataBatchResult> runner(boolean atomic) {
    return BatchRunner.<ODataBatchOperation, ODataBatchResult>builder()
        .service("acme")
        .callFactory(KitHttp.HTTP)
        .mapper(KitHttp.MAPPER)
        .errorDecoder(KitHttp.ERRORS)
        .format(
            ODataBatch.builder()
                .batchUrl(
                    HttpUrl.get(
                        "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v2.0/$batch"))
                .atomicityGroup(atomic)
                .build())
        .retryPolicy(RetryPolicy.defaults().withJitter(0))
        .sleeper(sleeps::add)
        .build();
  }

  private static List<ODataBatchOperation> operations(int n) {
    List<ODataBatchOperation> ops = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = "job-" + i + (i % 50 == 7 ? "-stale" : "");
      ops.add(
          ODataBatchOperation.builder()
              .id(id)
              .method("PATCH")
              .url("companies(c1)/projects(" + i + ")")
              .ifMatch("W/\"etag-" + i + "\"")
              .body(KitHttp.MAPPER.createObjectNode().put("description", "Job " + i))
              .build());
    }
    return ops;
  }

  @Test
  void twoHundredFiftyOperationsAreThreeRequestsWithPerOperationResults() {
    BatchResult<ODataBatchResult> r = runner(false).run(operations(250));

    assertEquals(3, r.requests());
    assertEquals(
        List.of(100, 100, 50),
        received.stream()
            .map(b -> b.path("requests").size())
            .collect(java.util.stream.Collectors.toList()));
    assertEquals(245, r.values().size());
    assertEquals(5, r.failures().size());
    assertEquals(250, r.values().size() + r.failures().size(), "every operation has one outcome");
    BatchItemFailure stale = r.failuresByKey().get("job-7-stale");
    assertEquals(409, stale.status().orElseThrow());
    assertEquals("Request_EntityChanged", stale.serviceErrorCode().orElseThrow());
    assertFalse(stale.retryable());
    ODataBatchResult ok =
        r.values().stream().filter(v -> v.id().equals("job-3")).findFirst().orElseThrow();
    assertEquals("W/\"new-job-3\"", ok.etag().orElseThrow());
    assertEquals(
        "W/\"etag-3\"", ok.body().orElseThrow().path("ifMatch").asText(), "If-Match per op");
    assertFalse(received.get(0).path("requests").get(0).has("atomicityGroup"));
  }

  @Test
  void a413Or504SplitsTheRequestInHalves() {
    refusals.add(413);
    refusals.add(504);
    BatchResult<ODataBatchResult> r = runner(true).run(operations(100));

    assertEquals(
        List.of(100, 50, 25, 25, 50),
        received.stream()
            .map(b -> b.path("requests").size())
            .collect(java.util.stream.Collectors.toList()));
    assertEquals(5, r.requests());
    assertEquals(100, r.values().size() + r.failures().size());
    assertEquals("g1", received.get(4).path("requests").get(0).path("atomicityGroup").asText());
  }

  @Test
  void aWholeRequestFailureFailsEachOperationWithTheCause() {
    refusals.add(500);
    BatchResult<ODataBatchResult> r = runner(false).run(operations(3));

    assertEquals(3, r.failures().size());
    assertTrue(r.failures().get(0).cause().orElseThrow() instanceof ServiceException);
    assertTrue(r.failures().get(0).retryable(), "a 500 may pass on a later run");
    assertTrue(sleeps.isEmpty(), "whole-request retries are the pipeline's, not the runner's");
  }
}
