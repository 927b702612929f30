package dev.procoresync.testkit.procore.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.http.Exchange;
import dev.procoresync.testkit.http.FakeServer;
import dev.procoresync.testkit.http.Filter;
import dev.procoresync.testkit.http.Handler;
import dev.procoresync.testkit.http.RateHeaders;
import dev.procoresync.testkit.http.RatePolicy;
import dev.procoresync.testkit.http.RateWindows;
import dev.procoresync.testkit.http.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The fake Procore behind the public {@code FakeProcore}: Procore's routes as two route sets on the
 * testkit's engine ({@link FakeServer}): the login host ({@code /oauth/...}) and the API, whose
 * filters check the access token, count the request against the rate windows (keyed by the token's
 * OAuth client and the company, as Procore keys them) and check {@code Procore-Company-Id}, then
 * run the route under the store's lock.
 */
public final class ProcoreEngine {
  private final FakeClock clock;
  private final Store store;
  private final Router router = new Router();
  private final TokenService tokens;
  private final RateWindows rateWindows;
  private final Catalogue catalogue;
  private @Nullable FakeServer server;

  /**
   * Creates an engine (not started).
   *
   * @param clock the clock of tokens, rate limits and timestamps
   * @param accessTokenLifetime how long issued access tokens live
   */
  public ProcoreEngine(FakeClock clock, Duration accessTokenLifetime) {
    this.clock = clock;
    this.store = new Store(clock);
    this.tokens = new TokenService(clock, accessTokenLifetime);
    this.rateWindows = RateWindows.on(clock);
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
    Set<String> withoutCompany = router.withoutCompanyHeader();
    Filter safely = (ex, next) -> safely(() -> next.handle(ex));
    Filter authenticated =
        (ex, next) ->
            tokens.isValid(TokenService.bearer(ex))
                ? next.handle(ex)
                : ProcoreErrors.invalidAccessToken();
    Filter company = (ex, next) -> company(ex, next, withoutCompany);
    server =
        FakeServer.builder()
            .clock(clock)
            .threads(threads)
            .routes(router.routeSet(r -> r.template.startsWith("/oauth/"), safely))
            .routes(
                router.routeSet(
                    r -> !r.template.startsWith("/oauth/"), authenticated, rateWindows, company))
            .routes(dev.procoresync.testkit.http.ClockRoutes.of(clock))
            .notFound(ex -> ProcoreErrors.notFound())
            .faultBodies(ProcoreErrors::injected)
            .start();
  }

  private Reply company(Exchange ex, Handler next, Set<String> withoutCompany) {
    boolean required = !withoutCompany.contains(ex.route().orElse(""));
    String company = ex.header("Procore-Company-Id").orElse("");
    long companyId = 0;
    if (company.isBlank()) {
      if (required) {
        return ProcoreErrors.missingCompanyHeader();
      }
    } else {
      try {
        companyId = Long.parseLong(company.trim());
      } catch (NumberFormatException e) {
        return ProcoreErrors.badRequest("Procore-Company-Id must be an integer, got: " + company);
      }
    }
    if (required && store.get("companies", companyId) == null) {
      return ProcoreErrors.notFound();
    }
    synchronized (store) {
      return safely(() -> next.handle(ex));
    }
  }

  private static Reply safely(java.util.function.Supplier<Reply> route) {
    try {
      return route.get();
    } catch (dev.procoresync.testkit.procore.internal.Exchange.BadRequest e) {
      return ProcoreErrors.badRequest(e.getMessage());
    } catch (NotFound e) {
      return ProcoreErrors.notFound();
    }
  }

  /**
   * Returns the engine's server.
   *
   * @return the running server
   * @throws IllegalStateException before {@link #start(int)}
   */
  public FakeServer server() {
    FakeServer running = server;
    if (running == null) {
      throw new IllegalStateException("the fake Procore is not started");
    }
    return running;
  }

  /** Stops the server; idempotent. */
  public synchronized void stop() {
    if (server != null) {
      server.close();
    }
  }

  /**
   * Returns the base URL ({@code http://127.0.0.1:port}).
   *
   * @return the base URL
   */
  public String baseUrl() {
    return server().baseUrl();
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

  // ---------------------------------------------------------------- limits

  /**
   * Configures rate limiting: Procore's two windows, keyed by the token's client and the company.
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
    if (!enabled) {
      rateWindows.policy(RatePolicy.off());
      return;
    }
    rateWindows.policy(
        RatePolicy.builder()
            .window(hourlyLimit, hourlyWindow)
            .window(spikeLimit, spikeWindow)
            .key(this::rateKey)
            .retryAfter(retryAfter)
            .headers(RateHeaders.xRateLimit())
            .refusal(ex -> ProcoreErrors.rateLimited())
            .build());
  }

  /** Procore's budget: per app (the token's OAuth client) and company (header or company_id). */
  private String rateKey(Exchange ex) {
    String company =
        ex.header("Procore-Company-Id")
            .or(() -> ex.queryParam("company_id"))
            .map(String::trim)
            .orElse("");
    return tokens.clientOf(TokenService.bearer(ex)) + "|" + company;
  }

  /**
   * Returns {@code "METHOD /template"} of every served route.
   *
   * @return the route templates, sorted
   */
  public List<String> routes() {
    // the testkit's clock route is not Procore's
    return server().routes().stream()
        .filter(r -> !r.contains(dev.procoresync.testkit.http.ClockRoutes.PATH))
        .collect(java.util.stream.Collectors.toUnmodifiableList());
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
}
