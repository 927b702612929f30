package dev.procoresync.timekeeping.busybusy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.error.DecodingException;
import dev.procoresync.core.error.ServiceException;
import dev.procoresync.core.http.Authentication;
import dev.procoresync.core.http.GraphQlCursorPaging;
import dev.procoresync.core.http.HttpService;
import dev.procoresync.core.http.PageRequest;
import dev.procoresync.core.http.RequestListener;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.core.time.Sleeper;
import dev.procoresync.timekeeping.busybusy.internal.BusybusyWire;
import dev.procoresync.timekeeping.model.CostCode;
import dev.procoresync.timekeeping.model.Location;
import dev.procoresync.timekeeping.model.TimeBreak;
import dev.procoresync.timekeeping.model.TimeEntry;
import dev.procoresync.timekeeping.model.Worker;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;

/**
 * A typed client of busybusy's GraphQL API on the connector kit: the bare {@code key-authorization}
 * header, cursor paging ({@link GraphQlCursorPaging}, 1,000 a page), the kit's retries, rate
 * limiting and request events. Lists are lazy streams of the neutral model; writes are the
 * mutations the busybusy flows need.
 *
 * <pre>{@code
 * try (BusybusyClient busybusy = BusybusyClient.builder().key(System.getenv("BUSYBUSY_KEY")).build()) {
 *   busybusy.members().forEach(w -> System.out.println(w.displayName()));
 * }
 * }</pre>
 *
 * <p>busybusy sends instants without a project zone: entries come with the client's {@link
 * Builder#zone zone} (UTC unless set); a flow re-zones them to their project's zone. Thread safe.
 */
public final class BusybusyClient implements AutoCloseable {
  /** The production endpoint. */
  public static final String PRODUCTION = "https://graphql.busybusy.io/";

  private static final String SERVICE = "busybusy";
  private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");

  private final HttpService http;
  private final ZoneId zone;
  private final int pageSize;

  private BusybusyClient(Builder b) {
    HttpService.Builder h =
        HttpService.builder()
            .serviceName(SERVICE)
            .baseUrl(b.endpoint)
            .authentication(
                Authentication.header("key-authorization", Objects.requireNonNull(b.key, "key")));
    if (b.okHttpClient != null) {
      h.okHttpClient(b.okHttpClient);
    }
    if (b.clock != null) {
      h.clock(b.clock);
    }
    if (b.sleeper != null) {
      h.sleeper(b.sleeper);
    }
    if (b.retryPolicy != null) {
      h.retryPolicy(b.retryPolicy);
    }
    for (RequestListener l : b.listeners) {
      h.addRequestListener(l);
    }
    this.http = h.build();
    this.zone = b.zone;
    this.pageSize = b.pageSize;
  }

  /**
   * Starts a builder; the key is required, the endpoint defaults to {@link #PRODUCTION}.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Lists every member, archived ones included ({@link Worker#archived()}).
   *
   * @return a lazy stream, fetched page by page
   * @throws DecodingException (on reading) when an answer cannot be read
   */
  public Stream<Worker> members() {
    return list(BusybusyWire.MEMBERS, "members", BusybusyWire.Member.class, null)
        .filter(m -> m.deletedOn == null)
        .map(this::worker);
  }

  /**
   * Lists every project of every level; a sub-project's {@link Location#parentId()} names its
   * parent.
   *
   * @return a lazy stream, fetched page by page
   */
  public Stream<Location> projects() {
    return list(BusybusyWire.PROJECTS, "projects", BusybusyWire.Project.class, null)
        .map(this::location);
  }

  /**
   * Lists every cost code.
   *
   * @return a lazy stream, fetched page by page
   */
  public Stream<CostCode> costCodes() {
    return list(BusybusyWire.COST_CODES, "costCodes", BusybusyWire.CostCode.class, null)
        .map(this::costCode);
  }

  /**
   * Lists the time entries not deleted and changed at or after {@code since}.
   *
   * @param since the earliest change to read; empty for all
   * @return a lazy stream, fetched page by page
   */
  public Stream<TimeEntry> timeEntries(Optional<Instant> since) {
    return list(
            BusybusyWire.TIME_ENTRIES,
            "timeEntries",
            BusybusyWire.TimeEntry.class,
            since.map(Instant::toString).orElse("1970-01-01T00:00:00Z"))
        .map(this::timeEntry);
  }

  /**
   * Creates a member.
   *
   * @param firstName the first name
   * @param lastName the last name
   * @param memberNumber the employee number, or {@code null}
   * @return the new member's id
   * @throws ServiceException when busybusy refuses it
   */
  public String createMember(String firstName, String lastName, @Nullable String memberNumber) {
    ObjectNode m =
        mapper()
            .createObjectNode()
            .put("firstName", firstName)
            .put("lastName", lastName)
            .put("memberNumber", memberNumber);
    return mutate(BusybusyWire.CREATE_MEMBER, "m", m, "createMember");
  }

  /**
   * Creates a project at the top level or under a parent.
   *
   * @param title the title
   * @param number the project number, or {@code null}
   * @param parentId the parent, or {@code null}
   * @return the new project's id
   * @throws ServiceException when busybusy refuses it
   */
  public String createProject(String title, @Nullable String number, @Nullable String parentId) {
    ObjectNode p = mapper().createObjectNode().put("title", title).put("parentProjectId", parentId);
    if (number != null) {
      p.putObject("projectInfo").put("number", number);
    }
    return mutate(BusybusyWire.CREATE_PROJECT, "p", p, "createProject");
  }

  /**
   * Creates a project with its details: the title is the location's name, the number its code, the
   * parent its parent id, and its address, city, state and postal code go into {@code projectInfo}.
   * The location's id is ignored (busybusy gives the new one).
   *
   * <pre>{@code
   * String id = busybusy.createProject(Location.builder().id("new").name("Depot")
   *     .code("P-7").address("1 Main St").city("Denver").state("CO").postalCode("80202").build());
   * }</pre>
   *
   * @param project the project to create
   * @return the new project's id
   * @throws ServiceException when busybusy refuses it
   */
  public String createProject(Location project) {
    ObjectNode p =
        mapper()
            .createObjectNode()
            .put("title", project.name())
            .put("parentProjectId", project.parentId().orElse(null));
    p.set("projectInfo", projectInfo(project));
    return mutate(BusybusyWire.CREATE_PROJECT, "p", p, "createProject");
  }

  /**
   * Changes a project's title and details to those of {@code project} (found by its id): the title,
   * and the number, address, city, state and postal code of {@code projectInfo}; a detail the
   * location leaves empty is cleared. Archive state and parent are left alone.
   *
   * @param project the project as it should be
   * @throws ServiceException when busybusy refuses it
   */
  public void updateProject(Location project) {
    ObjectNode p = mapper().createObjectNode().put("id", project.id()).put("title", project.name());
    p.set("projectInfo", projectInfo(project));
    mutate(BusybusyWire.UPDATE_PROJECT, "p", p, "updateProject");
  }

  private ObjectNode projectInfo(Location project) {
    return mapper()
        .createObjectNode()
        .put("number", project.code().orElse(null))
        .put("address1", project.address().orElse(null))
        .put("city", project.city().orElse(null))
        .put("state", project.state().orElse(null))
        .put("postalCode", project.postalCode().orElse(null));
  }

  /**
   * Renames a project.
   *
   * @param id the project
   * @param title the new title
   * @throws ServiceException when busybusy refuses it
   */
  public void renameProject(String id, String title) {
    mutate(
        BusybusyWire.UPDATE_PROJECT,
        "p",
        mapper().createObjectNode().put("id", id).put("title", title),
        "updateProject");
  }

  /**
   * Changes a project's title and number.
   *
   * @param id the project
   * @param title the new title
   * @param number the new project number, or {@code null} to clear it
   * @throws ServiceException when busybusy refuses it
   */
  public void updateProject(String id, String title, @Nullable String number) {
    ObjectNode p = mapper().createObjectNode().put("id", id).put("title", title);
    p.putObject("projectInfo").put("number", number);
    mutate(BusybusyWire.UPDATE_PROJECT, "p", p, "updateProject");
  }

  /**
   * Archives a project.
   *
   * @param id the project
   * @param at the archive time
   * @throws ServiceException when busybusy refuses it
   */
  public void archiveProject(String id, Instant at) {
    mutate(
        BusybusyWire.UPDATE_PROJECT,
        "p",
        mapper().createObjectNode().put("id", id).put("archivedOn", at.toString()),
        "updateProject");
  }

  /**
   * Creates a cost code.
   *
   * @param code the code
   * @param title the title, or {@code null}
   * @return the new cost code's id
   * @throws ServiceException when busybusy refuses it
   */
  public String createCostCode(String code, @Nullable String title) {
    return mutate(
        BusybusyWire.CREATE_COST_CODE,
        "c",
        mapper().createObjectNode().put("costCode", code).put("title", title),
        "createCostCode");
  }

  /**
   * Changes a cost code's code and title.
   *
   * @param id the cost code
   * @param code the code
   * @param title the title, or {@code null}
   * @throws ServiceException when busybusy refuses it
   */
  public void updateCostCode(String id, String code, @Nullable String title) {
    mutate(
        BusybusyWire.UPDATE_COST_CODE,
        "c",
        mapper().createObjectNode().put("id", id).put("costCode", code).put("title", title),
        "updateCostCode");
  }

  /**
   * Archives a cost code.
   *
   * @param id the cost code
   * @param at the archive time
   * @throws ServiceException when busybusy refuses it
   */
  public void archiveCostCode(String id, Instant at) {
    mutate(
        BusybusyWire.UPDATE_COST_CODE,
        "c",
        mapper().createObjectNode().put("id", id).put("archivedOn", at.toString()),
        "updateCostCode");
  }

  @Override
  public void close() {
    http.close();
  }

  @Override
  public String toString() {
    return "BusybusyClient{" + http.baseUrl() + "}";
  }

  // ---- internals ----

  private ObjectMapper mapper() {
    return http.mapper();
  }

  private Request post(String query, ObjectNode variables) {
    ObjectNode body = mapper().createObjectNode().put("query", query);
    body.set("variables", variables);
    return new Request.Builder()
        .url(http.baseUrl())
        .post(RequestBody.create(body.toString(), JSON_TYPE))
        .build();
  }

  private <T> Stream<T> list(String query, String field, Class<T> type, @Nullable String since) {
    ObjectNode variables = mapper().createObjectNode();
    if (since != null) {
      variables.put("since", since);
    }
    return PageRequest.builder()
        .service(SERVICE)
        .callFactory(http.okHttpClient())
        .mapper(mapper())
        .errorDecoder(http.errorDecoder())
        .first(post(query, variables))
        .paging(GraphQlCursorPaging.builder().pageSize(pageSize).build())
        .itemsAt("/data/" + field)
        .build()
        .list(type)
        .stream();
  }

  private String mutate(String document, String variable, ObjectNode input, String field) {
    ObjectNode variables = mapper().createObjectNode();
    variables.set(variable, input);
    Request request = post(document, variables);
    JsonNode answer = http.executeTree(request);
    JsonNode error = answer.at("/errors/0/message");
    if (!error.isMissingNode()) {
      throw new ServiceException(
          SERVICE, 200, "graphql", null, false, field + ": GraphQL error: " + error.asText(), null);
    }
    JsonNode id = answer.at("/data/" + field + "/id");
    if (!id.isTextual() || id.asText().isBlank()) {
      throw new DecodingException(
          SERVICE, field + ": the answer has no data." + field + ".id", null);
    }
    return id.asText();
  }

  private Worker worker(BusybusyWire.Member m) {
    return Worker.builder()
        .id(required(m.id, "member.id"))
        .firstName(Optional.ofNullable(m.firstName))
        .lastName(Optional.ofNullable(m.lastName))
        .email(Optional.ofNullable(m.email))
        .employeeNumber(Optional.ofNullable(m.memberNumber).filter(s -> !s.isBlank()))
        .archived(m.archivedOn != null)
        .build();
  }

  private Location location(BusybusyWire.Project p) {
    String id = required(p.id, "project.id");
    return Location.builder()
        .id(id)
        .name(required(p.title, "project " + id + " title"))
        .code(Optional.ofNullable(p.projectInfo).map(i -> i.number).filter(s -> !s.isBlank()))
        .parentId(Optional.ofNullable(p.parentProjectId))
        .address(detail(p.projectInfo, i -> i.address1))
        .city(detail(p.projectInfo, i -> i.city))
        .state(detail(p.projectInfo, i -> i.state))
        .postalCode(detail(p.projectInfo, i -> i.postalCode))
        .archived(p.archivedOn != null)
        .build();
  }

  private static Optional<String> detail(
      BusybusyWire.@Nullable ProjectInfo info,
      java.util.function.Function<BusybusyWire.ProjectInfo, @Nullable String> field) {
    return Optional.ofNullable(info).map(field).filter(s -> !s.isBlank());
  }

  private CostCode costCode(BusybusyWire.CostCode c) {
    String id = required(c.id, "costCode.id");
    return CostCode.builder()
        .id(id)
        .code(required(c.costCode, "cost code " + id + " costCode"))
        .name(Optional.ofNullable(c.title))
        .archived(c.archivedOn != null)
        .build();
  }

  private TimeEntry timeEntry(BusybusyWire.TimeEntry e) {
    String id = required(e.id, "timeEntry.id");
    TimeEntry.Builder b =
        TimeEntry.builder()
            .id(id)
            .workerId(required(e.memberId, "time entry " + id + " memberId"))
            .projectId(Optional.ofNullable(e.projectId))
            .costCodeId(Optional.ofNullable(e.costCodeId))
            .zone(zone)
            .start(
                instant(required(e.startTime, "time entry " + id + " startTime"), id, "startTime"))
            .description(Optional.ofNullable(e.description));
    if (e.endTime != null) {
      b.end(instant(e.endTime, id, "endTime"));
    }
    if (e.updatedOn != null) {
      b.updatedAt(instant(e.updatedOn, id, "updatedOn"));
    }
    List<TimeBreak> breaks = new ArrayList<>();
    if (e.breaks != null) {
      for (BusybusyWire.Break br : e.breaks) {
        if (br == null || br.startTime == null) {
          continue;
        }
        TimeBreak.Builder tb =
            TimeBreak.builder().start(instant(br.startTime, id, "breaks.startTime"));
        if (br.endTime != null) {
          tb.end(instant(br.endTime, id, "breaks.endTime"));
        }
        breaks.add(tb.build());
      }
    }
    return b.breaks(breaks).build();
  }

  private static Instant instant(String text, String id, String field) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new DecodingException(
          SERVICE,
          "time entry "
              + id
              + " "
              + field
              + ": not an ISO-8601 time with offset: '"
              + clip(text)
              + "'",
          e);
    }
  }

  private static String clip(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "..." : s;
  }

  private static String required(@Nullable String value, String what) {
    if (value == null || value.isBlank()) {
      throw new DecodingException(SERVICE, what + " is missing in busybusy's answer", null);
    }
    return value;
  }

  /** Builds a {@link BusybusyClient}. Not thread safe. */
  public static final class Builder {
    private String endpoint = PRODUCTION;
    private @Nullable String key;
    private @Nullable OkHttpClient okHttpClient;
    private @Nullable Clock clock;
    private @Nullable Sleeper sleeper;
    private @Nullable RetryPolicy retryPolicy;
    private final List<RequestListener> listeners = new ArrayList<>();
    private ZoneId zone = ZoneOffset.UTC;
    private int pageSize = 1000;

    private Builder() {}

    /**
     * Sets the GraphQL endpoint (HTTPS, or loopback in tests).
     *
     * @param endpoint the URL, such as {@link #PRODUCTION}
     * @return this builder
     */
    public Builder endpoint(String endpoint) {
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
      return this;
    }

    /**
     * Sets the integration key, sent bare in {@code key-authorization}; never printed.
     *
     * @param key the key
     * @return this builder
     */
    public Builder key(String key) {
      this.key = Objects.requireNonNull(key, "key");
      return this;
    }

    /**
     * Shares the host's OkHttp client (connection pool, dispatcher).
     *
     * @param client the host's client
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttpClient = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * Sets the clock (the fake clock in tests).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the sleeper used for backoff and rate-limit waits.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * Sets the retry policy.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Adds a listener that sees every request.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder addRequestListener(RequestListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Sets the zone entries are read in until a flow gives them their project's zone.
     *
     * @param zone the zone; UTC by default
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * Sets the page size.
     *
     * @param pageSize 1 to 1,000; 1,000 by default
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1 || pageSize > 1000) {
        throw new IllegalArgumentException("pageSize must be 1 to 1000, got " + pageSize);
      }
      this.pageSize = pageSize;
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws NullPointerException when the key is unset
     * @throws IllegalArgumentException when the endpoint is not HTTPS (or loopback HTTP)
     */
    public BusybusyClient build() {
      return new BusybusyClient(this);
    }
  }
}
