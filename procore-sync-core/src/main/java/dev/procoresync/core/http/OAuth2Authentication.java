package dev.procoresync.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.procoresync.core.error.ConfigurationException;
import dev.procoresync.core.error.DecodingException;
import dev.procoresync.core.error.OAuthException;
import dev.procoresync.core.error.TransportException;
import dev.procoresync.core.state.InMemorySyncStateStore;
import dev.procoresync.core.state.Lease;
import dev.procoresync.core.state.TokenPair;
import dev.procoresync.core.state.TokenStore;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OAuth 2.0 bearer tokens from a token endpoint (RFC 6749), requested form-encoded with the client
 * id and secret in the body: the client credentials grant (optionally with a {@code scope}), a
 * refresh token that the endpoint rotates on every use, or an authorization code exchanged once and
 * then refreshed.
 *
 * <p>Token pairs live in a {@link TokenStore} under a {@link Builder#credentialKey credential key}
 * (never a secret). Obtaining a pair is single flight per instance (one thread asks, the others
 * wait and use its pair) and every new pair is stored with {@link TokenStore#compareAndSet}
 * <em>before</em> it is used, so that two processes can never both spend one refresh token. When
 * the endpoint refuses a refresh token that another process spent first, the pair that process
 * stored is used. On a 401 the access token is renewed once.
 *
 * <p>Across processes, a refresh happens only under the credential's {@linkplain
 * TokenStore#tryAcquireLease refresh lease} in the token store (name {@code "token:" +
 * credentialKey}, held for {@link Builder#refreshLeaseTime} at most): the process that gets it
 * reads the pair again, refreshes if it is still due, stores the new pair with compare-and-set and
 * releases the lease; every other process polls the store (every {@link
 * Builder#refreshPollInterval}, through the service's sleeper) until the new pair appears, and
 * refreshes only if the holder's lease runs out first (the holder died). With a store shared by all
 * processes (the JDBC or Redis modules) there is thus one refresh per expiry, however many
 * processes reach it together. Refusals are {@link OAuthException}s with the RFC 6749 {@code error}
 * code.
 *
 * <p>Token requests go through {@link AuthContext#tokenClient()}: no host interceptor sees the
 * client secret or a token. A token request that got no answer is resent only for the client
 * credentials grant (a refresh token or a code may have been spent by the lost attempt); answers of
 * 429 and 5xx are retried as the service's retry policy allows.
 *
 * <pre>{@code
 * // Microsoft Entra ID for Business Central
 * Authentication entra = OAuth2Authentication
 *     .clientCredentials(
 *         "https://login.microsoftonline.com/" + tenantId + "/oauth2/v2.0/token",
 *         clientId, clientSecret)
 *     .scope("https://api.businesscentral.dynamics.com/.default")
 *     .build();
 * }</pre>
 */
public final class OAuth2Authentication implements Authentication {
  private static final Logger LOG = LoggerFactory.getLogger(OAuth2Authentication.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MAX_EXPIRES_IN = 10L * 365 * 24 * 3600;

  /** How the first token is obtained. */
  private enum Grant {
    CLIENT_CREDENTIALS("client_credentials"),
    AUTHORIZATION_CODE("authorization_code"),
    REFRESH_TOKEN("refresh_token");

    final String wire;

    Grant(String wire) {
      this.wire = wire;
    }
  }

  private final HttpUrl tokenUrl;
  private final Grant grant;
  private final String clientId;
  private final String clientSecret;
  private final @Nullable String scope;
  private final @Nullable String code;
  private final @Nullable String redirectUri;
  private final @Nullable String refreshToken;
  private final TokenStore store;
  private final String credentialKey;
  private final Duration expirySkew;
  private final long defaultExpiresIn;
  private final Duration refreshLeaseTime;
  private final Duration refreshPollInterval;
  private final String leaseHolder = "oauth-" + UUID.randomUUID();
  private final ReentrantLock lock = new ReentrantLock();
  private boolean codeSpent;

  private OAuth2Authentication(Builder b) {
    this.tokenUrl = b.tokenUrl;
    this.grant = b.grant;
    this.clientId = b.clientId;
    this.clientSecret = b.clientSecret;
    this.scope = b.scope;
    this.code = b.code;
    this.redirectUri = b.redirectUri;
    this.refreshToken = b.refreshToken;
    this.store =
        b.tokenStore == null ? InMemorySyncStateStore.create(Clock.systemUTC()) : b.tokenStore;
    this.credentialKey =
        b.credentialKey == null ? tokenUrl.host() + "|" + clientId : b.credentialKey;
    this.expirySkew = b.expirySkew;
    this.defaultExpiresIn = b.defaultExpiresIn;
    this.refreshLeaseTime = b.refreshLeaseTime;
    this.refreshPollInterval = b.refreshPollInterval;
  }

  /**
   * Starts the client credentials grant (a service account; Microsoft Entra ID app-only access).
   *
   * @param tokenUrl the token endpoint, HTTPS (plain HTTP only on loopback)
   * @param clientId the client id
   * @param clientSecret the client secret; never printed
   * @return a builder
   * @throws IllegalArgumentException when the URL is not HTTPS or a value is blank
   */
  public static Builder clientCredentials(String tokenUrl, String clientId, String clientSecret) {
    return new Builder(Grant.CLIENT_CREDENTIALS, tokenUrl, clientId, clientSecret);
  }

  /**
   * Starts the refresh token grant: the endpoint rotates the refresh token on every use; the newest
   * pair is kept in the token store, which wins over {@code refreshToken} once it holds a pair.
   *
   * @param tokenUrl the token endpoint
   * @param clientId the client id
   * @param clientSecret the client secret; never printed
   * @param refreshToken a refresh token obtained earlier; never printed
   * @return a builder
   * @throws IllegalArgumentException when the URL is not HTTPS or a value is blank
   */
  public static Builder refreshToken(
      String tokenUrl, String clientId, String clientSecret, String refreshToken) {
    Builder b = new Builder(Grant.REFRESH_TOKEN, tokenUrl, clientId, clientSecret);
    b.refreshToken = nonBlank("refreshToken", refreshToken);
    return b;
  }

  /**
   * Starts the authorization code grant: the code is exchanged once, the pair obtained is then
   * refreshed (rotating).
   *
   * @param tokenUrl the token endpoint
   * @param clientId the client id
   * @param clientSecret the client secret; never printed
   * @param code the one-time authorization code; never printed
   * @param redirectUri the redirect URI the code was issued for
   * @return a builder
   * @throws IllegalArgumentException when the URL is not HTTPS or a value is blank
   */
  public static Builder authorizationCode(
      String tokenUrl, String clientId, String clientSecret, String code, String redirectUri) {
    Builder b = new Builder(Grant.AUTHORIZATION_CODE, tokenUrl, clientId, clientSecret);
    b.code = nonBlank("code", code);
    b.redirectUri = nonBlank("redirectUri", redirectUri);
    return b;
  }

  private static String nonBlank(String name, @Nullable String value) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /**
   * Returns the key under which this credential's pairs are stored.
   *
   * @return the key (never a secret)
   */
  public String credentialKey() {
    return credentialKey;
  }

  @Override
  public String identity() {
    return credentialKey;
  }

  @Override
  public Request authenticate(Request request, AuthContext context) throws IOException {
    String token = accessToken(context);
    return request.newBuilder().header("Authorization", "Bearer " + token).build();
  }

  @Override
  public boolean renew(Request rejected, AuthContext context) throws IOException {
    String header = rejected.header("Authorization");
    String sent = header != null && header.startsWith("Bearer ") ? header.substring(7) : "";
    lock.lock();
    try {
      Optional<TokenPair> pair = store.token(credentialKey);
      if (fresh(pair, context) && !pair.get().accessToken().equals(sent)) {
        return true; // another thread or process renewed it since: use theirs
      }
      underLease(context, p -> fresh(p, context) && !p.get().accessToken().equals(sent));
      return true;
    } finally {
      lock.unlock();
    }
  }

  private boolean fresh(Optional<TokenPair> pair, AuthContext context) {
    return pair.isPresent()
        && !pair.get().expiresWithin(context.clock().instant(), expirySkew.toSeconds());
  }

  private String accessToken(AuthContext context) throws IOException {
    Optional<TokenPair> pair = store.token(credentialKey);
    if (fresh(pair, context)) {
      return pair.get().accessToken();
    }
    lock.lock();
    try {
      pair = store.token(credentialKey);
      if (fresh(pair, context)) {
        return pair.get().accessToken();
      }
      return underLease(context, p -> fresh(p, context)).accessToken();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Obtains a pair under the credential's refresh lease, or waits for the pair another process
   * obtains under it. {@code usable} tells whether a stored pair makes the request unnecessary.
   */
  private TokenPair underLease(AuthContext context, Predicate<Optional<TokenPair>> usable)
      throws IOException {
    String leaseName = "token:" + credentialKey;
    long maxPolls =
        2 * Math.max(1, refreshLeaseTime.toMillis() / refreshPollInterval.toMillis()) + 10;
    for (long polls = 0; ; polls++) {
      Optional<Lease> lease =
          store.tryAcquireLease(
              leaseName, leaseHolder, context.clock().instant(), refreshLeaseTime);
      if (lease.isPresent()) {
        try {
          Optional<TokenPair> latest = store.token(credentialKey);
          if (usable.test(latest)) {
            return latest.get(); // refreshed by the previous holder meanwhile
          }
          return obtain(latest.orElse(null), context);
        } finally {
          store.releaseLease(lease.get());
        }
      }
      if (polls >= maxPolls) {
        throw new TransportException(
            context.serviceName(),
            "waited "
                + polls
                + " polls for another process to refresh the token pair under '"
                + credentialKey
                + "' and it neither stored a pair nor let its lease run out",
            null);
      }
      LOG.debug("token refresh for {} is leased by another process; waiting", credentialKey);
      pause(refreshPollInterval, context);
      Optional<TokenPair> latest = store.token(credentialKey);
      if (usable.test(latest)) {
        return latest.get();
      }
    }
  }

  private TokenPair obtain(@Nullable TokenPair current, AuthContext context) throws IOException {
    Map<String, String> fields = new LinkedHashMap<>();
    Grant used;
    if (current != null && current.refreshToken().isPresent()) {
      used = Grant.REFRESH_TOKEN;
      fields.put("refresh_token", current.refreshToken().get());
    } else {
      used = grant;
      switch (grant) {
        case CLIENT_CREDENTIALS:
          if (scope != null) {
            fields.put("scope", scope);
          }
          break;
        case AUTHORIZATION_CODE:
          if (codeSpent) {
            throw new ConfigurationException(
                context.serviceName(),
                "the authorization code of client "
                    + clientId
                    + " was already exchanged and the token store holds no refresh token under '"
                    + credentialKey
                    + "': authorize the app again",
                null);
          }
          codeSpent = true;
          fields.put("code", Objects.requireNonNull(code));
          fields.put("redirect_uri", Objects.requireNonNull(redirectUri));
          break;
        case REFRESH_TOKEN:
        default:
          fields.put("refresh_token", Objects.requireNonNull(refreshToken));
          break;
      }
    }
    fields.put("grant_type", used.wire);
    fields.put("client_id", clientId);
    fields.put("client_secret", clientSecret);
    TokenPair obtained;
    try {
      obtained = request(fields, used, context);
    } catch (OAuthException e) {
      // another process may have spent the refresh token first: use the pair it stored
      Optional<TokenPair> now = store.token(credentialKey);
      if (fresh(now, context) && (current == null || !now.get().equals(current))) {
        LOG.debug("token request for {} refused; using the pair stored meanwhile", credentialKey);
        return now.get();
      }
      throw e;
    }
    if (store.compareAndSet(credentialKey, current, obtained)) {
      LOG.debug("new token pair stored for {} (grant {})", credentialKey, used.wire);
      return obtained;
    }
    Optional<TokenPair> winner = store.token(credentialKey);
    LOG.debug("token pair for {} was replaced concurrently; using the winner's", credentialKey);
    return winner.orElse(obtained);
  }

  private TokenPair request(Map<String, String> fields, Grant used, AuthContext context)
      throws IOException {
    FormBody.Builder form = new FormBody.Builder();
    fields.forEach(form::add);
    Request request = new Request.Builder().url(tokenUrl).post(form.build()).build();
    RetryPolicy policy = context.retryPolicy();
    Instant start = context.clock().instant();
    int attempts = 0;
    Duration backoff = Duration.ZERO;
    while (true) {
      attempts++;
      Response response;
      try {
        response = context.tokenClient().newCall(request).execute();
      } catch (IOException e) {
        boolean interrupted =
            Thread.currentThread().isInterrupted()
                || (e instanceof InterruptedIOException
                    && !(e instanceof java.net.SocketTimeoutException));
        if (used == Grant.CLIENT_CREDENTIALS && attempts <= policy.maxRetries() && !interrupted) {
          backoff = backoff.plus(pause(attempts, policy, context));
          continue;
        }
        report(context, 0, null, attempts, start, backoff);
        throw e;
      }
      int status = response.code();
      String requestId = requestId(response);
      String body;
      try (ResponseBody rb = response.body()) {
        body = rb == null ? "" : rb.string();
      }
      if ((status >= 500 || status == 429) && attempts <= policy.maxRetries()) {
        backoff = backoff.plus(pause(attempts, policy, context));
        continue;
      }
      report(context, status, requestId, attempts, start, backoff);
      if (response.isSuccessful()) {
        return parse(body, context);
      }
      throw refusal(status, body, requestId, context);
    }
  }

  private static @Nullable String requestId(Response response) {
    String id = response.header("X-Request-Id");
    return id != null ? id : response.header("request-id");
  }

  private void report(
      AuthContext context,
      int status,
      @Nullable String requestId,
      int attempts,
      Instant start,
      Duration backoff) {
    Duration elapsed = Duration.between(start, context.clock().instant());
    context.report(
        RequestEvent.builder(context.serviceName(), "POST", tokenUrl.encodedPath())
            .status(status)
            .requestId(requestId)
            .attempts(attempts)
            .elapsed(elapsed.isNegative() ? Duration.ZERO : elapsed)
            .backoffWait(backoff)
            .build());
  }

  private OAuthException refusal(
      int status, String body, @Nullable String requestId, AuthContext context) {
    String error = "";
    String description = "";
    try {
      JsonNode node = JSON.readTree(body);
      if (node != null && node.isObject()) {
        JsonNode e = node.get("error");
        if (e != null && e.isTextual()) {
          error = e.asText();
        } else if (e != null && e.isObject()) {
          // some endpoints nest it: {"error":{"code":"...","message":"..."}}
          error = e.path("code").asText("");
          description = e.path("message").asText("");
        }
        JsonNode d = node.get("error_description");
        if (d != null && d.isValueNode()) {
          description = d.asText();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not JSON: the status alone tells
    }
    error = printable(error, 64);
    description = printable(description, 300);
    String message =
        "token request to "
            + tokenUrl.host()
            + tokenUrl.encodedPath()
            + " refused with "
            + status
            + (error.isEmpty() ? "" : ": " + error)
            + (description.isEmpty() ? "" : " (" + description + ")")
            + " for client "
            + clientId
            + (requestId == null ? "" : " (request id " + requestId + ")");
    return new OAuthException(context.serviceName(), status, error, requestId, message);
  }

  private static String printable(String s, int max) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length() && out.length() < max; i++) {
      char c = s.charAt(i);
      out.append(c < 0x20 || c == 0x7f ? ' ' : c);
    }
    return out.toString().trim();
  }

  private TokenPair parse(String body, AuthContext context) {
    JsonNode node;
    try {
      node = JSON.readTree(body);
    } catch (IOException | RuntimeException e) {
      throw new DecodingException(
          context.serviceName(), "token answer of " + tokenUrl.host() + " is not JSON", null);
    }
    String access = node == null ? "" : node.path("access_token").asText("");
    if (access.isBlank()) {
      throw new DecodingException(
          context.serviceName(),
          "token answer of " + tokenUrl.host() + " carries no access_token",
          null);
    }
    JsonNode refresh = node.get("refresh_token");
    JsonNode expires = node.get("expires_in");
    long expiresIn = defaultExpiresIn;
    if (expires != null && (expires.isNumber() || expires.isTextual())) {
      try {
        expiresIn = Long.parseLong(expires.asText().trim());
      } catch (NumberFormatException e) {
        expiresIn = defaultExpiresIn;
      }
    }
    expiresIn = Math.max(0, Math.min(MAX_EXPIRES_IN, expiresIn));
    Instant expiresAt = context.clock().instant().plusSeconds(expiresIn);
    return TokenPair.of(
        access,
        refresh == null || !refresh.isTextual() || refresh.asText().isBlank()
            ? Optional.empty()
            : Optional.of(refresh.asText()),
        expiresAt);
  }

  private static Duration pause(int attempt, RetryPolicy policy, AuthContext context)
      throws InterruptedIOException {
    return pause(policy.backoff(attempt, ThreadLocalRandom.current().nextDouble()), context);
  }

  private static Duration pause(Duration wait, AuthContext context) throws InterruptedIOException {
    try {
      context.sleeper().sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException io =
          new InterruptedIOException("interrupted while waiting for a token");
      io.initCause(e);
      throw io;
    }
    return wait;
  }

  @Override
  public String toString() {
    return "OAuth2Authentication{"
        + grant.wire
        + ", client="
        + clientId
        + ", key="
        + credentialKey
        + ", secrets=***}";
  }

  /** Builds an {@link OAuth2Authentication}; not thread safe. */
  public static final class Builder {
    private final Grant grant;
    private final HttpUrl tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private @Nullable String scope;
    private @Nullable String code;
    private @Nullable String redirectUri;
    private @Nullable String refreshToken;
    private @Nullable TokenStore tokenStore;
    private @Nullable String credentialKey;
    private Duration expirySkew = Duration.ofSeconds(60);
    private long defaultExpiresIn = 3600;
    private Duration refreshLeaseTime = Duration.ofSeconds(30);
    private Duration refreshPollInterval = Duration.ofMillis(100);

    private Builder(Grant grant, String tokenUrl, String clientId, String clientSecret) {
      this.grant = grant;
      this.tokenUrl = HttpServiceUrls.secure("tokenUrl", tokenUrl);
      this.clientId = nonBlank("clientId", clientId);
      this.clientSecret = nonBlank("clientSecret", clientSecret);
    }

    /**
     * Sets the {@code scope} sent with the client credentials grant, such as {@code
     * "https://api.businesscentral.dynamics.com/.default"}.
     *
     * @param scope space-separated scopes
     * @return this builder
     * @throws IllegalArgumentException when blank
     */
    public Builder scope(String scope) {
      this.scope = nonBlank("scope", scope);
      return this;
    }

    /**
     * Sets where token pairs are kept (default: a new in-memory store). Pass a durable store to
     * keep a rotating refresh token across restarts and processes.
     *
     * @param tokenStore the store
     * @return this builder
     */
    public Builder tokenStore(TokenStore tokenStore) {
      this.tokenStore = Objects.requireNonNull(tokenStore, "tokenStore");
      return this;
    }

    /**
     * Sets the store key of this credential (default: token host + {@code |} + client id).
     *
     * @param credentialKey the key; never a secret
     * @return this builder
     * @throws IllegalArgumentException when blank
     */
    public Builder credentialKey(String credentialKey) {
      this.credentialKey = nonBlank("credentialKey", credentialKey);
      return this;
    }

    /**
     * Sets how long before its expiry an access token is renewed (default 60 s).
     *
     * @param skew not negative
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Builder expirySkew(Duration skew) {
      Objects.requireNonNull(skew, "expirySkew");
      if (skew.isNegative()) {
        throw new IllegalArgumentException("expirySkew must be >= 0, got " + skew);
      }
      this.expirySkew = skew;
      return this;
    }

    /**
     * Sets the lifetime assumed when a token answer has no {@code expires_in} (default 3600 s).
     *
     * @param seconds positive
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder defaultExpiresIn(long seconds) {
      if (seconds <= 0) {
        throw new IllegalArgumentException("defaultExpiresIn must be positive, got " + seconds);
      }
      this.defaultExpiresIn = seconds;
      return this;
    }

    /**
     * Sets how long a refresh may hold the credential's refresh lease in the token store (default
     * 30 s): longer than a token request takes, short enough that a process that died holding it
     * does not keep the others waiting long.
     *
     * @param leaseTime positive
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder refreshLeaseTime(Duration leaseTime) {
      Objects.requireNonNull(leaseTime, "refreshLeaseTime");
      if (leaseTime.isNegative() || leaseTime.isZero()) {
        throw new IllegalArgumentException("refreshLeaseTime must be positive, got " + leaseTime);
      }
      this.refreshLeaseTime = leaseTime;
      return this;
    }

    /**
     * Sets how often a process that finds the refresh lease taken looks for the new pair (default
     * 100 ms, slept through the service's sleeper).
     *
     * @param interval positive, shorter than the lease time
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder refreshPollInterval(Duration interval) {
      Objects.requireNonNull(interval, "refreshPollInterval");
      if (interval.isNegative() || interval.toMillis() < 1) {
        throw new IllegalArgumentException(
            "refreshPollInterval must be at least 1 ms, got " + interval);
      }
      this.refreshPollInterval = interval;
      return this;
    }

    /**
     * Builds the authentication.
     *
     * @return the authentication
     */
    public OAuth2Authentication build() {
      return new OAuth2Authentication(this);
    }
  }
}
