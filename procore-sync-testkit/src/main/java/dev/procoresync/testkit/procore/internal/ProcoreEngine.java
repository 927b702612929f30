package dev.procoresync.testkit.procore.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * The fake Procore behind the public {@code FakeProcore}: a WireMock server on a random loopback
 * port with one catch-all stub whose response a transformer computes from the router, the store,
 * the OAuth service, the rate limiter and the injected faults.
 */
public final class ProcoreEngine {
  private final Clock clock;
  private final Store store;
  private final Router router = new Router();
  private final TokenService tokens;
  private final RateLimiter rateLimiter;
  private final FaultQueue faults = new FaultQueue();
  private final List<JournalEntry> journal = new CopyOnWriteArrayList<>();
  private final java.util.concurrent.atomic.AtomicLong requestIds =
      new java.util.concurrent.atomic.AtomicLong();
  private final Catalogue catalogue;
  private @Nullable WireMockServer server;
  private String baseUrl = "http://127.0.0.1:0";

  /**
   * Creates an engine (not started).
   *
   * @param clock the clock of tokens, rate limits and timestamps
   * @param accessTokenLifetime how long issued access tokens live
   */
  public ProcoreEngine(Clock clock, Duration accessTokenLifetime) {
    this.clock = clock;
    this.store = new Store(clock);
    this.tokens = new TokenService(clock, accessTokenLifetime);
    this.rateLimiter = new RateLimiter(clock);
    this.catalogue = new Catalogue(store, router);
    router.add("POST", "/oauth/token", tokens::token, false);
    router.add("GET", "/oauth/token/info", tokens::info, false);
    router.add("POST", "/oauth/revoke", tokens::revoke, false);
    catalogue.registerAll();
  }

  /**
   * Starts the server on a random loopback port.
   *
   * @param threads Jetty container threads (enough for the test's concurrency)
   */
  public synchronized void start(int threads) {
    if (server != null) {
      return;
    }
    WireMockServer wireMock =
        new WireMockServer(
            options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .containerThreads(threads)
                .disableRequestJournal()
                .extensions(new Transformer()));
    wireMock.start();
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)));
    server = wireMock;
    baseUrl = "http://127.0.0.1:" + wireMock.port();
  }

  /** Stops the server; idempotent. */
  public synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  /**
   * Returns the base URL ({@code http://127.0.0.1:port}).
   *
   * @return the base URL
   */
  public String baseUrl() {
    return baseUrl;
  }

  // ---------------------------------------------------------------- OAuth

  /**
   * Registers an OAuth client.
   *
   * @param clientId the client id
   * @param clientSecret its secret
   */
  public void registerClient(String clientId, String clientSecret) {
    tokens.registerClient(clientId, clientSecret);
  }

  /**
   * Issues a valid access token.
   *
   * @return the token
   */
  public String issueAccessToken() {
    return tokens.issueAccessToken();
  }

  /**
   * Issues a refresh token for a client.
   *
   * @param clientId the client
   * @return the token
   */
  public String issueRefreshToken(String clientId) {
    return tokens.issueRefreshToken(clientId);
  }

  /**
   * Issues a single-use authorization code (10 minutes).
   *
   * @return the code
   */
  public String issueAuthorizationCode() {
    return tokens.issueAuthorizationCode();
  }

  /**
   * Revokes an access token.
   *
   * @param token the token
   */
  public void revokeAccessToken(String token) {
    tokens.revokeAccessToken(token);
  }

  /**
   * Sets the lifetime of tokens issued from now on.
   *
   * @param lifetime the lifetime
   */
  public void accessTokenLifetime(Duration lifetime) {
    tokens.accessTokenLifetime(lifetime);
  }

  /**
   * Holds the next token request until released.
   *
   * @param onArrival run on the server thread when the request arrives, must block until release
   */
  public void holdNextTokenRequest(Runnable onArrival) {
    tokens.hold(onArrival);
  }

  // ---------------------------------------------------------------- faults, limits, journal

  /**
   * Registers a fault for the next {@code times} requests matching {@code pattern}.
   *
   * @param times how many requests
   * @param pattern the request pattern
   * @param kind what to do
   * @param status the status for {@link FaultKind#STATUS}
   * @param retryAfterSeconds Retry-After to send, or -1 for none
   * @param millis the real-time delay for delays
   */
  public void failNext(
      int times,
      RequestPattern pattern,
      FaultKind kind,
      int status,
      long retryAfterSeconds,
      long millis) {
    faults.add(times, pattern, kind, status, retryAfterSeconds, millis);
  }

  /**
   * Returns how many injected faults are still pending.
   *
   * @return the count
   */
  public int pendingFaults() {
    return faults.size();
  }

  /**
   * Configures rate limiting.
   *
   * @param enabled on or off
   * @param hourlyLimit requests per hourly window
   * @param hourlyWindow length of the "hourly" window
   * @param spikeLimit requests per spike window
   * @param spikeWindow length of the spike window
   * @param retryAfter whether a 429 carries Retry-After
   */
  public void rateLimit(
      boolean enabled,
      int hourlyLimit,
      Duration hourlyWindow,
      int spikeLimit,
      Duration spikeWindow,
      boolean retryAfter) {
    rateLimiter.configure(enabled, hourlyLimit, hourlyWindow, spikeLimit, spikeWindow, retryAfter);
  }

  /**
   * Returns the journal, oldest first.
   *
   * @return a snapshot of the journal
   */
  public List<JournalEntry> journal() {
    return List.copyOf(journal);
  }

  /** Empties the journal. */
  public void clearJournal() {
    journal.clear();
  }

  /**
   * Returns {@code "METHOD /template"} of every served route.
   *
   * @return the route templates, sorted
   */
  public List<String> routes() {
    return router.templates();
  }

  // ---------------------------------------------------------------- seeding

  /**
   * Stores a record directly (no validation), filling defaults and derived fields.
   *
   * @param resource the resource name (e.g. {@code vendors}, {@code projects})
   * @param companyId the owning company
   * @param ownerId the project or parent id for project/parent-scoped resources, else ignored
   * @param attrs the wire JSON
   * @return the stored record
   */
  public ObjectNode seed(
      String resource, long companyId, @Nullable Long ownerId, ObjectNode attrs) {
    synchronized (store) {
      return catalogue.seed(resource, companyId, ownerId, attrs);
    }
  }

  /**
   * Returns a stored record.
   *
   * @param resource the resource name
   * @param id the id
   * @return a copy of the record, or null (also when it was deleted)
   */
  public @Nullable ObjectNode find(String resource, long id) {
    Store.Rec rec = store.get(resource, id);
    return rec == null || rec.node.hasNonNull("deleted_at") ? null : rec.node;
  }

  /**
   * Returns every stored record of a resource, by id.
   *
   * @param resource the resource name
   * @return copies of the records
   */
  public List<ObjectNode> all(String resource) {
    List<ObjectNode> out = new ArrayList<>();
    store.list(resource, r -> true).forEach(r -> out.add(r.node));
    return out;
  }

  /**
   * Marks a company as migrated to Budget Changes (budget modifications then answer 405).
   *
   * @param companyId the company
   */
  public void migrateToBudgetChanges(long companyId) {
    catalogue.migrated.add(companyId);
  }

  /**
   * Returns the names of the seedable resources.
   *
   * @return resource names
   */
  public List<String> resources() {
    return catalogue.resourceNames();
  }

  // ---------------------------------------------------------------- dispatch

  Reply dispatch(Exchange ex) {
    Router.Match match = router.find(ex.method, ex.path);
    FaultQueue.Pending fault = faults.take(ex.method, ex.path);
    Reply reply;
    if (fault != null && fault.kind != FaultKind.TIMEOUT_AFTER_WRITE) {
      reply = fault.reply();
    } else {
      reply = process(ex, match);
      if (fault != null) {
        reply.delay(fault.millis);
      }
    }
    return reply;
  }

  private Reply process(Exchange ex, Router.@Nullable Match match) {
    if (match == null) {
      return ProcoreErrors.notFound();
    }
    ex.pathParams = match.params;
    if (ex.path.startsWith("/oauth/")) {
      return safely(ex, match.route);
    }
    if (!tokens.isValid(TokenService.bearer(ex))) {
      return ProcoreErrors.invalidAccessToken();
    }
    RateLimiter.Decision decision = rateLimiter.acquire();
    if (decision != null && !decision.allowed) {
      return decision.apply(ProcoreErrors.rateLimited());
    }
    String company = ex.header("Procore-Company-Id");
    Reply reply;
    if (company == null || company.isBlank()) {
      reply = match.route.companyHeaderRequired ? ProcoreErrors.missingCompanyHeader() : null;
    } else {
      try {
        ex.companyId = Long.parseLong(company.trim());
        reply = null;
      } catch (NumberFormatException e) {
        reply = ProcoreErrors.badRequest("Procore-Company-Id must be an integer, got: " + company);
      }
    }
    if (reply == null
        && match.route.companyHeaderRequired
        && store.get("companies", ex.companyId) == null) {
      reply = ProcoreErrors.notFound();
    }
    if (reply == null) {
      synchronized (store) {
        reply = safely(ex, match.route);
      }
    }
    return decision == null ? reply : decision.apply(reply);
  }

  private static Reply safely(Exchange ex, Route route) {
    try {
      return route.handler.handle(ex);
    } catch (Exchange.BadRequest e) {
      return ProcoreErrors.badRequest(e.getMessage());
    } catch (NotFound e) {
      return ProcoreErrors.notFound();
    }
  }

  private final class Transformer implements ResponseDefinitionTransformerV2 {
    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
      LoggedRequest request = serveEvent.getRequest();
      String method = request.getMethod().getName();
      Exchange ex =
          new Exchange(
              method,
              request.getUrl(),
              name -> request.containsHeader(name) ? request.getHeader(name) : null,
              request.getBodyAsString() == null ? "" : request.getBodyAsString(),
              baseUrl);
      Reply reply = dispatch(ex);
      Map<String, List<String>> headers = new LinkedHashMap<>();
      for (HttpHeader header : request.getHeaders().all()) {
        headers.put(header.key(), List.copyOf(header.values()));
      }
      Router.Match match = router.find(method, ex.path);
      journal.add(
          new JournalEntry(
              method,
              ex.path,
              ex.rawQuery,
              ex.query,
              headers,
              ex.body,
              reply.connectionReset ? 0 : reply.status,
              match == null ? null : match.route.method + " " + match.route.template,
              clock.instant()));
      ResponseDefinitionBuilder builder = aResponse();
      if (reply.connectionReset) {
        return builder
            .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)
            .build();
      }
      builder.withStatus(reply.status);
      builder.withHeader("X-Request-Id", "fake-request-" + requestIds.incrementAndGet());
      reply.headers.forEach(
          (name, values) -> builder.withHeader(name, values.toArray(String[]::new)));
      if (reply.body != null) {
        builder.withBody(reply.body);
      }
      if (reply.delayMillis > 0) {
        builder.withFixedDelay((int) reply.delayMillis);
      }
      return builder.build();
    }

    @Override
    public boolean applyGlobally() {
      return true;
    }

    @Override
    public String getName() {
      return "fake-procore";
    }
  }
}
