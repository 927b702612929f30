package dev.procoresync.core.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.procoresync.core.client.internal.ErrorMapper;
import dev.procoresync.core.client.internal.OAuthApi;
import dev.procoresync.core.client.internal.WireJson;
import dev.procoresync.core.error.ProcoreApiException;
import dev.procoresync.core.error.ProcoreSyncException;
import dev.procoresync.core.error.ProcoreTransportException;
import dev.procoresync.core.error.ProcoreUnauthorizedException;
import dev.procoresync.core.http.RequestEvent;
import dev.procoresync.core.http.RequestListener;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.core.state.TokenPair;
import dev.procoresync.core.state.TokenStore;
import dev.procoresync.core.time.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Response;

/**
 * Hands out a valid access token, refreshing it at most once at a time per client (single flight)
 * and storing every new pair with compare-and-set before it is used.
 */
final class TokenManager {
  private static final Logger LOG = LoggerFactory.getLogger(TokenManager.class);
  private static final long EXPIRY_SKEW_SECONDS = 60;

  private final ProcoreCredentials credentials;
  private final TokenStore store;
  private final String credentialKey;
  private final OAuthApi api;
  private final RequestListener listener;
  private final Clock clock;
  private final Sleeper sleeper;
  private final RetryPolicy retryPolicy;
  private final ReentrantLock lock = new ReentrantLock();
  private boolean codeSpent;

  /**
   * Creates a manager.
   *
   * @param credentials the app's credentials
   * @param store where pairs are kept
   * @param credentialKey the store key of this credential
   * @param api the token endpoint
   * @param clock the clock
   * @param sleeper the sleeper for retry backoff
   * @param retryPolicy how token requests are retried on I/O errors and 5xx
   */
  public TokenManager(
      ProcoreCredentials credentials,
      TokenStore store,
      String credentialKey,
      OAuthApi api,
      Clock clock,
      Sleeper sleeper,
      RetryPolicy retryPolicy,
      RequestListener listener) {
    this.listener = listener;
    this.credentials = credentials;
    this.store = store;
    this.credentialKey = credentialKey;
    this.api = api;
    this.clock = clock;
    this.sleeper = sleeper;
    this.retryPolicy = retryPolicy;
  }

  /**
   * Returns the store key of this credential.
   *
   * @return the key (never a secret)
   */
  public String credentialKey() {
    return credentialKey;
  }

  private boolean fresh(Optional<TokenPair> pair) {
    return pair.isPresent() && !pair.get().expiresWithin(clock.instant(), EXPIRY_SKEW_SECONDS);
  }

  /**
   * Returns a valid access token, obtaining a new pair first when the stored one is missing or
   * about to expire.
   *
   * @return the access token
   * @throws ProcoreApiException when the token endpoint refuses
   * @throws ProcoreTransportException when the token endpoint cannot be reached
   */
  public String accessToken() {
    Optional<TokenPair> pair = store.token(credentialKey);
    if (fresh(pair)) {
      return pair.get().accessToken();
    }
    lock.lock();
    try {
      pair = store.token(credentialKey);
      if (fresh(pair)) {
        return pair.get().accessToken();
      }
      return obtain(pair.orElse(null)).accessToken();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Returns a token to retry with after {@code rejected} got a 401: the stored one if another
   * thread or process already replaced it, else a newly obtained one.
   *
   * @param rejected the access token the service refused
   * @return the access token to retry with
   */
  public String refreshAfterRejection(String rejected) {
    lock.lock();
    try {
      Optional<TokenPair> pair = store.token(credentialKey);
      if (fresh(pair) && !pair.get().accessToken().equals(rejected)) {
        return pair.get().accessToken();
      }
      return obtain(pair.orElse(null)).accessToken();
    } finally {
      lock.unlock();
    }
  }

  private TokenPair obtain(@Nullable TokenPair current) {
    Map<String, String> fields = new LinkedHashMap<>();
    String grant;
    if (current != null && current.refreshToken().isPresent()) {
      grant = "refresh_token";
      fields.put("refresh_token", current.refreshToken().get());
    } else {
      switch (credentials.grant()) {
        case CLIENT_CREDENTIALS:
          grant = "client_credentials";
          break;
        case AUTHORIZATION_CODE:
          if (codeSpent) {
            throw new ProcoreSyncException(
                "the authorization code of client "
                    + credentials.clientId()
                    + " was already exchanged and the token store holds no refresh token;"
                    + " authorize the app again");
          }
          codeSpent = true;
          grant = "authorization_code";
          fields.put("code", credentials.code().orElseThrow());
          fields.put("redirect_uri", credentials.redirectUri().orElseThrow());
          break;
        case REFRESH_TOKEN:
        default:
          grant = "refresh_token";
          fields.put("refresh_token", credentials.refreshToken().orElseThrow());
          break;
      }
    }
    fields.put("grant_type", grant);
    fields.put("client_id", credentials.clientId());
    fields.put("client_secret", credentials.clientSecret());
    TokenPair obtained;
    try {
      obtained = request(fields);
    } catch (ProcoreApiException e) {
      // another process may have spent the refresh token first: use the pair it stored
      Optional<TokenPair> now = store.token(credentialKey);
      if (fresh(now) && (current == null || !now.get().equals(current))) {
        LOG.debug("token request for {} refused; using the pair stored meanwhile", credentialKey);
        return now.get();
      }
      throw e;
    }
    if (store.compareAndSet(credentialKey, current, obtained)) {
      LOG.debug("new token pair stored for {} (grant {})", credentialKey, grant);
      return obtained;
    }
    Optional<TokenPair> winner = store.token(credentialKey);
    LOG.debug("token pair for {} was replaced concurrently; using the winner's", credentialKey);
    return winner.orElse(obtained);
  }

  private TokenPair request(Map<String, String> fields) {
    int attempt = 0;
    Duration backoff = Duration.ZERO;
    while (true) {
      Response<ResponseBody> response;
      try {
        response = api.token(fields).execute();
      } catch (IOException e) {
        if (attempt < retryPolicy.maxRetries() && !(e instanceof InterruptedIOException)) {
          attempt++;
          Duration wait = retryPolicy.backoff(attempt, ThreadLocalRandom.current().nextDouble());
          backoff = backoff.plus(wait);
          pause(wait);
          continue;
        }
        emit(0, null, attempt, backoff);
        throw new ProcoreTransportException(
            "POST /oauth/token failed: " + e.getClass().getSimpleName(), e);
      }
      String body;
      try (ResponseBody rb = response.isSuccessful() ? response.body() : response.errorBody()) {
        body = rb == null ? "" : rb.string();
      } catch (IOException e) {
        throw new ProcoreTransportException("POST /oauth/token: reading the answer failed", e);
      }
      String requestId = response.headers().get("X-Request-Id");
      if (response.code() >= 500 && attempt < retryPolicy.maxRetries()) {
        attempt++;
        Duration wait = retryPolicy.backoff(attempt, ThreadLocalRandom.current().nextDouble());
        backoff = backoff.plus(wait);
        pause(wait);
        continue;
      }
      emit(response.code(), requestId, attempt, backoff);
      if (response.isSuccessful()) {
        return parse(body, requestId);
      }
      ProcoreApiException mapped =
          ErrorMapper.toException(response.code(), "POST", "/oauth/token", body, requestId, null);
      if (response.code() == 400 || response.code() == 401) {
        throw new ProcoreUnauthorizedException(
            response.code(),
            "POST",
            "/oauth/token",
            mapped.procoreMessage(),
            requestId,
            mapped.details());
      }
      throw mapped;
    }
  }

  /** Tells the request listener about one token request (retries included), as for API calls. */
  private void emit(int status, @Nullable String requestId, int retries, Duration backoff) {
    try {
      listener.onRequest(
          new RequestEvent(
              "POST", "/oauth/token", status, requestId, retries, Duration.ZERO, backoff, null));
    } catch (RuntimeException e) {
      LOG.warn("request listener failed on POST /oauth/token", e);
    }
  }

  private TokenPair parse(String body, @Nullable String requestId) {
    try {
      JsonNode node = WireJson.mapper().readTree(body);
      String access = node.path("access_token").asText("");
      if (access.isEmpty()) {
        throw new ProcoreApiException(
            200, "POST", "/oauth/token", "answer carries no access_token", requestId, List.of());
      }
      JsonNode refresh = node.get("refresh_token");
      long expiresIn = node.path("expires_in").asLong(5400);
      Instant expiresAt = clock.instant().plusSeconds(expiresIn);
      return TokenPair.of(
          access,
          refresh == null || refresh.isNull() || refresh.asText().isEmpty()
              ? Optional.empty()
              : Optional.of(refresh.asText()),
          expiresAt);
    } catch (IOException e) {
      throw new ProcoreApiException(
          200, "POST", "/oauth/token", "answer is not JSON", requestId, List.of());
    }
  }

  private void pause(Duration d) {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProcoreTransportException("POST /oauth/token interrupted", e);
    }
  }

  @Override
  public String toString() {
    return "TokenManager{" + credentialKey + ", grant=" + credentials.grant() + "}";
  }
}
