package dev.procoresync.testkit.bc;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.bc.contract.BcApi;
import dev.procoresync.testkit.bc.contract.BcContract;
import dev.procoresync.testkit.bc.contract.BcEntitySet;
import dev.procoresync.testkit.bc.internal.BcData;
import dev.procoresync.testkit.bc.internal.BcErrors;
import dev.procoresync.testkit.bc.internal.BcRoutes;
import dev.procoresync.testkit.bc.internal.Csdl;
import dev.procoresync.testkit.bc.internal.ODataService;
import dev.procoresync.testkit.bc.internal.Row;
import dev.procoresync.testkit.bc.internal.Tokens;
import dev.procoresync.testkit.http.FakeServer;
import dev.procoresync.testkit.http.FakeService;
import dev.procoresync.testkit.http.Fault;
import dev.procoresync.testkit.http.RatePolicy;
import dev.procoresync.testkit.http.RateWindows;
import dev.procoresync.testkit.http.RecordedRequest;
import dev.procoresync.testkit.http.ReplyException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A stateful fake of Business Central online with the ProjectPro custom API pages, on real HTTP on
 * loopback (the testkit's engine): an Entra-style token endpoint ({@code POST
 * /{tenant}/oauth2/v2.0/token}, client credentials), the standard {@code api/v2.0} root and the
 * custom root {@code api/{publisher}/{group}/{version}} with the entity sets of the {@linkplain
 * BcContract contract}, addressed as {@code /v2.0/{tenant}/{environment}/api/.../companies({id})/
 * {entitySet}}.
 *
 * <p>It behaves as Business Central does where the reference says so: {@code @odata.nextLink}
 * paging honouring {@code Prefer: odata.maxpagesize} (at most 20,000 a page); {@code $filter}
 * ({@code eq ne gt ge lt le and or not}, no {@code or} across fields), {@code $select}, {@code
 * $expand} of lines, {@code $top}/{@code $skip}; an ETag on every record and {@code If-Match}
 * required on PATCH and DELETE (400 {@code BadRequest_InvalidToken} without, 409 {@code
 * Request_EntityChanged} when stale, {@code *} accepted); JSON {@code $batch} of at most 100
 * operations; bound actions that are not idempotent ({@code Microsoft.NAV.post}); 429 without
 * {@code Retry-After} after 6,000 requests per principal in 5 minutes; {@code $metadata} written
 * from the contract; error bodies {@code {"error":{"code","message"}}}. Faults, the request journal
 * and the {@link FakeClock} are the engine's.
 *
 * <pre>{@code
 * try (FakeBusinessCentral bc = FakeBusinessCentral.start()) {
 *   bc.given(BcCompanyFixture.builder()
 *       .project("JOB000042", "Sandbox Test Project", p -> p.put("sendToProcore", true))
 *       .jobTask("JOB000042", "1000", "Concrete")
 *       .build());
 *   // token: POST bc.tokenUrl() (bc.clientId(), bc.clientSecret(), scope FakeBusinessCentral.SCOPE)
 *   // then GET bc.customApiUrl() + "/companies(" + bc.companyId() + ")/jobTasks"
 *   bc.verifyRequests("GET /v2.0/.../jobTasks", 1);
 * }
 * }</pre>
 */
public final class FakeBusinessCentral implements FakeService {
  /** The default Entra tenant in URLs. */
  public static final String DEFAULT_TENANT = "fake-tenant.onmicrosoft.com";

  /** The default environment name. */
  public static final String DEFAULT_ENVIRONMENT = "production";

  /** The default client id the token endpoint accepts. */
  public static final String DEFAULT_CLIENT_ID = "bc-fake-client-id";

  /** The default client secret the token endpoint accepts. */
  public static final String DEFAULT_CLIENT_SECRET = "bc-fake-client-secret";

  /** The default company's name. */
  public static final String DEFAULT_COMPANY = "CRONUS USA, Inc.";

  /** The scope a client-credentials token request must name. */
  public static final String SCOPE = BcRoutes.SCOPE;

  /** Business Central's documented limit: 6,000 requests per principal per 5 minutes. */
  public static final int RATE_LIMIT = 6000;

  /** The window of {@link #RATE_LIMIT}. */
  public static final Duration RATE_WINDOW = Duration.ofMinutes(5);

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private final FakeClock clock;
  private final BcContract contract;
  private final BcData data;
  private final ODataService service;
  private final ODataService.Settings settings = new ODataService.Settings();
  private final Tokens tokens;
  private final RateWindows limits;
  private final BcRoutes routes;
  private final FakeServer server;
  private final String tenant;
  private final String environment;
  private final String publisher;
  private final String group;
  private final String version;
  private final String clientId;
  private final String clientSecret;
  private final String companyId;

  private FakeBusinessCentral(Builder b) {
    this.clock = b.clock;
    this.contract = BcContract.load();
    this.tenant = b.tenant;
    this.environment = b.environment;
    this.publisher = b.publisher == null ? contract.customPublisher() : b.publisher;
    this.group = b.group == null ? contract.customGroup() : b.group;
    this.version = b.version == null ? contract.customVersion() : b.version;
    this.clientId = b.clientId;
    this.clientSecret = b.clientSecret;
    this.data = new BcData(contract, clock);
    this.service = new ODataService(data, settings);
    this.tokens = new Tokens(clock);
    this.limits = RateWindows.on(clock);
    this.routes =
        new BcRoutes(
            service,
            tokens,
            clock,
            tenant,
            environment,
            "api/" + publisher + "/" + group + "/" + version,
            clientId,
            clientSecret);
    this.companyId = addCompany(b.companyName);
    if (b.rateLimit) {
      rateLimit(RATE_LIMIT, RATE_WINDOW);
    }
    this.server =
        FakeServer.builder()
            .clock(clock)
            .threads(b.threads)
            .requestIdHeader("request-id")
            .notFound(
                ex ->
                    BcErrors.reply(
                        404,
                        "BadRequest_ResourceNotFound",
                        "Resource not found for the segment '" + ex.path() + "'."))
            .faultBodies(
                status ->
                    BcErrors.reply(status, faultCode(status), "Injected fault " + status + "."))
            .routes(routes.login())
            .routes(routes.api(limits))
            .start();
  }

  private static String faultCode(int status) {
    switch (status) {
      case 429:
        return "Application_TooManyRequests";
      case 503:
        return "Internal_ServiceUnavailable";
      case 504:
        return "GatewayTimeout";
      default:
        return status >= 500 ? "Internal_ServerError" : "BadRequest";
    }
  }

  /**
   * Starts a fake with the defaults (a new {@link FakeClock}, one company, the contract's custom
   * route, Business Central's rate limit).
   *
   * @return the running fake; close it when done
   */
  public static FakeBusinessCentral start() {
    return builder().start();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  // ------------------------------------------------------------------ addresses

  /**
   * Returns the loopback base URL of the server (login and API host alike).
   *
   * @return e.g. {@code http://127.0.0.1:53117}
   */
  public String baseUrl() {
    return server.baseUrl();
  }

  /**
   * Returns the base of the login host, in place of {@code https://login.microsoftonline.com}.
   *
   * @return the base URL
   */
  public String loginBaseUrl() {
    return server.baseUrl();
  }

  /**
   * Returns the token endpoint.
   *
   * @return {@code {loginBaseUrl}/{tenant}/oauth2/v2.0/token}
   */
  public String tokenUrl() {
    return loginBaseUrl() + "/" + tenant + "/oauth2/v2.0/token";
  }

  /**
   * Returns the base of the API host, in place of {@code
   * https://api.businesscentral.dynamics.com/v2.0}.
   *
   * @return {@code {baseUrl}/v2.0}
   */
  public String apiBaseUrl() {
    return server.baseUrl() + "/v2.0";
  }

  /**
   * Returns the URL of an API root.
   *
   * @param api the root
   * @return e.g. {@code {apiBaseUrl}/{tenant}/{environment}/api/v2.0}
   */
  public String apiUrl(BcApi api) {
    return server.baseUrl() + routes.rootPath(Objects.requireNonNull(api, "api"));
  }

  /**
   * Returns the URL of the standard root.
   *
   * @return {@code .../api/v2.0}
   */
  public String standardApiUrl() {
    return apiUrl(BcApi.STANDARD);
  }

  /**
   * Returns the URL of the custom root.
   *
   * @return {@code .../api/{publisher}/{group}/{version}}
   */
  public String customApiUrl() {
    return apiUrl(BcApi.CUSTOM);
  }

  /**
   * Returns the URL of an entity set of the default company.
   *
   * @param api the root
   * @param entitySet e.g. {@code jobTasks}
   * @return {@code {apiUrl}/companies({companyId})/{entitySet}}
   */
  public String entitySetUrl(BcApi api, String entitySet) {
    return apiUrl(api)
        + "/companies("
        + companyId
        + ")/"
        + Objects.requireNonNull(entitySet, "entitySet");
  }

  /**
   * Returns the Entra tenant in URLs.
   *
   * @return the tenant
   */
  public String tenant() {
    return tenant;
  }

  /**
   * Returns the environment name.
   *
   * @return e.g. {@code production}
   */
  public String environment() {
    return environment;
  }

  /**
   * Returns the custom pages' publisher.
   *
   * @return e.g. {@code projectPro}
   */
  public String customPublisher() {
    return publisher;
  }

  /**
   * Returns the custom pages' API group.
   *
   * @return e.g. {@code procoreSync}
   */
  public String customGroup() {
    return group;
  }

  /**
   * Returns the custom pages' API version.
   *
   * @return e.g. {@code v1.0}
   */
  public String customVersion() {
    return version;
  }

  /**
   * Returns the contract the fake serves.
   *
   * @return the contract
   */
  public BcContract contract() {
    return contract;
  }

  /**
   * Returns the {@code $metadata} document the fake serves for a root.
   *
   * @param api the root
   * @return the CSDL XML
   */
  public String metadata(BcApi api) {
    return Csdl.write(contract, Objects.requireNonNull(api, "api"));
  }

  // ------------------------------------------------------------------ credentials

  /**
   * Returns the client id the token endpoint accepts.
   *
   * @return the id
   */
  public String clientId() {
    return clientId;
  }

  /**
   * Returns the client secret the token endpoint accepts.
   *
   * @return the secret
   */
  public String clientSecret() {
    return clientSecret;
  }

  /**
   * Issues a valid access token without a request (for tests that skip the token call).
   *
   * @return a bearer token
   */
  public String accessToken() {
    return tokens.issue(clientId);
  }

  /**
   * Sets the lifetime of tokens issued from now on (default 3,599 s, as Entra's).
   *
   * @param lifetime positive
   * @throws IllegalArgumentException when not positive
   */
  public void accessTokenLifetime(Duration lifetime) {
    Objects.requireNonNull(lifetime, "lifetime");
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("lifetime must be positive, got: " + lifetime);
    }
    tokens.lifetime(lifetime);
  }

  /**
   * Revokes a token: the API answers 401 to it from now on.
   *
   * @param accessToken the token
   */
  public void revoke(String accessToken) {
    tokens.revoke(Objects.requireNonNull(accessToken, "accessToken"));
  }

  // ------------------------------------------------------------------ companies

  /**
   * Returns the id of the default company.
   *
   * @return a GUID
   */
  public String companyId() {
    return companyId;
  }

  /**
   * Adds a company.
   *
   * @param name its name
   * @return its id
   * @throws IllegalArgumentException when the name is blank
   */
  public String addCompany(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("company name must not be blank");
    }
    BcEntitySet set = contract.entitySet(BcApi.STANDARD, "companies");
    String id =
        UUID.nameUUIDFromBytes(("bc-fake-company:" + name).getBytes(StandardCharsets.UTF_8))
            .toString();
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("id", id)
        .put("systemVersion", "26.0.0.0")
        .put("timestamp", 1)
        .put("name", name.length() > 30 ? name.substring(0, 30) : name)
        .put("displayName", name)
        .put("systemCreatedAt", clock.instant().toString())
        .put("systemModifiedAt", clock.instant().toString());
    data.atomically(() -> service.insert("", set, json, null, true));
    return id;
  }

  // ------------------------------------------------------------------ records

  /**
   * Seeds a fixture into the default company.
   *
   * @param fixture the records
   */
  public void given(BcCompanyFixture fixture) {
    given(companyId, fixture);
  }

  /**
   * Seeds a fixture into a company.
   *
   * @param company the company id
   * @param fixture the records
   * @throws IllegalArgumentException naming the record and the reason when one is refused
   */
  public void given(String company, BcCompanyFixture fixture) {
    Objects.requireNonNull(fixture, "fixture");
    for (BcCompanyFixture.Entry e : fixture.entries()) {
      given(company, e.api(), e.entitySet(), e.record());
    }
  }

  /**
   * Seeds one record into the default company; read-only fields may be set, blanks are filled in, a
   * line finds its header by the header's number ({@code documentNumber}) or id.
   *
   * @param api the root
   * @param entitySet the set
   * @param record the fields
   * @return the record as the set shows it (with {@code id} and {@code @odata.etag})
   * @throws IllegalArgumentException naming the set and the reason when it is refused
   */
  public ObjectNode given(BcApi api, String entitySet, ObjectNode record) {
    return given(companyId, api, entitySet, record);
  }

  /**
   * Seeds one record into a company.
   *
   * @param company the company id
   * @param api the root
   * @param entitySet the set
   * @param record the fields
   * @return the record as the set shows it
   * @throws IllegalArgumentException naming the set and the reason when it is refused
   */
  public ObjectNode given(String company, BcApi api, String entitySet, ObjectNode record) {
    BcEntitySet set = contract.entitySet(api, entitySet);
    Objects.requireNonNull(record, "record");
    String c = company(company);
    try {
      Row row = data.allOrNothing(() -> service.insert(c, set, record, null, true));
      return service.view(set, row, null);
    } catch (ReplyException e) {
      throw new IllegalArgumentException(
          "cannot seed " + entitySet + " " + record + ": " + e.reply().body().orElse(""), e);
    }
  }

  /**
   * Changes a record as a Business Central user would (its ETag and {@code lastModifiedDateTime}
   * change).
   *
   * @param api the root
   * @param entitySet the set
   * @param id the record's id
   * @param fields the fields to set (read-only ones too)
   * @return the record as the set shows it
   * @throws IllegalArgumentException when there is no such record or a value is refused
   */
  public ObjectNode update(BcApi api, String entitySet, String id, ObjectNode fields) {
    BcEntitySet set = contract.entitySet(api, entitySet);
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(fields, "fields");
    try {
      ObjectNode normal =
          dev.procoresync.testkit.bc.internal.Values.normalise(
              contract, set, fields, java.util.Set.of(), true);
      Row row =
          data.update(companyId, set, id, normal)
              .orElseThrow(
                  () -> new IllegalArgumentException("no " + entitySet + " with id " + id));
      return service.view(set, row, null);
    } catch (ReplyException e) {
      throw new IllegalArgumentException(
          "cannot update " + entitySet + " " + id + ": " + e.reply().body().orElse(""), e);
    }
  }

  /**
   * Returns a record of the default company as an entity set shows it.
   *
   * @param api the root
   * @param entitySet the set
   * @param id the id
   * @return the record, or empty
   */
  public Optional<ObjectNode> find(BcApi api, String entitySet, String id) {
    BcEntitySet set = contract.entitySet(api, entitySet);
    return data.get(companyId, set.table(), Objects.requireNonNull(id, "id"))
        .map(r -> service.view(set, r, null));
  }

  /**
   * Returns every record of an entity set of the default company (not for generated sets of a
   * million rows).
   *
   * @param api the root
   * @param entitySet the set
   * @return the records, in key order
   */
  public List<ObjectNode> all(BcApi api, String entitySet) {
    BcEntitySet set = contract.entitySet(api, entitySet);
    return data
        .list(companyId, set.table(), r -> true, null, Integer.MAX_VALUE, null)
        .rows()
        .stream()
        .map(r -> service.view(set, r, null))
        .toList();
  }

  /**
   * Counts the records of an entity set's table in the default company.
   *
   * @param api the root
   * @param entitySet the set
   * @return the count
   */
  public long count(BcApi api, String entitySet) {
    return data.count(companyId, contract.entitySet(api, entitySet).table());
  }

  /**
   * Serves an entity set's table of the default company from a generator instead of the store:
   * {@code count} rows made page by page, never all held (a million planning lines in flat memory).
   * Writes to generated rows are kept as overrides; inserts are refused.
   *
   * @param api the root
   * @param entitySet the set (its table is replaced, for every set that shows it)
   * @param count how many rows, at least 0
   * @param rows the generator
   * @throws IllegalArgumentException when the count is negative
   */
  public void serveGenerated(BcApi api, String entitySet, long count, GeneratedRows rows) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be at least 0, got: " + count);
    }
    Objects.requireNonNull(rows, "rows");
    data.generate(
        companyId,
        contract.entitySet(api, entitySet),
        count,
        new dev.procoresync.testkit.bc.internal.RowSource() {
          @Override
          public ObjectNode row(long index) {
            return rows.row(index);
          }

          @Override
          public Optional<long[]> narrow(String field, String value) {
            return rows.narrow(field, value).map(r -> new long[] {r.from(), r.to()});
          }
        });
  }

  private String company(String company) {
    String c = Objects.requireNonNull(company, "company").toLowerCase(Locale.ROOT);
    if (data.get("", "Company", c).isEmpty()) {
      throw new IllegalArgumentException("no company with id " + company);
    }
    return c;
  }

  // ------------------------------------------------------------------ limits

  /**
   * Sets the rate limit per principal: {@code requests} per {@code window} on the fake clock; a
   * refusal is a 429 without {@code Retry-After}.
   *
   * @param requests at least 1
   * @param window positive
   * @throws IllegalArgumentException when either is out of range
   */
  public void rateLimit(int requests, Duration window) {
    rateLimit(
        RatePolicy.builder()
            .window(requests, window)
            .key(ex -> principal(ex.header("Authorization").orElse("")))
            .retryAfter(false)
            .refusal(
                ex ->
                    BcErrors.reply(
                        429,
                        "Application_TooManyRequests",
                        "The rate of requests exceeds the limit of "
                            + requests
                            + " per "
                            + window
                            + "."))
            .build());
  }

  /**
   * Sets any rate policy (for example one with {@code Retry-After}).
   *
   * @param policy the policy; {@link RatePolicy#off()} for none
   */
  public void rateLimit(RatePolicy policy) {
    limits.policy(Objects.requireNonNull(policy, "policy"));
  }

  /** Turns the rate limit off. */
  public void rateLimitOff() {
    limits.policy(RatePolicy.off());
  }

  private String principal(String authorization) {
    String token =
        authorization.regionMatches(true, 0, "Bearer ", 0, 7)
            ? authorization.substring(7).trim()
            : "";
    return tokens.principal(token).orElse("");
  }

  /**
   * Sets the most rows a page holds, whatever {@code Prefer: odata.maxpagesize} asks (default
   * 20,000, Business Central online's maximum).
   *
   * @param rows at least 1
   * @throws IllegalArgumentException when below 1
   */
  public void maxPageSize(int rows) {
    if (rows < 1) {
      throw new IllegalArgumentException("maxPageSize must be at least 1, got: " + rows);
    }
    settings.maxPageSize = rows;
  }

  /**
   * Makes a page of more than {@code rows} records answer 504 (a gateway timeout), as Business
   * Central does when a page takes too long; a client splits the page.
   *
   * @param rows at least 1; {@link Integer#MAX_VALUE} for never (the default)
   * @throws IllegalArgumentException when below 1
   */
  public void gatewayTimeoutAbove(int rows) {
    if (rows < 1) {
      throw new IllegalArgumentException("rows must be at least 1, got: " + rows);
    }
    settings.gatewayTimeoutRows = rows;
  }

  /**
   * Makes a {@code $batch} of more than {@code operations} answer 504; a client splits the batch.
   *
   * @param operations at least 1; {@link Integer#MAX_VALUE} for never (the default)
   * @throws IllegalArgumentException when below 1
   */
  public void batchGatewayTimeoutAbove(int operations) {
    if (operations < 1) {
      throw new IllegalArgumentException("operations must be at least 1, got: " + operations);
    }
    settings.gatewayTimeoutOperations = operations;
  }

  /**
   * Sets the status of a PATCH or DELETE whose {@code If-Match} is stale: 409 (Business Central's
   * documented answer, the default) or 412 (plain OData), so a client can be tested with both.
   *
   * @param status 409 or 412
   * @throws IllegalArgumentException for any other status
   */
  public void staleEtagStatus(int status) {
    if (status != 409 && status != 412) {
      throw new IllegalArgumentException("staleEtagStatus must be 409 or 412, got: " + status);
    }
    settings.staleEtagStatus = status;
  }

  /**
   * Returns the most API requests that were in flight at once (Business Central runs 5 per
   * principal and queues the rest), so a test can check a client's concurrency limit.
   *
   * @return the high-water mark since start or {@link #resetMaxConcurrentRequests()}
   */
  public int maxConcurrentRequests() {
    return routes.maxInFlight();
  }

  /** Forgets the high-water mark of {@link #maxConcurrentRequests()}. */
  public void resetMaxConcurrentRequests() {
    routes.resetMaxInFlight();
  }

  /**
   * Holds every API request in flight for a real-time pause before serving it, so that requests of
   * several clients overlap and {@link #maxConcurrentRequests()} sees how many a limiter lets
   * through at once (keep it at 300 ms or less; the answers do not move the clock).
   *
   * <pre>{@code
   * bc.holdInFlight(Duration.ofMillis(20));
   * }</pre>
   *
   * @param hold the pause, zero for none (the default)
   * @throws IllegalArgumentException when negative or above 300 ms
   */
  public void holdInFlight(Duration hold) {
    Objects.requireNonNull(hold, "hold");
    if (hold.isNegative() || hold.toMillis() > 300) {
      throw new IllegalArgumentException("hold must be 0..300 ms, got " + hold);
    }
    routes.holdInFlight(hold);
  }

  // ------------------------------------------------------------------ faults and journal

  /**
   * Makes the next {@code times} requests that match {@code pattern} fail with {@code fault} (a
   * status fault answers with a Business Central error body).
   *
   * @param pattern {@code "[METHOD ]/path"}, placeholders allowed
   * @param times at least 1
   * @param fault what to do
   * @throws IllegalArgumentException when {@code times} is below 1 or the pattern is malformed
   */
  public void failNext(String pattern, int times, Fault fault) {
    server.failNext(pattern, times, fault);
  }

  /**
   * Returns how many injected fault applications are pending.
   *
   * @return the count
   */
  public int pendingFaults() {
    return server.pendingFaults();
  }

  /** Drops every pending fault. */
  public void clearFaults() {
    server.clearFaults();
  }

  /**
   * Returns every request received so far, oldest first.
   *
   * @return the journal
   */
  public List<RecordedRequest> requests() {
    return server.requests();
  }

  /**
   * Returns the requests that match a pattern.
   *
   * @param pattern {@code "[METHOD ]/path"}
   * @return the requests
   */
  public List<RecordedRequest> requests(String pattern) {
    return server.requests(pattern);
  }

  /**
   * Returns how many requests matched a pattern.
   *
   * @param pattern the pattern
   * @return the count
   */
  public int requestCount(String pattern) {
    return server.requestCount(pattern);
  }

  /**
   * Asserts that exactly {@code times} requests matched {@code pattern}.
   *
   * @param pattern the pattern
   * @param times the expected count
   * @throws AssertionError listing the journal when the count differs
   */
  public void verifyRequests(String pattern, int times) {
    server.verifyRequests(pattern, times);
  }

  /**
   * Waits (real time) until {@code times} requests matched {@code pattern}.
   *
   * @param pattern the pattern
   * @param times at least 1
   * @param timeout the longest wait
   * @return true when they arrived in time
   * @throws InterruptedException when interrupted
   */
  public boolean awaitRequests(String pattern, int times, Duration timeout)
      throws InterruptedException {
    return server.awaitRequests(pattern, times, timeout);
  }

  /** Empties the journal. */
  public void clearRequests() {
    server.clearRequests();
  }

  /**
   * Returns the engine under the fake (routes, faults, journal).
   *
   * @return the server
   */
  public FakeServer server() {
    return server;
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
    return "FakeBusinessCentral[" + server.baseUrl() + ", " + tenant + "/" + environment + "]";
  }

  /**
   * Settings of a {@link FakeBusinessCentral}. Not thread safe; {@link #start()} makes the fake.
   */
  public static final class Builder {
    private FakeClock clock = FakeClock.create();
    private String tenant = DEFAULT_TENANT;
    private String environment = DEFAULT_ENVIRONMENT;
    private @org.jspecify.annotations.Nullable String publisher;
    private @org.jspecify.annotations.Nullable String group;
    private @org.jspecify.annotations.Nullable String version;
    private String clientId = DEFAULT_CLIENT_ID;
    private String clientSecret = DEFAULT_CLIENT_SECRET;
    private String companyName = DEFAULT_COMPANY;
    private boolean rateLimit = true;
    private int threads = 48;

    private Builder() {}

    /**
     * Sets the clock (default: a new {@link FakeClock}).
     *
     * @param clock the clock shared with the code under test
     * @return this builder
     */
    public Builder clock(FakeClock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the Entra tenant in URLs (default {@value FakeBusinessCentral#DEFAULT_TENANT}).
     *
     * @param tenant a tenant id or domain
     * @return this builder
     * @throws IllegalArgumentException when it is not a plain URL segment
     */
    public Builder tenant(String tenant) {
      this.tenant = name(tenant, "tenant");
      return this;
    }

    /**
     * Sets the environment name (default {@value FakeBusinessCentral#DEFAULT_ENVIRONMENT}).
     *
     * @param environment e.g. {@code sandbox}
     * @return this builder
     * @throws IllegalArgumentException when it is not a plain URL segment
     */
    public Builder environment(String environment) {
      this.environment = name(environment, "environment");
      return this;
    }

    /**
     * Sets the route of the custom pages (default: the contract's).
     *
     * @param publisher e.g. {@code projectPro}
     * @param group e.g. {@code procoreSync}
     * @param version e.g. {@code v1.0}
     * @return this builder
     * @throws IllegalArgumentException when one is not a plain URL segment
     */
    public Builder customRoute(String publisher, String group, String version) {
      this.publisher = name(publisher, "publisher");
      this.group = name(group, "group");
      this.version = name(version, "version");
      return this;
    }

    /**
     * Sets the credentials the token endpoint accepts.
     *
     * @param clientId the client id
     * @param clientSecret the secret
     * @return this builder
     * @throws IllegalArgumentException when either is blank
     */
    public Builder client(String clientId, String clientSecret) {
      Objects.requireNonNull(clientId, "clientId");
      Objects.requireNonNull(clientSecret, "clientSecret");
      if (clientId.isBlank() || clientSecret.isBlank()) {
        throw new IllegalArgumentException("clientId and clientSecret must not be blank");
      }
      this.clientId = clientId;
      this.clientSecret = clientSecret;
      return this;
    }

    /**
     * Sets the default company's name (default {@value FakeBusinessCentral#DEFAULT_COMPANY}).
     *
     * @param name the name
     * @return this builder
     * @throws IllegalArgumentException when blank
     */
    public Builder companyName(String name) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("companyName must not be blank");
      }
      this.companyName = name;
      return this;
    }

    /**
     * Turns Business Central's rate limit (6,000 per 5 minutes) on or off (default on).
     *
     * @param on true for on
     * @return this builder
     */
    public Builder rateLimit(boolean on) {
      this.rateLimit = on;
      return this;
    }

    /**
     * Sets how many requests the server handles at once (default 48).
     *
     * @param threads at least 8
     * @return this builder
     * @throws IllegalArgumentException when below 8
     */
    public Builder threads(int threads) {
      if (threads < 8) {
        throw new IllegalArgumentException("threads must be at least 8, got: " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Starts the fake on a random loopback port.
     *
     * @return the running fake; close it when done
     */
    public FakeBusinessCentral start() {
      return new FakeBusinessCentral(this);
    }

    private static String name(String value, String what) {
      Objects.requireNonNull(value, what);
      if (!NAME.matcher(value).matches()) {
        throw new IllegalArgumentException(what + " must be a plain URL segment, got: " + value);
      }
      return value;
    }
  }
}
