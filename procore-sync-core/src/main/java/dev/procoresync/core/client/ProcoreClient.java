package dev.procoresync.core.client;

import dev.procoresync.core.client.internal.RetrySafe;
import dev.procoresync.core.error.ProcoreApiException;
import dev.procoresync.core.error.ProcoreTransportException;
import dev.procoresync.core.http.HttpService;
import dev.procoresync.core.http.RateLimitBudget;
import dev.procoresync.core.http.RateLimiter;
import dev.procoresync.core.http.RequestListener;
import dev.procoresync.core.http.RequestOptions;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.core.model.ProcoreJson;
import dev.procoresync.core.state.InMemorySyncStateStore;
import dev.procoresync.core.state.TokenStore;
import dev.procoresync.core.time.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The Procore REST client: one per credential and environment, immutable and thread safe; share it,
 * and close it when done (it then releases the connection pool it created; a client built on the
 * host's {@link OkHttpClient} leaves the host's pool alone).
 *
 * <pre>{@code
 * try (ProcoreClient client = ProcoreClient.builder()
 *     .environment(ProcoreEnvironment.PRODUCTION)
 *     .credentials(ProcoreCredentials.clientCredentials(clientId, clientSecret))
 *     .tokenStore(myPersistentStore)
 *     .userAgentSuffix("acme-erp-bridge/2.1")
 *     .build()) {
 *   CompanyClient company = client.forCompany(4_264_807L);
 * }
 * }</pre>
 *
 * <p>It is built on the connector kit's {@link HttpService}: every request is authenticated (tokens
 * refreshed once for all threads, new pairs stored with compare-and-set before use), paced on
 * Procore's rate-limit headers (the budget is keyed by credential and company), retried where that
 * is safe (GET, PUT, PATCH, DELETE and marked sync POSTs; a create only after checking that a
 * failed attempt did not land), and reported to the {@link RequestListener}s.
 */
public final class ProcoreClient implements AutoCloseable {
  /** Company views kept; more are created again on demand (they are cheap: no pool, no thread). */
  private static final int MAX_CACHED_COMPANIES = 256;

  private final ProcoreEnvironment environment;
  private final String clientId;
  private final HttpService api;
  private final int syncChunkSize;
  private final RetryPolicy retryPolicy;
  private final Sleeper sleeper;
  private final Companies companies;
  private final Map<Long, CompanyClient> scopes =
      Collections.synchronizedMap(
          new LinkedHashMap<Long, CompanyClient>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, CompanyClient> eldest) {
              return size() > MAX_CACHED_COMPANIES;
            }
          });

  private ProcoreClient(Builder b, ProcoreEnvironment environment, ProcoreCredentials credentials) {
    this.environment = environment;
    this.clientId = credentials.clientId();
    this.syncChunkSize = b.syncChunkSize;
    this.retryPolicy = b.retryPolicy;
    this.sleeper = b.sleeper;
    TokenStore store = b.tokenStore == null ? InMemorySyncStateStore.create(b.clock) : b.tokenStore;
    String credentialKey = credentials.credentialKey(environment);
    RateLimitBudget budget =
        b.rateLimitBudget == null ? RateLimitBudget.inMemory() : b.rateLimitBudget;
    HttpService.Builder http =
        HttpService.builder()
            .serviceName(ProcoreApiException.SERVICE)
            .baseUrl(environment.apiUrl() + "/")
            .clock(b.clock)
            .sleeper(b.sleeper)
            .authentication(credentials.toAuthentication(environment, store))
            .retryPolicy(b.retryPolicy)
            .rateLimiter(RateLimiter.fromHeaders(budget, RateLimitHeaders::snapshot))
            .rateLimitKey(
                r -> {
                  String company = r.header(COMPANY_HEADER);
                  return credentialKey + "|company:" + (company == null ? "-" : company);
                })
            .errorDecoder(ProcoreErrors.decoder(b.clock))
            .mapper(ProcoreJson.mapper())
            .patchIsIdempotent(true)
            .alsoSafeToResend(r -> r.tag(RetrySafe.class) != null)
            .idempotencyHeader(Scope.IDEMPOTENCY_HEADER)
            .hostInterceptorsAfterPipeline(b.hostInterceptorsAfterPipeline)
            .transportExceptionFactory(ProcoreTransportException::new);
    b.listeners.forEach(http::addRequestListener);
    if (b.okHttpClient != null) {
      http.okHttpClient(b.okHttpClient);
    }
    if (b.connectTimeout != null) {
      http.connectTimeout(b.connectTimeout);
    }
    if (b.readTimeout != null) {
      http.readTimeout(b.readTimeout);
    }
    if (b.writeTimeout != null) {
      http.writeTimeout(b.writeTimeout);
    }
    if (b.userAgentSuffix != null) {
      http.userAgentSuffix(b.userAgentSuffix);
    }
    this.api = http.build();
    this.companies =
        new Companies(new Scope(new Transport(api, null), syncChunkSize, retryPolicy, sleeper));
  }

  /** The header that scopes a request to a company. */
  static final String COMPANY_HEADER = "Procore-Company-Id";

  /**
   * Starts building a client.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the client scoped to a company: every request of the returned view carries {@code
   * Procore-Company-Id: companyId} and spends the company's rate-limit budget. Views share the
   * client's connection pool, tokens and listeners; they are cheap to create (the client keeps the
   * 256 most recently used) and thread safe.
   *
   * @param companyId the company id, positive
   * @return the company view
   * @throws IllegalArgumentException when {@code companyId} is not positive
   */
  public CompanyClient forCompany(long companyId) {
    if (companyId <= 0) {
      throw new IllegalArgumentException("companyId must be positive, got " + companyId);
    }
    return scopes.computeIfAbsent(companyId, this::newScope);
  }

  /**
   * Returns a company view whose every request carries per-request options (a timeout, an
   * idempotency key, extra headers), as stripe-java's {@code RequestOptions}. Not cached: keep it
   * for as long as the options apply.
   *
   * <pre>{@code
   * CompanyClient slow = client.forCompany(42L,
   *     RequestOptions.builder().timeout(Duration.ofMinutes(3)).header("X-Trace", traceId).build());
   * slow.vendors().sync(updates);
   * }</pre>
   *
   * @param companyId the company id, positive
   * @param options the options
   * @return the company view
   * @throws IllegalArgumentException when {@code companyId} is not positive
   */
  public CompanyClient forCompany(long companyId, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    if (companyId <= 0) {
      throw new IllegalArgumentException("companyId must be positive, got " + companyId);
    }
    HttpService view =
        api.withHeaders(Map.of(COMPANY_HEADER, Long.toString(companyId))).withOptions(options);
    Scope scope = new Scope(new Transport(view, companyId), syncChunkSize, retryPolicy, sleeper);
    return new CompanyClient(companyId, scope);
  }

  private CompanyClient newScope(long companyId) {
    HttpService view = api.withHeaders(Map.of(COMPANY_HEADER, Long.toString(companyId)));
    Scope scope = new Scope(new Transport(view, companyId), syncChunkSize, retryPolicy, sleeper);
    return new CompanyClient(companyId, scope);
  }

  /**
   * Returns the companies the credential can reach: the one call the library sends without a {@code
   * Procore-Company-Id} header, for user tokens. A service account gets {@code 400 Missing
   * Procore-Company-Id header!} here and uses {@code forCompany(companyId).companies()} instead
   * (see {@link Companies}).
   *
   * @return the facade
   */
  public Companies companies() {
    return companies;
  }

  /**
   * Returns the environment the client talks to.
   *
   * @return the environment
   */
  public ProcoreEnvironment environment() {
    return environment;
  }

  /**
   * Returns the kit's service client this client is built on (its OkHttp client carries the
   * pipeline), for calls the facades do not cover.
   *
   * @return the service client, without a company header
   */
  public HttpService http() {
    return api;
  }

  /**
   * Releases the connection pool and threads the client created; does nothing to a host's OkHttp
   * client passed with {@link Builder#okHttpClient}. The client must not be used afterwards.
   */
  @Override
  public void close() {
    api.close();
  }

  @Override
  public String toString() {
    return "ProcoreClient{" + environment + ", clientId=" + clientId + "}";
  }

  /**
   * Builds a {@link ProcoreClient}. Not thread safe; {@link #build()} validates every setting and
   * names the wrong one.
   */
  public static final class Builder {
    private @Nullable ProcoreEnvironment environment;
    private @Nullable ProcoreCredentials credentials;
    private @Nullable TokenStore tokenStore;
    private @Nullable Duration connectTimeout;
    private @Nullable Duration readTimeout;
    private @Nullable Duration writeTimeout;
    private @Nullable String userAgentSuffix;
    private @Nullable OkHttpClient okHttpClient;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private final List<RequestListener> listeners = new ArrayList<>();
    private boolean hostInterceptorsAfterPipeline;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private @Nullable RateLimitBudget rateLimitBudget;
    private int syncChunkSize = 1000;

    private Builder() {}

    /**
     * Sets the environment (required).
     *
     * @param environment production, a sandbox, federal, or {@link ProcoreEnvironment#custom}
     * @return this builder
     */
    public Builder environment(ProcoreEnvironment environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /**
     * Sets the app's credentials (required).
     *
     * @param credentials the credentials
     * @return this builder
     */
    public Builder credentials(ProcoreCredentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    /**
     * Sets where token pairs are kept and shared (default: a new in-memory store). Pass the same
     * {@link dev.procoresync.core.state.SyncStateStore} the flows use to persist the rotating
     * refresh token across restarts and processes.
     *
     * @param tokenStore the store
     * @return this builder
     */
    public Builder tokenStore(TokenStore tokenStore) {
      this.tokenStore = Objects.requireNonNull(tokenStore, "tokenStore");
      return this;
    }

    /**
     * Sets the connect timeout (default 10 s).
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Objects.requireNonNull(timeout, "connectTimeout");
      return this;
    }

    /**
     * Sets the read timeout (default 60 s; a sync call of 1,000 items can take tens of seconds).
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = Objects.requireNonNull(timeout, "readTimeout");
      return this;
    }

    /**
     * Sets the write timeout (default 60 s).
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = Objects.requireNonNull(timeout, "writeTimeout");
      return this;
    }

    /**
     * Appends a product token to the {@code User-Agent}, such as {@code "acme-bridge/2.1"}.
     *
     * @param suffix printable ASCII without line breaks
     * @return this builder
     */
    public Builder userAgentSuffix(String suffix) {
      this.userAgentSuffix = Objects.requireNonNull(suffix, "userAgentSuffix");
      return this;
    }

    /**
     * Uses an existing OkHttp client (its connection pool, dispatcher, proxy and interceptors); the
     * client adds its own pipeline on a copy derived with {@code newBuilder()}, so many clients
     * share one pool, and {@link ProcoreClient#close()} leaves it open. Token requests never pass
     * through its interceptors.
     *
     * @param okHttpClient the OkHttp client
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
      return this;
    }

    /**
     * Sets the clock (default UTC system clock); tests pass a fake clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the sleeper every wait goes through (default real time); tests pass one that advances
     * their fake clock.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * Adds a listener that sees every request (token requests included); several may be added and
     * are called in order.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder requestListener(RequestListener listener) {
      this.listeners.add(Objects.requireNonNull(listener, "requestListener"));
      return this;
    }

    /**
     * Runs the application interceptors of the {@link #okHttpClient} after authentication and
     * retries (default: before them). They then see every attempt, with its {@code Authorization}
     * header: a logging interceptor must redact it (see the README).
     *
     * @param after {@code true} to run the host's interceptors after the pipeline
     * @return this builder
     */
    public Builder hostInterceptorsAfterPipeline(boolean after) {
      this.hostInterceptorsAfterPipeline = after;
      return this;
    }

    /**
     * Sets the retry policy (default {@link RetryPolicy#defaults()}).
     *
     * @param retryPolicy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * Sets the rate-limit budget (default: a new in-memory budget for this client). Pass one
     * instance to several clients, or a distributed implementation, to share it.
     *
     * @param budget the budget
     * @return this builder
     */
    public Builder rateLimitBudget(RateLimitBudget budget) {
      this.rateLimitBudget = Objects.requireNonNull(budget, "rateLimitBudget");
      return this;
    }

    /**
     * Sets the items per batch sync call (default and maximum 1,000).
     *
     * @param size 1 to 1000
     * @return this builder
     */
    public Builder syncChunkSize(int size) {
      this.syncChunkSize = size;
      return this;
    }

    /**
     * Validates the settings and builds the client.
     *
     * @return the client
     * @throws IllegalStateException naming the setting that is missing or wrong
     */
    public ProcoreClient build() {
      if (environment == null) {
        throw new IllegalStateException(
            "environment must be set (ProcoreEnvironment.PRODUCTION, DEVELOPER_SANDBOX,"
                + " MONTHLY_SANDBOX, FEDERAL or custom(loginUrl, apiUrl))");
      }
      if (credentials == null) {
        throw new IllegalStateException(
            "credentials must be set (ProcoreCredentials.clientCredentials, authorizationCode or"
                + " refreshToken)");
      }
      positive("connectTimeout", connectTimeout);
      positive("readTimeout", readTimeout);
      positive("writeTimeout", writeTimeout);
      if (userAgentSuffix != null && !userAgentSuffix.matches("[\\x20-\\x7E]+")) {
        throw new IllegalStateException(
            "userAgentSuffix must be non-empty printable ASCII, got '" + userAgentSuffix + "'");
      }
      if (syncChunkSize < 1 || syncChunkSize > 1000) {
        throw new IllegalStateException(
            "syncChunkSize must be within 1 and 1000 (Procore's limit), got " + syncChunkSize);
      }
      return new ProcoreClient(this, environment, credentials);
    }

    private static void positive(String setting, @Nullable Duration d) {
      if (d != null && (d.isNegative() || d.isZero())) {
        throw new IllegalStateException(setting + " must be positive, got " + d);
      }
    }
  }
}
