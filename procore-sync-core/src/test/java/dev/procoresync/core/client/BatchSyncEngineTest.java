package dev.procoresync.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.client.internal.WireJson;
import dev.procoresync.core.http.RetryPolicy;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;
import retrofit2.http.Body;
import retrofit2.http.PATCH;

/**
 * The engine's chunking, 413 halving and selective retries, over an OkHttp client whose network is
 * a queue of canned answers (the HTTP boundary); the requests sent are recorded.
 */
class BatchSyncEngineTest {
  private static final ObjectMapper MAPPER = WireJson.mapper();

  /** A Retrofit interface of the test's own. */
  interface SyncApi {
    @PATCH("rest/v1.0/things/sync")
    retrofit2.Call<ResponseBody> sync(@Body ObjectNode body);
  }

  private final Deque<Function<JsonNode, Answer>> answers = new ArrayDeque<>();
  private final List<JsonNode> sent = new ArrayList<>();
  private final List<Duration> sleeps = new ArrayList<>();

  private static final class Answer {
    final int status;
    final String body;

    Answer(int status, String body) {
      this.status = status;
      this.body = body;
    }
  }

  private BatchSyncEngine engine(int chunk, SyncApi[] api) {
    OkHttpClient http =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  Buffer buffer = new Buffer();
                  chain.request().body().writeTo(buffer);
                  JsonNode body = MAPPER.readTree(buffer.readUtf8());
                  sent.add(body);
                  Answer a = answers.isEmpty() ? echo(body) : answers.poll().apply(body);
                  return new Response.Builder()
                      .request(chain.request())
                      .protocol(Protocol.HTTP_1_1)
                      .code(a.status)
                      .message("x")
                      .body(ResponseBody.create(a.body, MediaType.get("application/json")))
                      .build();
                })
            .build();
    Retrofit retrofit =
        new Retrofit.Builder()
            .baseUrl("https://api.example.com/")
            .client(http)
            .addConverterFactory(JacksonConverterFactory.create(MAPPER))
            .build();
    api[0] = retrofit.create(SyncApi.class);
    Transport transport = new Transport(retrofit, MAPPER, Clock.systemUTC(), 1L);
    return new BatchSyncEngine(
        transport, chunk, RetryPolicy.defaults().withJitter(0), d -> sleeps.add(d));
  }

  private static Answer echo(JsonNode body) {
    ObjectNode out = MAPPER.createObjectNode();
    out.set("entities", body.get("updates"));
    out.set("errors", MAPPER.createArrayNode());
    return new Answer(200, out.toString());
  }

  private static List<ObjectNode> items(int n) {
    List<ObjectNode> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(MAPPER.createObjectNode().put("origin_id", "o" + i).put("name", "n" + i));
    }
    return out;
  }

  private SyncResult<JsonNode> run(BatchSyncEngine engine, SyncApi api, List<ObjectNode> items) {
    return engine.run(
        items,
        (ArrayNode array) -> {
          ObjectNode body = MAPPER.createObjectNode();
          body.set("updates", array);
          return api.sync(body);
        },
        JsonNode.class);
  }

  @Test
  void chunksAtTheConfiguredSize() {
    SyncApi[] api = new SyncApi[1];
    BatchSyncEngine engine = engine(1000, api);
    SyncResult<JsonNode> r = run(engine, api[0], items(2500));
    assertEquals(2500, r.entities().size());
    assertEquals(3, sent.size());
    assertEquals(1000, sent.get(0).get("updates").size());
    assertEquals(500, sent.get(2).get("updates").size());
  }

  @Test
  void a413HalvesUntilItFits() {
    SyncApi[] api = new SyncApi[1];
    BatchSyncEngine engine = engine(8, api);
    answers.add(b -> new Answer(413, "{\"errors\":\"too large\"}"));
    answers.add(b -> new Answer(413, "{\"errors\":\"too large\"}"));
    SyncResult<JsonNode> r = run(engine, api[0], items(8));
    assertEquals(8, r.entities().size());
    List<Integer> sizes = new ArrayList<>();
    sent.forEach(s -> sizes.add(s.get("updates").size()));
    assertEquals(List.of(8, 4, 2, 2, 4), sizes);
  }

  @Test
  void onlyTransientItemFailuresAreSentAgain() throws IOException {
    SyncApi[] api = new SyncApi[1];
    BatchSyncEngine engine = engine(1000, api);
    answers.add(
        b -> {
          ObjectNode out = MAPPER.createObjectNode();
          ArrayNode entities = out.putArray("entities");
          entities.add(b.get("updates").get(0));
          ArrayNode errors = out.putArray("errors");
          ObjectNode locked = b.get("updates").get(1).deepCopy();
          locked.putObject("errors").putArray("base").add("Record is being processed, try again");
          errors.add(locked);
          ObjectNode invalid = b.get("updates").get(2).deepCopy();
          invalid.putObject("errors").putArray("name").add("can't be blank");
          errors.add(invalid);
          return new Answer(200, out.toString());
        });
    SyncResult<JsonNode> r = run(engine, api[0], items(3));

    assertEquals(2, sent.size());
    assertEquals(1, sent.get(1).get("updates").size(), "only the transient failure is resent");
    assertEquals("o1", sent.get(1).get("updates").get(0).get("origin_id").asText());
    assertEquals(2, r.entities().size());
    assertEquals(1, r.failures().size());
    SyncFailure f = r.failuresByOriginId().get("o2");
    assertEquals(List.of("can't be blank"), f.fieldErrors().get("name"));
    assertFalse(f.retryable());
    assertEquals(1, sleeps.size(), "one backoff before the retry round");
  }

  @Test
  void transientFailuresGiveUpAfterTwoRetries() {
    SyncApi[] api = new SyncApi[1];
    BatchSyncEngine engine = engine(1000, api);
    for (int i = 0; i < 5; i++) {
      answers.add(
          b -> {
            ObjectNode out = MAPPER.createObjectNode();
            out.putArray("entities");
            ObjectNode err = b.get("updates").get(0).deepCopy();
            err.putObject("errors").putArray("base").add("Lock wait timeout exceeded");
            out.putArray("errors").add(err);
            return new Answer(200, out.toString());
          });
    }
    SyncResult<JsonNode> r = run(engine, api[0], items(1));
    assertEquals(3, sent.size());
    assertTrue(r.failures().get(0).retryable());
    assertEquals(3, r.requests());
  }
}
