package dev.procoresync.testkit.exaktime;

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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A stateful fake of ExakTime's API over loopback HTTP, built on the testkit's engine.
 *
 * <p>Every request needs the {@value #KEY_HEADER} header with the subscription key ({@link
 * #key()}); without it the fake answers 401. Lists page by {@code page} (from 1) and {@code
 * page_size} (1 to 100, more is a 400) and answer {@code
 * {"page","page_size","total_count","data":[…]}}; errors answer {@code {"code","message"}}.
 *
 * <ul>
 *   <li>{@code GET/POST /v1/Time/CostCodes}, {@code GET/PUT /v1/Time/CostCodes/{identifier}}:
 *       {@code identifier}, {@code name} (unique, case-insensitive: a second one is a 409), {@code
 *       is_active}, {@code cost_type_id}, {@code display_option}. There is no delete (405): a cost
 *       code is deactivated with {@code is_active=false}. This route is the one a public source
 *       confirms.
 *   <li><b>Unverified</b>, same shape: {@code /v1/Time/Employees}, {@code /v1/Time/Locations},
 *       {@code /v1/Time/WorkClassifications}, {@code /v1/Time/TimeTypes} and {@code
 *       /v1/Time/CustomFields} (unique {@code identifier}, no delete; a custom field needs a {@code
 *       fieldset}, a supported {@code type}, plain-text values of at most 255 characters, and its
 *       fieldset may hold at most 5 fields, all in one fieldset: otherwise a 400 naming field and
 *       value) and {@code GET /v1/Time/TimeRecords?start_date= &end_date=} (UTC days of {@code
 *       time_in}, inclusive).
 * </ul>
 *
 * <pre>{@code
 * try (FakeExakTime exak = FakeExakTime.start(FakeClock.create())) {
 *   exak.givenTimeRecord("E-100", "200.005", "01-100",
 *       Instant.parse("2026-01-05T14:00:00Z"), Instant.parse("2026-01-05T22:00:00Z"));
 *   // point the client at exak.baseUrl() with exak.key()
 * }
 * }</pre>
 */
public final class FakeExakTime implements FakeService {
  /** The header that carries the subscription key. */
  public static final String KEY_HEADER = "Ocp-Apim-Subscription-Key";

  /** The subscription key the fake accepts. */
  public static final String DEFAULT_KEY = "fake-exaktime-subscription-key";

  /** The largest page size the API takes. */
  public static final int MAX_PAGE_SIZE = 100;

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String[] ENTITY_TABLES = {
    "CostCodes", "Employees", "Locations", "WorkClassifications", "TimeTypes", "CustomFields"
  };

  /** The custom-field types the fake takes, as SyncLinx supports them. */
  private static final java.util.Set<String> CUSTOM_FIELD_TYPES =
      java.util.Set.of("plain_text", "date", "checkbox", "single_select");

  private final FakeServer server;
  private final RecordStore entities;
  private final RecordStore records;

  private FakeExakTime(FakeClock clock) {
    this.entities =
        RecordStore.builder(clock)
            .idField("identifier")
            .createdField("created_at")
            .changeField("modified_at")
            .build();
    this.records =
        RecordStore.builder(clock).createdField("created_at").changeField("modified_at").build();
    this.server =
        FakeServer.builder()
            .clock(clock)
            .requestIdHeader("Request-Id")
            .notFound(
                ex -> error(404, "ResourceNotFound", "no route " + ex.method() + " " + ex.path()))
            .faultBodies(status -> error(status, "Injected", "injected failure " + status))
            .routes(
                routes -> {
                  routes.filter(
                      (ex, next) ->
                          ex.header(KEY_HEADER).filter(DEFAULT_KEY::equals).isPresent()
                              ? next.handle(ex)
                              : Reply.json(
                                  401,
                                  JSON.objectNode()
                                      .put("statusCode", 401)
                                      .put(
                                          "message",
                                          "Access denied due to missing or invalid subscription"
                                              + " key.")));
                  for (String table : ENTITY_TABLES) {
                    String base = "/v1/Time/" + table;
                    routes
                        .get(base, ex -> list(ex, table))
                        .post(base, ex -> create(ex, table))
                        .get(base + "/{identifier}", ex -> show(ex, table))
                        .put(base + "/{identifier}", ex -> update(ex, table))
                        .delete(
                            base + "/{identifier}",
                            ex ->
                                error(
                                    405,
                                    "MethodNotAllowed",
                                    table + " cannot be deleted; set is_active to false"));
                  }
                  routes.get("/v1/Time/TimeRecords", this::timeRecords);
                })
            .start();
  }

  /**
   * Starts a fake on {@code clock}.
   *
   * @param clock the clock the fake stamps records with
   * @return the started fake; close it when done
   */
  public static FakeExakTime start(FakeClock clock) {
    return new FakeExakTime(Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Starts a fake on a new {@link FakeClock}.
   *
   * @return the started fake; close it when done
   */
  public static FakeExakTime start() {
    return start(FakeClock.create());
  }

  /**
   * Returns the base URL to give the client (ends in {@code /}).
   *
   * @return the base URL, such as {@code http://127.0.0.1:54321/}
   */
  public String baseUrl() {
    return server.baseUrl() + "/";
  }

  /**
   * Returns the subscription key the fake accepts (a test value, not a secret).
   *
   * @return the key
   */
  public String key() {
    return DEFAULT_KEY;
  }

  /**
   * Adds an employee, location or cost code as if created in ExakTime.
   *
   * @param table {@code CostCodes}, {@code Employees}, {@code Locations}, {@code
   *     WorkClassifications}, {@code TimeTypes} or {@code CustomFields}
   * @param record the record; it must carry an {@code identifier}
   * @return the stored record
   */
  public ObjectNode given(String table, ObjectNode record) {
    checkTable(table);
    if (!record.hasNonNull("identifier")) {
      throw new IllegalArgumentException("record.identifier is required, got " + record);
    }
    return entities.insert(table, "", record).json();
  }

  /**
   * Adds a closed time record.
   *
   * @param employeeId the employee's identifier
   * @param locationId the location's identifier ({@code 200} or {@code 200.005})
   * @param costCodeId the cost code's identifier, or {@code null} for none
   * @param in the clock-in time
   * @param out the clock-out time, or {@code null} for an open record
   * @return the record's id
   */
  public long givenTimeRecord(
      String employeeId,
      String locationId,
      @Nullable String costCodeId,
      Instant in,
      @Nullable Instant out) {
    ObjectNode r =
        JSON.objectNode()
            .put("employee_id", Objects.requireNonNull(employeeId, "employeeId"))
            .put("location_id", Objects.requireNonNull(locationId, "locationId"))
            .put("time_in", in.toString());
    if (costCodeId == null) {
      r.putNull("cost_code_id");
    } else {
      r.put("cost_code_id", costCodeId);
    }
    if (out == null) {
      r.putNull("time_out");
    } else {
      r.put("time_out", out.toString());
    }
    return Long.parseLong(records.insert("TimeRecords", "", r).id());
  }

  /**
   * Changes a time record, as an edit made in ExakTime.
   *
   * @param id the record's id
   * @param changes the fields to change
   */
  public void changeTimeRecord(long id, ObjectNode changes) {
    records
        .update("TimeRecords", Long.toString(id), changes)
        .orElseThrow(() -> new IllegalArgumentException("no time record " + id));
  }

  /**
   * Returns every record of a table: {@code CostCodes}, {@code Employees}, {@code Locations} or
   * {@code TimeRecords}.
   *
   * @param table the table
   * @return copies of its records in insertion order
   */
  public List<ObjectNode> all(String table) {
    List<ObjectNode> out = new ArrayList<>();
    (table.equals("TimeRecords") ? records : entities).list(table).forEach(r -> out.add(r.json()));
    return out;
  }

  /**
   * Injects a fault into the next requests that match {@code pattern} ({@code "POST
   * /v1/Time/CostCodes"}).
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
    return "FakeExakTime{" + server.baseUrl() + "}";
  }

  // ------------------------------------------------------------------ routes

  private Reply list(Exchange ex, String table) {
    return page(ex, entities.list(table));
  }

  private Reply page(Exchange ex, List<StoredRecord> all) {
    int page = intParam(ex, "page", 1, Integer.MAX_VALUE);
    int size = intParam(ex, "page_size", 25, MAX_PAGE_SIZE);
    ArrayNode items = JSON.arrayNode();
    all.stream().skip((long) (page - 1) * size).limit(size).forEach(r -> items.add(r.json()));
    ObjectNode body =
        JSON.objectNode().put("page", page).put("page_size", size).put("total_count", all.size());
    body.set("data", items);
    return Reply.json(200, body);
  }

  private Reply show(Exchange ex, String table) {
    return entities
        .get(table, ex.pathParam("identifier"))
        .map(r -> Reply.json(200, r.json()))
        .orElseGet(() -> notFound(table, ex.pathParam("identifier")));
  }

  private Reply create(Exchange ex, String table) {
    ObjectNode body = object(ex);
    String identifier = body.path("identifier").asText("");
    if (identifier.isBlank()) {
      return error(400, "ValidationError", "identifier is required");
    }
    if (entities.get(table, identifier).isPresent()) {
      return error(409, "Conflict", table + " already holds identifier '" + identifier + "'");
    }
    Reply refused = validate(table, body, null);
    if (refused != null) {
      return refused;
    }
    if (!body.has("is_active")) {
      body.put("is_active", true);
    }
    return Reply.json(201, entities.insert(table, "", body).json());
  }

  private Reply update(Exchange ex, String table) {
    String identifier = ex.pathParam("identifier");
    if (entities.get(table, identifier).isEmpty()) {
      return notFound(table, identifier);
    }
    ObjectNode body = object(ex);
    body.remove("identifier");
    Reply refused = validate(table, body, identifier);
    if (refused != null) {
      return refused;
    }
    return Reply.json(200, entities.update(table, identifier, body).orElseThrow().json());
  }

  private @Nullable Reply validate(String table, ObjectNode body, @Nullable String self) {
    String nameField = table.equals("Employees") ? "last_name" : "name";
    if (self == null
        && (!body.path(nameField).isTextual() || body.path(nameField).asText().isBlank())) {
      return error(400, "ValidationError", nameField + " is required");
    }
    if (table.equals("CustomFields")) {
      Reply refused = validateCustomField(body, self);
      if (refused != null) {
        return refused;
      }
    }
    if (table.equals("CostCodes") && body.path("name").isTextual()) {
      String name = body.get("name").asText().toLowerCase(Locale.ROOT);
      boolean taken =
          !entities
              .list(
                  table,
                  r ->
                      !r.id().equals(self)
                          && r.json().path("name").asText("").toLowerCase(Locale.ROOT).equals(name))
              .isEmpty();
      if (taken) {
        return error(
            409, "Conflict", "a cost code named '" + body.get("name").asText() + "' exists");
      }
    }
    return null;
  }

  private @Nullable Reply validateCustomField(ObjectNode body, @Nullable String self) {
    String type = body.path("type").asText(null);
    if (type != null && !CUSTOM_FIELD_TYPES.contains(type)) {
      return error(
          400,
          "ValidationError",
          "type '" + type + "' is not supported; supported: " + CUSTOM_FIELD_TYPES);
    }
    if (self == null && type == null) {
      return error(400, "ValidationError", "type is required");
    }
    String fieldType =
        type != null
            ? type
            : entities.get("CustomFields", self).orElseThrow().json().path("type").asText();
    if ("plain_text".equals(fieldType) && body.path("values").isArray()) {
      for (JsonNode v : body.get("values")) {
        if (v.asText().length() > 255) {
          return error(
              400,
              "ValidationError",
              "values: '"
                  + v.asText().substring(0, 20)
                  + "...' has "
                  + v.asText().length()
                  + " characters; plain text takes at most 255");
        }
      }
    }
    if (self == null) {
      String fieldset = body.path("fieldset").asText("");
      if (fieldset.isBlank()) {
        return error(400, "ValidationError", "fieldset is required");
      }
      List<StoredRecord> fields = entities.list("CustomFields");
      for (StoredRecord r : fields) {
        if (!r.json().path("fieldset").asText().equals(fieldset)) {
          return error(
              400,
              "ValidationError",
              "fieldset '"
                  + fieldset
                  + "': custom fields of fieldset '"
                  + r.json().path("fieldset").asText()
                  + "' exist; only one fieldset is supported");
        }
      }
      if (fields.size() >= 5) {
        return error(
            400,
            "ValidationError",
            "name '"
                + body.path("name").asText()
                + "' would be custom field number "
                + (fields.size() + 1)
                + "; at most 5 are supported");
      }
    }
    return null;
  }

  private Reply timeRecords(Exchange ex) {
    LocalDate from = date(ex, "start_date");
    LocalDate to = date(ex, "end_date");
    List<StoredRecord> found =
        records.list(
            "TimeRecords",
            r -> {
              LocalDate day =
                  LocalDate.ofInstant(
                      Instant.parse(r.json().path("time_in").asText()), ZoneOffset.UTC);
              return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
            });
    return page(ex, found);
  }

  // ------------------------------------------------------------------ helpers

  private static void checkTable(String table) {
    for (String t : ENTITY_TABLES) {
      if (t.equals(table)) {
        return;
      }
    }
    throw new IllegalArgumentException(
        "table must be one of " + String.join(", ", ENTITY_TABLES) + ", got '" + table + "'");
  }

  private static @Nullable LocalDate date(Exchange ex, String name) {
    String value = ex.queryParam(name).orElse(null);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new ReplyException(error(400, "ValidationError", name + " must be YYYY-MM-DD"));
    }
  }

  private static ObjectNode object(Exchange ex) {
    JsonNode body;
    try {
      body = ex.bodyJson();
    } catch (RuntimeException e) {
      throw new ReplyException(error(400, "ValidationError", "the body is not JSON"));
    }
    if (!body.isObject()) {
      throw new ReplyException(error(400, "ValidationError", "the body must be a JSON object"));
    }
    return ((ObjectNode) body).deepCopy();
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
    throw new ReplyException(
        error(400, "ValidationError", name + " must be a whole number from 1 to " + max));
  }

  private static Reply notFound(String table, String identifier) {
    return error(404, "NotFound", table + " has no identifier '" + identifier + "'");
  }

  static Reply error(int status, String code, String message) {
    return Reply.json(status, JSON.objectNode().put("code", code).put("message", message));
  }
}
