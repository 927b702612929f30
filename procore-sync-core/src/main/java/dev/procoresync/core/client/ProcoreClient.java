package dev.procoresync.core.client;

import dev.procoresync.core.client.internal.OAuthApi;
import dev.procoresync.core.http.RateLimitBudget;
import dev.procoresync.core.http.RequestListener;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.core.model.ProcoreJson;
import dev.procoresync.core.state.InMemorySyncStateStore;
import dev.procoresync.core.state.TokenStore;
import dev.procoresync.core.time.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * The Procore REST client: one per credential and environment, immutable and thread safe; share it.
 *
 * <pre>{@code
 * ProcoreClient client = ProcoreClient.builder()
 *     .environment(ProcoreEnvironment.PRODUCTION)
 *     .credentials(ProcoreCredentials.clientCredentials(clientId, clientSecret))
 *     .tokenStore(myPersistentStore)
 *     .userAgentSuffix("acme-erp-bridge/2.1")
 *     .build();
 * CompanyClient company = client.forCompany(4_264_807L);
 * }</pre>
 *
 * <p>Every request is authenticated (tokens refreshed once for all threads, new pairs stored with
 * compare-and-set), paced on Procore's rate-limit headers, retried where that is safe, and reported
 * to the {@link RequestListener}.
 */
public final class ProcoreClient {
  private static final String VERSION =
      Objects.requireNonNullElse(
          ProcoreClient.class.getPackage().getImplementationVersion(), "dev");

  private final ProcoreEnvironment environment;
  private final String clientId;
  private final OkHttpClient base;
  private final TransportInterceptor pipeline;
  private final Retrofit unscoped;
  private final Clock clock;
  private final Sleeper sleeper;
  private final RetryPolicy retryPolicy;
  private final int syncChunkSize;
  private final Companies companies;
  private final Map<Long, CompanyClient> scopes = new ConcurrentHashMap<>();

  private ProcoreClient(Builder b, ProcoreEnvironment environment, ProcoreCredentials credentials) {
    this.environment = environment;
    this.clientId = credentials.clientId();
    this.clock = b.clock;
    this.sleeper = b.sleeper;
    this.retryPolicy = b.retryPolicy;
    this.syncChunkSize = b.syncChunkSize;
    OkHttpClient.Builder http =
        b.okHttpClient == null ? new OkHttpClient.Builder() : b.okHttpClient.newBuilder();
    if (b.okHttpClient == null || b.connectTimeout != null) {
      http.connectTimeout(orDefault(b.connectTimeout, Duration.ofSeconds(10)));
    }
    if (b.okHttpClient == null || b.readTimeout != null) {
      http.readTimeout(orDefault(b.readTimeout, Duration.ofSeconds(60)));
    }
    if (b.okHttpClient == null || b.writeTimeout != null) {
      http.writeTimeout(orDefault(b.writeTimeout, Duration.ofSeconds(60)));
    }
    // the client retries by itself; OkHttp's own silent retry would resend a POST
    http.retryOnConnectionFailure(false);
    this.base = http.build();
    String userAgent =
        "procore-sync/"
            + VERSION
            + " Java/"
            + System.getProperty("java.version")
            + (b.userAgentSuffix == null ? "" : " " + b.userAgentSuffix);
    OkHttpClient loginHttp =
        base.newBuilder()
            .addInterceptor(
                chain ->
                    chain.proceed(
                        chain.request().newBuilder().header("User-Agent", userAgent).build()))
            .build();
    OAuthApi oauth =
        new Retrofit.Builder()
            .baseUrl(HttpUrl.get(environment.loginUrl() + "/"))
            .client(loginHttp)
            .build()
            .create(OAuthApi.class);
    String credentialKey = HttpUrl.get(environment.loginUrl()).host() + "|" + clientId;
    TokenStore store = b.tokenStore == null ? InMemorySyncStateStore.create(clock) : b.tokenStore;
    TokenManager tokens =
        new TokenManager(
            credentials,
            store,
            credentialKey,
            oauth,
            clock,
            sleeper,
            retryPolicy,
            b.requestListener);
    RateLimitBudget budget =
        b.rateLimitBudget == null ? RateLimitBudget.inMemory() : b.rateLimitBudget;
    this.pipeline =
        new TransportInterceptor(
            tokens, budget, retryPolicy, clock, sleeper, b.requestListener, userAgent);
    this.unscoped =
        new Retrofit.Builder()
            .baseUrl(HttpUrl.get(environment.apiUrl() + "/"))
            .client(base.newBuilder().addInterceptor(pipeline).build())
            .addConverterFactory(JacksonConverterFactory.create(ProcoreJson.mapper()))
            .build();
    this.companies =
        new Companies(
            new Scope(
                new Transport(unscoped, ProcoreJson.mapper(), clock, null),
                syncChunkSize,
                retryPolicy,
                sleeper));
  }

  private static Duration orDefault(@Nullable Duration value, Duration fallback) {
    return value == null ? fallback : value;
  }

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
   * Procore-Company-Id: companyId}. Views are cached, cheap and thread safe.
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

  private CompanyClient newScope(long companyId) {
    String id = Long.toString(companyId);
    OkHttpClient http =
        base.newBuilder()
            .addInterceptor(
                chain ->
                    chain.proceed(
                        chain
                            .request()
                            .newBuilder()
                            .header(TransportInterceptor.COMPANY_HEADER, id)
                            .build()))
            .addInterceptor(pipeline)
            .build();
    Retrofit retrofit = unscoped.newBuilder().client(http).build();
    Scope scope =
        new Scope(
            new Transport(retrofit, ProcoreJson.mapper(), clock, companyId),
            syncChunkSize,
            retryPolicy,
            sleeper);
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
    private RequestListener requestListener = RequestListener.none();
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
     * client adds its own pipeline on a derived copy.
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
     * Sets the listener that sees every request.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder requestListener(RequestListener listener) {
      this.requestListener = Objects.requireNonNull(listener, "requestListener");
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
