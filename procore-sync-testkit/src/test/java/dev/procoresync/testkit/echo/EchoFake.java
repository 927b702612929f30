package dev.procoresync.testkit.echo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.http.Exchange;
import dev.procoresync.testkit.http.FakeServer;
import dev.procoresync.testkit.http.FakeService;
import dev.procoresync.testkit.http.Fault;
import dev.procoresync.testkit.http.RateHeaders;
import dev.procoresync.testkit.http.RatePolicy;
import dev.procoresync.testkit.http.RateWindows;
import dev.procoresync.testkit.http.RecordStore;
import dev.procoresync.testkit.http.RecordedRequest;
import dev.procoresync.testkit.http.Reply;
import dev.procoresync.testkit.http.ReplyException;
import dev.procoresync.testkit.http.StoredRecord;
import java.time.Duration;
import java.util.List;

/**
 * A tiny second service built only from the engine's public API (this package sees nothing else of
 * the testkit): its own API-key header, page/pageSize paging with a total, a word store with change
 * times, a rate window per key without Retry-After, and its own error shape. It proves that a
 * non-Procore fake is "a set of routes on the engine".
 */
final class EchoFake implements FakeService {
  static final String KEY = "echo-key-123";
  static final String KEY_HEADER = "X-Echo-Key";
  static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final FakeServer server;
  private final RecordStore store;
  private final RateWindows limits;

  private EchoFake(FakeClock clock) {
    this.store = RecordStore.builder(clock).changeField("modifiedAt").createdField(null).build();
    this.limits = RateWindows.on(clock);
    this.server =
        FakeServer.builder()
            .clock(clock)
            .requestIdHeader("Echo-Request-Id")
            .notFound(ex -> error(404, "NoSuchRoute", "no route " + ex.method() + " " + ex.path()))
            .faultBodies(status -> error(status, "Injected", "injected " + status))
            .routes(
                routes ->
                    routes
                        .filter(
                            (ex, next) ->
                                ex.header(KEY_HEADER).filter(KEY::equals).isPresent()
                                    ? next.handle(ex)
                                    : error(401, "BadKey", "missing or wrong " + KEY_HEADER))
                        .filter(limits)
                        .get("/v2/words", this::list)
                        .post("/v2/words", this::create)
                        .get("/v2/words/{id:\\d+}", this::show)
                        .get(
                            "/v2/echo/{text}",
                            ex -> Reply.text(200, "text/plain", ex.pathParam("text"))))
            .routes(routes -> routes.get("/health", ex -> Reply.text(200, "text/plain", "ok")))
            .start();
  }

  static EchoFake start(FakeClock clock) {
    return new EchoFake(clock);
  }

  static Reply error(int status, String code, String message) {
    return Reply.json(status, JSON.objectNode().put("code", code).put("message", message));
  }

  /** 5 requests a minute per API key, no Retry-After, RateLimit-* headers. */
  void limitTo(int perMinute) {
    limits.policy(
        RatePolicy.builder()
            .window(perMinute, Duration.ofMinutes(1))
            .key(ex -> ex.header(KEY_HEADER).orElse(""))
            .retryAfter(false)
            .headers(RateHeaders.named("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"))
            .refusal(ex -> error(429, "Throttled", "slow down"))
            .build());
  }

  StoredRecord givenWord(String text) {
    return store.insert("words", "", JSON.objectNode().put("text", text));
  }

  private Reply list(Exchange ex) {
    int page = intParam(ex, "page", 1);
    int size = intParam(ex, "pageSize", 10);
    List<StoredRecord> all = store.list("words");
    ArrayNode items = JSON.arrayNode();
    all.stream().skip((long) (page - 1) * size).limit(size).forEach(r -> items.add(r.json()));
    ObjectNode body =
        JSON.objectNode().put("page", page).put("pageSize", size).put("total", all.size());
    body.set("items", items);
    return Reply.json(200, body);
  }

  private static int intParam(Exchange ex, String name, int fallback) {
    String value = ex.queryParam(name).orElse(Integer.toString(fallback));
    try {
      int parsed = Integer.parseInt(value);
      if (parsed < 1) {
        throw new NumberFormatException();
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new ReplyException(error(400, "BadParam", name + " must be a positive integer"));
    }
  }

  private Reply create(Exchange ex) {
    JsonNode body = ex.bodyJson();
    if (!body.path("text").isTextual()) {
      return error(422, "Invalid", "text is required");
    }
    StoredRecord word = givenWord(body.get("text").asText());
    return Reply.json(201, word.json()).withHeader("ETag", word.etag());
  }

  private Reply show(Exchange ex) {
    return store
        .get("words", ex.pathParam("id"))
        .map(r -> Reply.json(200, r.json()).withHeader("ETag", r.etag()))
        .orElseGet(() -> error(404, "NotFound", "no word " + ex.pathParam("id")));
  }

  String baseUrl() {
    return server.baseUrl();
  }

  int words() {
    return store.count("words");
  }

  void failNext(String pattern, int times, Fault fault) {
    server.failNext(pattern, times, fault);
  }

  List<RecordedRequest> requests(String pattern) {
    return server.requests(pattern);
  }

  boolean awaitRequests(String pattern, int times, Duration timeout) throws InterruptedException {
    return server.awaitRequests(pattern, times, timeout);
  }

  void verifyRequests(String pattern, int times) {
    server.verifyRequests(pattern, times);
  }

  List<String> routes() {
    return server.routes();
  }

  @Override
  public FakeClock clock() {
    return server.clock();
  }

  @Override
  public void close() {
    server.close();
  }
}
