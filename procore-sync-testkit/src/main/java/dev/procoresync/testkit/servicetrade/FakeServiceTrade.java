package dev.procoresync.testkit.servicetrade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.http.Exchange;
import dev.procoresync.testkit.http.FakeServer;
import dev.procoresync.testkit.http.FakeService;
import dev.procoresync.testkit.http.Fault;
import dev.procoresync.testkit.http.RecordStore;
import dev.procoresync.testkit.http.RecordedRequest;
import dev.procoresync.testkit.http.Reply;
import dev.procoresync.testkit.http.ReplyException;
import dev.procoresync.testkit.http.StoredRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A stateful fake of ServiceTrade's REST API over loopback HTTP, built on the testkit's engine.
 *
 * <p>What it serves, under {@code /api}:
 *
 * <ul>
 *   <li>{@code POST /api/auth} with {@code {"username","password"}}: answers {@code data.authToken}
 *       and sets the {@code PHPSESSID} cookie; every other route wants that cookie and answers 401
 *       without it (or after {@link #expireSessions()});
 *   <li>{@code GET/POST /api/company}, {@code GET/PUT /api/company/{id}} (customers), the same for
 *       {@code location} and {@code job}, and {@code GET /api/user} (technicians);
 *   <li>{@code GET /api/job/{id}/clockevent}: the job's clock-in/clock-out pairs in {@code
 *       data.pairedEvents}, times as Unix seconds;
 *   <li>lists page by {@code page} (from 1) and {@code limit} (default 100, at most 1,000) and say
 *       {@code data.totalPages}; answers are wrapped in {@code {"messages":{"success":[],
 *       "error":[]},"data":…}}, errors carry their text in {@code messages.error}.
 * </ul>
 *
 * <p>Creates check what ServiceTrade requires of them here: a customer needs a {@code name}; a
 * location a {@code name}, an existing {@code companyId} and an {@code address} with {@code
 * street}, {@code city}, {@code state} and {@code postalCode}; a job an existing {@code locationId}
 * and a {@code type}. Each record may carry an {@code externalIds} map (the library relates
 * customer, location and job to a Procore project through it); a technician's Procore employee id
 * is the {@code externalIds.procore_employee_id} of the user.
 *
 * <pre>{@code
 * try (FakeServiceTrade st = FakeServiceTrade.start(FakeClock.create())) {
 *   long tech = st.givenUser("Dana Tech", "E-100");
 *   long job = st.givenJob("Tower", "repair");
 *   st.givenClockPair(job, tech, Instant.parse("2026-01-05T14:02:00Z"),
 *       Instant.parse("2026-01-05T22:07:00Z"), "onsite");
 *   // point the client at st.apiBaseUrl() with st.username() / st.password()
 * }
 * }</pre>
 */
public final class FakeServiceTrade implements FakeService {
  /** The user name the fake accepts by default. */
  public static final String DEFAULT_USERNAME = "integrations@example.com";

  /** The password the fake accepts by default. */
  public static final String DEFAULT_PASSWORD = "fake-servicetrade-password";

  /** The session cookie's name. */
  public static final String SESSION_COOKIE = "PHPSESSID";

  /** The job types the fake accepts. */
  public static final Set<String> JOB_TYPES =
      Set.of(
          "repair",
          "construction",
          "upgrade",
          "service_call",
          "inspection",
          "installation",
          "replacement",
          "preventative_maintenance");

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final int DEFAULT_LIMIT = 100;
  private static final int MAX_LIMIT = 1_000;

  private final FakeServer server;
  private final RecordStore store;
  private final Set<String> sessions = ConcurrentHashMap.newKeySet();

  private FakeServiceTrade(FakeClock clock) {
    this.store = RecordStore.builder(clock).createdField("created").changeField("updated").build();
    this.server =
        FakeServer.builder()
            .clock(clock)
            .requestIdHeader("X-Request-Id")
            .notFound(ex -> error(404, "no route " + ex.method() + " " + ex.path()))
            .faultBodies(status -> error(status, "injected failure " + status))
            .routes(routes -> routes.post("/api/auth", this::login))
            .routes(
                routes ->
                    routes
                        .filter(
                            (ex, next) ->
                                authenticated(ex)
                                    ? next.handle(ex)
                                    : error(401, "Authentication required"))
                        .delete("/api/auth", this::logout)
                        .get("/api/company", ex -> list(ex, "company", "companies"))
                        .post("/api/company", this::createCompany)
                        .get("/api/company/{id:\\d+}", ex -> show(ex, "company"))
                        .put("/api/company/{id:\\d+}", ex -> update(ex, "company"))
                        .get("/api/location", ex -> list(ex, "location", "locations"))
                        .post("/api/location", this::createLocation)
                        .get("/api/location/{id:\\d+}", ex -> show(ex, "location"))
                        .put("/api/location/{id:\\d+}", ex -> update(ex, "location"))
                        .get("/api/job", ex -> list(ex, "job", "jobs"))
                        .post("/api/job", this::createJob)
                        .get("/api/job/{id:\\d+}", ex -> show(ex, "job"))
                        .put("/api/job/{id:\\d+}", ex -> update(ex, "job"))
                        .get("/api/job/{id:\\d+}/clockevent", this::clockEvents)
                        .get("/api/user", ex -> list(ex, "user", "users"))
                        .get("/api/user/{id:\\d+}", ex -> show(ex, "user")))
            .start();
  }

  /**
   * Starts a fake on {@code clock}.
   *
   * @param clock the clock the fake stamps records with
   * @return the started fake; close it when done
   */
  public static FakeServiceTrade start(FakeClock clock) {
    return new FakeServiceTrade(Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Starts a fake on a new {@link FakeClock}.
   *
   * @return the started fake; close it when done
   */
  public static FakeServiceTrade start() {
    return start(FakeClock.create());
  }

  /**
   * Returns the API base URL to give the client, ending in {@code /api/}.
   *
   * @return the base URL, such as {@code http://127.0.0.1:54321/api/}
   */
  public String apiBaseUrl() {
    return server.baseUrl() + "/api/";
  }

  /**
   * Returns the user name the fake accepts.
   *
   * @return the user name
   */
  public String username() {
    return DEFAULT_USERNAME;
  }

  /**
   * Returns the password the fake accepts (a test value, not a secret).
   *
   * @return the password
   */
  public String password() {
    return DEFAULT_PASSWORD;
  }

  /** Ends every session: the next request with an old cookie answers 401. */
  public void expireSessions() {
    sessions.clear();
  }

  /**
   * Adds a technician.
   *
   * @param name the user's name
   * @param procoreEmployeeId the Procore employee id assigned to the user, or {@code null} for none
   * @return the user's id
   */
  public long givenUser(String name, @Nullable String procoreEmployeeId) {
    ObjectNode user = JSON.objectNode().put("name", Objects.requireNonNull(name, "name"));
    user.put("technician", true);
    ObjectNode external = user.putObject("externalIds");
    if (procoreEmployeeId != null) {
      external.put("procore_employee_id", procoreEmployeeId);
    }
    return Long.parseLong(store.insert("user", "", user).id());
  }

  /**
   * Adds a customer, a location and a job of {@code type}, unrelated to any Procore project.
   *
   * @param name the name of all three
   * @param type the job type
   * @return the job's id
   */
  public long givenJob(String name, String type) {
    ObjectNode company = JSON.objectNode().put("name", name);
    company.putObject("externalIds");
    String companyId = store.insert("company", "", company).id();
    ObjectNode location =
        JSON.objectNode().put("name", name).put("companyId", Long.parseLong(companyId));
    location
        .putObject("address")
        .put("street", "1 Main St")
        .put("city", "Springfield")
        .put("state", "IL")
        .put("postalCode", "62701");
    location.putObject("externalIds");
    String locationId = store.insert("location", "", location).id();
    ObjectNode job =
        JSON.objectNode()
            .put("name", name)
            .put("type", type)
            .put("status", "scheduled")
            .put("locationId", Long.parseLong(locationId))
            .put("customerId", Long.parseLong(companyId));
    job.putObject("externalIds");
    StoredRecord stored = store.insert("job", "", job);
    return numbered(stored);
  }

  /**
   * Adds a clock-in/clock-out pair of a technician on a job.
   *
   * @param jobId the job
   * @param userId the technician
   * @param in the clock-in time
   * @param out the clock-out time, or {@code null} for a technician still clocked in
   * @param activity {@code onsite}, {@code enroute}, {@code offsite} or {@code onbreak}
   * @return the pair's id (the clock-in event's id)
   */
  public long givenClockPair(
      long jobId, long userId, Instant in, @Nullable Instant out, String activity) {
    ObjectNode pair =
        JSON.objectNode()
            .put("jobId", jobId)
            .put("userId", userId)
            .put("start", in.getEpochSecond())
            .put("activity", Objects.requireNonNull(activity, "activity"));
    if (out == null) {
      pair.putNull("end");
    } else {
      pair.put("end", out.getEpochSecond());
    }
    return Long.parseLong(store.insert("clockevent", "", pair).id());
  }

  /**
   * Returns every record of a table: {@code company}, {@code location}, {@code job}, {@code user}
   * or {@code clockevent}.
   *
   * @param table the table
   * @return copies of its records, in insertion order
   */
  public List<ObjectNode> all(String table) {
    List<ObjectNode> out = new ArrayList<>();
    store.list(table).forEach(r -> out.add(r.json()));
    return out;
  }

  /**
   * Injects a fault into the next requests that match {@code pattern} ({@code "POST /api/job"}).
   *
   * @param pattern the method and path pattern
   * @param times how many requests in a row
   * @param fault the fault
   */
  public void failNext(String pattern, int times, Fault fault) {
    server.failNext(pattern, times, fault);
  }

  /**
   * Returns the requests received, in order (the journal).
   *
   * @return the recorded requests
   */
  public List<RecordedRequest> requests() {
    return server.requests();
  }

  /**
   * Returns the requests that match {@code pattern}.
   *
   * @param pattern the method and path pattern
   * @return the recorded requests
   */
  public List<RecordedRequest> requests(String pattern) {
    return server.requests(pattern);
  }

  /** Forgets the journal. */
  public void clearRequests() {
    server.clearRequests();
  }

  /**
   * Returns the engine under this fake.
   *
   * @return the engine
   */
  public FakeServer server() {
    return server;
  }

  @Override
  public FakeClock clock() {
    return server.clock();
  }

  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "FakeServiceTrade{" + server.baseUrl() + "}";
  }

  // ------------------------------------------------------------------ routes

  private Reply login(Exchange ex) {
    JsonNode body = json(ex);
    if (!DEFAULT_USERNAME.equals(body.path("username").asText(null))
        || !DEFAULT_PASSWORD.equals(body.path("password").asText(null))) {
      return error(403, "Invalid username or password");
    }
    String token = UUID.randomUUID().toString().replace("-", "");
    sessions.add(token);
    ObjectNode data = JSON.objectNode().put("authToken", token).put("authenticated", true);
    data.putObject("user").put("username", DEFAULT_USERNAME);
    return ok(200, data)
        .withHeader("Set-Cookie", SESSION_COOKIE + "=" + token + "; path=/; HttpOnly");
  }

  private Reply logout(Exchange ex) {
    cookie(ex).ifPresent(sessions::remove);
    return Reply.empty(204);
  }

  private boolean authenticated(Exchange ex) {
    return cookie(ex).filter(sessions::contains).isPresent();
  }

  private static java.util.Optional<String> cookie(Exchange ex) {
    for (String part : ex.header("Cookie").orElse("").split(";")) {
      String[] pair = part.trim().split("=", 2);
      if (pair.length == 2 && pair[0].equals(SESSION_COOKIE)) {
        return java.util.Optional.of(pair[1]);
      }
    }
    return java.util.Optional.empty();
  }

  private Reply list(Exchange ex, String table, String key) {
    int page = intParam(ex, "page", 1, Integer.MAX_VALUE);
    int limit = intParam(ex, "limit", DEFAULT_LIMIT, MAX_LIMIT);
    List<StoredRecord> all = store.list(table);
    ArrayNode items = JSON.arrayNode();
    all.stream().skip((long) (page - 1) * limit).limit(limit).forEach(r -> items.add(r.json()));
    int totalPages = Math.max(1, (all.size() + limit - 1) / limit);
    ObjectNode data =
        JSON.objectNode().put("totalPages", totalPages).put("page", page).put("limit", limit);
    data.set(key, items);
    return ok(200, data);
  }

  private Reply show(Exchange ex, String table) {
    return store
        .get(table, ex.pathParam("id"))
        .map(r -> ok(200, r.json()))
        .orElseGet(() -> error(404, table + " " + ex.pathParam("id") + " not found"));
  }

  private Reply update(Exchange ex, String table) {
    ObjectNode changes = object(ex);
    changes.remove("id");
    changes.remove("number");
    if (changes.has("locationId") && !exists("location", changes.get("locationId"))) {
      return error(400, "locationId " + changes.get("locationId").asText() + " does not exist");
    }
    if (changes.has("companyId") && !exists("company", changes.get("companyId"))) {
      return error(400, "companyId " + changes.get("companyId").asText() + " does not exist");
    }
    return store
        .update(table, ex.pathParam("id"), changes)
        .map(r -> ok(200, r.json()))
        .orElseGet(() -> error(404, table + " " + ex.pathParam("id") + " not found"));
  }

  private Reply createCompany(Exchange ex) {
    ObjectNode body = object(ex);
    if (blank(body, "name")) {
      return error(400, "name is required");
    }
    ensureExternalIds(body);
    return ok(201, store.insert("company", "", body).json());
  }

  private Reply createLocation(Exchange ex) {
    ObjectNode body = object(ex);
    List<String> missing = new ArrayList<>();
    if (blank(body, "name")) {
      missing.add("name");
    }
    JsonNode address = body.path("address");
    for (String f : new String[] {"street", "city", "state", "postalCode"}) {
      if (!address.path(f).isTextual() || address.path(f).asText().isBlank()) {
        missing.add("address." + f);
      }
    }
    if (!missing.isEmpty()) {
      return error(400, "missing required fields: " + String.join(", ", missing));
    }
    if (!exists("company", body.get("companyId"))) {
      return error(400, "companyId " + body.path("companyId").asText() + " does not exist");
    }
    ensureExternalIds(body);
    return ok(201, store.insert("location", "", body).json());
  }

  private Reply createJob(Exchange ex) {
    ObjectNode body = object(ex);
    if (!exists("location", body.get("locationId"))) {
      return error(400, "locationId " + body.path("locationId").asText() + " does not exist");
    }
    String type = body.path("type").asText("");
    if (!JOB_TYPES.contains(type)) {
      return error(400, "type '" + type + "' is not a job type");
    }
    StoredRecord location = store.get("location", body.get("locationId").asText()).orElseThrow();
    body.put("customerId", location.json().path("companyId").asLong());
    if (!body.has("status")) {
      body.put("status", "scheduled");
    }
    if (blank(body, "name")) {
      body.put("name", location.json().path("name").asText());
    }
    ensureExternalIds(body);
    StoredRecord stored = store.insert("job", "", body);
    numbered(stored);
    return ok(201, store.get("job", stored.id()).orElseThrow().json());
  }

  private long numbered(StoredRecord job) {
    long id = Long.parseLong(job.id());
    store.update("job", job.id(), JSON.objectNode().put("number", 10_000 + id));
    return id;
  }

  private Reply clockEvents(Exchange ex) {
    long jobId = Long.parseLong(ex.pathParam("id"));
    if (store.get("job", ex.pathParam("id")).isEmpty()) {
      return error(404, "job " + jobId + " not found");
    }
    List<StoredRecord> pairs =
        store.list("clockevent", r -> r.json().path("jobId").asLong() == jobId);
    pairs = new ArrayList<>(pairs);
    pairs.sort(Comparator.comparingLong(r -> r.json().path("start").asLong()));
    ArrayNode paired = JSON.arrayNode();
    long onsite = 0;
    for (StoredRecord r : pairs) {
      ObjectNode p = r.json();
      long userId = p.path("userId").asLong();
      ObjectNode user = JSON.objectNode().put("id", userId);
      store
          .get("user", Long.toString(userId))
          .ifPresent(u -> user.set("name", u.json().get("name")));
      ObjectNode pair = JSON.objectNode();
      ObjectNode start =
          JSON.objectNode()
              .put("id", Long.parseLong(r.id()) * 2)
              .put("eventTime", p.path("start").asLong())
              .put("eventType", "clockin")
              .put("activity", p.path("activity").asText());
      start.set("user", user);
      pair.set("start", start);
      if (p.path("end").isNull() || p.path("end").isMissingNode()) {
        pair.putNull("end");
        pair.putNull("elapsedTime");
      } else {
        ObjectNode end =
            JSON.objectNode()
                .put("id", Long.parseLong(r.id()) * 2 + 1)
                .put("eventTime", p.path("end").asLong())
                .put("eventType", "clockout")
                .put("activity", p.path("activity").asText());
        end.set("user", user);
        pair.set("end", end);
        long elapsed = p.path("end").asLong() - p.path("start").asLong();
        pair.put("elapsedTime", elapsed);
        if ("onsite".equals(p.path("activity").asText())) {
          onsite += elapsed;
        }
      }
      paired.add(pair);
    }
    ObjectNode data = JSON.objectNode();
    data.set("pairedEvents", paired);
    data.putObject("activityTime").put("onsite", onsite);
    return ok(200, data);
  }

  // ------------------------------------------------------------------ helpers

  private boolean exists(String table, @Nullable JsonNode id) {
    return id != null
        && id.canConvertToLong()
        && store.get(table, Long.toString(id.asLong())).isPresent();
  }

  private static void ensureExternalIds(ObjectNode body) {
    if (!body.path("externalIds").isObject()) {
      body.putObject("externalIds");
    }
  }

  private static boolean blank(ObjectNode body, String field) {
    return !body.path(field).isTextual() || body.path(field).asText().isBlank();
  }

  private static JsonNode json(Exchange ex) {
    try {
      return ex.bodyJson();
    } catch (RuntimeException e) {
      throw new ReplyException(error(400, "the body is not JSON"));
    }
  }

  private static ObjectNode object(Exchange ex) {
    JsonNode body = json(ex);
    if (!body.isObject()) {
      throw new ReplyException(error(400, "the body must be a JSON object"));
    }
    ObjectNode copy = ((ObjectNode) body).deepCopy();
    copy.remove("id");
    return copy;
  }

  private static int intParam(Exchange ex, String name, int fallback, int max) {
    String value = ex.queryParam(name).orElse(Integer.toString(fallback));
    try {
      int parsed = Integer.parseInt(value);
      if (parsed >= 1 && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new ReplyException(error(400, name + " must be a whole number from 1 to " + max));
  }

  private static Reply ok(int status, JsonNode data) {
    ObjectNode body = JSON.objectNode();
    ObjectNode messages = body.putObject("messages");
    messages.putArray("success");
    messages.putArray("error");
    body.set("data", data);
    return Reply.json(status, body);
  }

  static Reply error(int status, String message) {
    ObjectNode body = JSON.objectNode();
    ObjectNode messages = body.putObject("messages");
    messages.putArray("success");
    messages.putArray("error").add(message);
    body.putNull("data");
    return Reply.json(status, body);
  }
}
