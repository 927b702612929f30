package dev.procoresync.testkit.busybusy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import dev.procoresync.testkit.http.StoredRecord;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphqlErrorException;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A fake busybusy: a real GraphQL server (graphql-java) on the testkit's engine, with a schema
 * built from the field lists of busybusy's API (members, projects up to seven levels with their
 * parent chain, cost codes, time entries with breaks), cursor paging ({@code first}, {@code after}
 * and a {@code cursor} on every node), the {@code key-authorization} header, GraphQL error bodies,
 * fault injection, the request journal and the fake clock (every {@code createdOn}/{@code
 * updatedOn} is the clock's time).
 *
 * <pre>{@code
 * FakeBusybusy busybusy = FakeBusybusy.start(FakeClock.create());
 * String home = busybusy.givenProject("Johnson Home", null);
 * String concrete = busybusy.givenProject("Concrete", home);
 * String ana = busybusy.givenMember("Ana", "Ruiz", "E-104");
 * busybusy.givenTimeEntry(ana, concrete, null, Instant.parse("2026-06-09T13:00:00Z"),
 *     Instant.parse("2026-06-09T21:00:00Z"));
 * // POST busybusy.endpoint() with header key-authorization: FakeBusybusy.KEY
 * }</pre>
 *
 * <p>Thread safe. Mutation names and filter operators no public source confirms are this fake's
 * choice, listed in the README's busybusy section.
 */
public final class FakeBusybusy implements FakeService {
  /** The integration key the fake accepts. */
  public static final String KEY = "bb-fake-integration-key";

  /** The header that carries the key, bare (no {@code Bearer}). */
  public static final String KEY_HEADER = "key-authorization";

  /** The deepest project level busybusy allows (root = 1). */
  public static final int MAX_DEPTH = 7;

  /** The largest page the fake serves. */
  public static final int MAX_PAGE = 1000;

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  static final String MEMBERS = "members";
  static final String PROJECTS = "projects";
  static final String COST_CODES = "costCodes";
  static final String TIME_ENTRIES = "timeEntries";

  private final FakeServer server;
  private final RecordStore store;
  private final GraphQL graphql;
  private final FakeClock clock;

  private FakeBusybusy(FakeClock clock) {
    this.clock = clock;
    this.store =
        RecordStore.builder(clock)
            .createdField("createdOn")
            .changeField("updatedOn")
            .textIds(n -> String.format("00000000-0000-4000-8000-%012d", n))
            .build();
    this.graphql = GraphQL.newGraphQL(schema()).build();
    graphql.execute("{ __typename }"); // loads the execution classes before the first request
    this.server =
        FakeServer.builder()
            .clock(clock)
            .requestIdHeader("X-Request-Id")
            .notFound(ex -> error(404, "no route " + ex.method() + " " + ex.path()))
            .faultBodies(status -> error(status, "injected " + status))
            .routes(
                routes ->
                    routes
                        .filter(
                            (ex, next) ->
                                ex.header(KEY_HEADER).filter(KEY::equals).isPresent()
                                    ? next.handle(ex)
                                    : error(401, "Unauthorized: missing or wrong " + KEY_HEADER))
                        .post("/", this::execute))
            .start();
  }

  /**
   * Starts a fake on a loopback port.
   *
   * @param clock the fake clock (change times, faults)
   * @return the running fake; close it after the test
   */
  public static FakeBusybusy start(FakeClock clock) {
    return new FakeBusybusy(Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Returns the GraphQL endpoint's URL (POST only).
   *
   * @return the endpoint, ending in {@code /}
   */
  public String endpoint() {
    return server.baseUrl() + "/";
  }

  /**
   * Returns the engine that serves the fake: faults ({@code failNext}), the journal ({@code
   * requests}, {@code requestCount}) and route listing.
   *
   * @return the server
   */
  public FakeServer server() {
    return server;
  }

  /**
   * Injects a fault into the next matching requests (see {@link FakeServer#failNext}).
   *
   * @param times how many requests fail
   * @param fault the fault
   */
  public void failNext(int times, Fault fault) {
    server.failNext("POST /", times, fault);
  }

  /**
   * Returns the journal of GraphQL requests.
   *
   * @return the requests, oldest first
   */
  public List<RecordedRequest> requests() {
    return server.requests("POST /");
  }

  /**
   * Adds a member.
   *
   * @param firstName the first name
   * @param lastName the last name
   * @param memberNumber the employee number, or {@code null}
   * @return the member's id
   */
  public String givenMember(String firstName, String lastName, @Nullable String memberNumber) {
    ObjectNode m =
        JSON.objectNode()
            .put("firstName", firstName)
            .put("lastName", lastName)
            .put("username", (firstName + "." + lastName).toLowerCase(java.util.Locale.ROOT))
            .put("memberNumber", memberNumber)
            .put("isSubContractor", false);
    m.putNull("archivedOn");
    m.putNull("deletedOn");
    return store.insert(MEMBERS, "", m).id();
  }

  /**
   * Adds a project under a parent (or at the top).
   *
   * @param title the title
   * @param parentId the parent project's id, or {@code null} for a root
   * @return the project's id
   * @throws IllegalArgumentException when the parent is unknown or already at depth 7
   */
  public String givenProject(String title, @Nullable String parentId) {
    return createProject(title, parentId, null).id();
  }

  /**
   * Adds a cost code.
   *
   * @param code the code, such as {@code 06-200}
   * @param title the title, or {@code null}
   * @return the cost code's id
   */
  public String givenCostCode(String code, @Nullable String title) {
    ObjectNode c = JSON.objectNode().put("costCode", code).put("title", title);
    c.putNull("unitTitle");
    c.putNull("archivedOn");
    return store.insert(COST_CODES, "", c).id();
  }

  /**
   * Adds a time entry; {@code end == null} makes a running (open) entry.
   *
   * @param memberId the member
   * @param projectId the project, or {@code null}
   * @param costCodeId the cost code, or {@code null}
   * @param start the clock-in
   * @param end the clock-out, or {@code null}
   * @return the entry's id
   */
  public String givenTimeEntry(
      String memberId,
      @Nullable String projectId,
      @Nullable String costCodeId,
      Instant start,
      @Nullable Instant end) {
    ObjectNode e =
        JSON.objectNode()
            .put("memberId", memberId)
            .put("projectId", projectId)
            .put("costCodeId", costCodeId)
            .put("startTime", start.toString())
            .put("endTime", end == null ? null : end.toString())
            .put("actionType", 10);
    e.putNull("equipmentId");
    e.putNull("description");
    e.putNull("deletedOn");
    e.putNull("submittedOn");
    e.set("breaks", JSON.arrayNode());
    return store.insert(TIME_ENTRIES, "", e).id();
  }

  /**
   * Adds a closed break to an entry.
   *
   * @param entryId the entry
   * @param start the break's start
   * @param end the break's end
   * @throws IllegalArgumentException when the entry is unknown
   */
  public void givenBreak(String entryId, Instant start, Instant end) {
    ObjectNode entry = require(TIME_ENTRIES, entryId);
    ArrayNode breaks = (ArrayNode) entry.get("breaks");
    breaks.add(
        JSON.objectNode()
            .put("id", entryId + "-b" + (breaks.size() + 1))
            .put("startTime", start.toString())
            .put("endTime", end.toString()));
    store.update(TIME_ENTRIES, entryId, JSON.objectNode().set("breaks", breaks));
  }

  /**
   * Changes fields of a record as a busybusy user would (stamps {@code updatedOn}).
   *
   * @param table {@code members}, {@code projects}, {@code costCodes} or {@code timeEntries}
   * @param id the record
   * @param fields the fields to set
   * @throws IllegalArgumentException when the record is unknown
   */
  public void edit(String table, String id, ObjectNode fields) {
    require(table, id);
    store.update(table, id, fields);
  }

  /**
   * Archives a member, project or cost code now (sets {@code archivedOn} to the clock's time).
   *
   * @param table {@code members}, {@code projects} or {@code costCodes}
   * @param id the record
   */
  public void archive(String table, String id) {
    edit(table, id, JSON.objectNode().put("archivedOn", clock.instant().toString()));
  }

  /**
   * Returns the records of a table, as stored.
   *
   * @param table {@code members}, {@code projects}, {@code costCodes} or {@code timeEntries}
   * @return copies of the records, in insertion order
   */
  public List<ObjectNode> records(String table) {
    return store.list(table).stream().map(StoredRecord::json).collect(Collectors.toList());
  }

  /**
   * Returns one record.
   *
   * @param table the table
   * @param id the id
   * @return a copy, or empty
   */
  public Optional<ObjectNode> record(String table, String id) {
    return store.get(table, id).map(StoredRecord::json);
  }

  @Override
  public FakeClock clock() {
    return clock;
  }

  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "FakeBusybusy{" + server.baseUrl() + "}";
  }

  // ---- GraphQL ----

  private Reply execute(Exchange ex) {
    JsonNode body;
    try {
      body = MAPPER.readTree(ex.body());
    } catch (IOException | RuntimeException e) {
      return error(400, "body is not JSON");
    }
    if (body == null || !body.path("query").isTextual()) {
      return error(400, "body must be {\"query\": \"...\", \"variables\": {...}}");
    }
    Map<String, Object> variables =
        body.path("variables").isObject()
            ? MAPPER.convertValue(body.get("variables"), MAP)
            : Map.of();
    ExecutionInput input =
        ExecutionInput.newExecutionInput()
            .query(body.get("query").asText())
            .variables(variables)
            .operationName(
                body.path("operationName").isTextual() ? body.get("operationName").asText() : null)
            .build();
    ExecutionResult result = graphql.execute(input);
    return Reply.json(200, MAPPER.valueToTree(result.toSpecification()));
  }

  private static final com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>> MAP =
      new com.fasterxml.jackson.core.type.TypeReference<>() {};

  private GraphQLSchema schema() {
    String sdl;
    try (InputStream in = FakeBusybusy.class.getResourceAsStream("busybusy.graphqls")) {
      sdl =
          new String(
              Objects.requireNonNull(in, "busybusy.graphqls").readAllBytes(),
              StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    RuntimeWiring wiring =
        RuntimeWiring.newRuntimeWiring()
            .type(
                "Query",
                t ->
                    t.dataFetcher("members", list(MEMBERS))
                        .dataFetcher("projects", list(PROJECTS))
                        .dataFetcher("costCodes", list(COST_CODES))
                        .dataFetcher("timeEntries", list(TIME_ENTRIES)))
            .type(
                "Project",
                t ->
                    t.dataFetcher(
                        "children",
                        env -> {
                          Map<String, Object> source = env.getSource();
                          Object id = Objects.requireNonNull(source).get("id");
                          return store
                              .list(
                                  PROJECTS,
                                  r -> Objects.equals(text(r.json(), "parentProjectId"), id))
                              .stream()
                              .map(FakeBusybusy::node)
                              .collect(Collectors.toList());
                        }))
            .type(
                "Mutation",
                t ->
                    t.dataFetcher("createMember", this::createMember)
                        .dataFetcher("updateMember", update(MEMBERS, "member"))
                        .dataFetcher("createProject", this::createProjectMutation)
                        .dataFetcher("updateProject", update(PROJECTS, "project"))
                        .dataFetcher("createCostCode", this::createCostCode)
                        .dataFetcher("updateCostCode", update(COST_CODES, "costCode")))
            .build();
    return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl), wiring);
  }

  private DataFetcher<List<Map<String, Object>>> list(String table) {
    return env -> {
      int first = env.getArgumentOrDefault("first", MAX_PAGE);
      if (first < 1 || first > MAX_PAGE) {
        throw GraphqlErrorException.newErrorException()
            .message("first must be between 1 and " + MAX_PAGE + ", got " + first)
            .build();
      }
      String after = env.getArgument("after");
      Map<String, Object> filter = env.getArgumentOrDefault("filter", Map.of());
      Predicate<ObjectNode> matches = matcher(filter);
      List<StoredRecord> rows = store.list(table);
      int start = 0;
      if (after != null) {
        start = -1;
        for (int i = 0; i < rows.size(); i++) {
          if (rows.get(i).id().equals(after)) {
            start = i + 1;
            break;
          }
        }
        if (start < 0) {
          throw GraphqlErrorException.newErrorException()
              .message("unknown cursor '" + after + "'")
              .build();
        }
      }
      List<Map<String, Object>> page = new ArrayList<>();
      for (int i = start; i < rows.size() && page.size() < first; i++) {
        ObjectNode json = rows.get(i).json();
        if (matches.test(json)) {
          page.add(node(rows.get(i)));
        }
      }
      return page;
    };
  }

  @SuppressWarnings("unchecked")
  private static Predicate<ObjectNode> matcher(Map<String, Object> filter) {
    Predicate<ObjectNode> all = r -> true;
    for (Map.Entry<String, Object> f : filter.entrySet()) {
      if (!(f.getValue() instanceof Map)) {
        continue;
      }
      String field = f.getKey();
      Map<String, Object> c = (Map<String, Object>) f.getValue();
      Predicate<ObjectNode> p =
          r -> {
            JsonNode v = r.get(field);
            String s = v == null || v.isNull() ? null : v.asText();
            if (c.get("isNull") instanceof Boolean && ((Boolean) c.get("isNull")) != (s == null)) {
              return false;
            }
            Object eq = c.get("equal");
            if (eq != null && (s == null || !s.equals(String.valueOf(eq)))) {
              return false;
            }
            Object ge = c.get("greaterThanOrEqualTo");
            if (ge != null && (s == null || compare(s, ge.toString()) < 0)) {
              return false;
            }
            Object lt = c.get("lessThan");
            return lt == null || (s != null && compare(s, lt.toString()) < 0);
          };
      all = all.and(p);
    }
    return all;
  }

  private static int compare(String a, String b) {
    try {
      return Instant.parse(a).compareTo(Instant.parse(b));
    } catch (RuntimeException e) {
      return a.compareTo(b);
    }
  }

  private static Map<String, Object> node(StoredRecord r) {
    Map<String, Object> m = MAPPER.convertValue(r.json(), MAP);
    m.put("cursor", r.id());
    return m;
  }

  private static @Nullable String text(ObjectNode json, String field) {
    JsonNode v = json.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private ObjectNode require(String table, String id) {
    return store
        .get(table, id)
        .map(StoredRecord::json)
        .orElseThrow(() -> new IllegalArgumentException("no " + table + " with id " + id));
  }

  private Map<String, Object> createMember(DataFetchingEnvironment env) {
    Map<String, Object> in = env.getArgument("member");
    String id =
        givenMember(
            String.valueOf(in.get("firstName")),
            String.valueOf(in.get("lastName")),
            (String) in.get("memberNumber"));
    if (in.get("email") != null) {
      store.update(MEMBERS, id, JSON.objectNode().put("email", in.get("email").toString()));
    }
    return node(store.get(MEMBERS, id).orElseThrow());
  }

  private Map<String, Object> createCostCode(DataFetchingEnvironment env) {
    Map<String, Object> in = env.getArgument("costCode");
    String code = String.valueOf(in.get("costCode"));
    if (code.isBlank()) {
      throw GraphqlErrorException.newErrorException().message("costCode must not be blank").build();
    }
    return node(store.get(COST_CODES, givenCostCode(code, (String) in.get("title"))).orElseThrow());
  }

  private Map<String, Object> createProjectMutation(DataFetchingEnvironment env) {
    Map<String, Object> in = env.getArgument("project");
    try {
      @SuppressWarnings("unchecked")
      Map<String, Object> info = (Map<String, Object>) in.get("projectInfo");
      return node(
          createProject(String.valueOf(in.get("title")), (String) in.get("parentProjectId"), info));
    } catch (IllegalArgumentException e) {
      throw GraphqlErrorException.newErrorException().message(e.getMessage()).build();
    }
  }

  private StoredRecord createProject(
      String title, @Nullable String parentId, @Nullable Map<String, Object> info) {
    if (title.isBlank()) {
      throw new IllegalArgumentException("title must not be blank");
    }
    int depth = 1;
    String root = null;
    if (parentId != null) {
      ObjectNode parent = require(PROJECTS, parentId);
      depth = parent.get("depth").asInt() + 1;
      if (depth > MAX_DEPTH) {
        throw new IllegalArgumentException(
            "project " + parentId + " is at depth " + MAX_DEPTH + "; no deeper level is allowed");
      }
      root = text(parent, "rootProjectId");
      if (root == null) {
        root = parentId;
      }
    }
    ObjectNode p =
        JSON.objectNode()
            .put("title", title)
            .put("parentProjectId", parentId)
            .put("rootProjectId", root)
            .put("depth", depth);
    p.putNull("archivedOn");
    p.set("projectInfo", info == null ? JSON.nullNode() : MAPPER.valueToTree(info));
    return store.insert(PROJECTS, "", p);
  }

  private DataFetcher<Map<String, Object>> update(String table, String argument) {
    return env -> {
      Map<String, Object> in = new LinkedHashMap<>(env.<Map<String, Object>>getArgument(argument));
      String id = String.valueOf(in.remove("id"));
      if (store.get(table, id).isEmpty()) {
        throw GraphqlErrorException.newErrorException()
            .message("no " + argument + " with id " + id)
            .build();
      }
      ObjectNode fields = MAPPER.valueToTree(in);
      return node(store.update(table, id, fields).orElseThrow());
    };
  }

  static Reply error(int status, String message) {
    ObjectNode body = JSON.objectNode();
    body.putArray("errors").addObject().put("message", message);
    return Reply.json(status, body);
  }
}
