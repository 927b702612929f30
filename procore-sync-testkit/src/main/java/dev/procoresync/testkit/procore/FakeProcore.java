package dev.procoresync.testkit.procore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.client.ProcoreCredentials;
import dev.procoresync.core.client.ProcoreEnvironment;
import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.http.FakeServer;
import dev.procoresync.testkit.http.FakeService;
import dev.procoresync.testkit.procore.internal.ProcoreEngine;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A stateful fake of Procore (login host and REST API) on real HTTP on a random loopback port,
 * built on WireMock. It keeps an in-memory company with its records as Procore's wire JSON, speaks
 * OAuth 2.0 (client credentials, authorization code, rotating refresh tokens; access tokens expire
 * on the {@linkplain #clock() fake clock}), requires {@code Procore-Company-Id}, pages with {@code
 * Link}/{@code Total}/{@code Per-Page}, runs the batch {@code sync} actions, refuses what Procore
 * refuses, and answers Procore's 404 for any path Procore does not have. Faults and rate limits are
 * injected on demand and every request lands in a journal. It is Procore's routes on the testkit's
 * fake-service engine ({@link FakeServer}, see {@link #server()}).
 *
 * <pre>{@code
 * try (FakeProcore procore = FakeProcore.start()) {
 *   procore.givenVendor(Fixtures.vendor("Acme Concrete"));
 *   String token = procore.accessToken();
 *   // GET procore.apiBaseUrl() + "/rest/v1.0/vendors?company_id=" + procore.companyId()
 *   //   with "Authorization: Bearer " + token and "Procore-Company-Id: " + procore.companyId()
 * }
 * }</pre>
 *
 * <p>Thread safe. One instance per test is cheap (about the cost of starting Jetty).
 */
public final class FakeProcore implements FakeService {
  /** The OAuth client id registered by default. */
  public static final String DEFAULT_CLIENT_ID = "fake-client-id";

  /** The secret of {@link #DEFAULT_CLIENT_ID}. */
  public static final String DEFAULT_CLIENT_SECRET = "fake-client-secret";

  /** Procore's access-token lifetime: 5,400 seconds. */
  public static final Duration DEFAULT_ACCESS_TOKEN_LIFETIME = Duration.ofSeconds(5400);

  private final FakeClock clock;
  private final ProcoreEngine engine;
  private final String clientId;
  private final String clientSecret;
  private final long companyId;

  private FakeProcore(Builder builder) {
    this.clock = builder.clock;
    this.clientId = builder.clientId;
    this.clientSecret = builder.clientSecret;
    this.engine = new ProcoreEngine(clock, builder.accessTokenLifetime);
    engine.registerClient(clientId, clientSecret);
    this.companyId = givenCompany(Fixtures.company(builder.companyName));
    rateLimit(builder.rateLimit);
    engine.start(builder.threads);
  }

  /**
   * Starts a fake with the defaults: a new {@link FakeClock}, one company, the default client,
   * 5,400 s tokens, no rate limiting.
   *
   * @return the started fake; close it when done
   */
  public static FakeProcore start() {
    return builder().start();
  }

  /**
   * Returns a builder for a fake with other settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the login host's base URL (token endpoint at {@code /oauth/token}). Same server as
   * {@link #apiBaseUrl()}.
   *
   * @return e.g. {@code http://127.0.0.1:53117}
   */
  public String loginBaseUrl() {
    return engine.baseUrl();
  }

  /**
   * Returns the API's base URL (paths start with {@code /rest/v1.0/...}).
   *
   * @return e.g. {@code http://127.0.0.1:53117}
   */
  public String apiBaseUrl() {
    return engine.baseUrl();
  }

  /**
   * Returns the clock of the fake: hand it (and its {@link FakeClock#sleeper()}) to the code under
   * test.
   *
   * @return the clock
   */
  @Override
  public FakeClock clock() {
    return clock;
  }

  /**
   * Returns a client builder already pointed at this fake: its login and API hosts, its client
   * credentials, its clock and a sleeper that advances that clock (so rate-limit waits, Retry-After
   * and backoff pass instantly). Add what your test needs and call {@code build()}.
   *
   * <pre>{@code
   * CompanyClient company = procore.clientBuilder().build().forCompany(procore.companyId());
   * }</pre>
   *
   * @return a new builder; each call returns a fresh one
   */
  public ProcoreClient.Builder clientBuilder() {
    return ProcoreClient.builder()
        .environment(ProcoreEnvironment.custom(loginBaseUrl(), apiBaseUrl()))
        .credentials(ProcoreCredentials.clientCredentials(clientId(), clientSecret()))
        .clock(clock)
        .sleeper(clock.sleeper());
  }

  /**
   * Returns the id of the company the fake starts with (send it as {@code Procore-Company-Id}).
   *
   * @return the company id
   */
  public long companyId() {
    return companyId;
  }

  /**
   * Returns the registered OAuth client id.
   *
   * @return the client id
   */
  public String clientId() {
    return clientId;
  }

  /**
   * Returns the registered OAuth client secret.
   *
   * @return the secret
   */
  public String clientSecret() {
    return clientSecret;
  }

  // ------------------------------------------------------------------ OAuth

  /**
   * Issues a valid access token (as if from the token endpoint), expiring after the configured
   * lifetime on the fake clock.
   *
   * @return the token for {@code Authorization: Bearer}
   */
  public String accessToken() {
    return engine.issueAccessToken();
  }

  /**
   * Issues a refresh token for the default client (single use: spending it returns a new one).
   *
   * @return the refresh token
   */
  public String refreshToken() {
    return engine.issueRefreshToken(clientId);
  }

  /**
   * Issues an authorization code for the default client (single use, valid 10 minutes on the fake
   * clock), as the login page would after the user consents.
   *
   * @return the code
   */
  public String authorizationCode() {
    return engine.issueAuthorizationCode();
  }

  /**
   * Revokes an access token: later calls with it get 401.
   *
   * @param accessToken the token
   */
  public void revoke(String accessToken) {
    engine.revokeAccessToken(Objects.requireNonNull(accessToken, "accessToken"));
  }

  /**
   * Sets the lifetime of access tokens issued from now on.
   *
   * @param lifetime the lifetime, positive
   * @throws IllegalArgumentException when not positive
   */
  public void accessTokenLifetime(Duration lifetime) {
    Objects.requireNonNull(lifetime, "lifetime");
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("lifetime must be positive: " + lifetime);
    }
    engine.accessTokenLifetime(lifetime);
  }

  /**
   * Holds the next {@code POST /oauth/token} inside the fake until {@link
   * HeldTokenRequest#release()}.
   *
   * @return the hold
   * @throws IllegalStateException when a hold is already pending
   */
  public HeldTokenRequest holdNextTokenRequest() {
    HeldTokenRequest held = new HeldTokenRequest();
    engine.holdNextTokenRequest(held::park);
    return held;
  }

  // ------------------------------------------------------------------ faults and limits

  /**
   * Makes the next {@code times} requests that match {@code pattern} fail with {@code fault}.
   * Faults registered earlier are consumed first. Same argument order as {@link
   * #verifyRequests(String, int)}.
   *
   * <pre>{@code
   * procore.failNext("PATCH /rest/v1.0/vendors/sync", 1, Fault.serverError());
   * }</pre>
   *
   * @param pattern {@code "[METHOD ]/path"}; a segment {@code {name}} or {@code *} matches any one
   *     segment, a final {@code **} the rest; {@code "*"} matches everything. E.g. {@code "PATCH
   *     /rest/v1.0/vendors/sync"}, {@code "GET /rest/v1.0/vendors/{id}"}, {@code "/rest/**"}
   * @param times how many requests, at least 1
   * @param fault what to do
   * @throws IllegalArgumentException when {@code times} is below 1 or the pattern is malformed
   */
  public void failNext(String pattern, int times, Fault fault) {
    Objects.requireNonNull(fault, "fault");
    failNext(pattern, times, fault.toEngine());
  }

  /**
   * Makes the next {@code times} requests that match {@code pattern} fail with one of the engine's
   * faults: any status (its body Procore's error shape unless the fault brings its own), a timeout
   * after write that never answers, a delay on the fake clock.
   *
   * <pre>{@code
   * procore.failNext("GET /rest/v1.0/vendors", 1,
   *     dev.procoresync.testkit.http.Fault.clockDelay(Duration.ofSeconds(20)));
   * }</pre>
   *
   * @param pattern {@code "[METHOD ]/path"}, as for {@link #failNext(String, int, Fault)}
   * @param times how many requests, at least 1
   * @param fault what to do
   * @throws IllegalArgumentException when {@code times} is below 1 or the pattern is malformed
   */
  public void failNext(String pattern, int times, dev.procoresync.testkit.http.Fault fault) {
    engine.server().failNext(pattern, times, fault);
  }

  /**
   * Returns how many injected faults have not been consumed yet.
   *
   * @return the count
   */
  public int pendingFaults() {
    return engine.server().pendingFaults();
  }

  /**
   * Sets rate limiting (off by default). The windows are counted per OAuth client (the app a token
   * was issued to) and company ({@code Procore-Company-Id}, else {@code company_id}), as Procore
   * counts them; setting a limit restarts every window.
   *
   * @param rateLimit the setting; {@link RateLimit#off()} turns it off
   */
  public void rateLimit(RateLimit rateLimit) {
    Objects.requireNonNull(rateLimit, "rateLimit");
    engine.rateLimit(
        rateLimit.enabled(),
        rateLimit.hourlyLimit(),
        rateLimit.hourlyWindow(),
        rateLimit.spikeLimit(),
        rateLimit.spikeWindow(),
        rateLimit.retryAfter());
  }

  // ------------------------------------------------------------------ journal

  /**
   * Returns every request received so far, oldest first. A request enters the journal once its
   * answer is ready (a held token request only after its release; a delayed answer before the
   * delay).
   *
   * @return the journal
   */
  public List<RecordedRequest> requests() {
    return engine.server().requests().stream().map(FakeProcore::toProcore).toList();
  }

  private static RecordedRequest toProcore(dev.procoresync.testkit.http.RecordedRequest e) {
    return new RecordedRequest(
        e.method(),
        e.path(),
        e.query(),
        e.queryParams(),
        e.headers(),
        e.body(),
        e.status(),
        e.route(),
        e.receivedAt());
  }

  /**
   * Returns the requests that match a pattern (same syntax as {@link #failNext(String, int,
   * Fault)}).
   *
   * @param pattern e.g. {@code "PATCH /rest/v1.0/vendors/sync"}
   * @return the matching requests, oldest first
   * @throws IllegalArgumentException when the pattern is malformed
   */
  public List<RecordedRequest> requests(String pattern) {
    return engine.server().requests(pattern).stream().map(FakeProcore::toProcore).toList();
  }

  /**
   * Returns how many requests the fake received.
   *
   * @return the count
   */
  public int requestCount() {
    return engine.server().requestCount();
  }

  /**
   * Returns how many requests matched a pattern.
   *
   * @param pattern the pattern
   * @return the count
   */
  public int requestCount(String pattern) {
    return engine.server().requestCount(pattern);
  }

  /**
   * Asserts that exactly {@code times} requests matched {@code pattern}.
   *
   * @param pattern the pattern
   * @param times the expected count
   * @throws AssertionError listing the journal when the count differs
   */
  public void verifyRequests(String pattern, int times) {
    engine.server().verifyRequests(pattern, times);
  }

  /**
   * Waits (real time) until at least {@code times} requests that match {@code pattern} are in the
   * journal: after a client timed out on a {@link Fault#timeoutAfterWrite(Duration)}, this tells
   * the test that the fake has stored the write.
   *
   * @param pattern the pattern
   * @param times how many matching requests to wait for, at least 1
   * @param timeout how long to wait at most
   * @return true when they arrived in time
   * @throws InterruptedException when the waiting thread is interrupted
   */
  public boolean awaitRequests(String pattern, int times, Duration timeout)
      throws InterruptedException {
    return engine.server().awaitRequests(pattern, times, timeout);
  }

  /** Empties the journal. */
  public void clearRequests() {
    engine.server().clearRequests();
  }

  /**
   * Returns the engine this fake runs on: the journal with redacted printing, the engine's faults,
   * its route list.
   *
   * @return the server
   */
  public FakeServer server() {
    return engine.server();
  }

  /**
   * Returns every route the fake serves as {@code "METHOD /template"}, e.g. {@code "PATCH
   * /rest/v1.0/vendors/sync"}; each is one of Procore's own paths.
   *
   * @return the route templates, sorted
   */
  public List<String> routes() {
    return engine.routes();
  }

  /**
   * Returns the names of the resources that can be seeded and inspected, e.g. {@code vendors}.
   *
   * @return resource names
   */
  public List<String> resources() {
    return engine.resources();
  }

  // ------------------------------------------------------------------ seeding and inspection

  /**
   * Seeds any record into the fake's first company (or the owner set with {@link
   * Fixture#in(long)}), without validation, and returns it as stored.
   *
   * @param fixture the record
   * @return the stored JSON, with its {@code id}
   * @throws IllegalArgumentException when the resource is unknown or its project/parent is missing
   */
  public ObjectNode given(Fixture fixture) {
    return given(companyId, fixture);
  }

  /**
   * Seeds a record into another company.
   *
   * @param companyId the company (see {@link #givenCompany(Fixture)})
   * @param fixture the record
   * @return the stored JSON, with its {@code id}
   * @throws IllegalArgumentException when the resource or company is unknown
   */
  public ObjectNode given(long companyId, Fixture fixture) {
    Objects.requireNonNull(fixture, "fixture");
    Long owner = fixture.owner().isPresent() ? fixture.owner().getAsLong() : null;
    return engine.seed(fixture.resource(), companyId, owner, fixture.json());
  }

  /**
   * Seeds another company.
   *
   * @param company e.g. {@code Fixtures.company("Second Co")}
   * @return the company id
   */
  public long givenCompany(Fixture company) {
    return engine.seed("companies", 0, null, company.json()).get("id").asLong();
  }

  /**
   * Seeds a project into the first company.
   *
   * @param project e.g. {@code Fixtures.project("Tower A")}
   * @return the project id
   */
  public long givenProject(Fixture project) {
    return given(project).get("id").asLong();
  }

  /**
   * Seeds a company vendor into the first company.
   *
   * @param vendor e.g. {@code Fixtures.vendor("Acme")}
   * @return the vendor id
   */
  public long givenVendor(Fixture vendor) {
    return given(vendor).get("id").asLong();
  }

  /**
   * Seeds a cost code into a project.
   *
   * @param projectId the project
   * @param costCode e.g. {@code Fixtures.costCode("03", "Concrete")}
   * @return the cost code id
   */
  public long givenCostCode(long projectId, Fixture costCode) {
    return given(costCode.in(projectId)).get("id").asLong();
  }

  /**
   * Seeds a user into the first company's directory.
   *
   * @param user e.g. {@code Fixtures.companyUser("Pat", "Lee", "pat@example.com")}
   * @return the user id
   */
  public long givenCompanyUser(Fixture user) {
    return given(user).get("id").asLong();
  }

  /**
   * Seeds a person (worker) into the first company's directory.
   *
   * @param person e.g. {@code Fixtures.person("Pat", "Lee")}
   * @return the person id
   */
  public long givenPerson(Fixture person) {
    return given(person).get("id").asLong();
  }

  /**
   * Seeds a timecard entry into a project.
   *
   * @param projectId the project
   * @param entry e.g. {@code Fixtures.timecardEntry(date, hours, personId)}
   * @return the entry id
   */
  public long givenTimecardEntry(long projectId, Fixture entry) {
    return given(entry.in(projectId)).get("id").asLong();
  }

  /**
   * Seeds a whole data set shipped in this jar (see {@link #givenDataset(JsonNode)}), e.g. {@code
   * "sample-company.json"}: three vendors, three cost types, three people, two work
   * classifications, two time types and the project "Tower A" (origin {@code bc:job:JOB000042})
   * with tiered cost codes and a sub job.
   *
   * @param fixtureName a file under {@code dev/procoresync/testkit/procore/fixtures/}
   * @throws IllegalArgumentException when there is no such fixture or it names an unknown resource
   */
  public void givenDataset(String fixtureName) {
    givenDataset(Fixtures.load(fixtureName));
  }

  /**
   * Seeds a data set into the first company. The JSON object maps resource names to arrays of
   * records; {@code projects} entries may hold arrays of project-level records under their resource
   * name ({@code cost_codes}, {@code sub_jobs}, ...), and a cost code may hold {@code children}
   * (its lower tier).
   *
   * <pre>{@code
   * procore.givenDataset(new ObjectMapper().readTree(
   *     "{\"vendors\": [{\"name\": \"Acme\"}],"
   *         + " \"projects\": [{\"name\": \"Tower\", \"cost_codes\": [{\"code\": \"03\","
   *         + " \"name\": \"Concrete\", \"children\": [{\"code\": \"100\", \"name\": \"Forms\"}]}]}]}"));
   * }</pre>
   *
   * @param dataset the records
   * @throws IllegalArgumentException when it is not an object of arrays or names an unknown
   *     resource
   */
  public void givenDataset(JsonNode dataset) {
    Objects.requireNonNull(dataset, "dataset");
    if (!dataset.isObject()) {
      throw new IllegalArgumentException(
          "dataset must be a JSON object, got: " + dataset.getNodeType());
    }
    for (Map.Entry<String, JsonNode> entry : dataset.properties()) {
      for (JsonNode record : records(entry.getKey(), entry.getValue())) {
        if (!entry.getKey().equals("projects")) {
          engine.seed(entry.getKey(), companyId, null, (ObjectNode) record);
          continue;
        }
        ObjectNode project = ((ObjectNode) record).deepCopy();
        Map<String, JsonNode> nested = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : record.properties()) {
          if (field.getValue().isArray() && resources().contains(field.getKey())) {
            nested.put(field.getKey(), field.getValue());
            project.remove(field.getKey());
          }
        }
        long projectId = engine.seed("projects", companyId, null, project).get("id").asLong();
        nested.forEach(
            (resource, items) -> {
              for (JsonNode item : records(resource, items)) {
                seedTree(resource, projectId, (ObjectNode) item, null);
              }
            });
      }
    }
  }

  private void seedTree(String resource, long projectId, ObjectNode item, @Nullable Long parentId) {
    ObjectNode copy = item.deepCopy();
    JsonNode children = copy.remove("children");
    if (parentId != null) {
      copy.put("parent_id", parentId);
    }
    long id = engine.seed(resource, companyId, projectId, copy).get("id").asLong();
    if (children != null) {
      for (JsonNode child : records(resource + " children", children)) {
        seedTree(resource, projectId, (ObjectNode) child, id);
      }
    }
  }

  private static List<JsonNode> records(String name, JsonNode array) {
    if (!array.isArray()) {
      throw new IllegalArgumentException(name + " must be an array of objects");
    }
    List<JsonNode> out = new java.util.ArrayList<>();
    for (JsonNode item : array) {
      if (!item.isObject()) {
        throw new IllegalArgumentException(name + " must hold objects, got: " + item);
      }
      out.add(item);
    }
    return out;
  }

  /**
   * Returns a stored record as the API would show it: empty when there is none or when it was
   * deleted (timecard entries and commitments are kept with {@code deleted_at}; see {@link
   * #all(String)}).
   *
   * @param resource the resource name, e.g. {@code vendors}
   * @param id the id
   * @return the JSON, or empty
   */
  public Optional<ObjectNode> find(String resource, long id) {
    return Optional.ofNullable(engine.find(Objects.requireNonNull(resource, "resource"), id));
  }

  /**
   * Returns every stored record of a resource (all companies, soft-deleted ones included, with
   * their {@code deleted_at}), by id.
   *
   * @param resource the resource name
   * @return the records
   */
  public List<ObjectNode> all(String resource) {
    return engine.all(Objects.requireNonNull(resource, "resource"));
  }

  /**
   * Marks the first company as migrated to Budget Changes: budget modification writes then answer
   * 405 with {@code Allow: GET}, as Procore does.
   */
  public void migrateToBudgetChanges() {
    engine.migrateToBudgetChanges(companyId);
  }

  /** Stops the server; idempotent. */
  @Override
  public void close() {
    engine.stop();
  }

  @Override
  public String toString() {
    return "FakeProcore[" + apiBaseUrl() + ", company " + companyId + "]";
  }

  /** Settings of a {@link FakeProcore}. Not thread safe; {@link #start()} makes the fake. */
  public static final class Builder {
    private FakeClock clock = FakeClock.create();
    private Duration accessTokenLifetime = DEFAULT_ACCESS_TOKEN_LIFETIME;
    private String clientId = DEFAULT_CLIENT_ID;
    private String clientSecret = DEFAULT_CLIENT_SECRET;
    private String companyName = "Fake Construction Co";
    private RateLimit rateLimit = RateLimit.off();
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
     * Sets the access-token lifetime (default 5,400 s).
     *
     * @param lifetime the lifetime, positive
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder accessTokenLifetime(Duration lifetime) {
      Objects.requireNonNull(lifetime, "lifetime");
      if (lifetime.isNegative() || lifetime.isZero()) {
        throw new IllegalArgumentException("lifetime must be positive: " + lifetime);
      }
      this.accessTokenLifetime = lifetime;
      return this;
    }

    /**
     * Sets the OAuth client the token endpoint accepts.
     *
     * @param clientId the client id
     * @param clientSecret its secret
     * @return this builder
     */
    public Builder client(String clientId, String clientSecret) {
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
      return this;
    }

    /**
     * Sets the name of the company the fake starts with.
     *
     * @param name the name
     * @return this builder
     */
    public Builder companyName(String name) {
      this.companyName = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets rate limiting (default off).
     *
     * @param rateLimit the setting
     * @return this builder
     */
    public Builder rateLimit(RateLimit rateLimit) {
      this.rateLimit = Objects.requireNonNull(rateLimit, "rateLimit");
      return this;
    }

    /**
     * Sets how many requests the server handles at once (default 48; raise it for tests with more
     * concurrent requests).
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
     * Starts the fake.
     *
     * @return the started fake; close it when done
     */
    public FakeProcore start() {
      return new FakeProcore(this);
    }
  }
}
