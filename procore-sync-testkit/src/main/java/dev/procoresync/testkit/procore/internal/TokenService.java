package dev.procoresync.testkit.procore.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.testkit.http.Reply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * OAuth 2.0 as Procore's login host serves it: client credentials, authorization codes (single use,
 * 10 minutes) and refresh tokens that rotate on every use. Access tokens expire on the fake clock.
 */
public final class TokenService {
  private final Clock clock;
  private final AtomicLong sequence = new AtomicLong();
  private final Map<String, String> clients = new ConcurrentHashMap<>();
  private final Map<String, Instant> accessTokens = new ConcurrentHashMap<>();
  private final Map<String, String> tokenClients = new ConcurrentHashMap<>();
  private volatile String defaultClient = "";
  private final Map<String, String> refreshTokens = new ConcurrentHashMap<>();
  private final Map<String, Instant> codes = new ConcurrentHashMap<>();
  private final AtomicReference<@Nullable Runnable> hold = new AtomicReference<>();
  private volatile Duration accessTokenLifetime;

  TokenService(Clock clock, Duration accessTokenLifetime) {
    this.clock = clock;
    this.accessTokenLifetime = accessTokenLifetime;
  }

  void registerClient(String clientId, String clientSecret) {
    if (clients.isEmpty()) {
      defaultClient = clientId;
    }
    clients.put(clientId, clientSecret);
  }

  void accessTokenLifetime(Duration lifetime) {
    this.accessTokenLifetime = lifetime;
  }

  /** Issues an access token directly (seeding), valid for the configured lifetime. */
  String issueAccessToken() {
    return issueAccessToken(defaultClient);
  }

  private String issueAccessToken(String clientId) {
    String token = "fake-access-" + sequence.incrementAndGet();
    accessTokens.put(token, clock.instant().plus(accessTokenLifetime));
    tokenClients.put(token, clientId);
    return token;
  }

  /** The OAuth client a token was issued to (the rate-limit budget's app), or "" when unknown. */
  String clientOf(@Nullable String accessToken) {
    return accessToken == null ? "" : tokenClients.getOrDefault(accessToken, "");
  }

  /** Issues a refresh token directly (seeding), as if from an authorization code exchange. */
  String issueRefreshToken(String clientId) {
    String token = "fake-refresh-" + sequence.incrementAndGet();
    refreshTokens.put(token, clientId);
    return token;
  }

  String issueAuthorizationCode() {
    String code = "fake-code-" + sequence.incrementAndGet();
    codes.put(code, clock.instant().plus(Duration.ofMinutes(10)));
    return code;
  }

  void revokeAccessToken(String token) {
    accessTokens.remove(token);
  }

  boolean isValid(@Nullable String accessToken) {
    if (accessToken == null) {
      return false;
    }
    Instant expiresAt = accessTokens.get(accessToken);
    return expiresAt != null && clock.instant().isBefore(expiresAt);
  }

  void hold(Runnable onArrival) {
    if (!hold.compareAndSet(null, onArrival)) {
      throw new IllegalStateException("a token request is already being held");
    }
  }

  /** POST /oauth/token. */
  Reply token(Exchange ex) {
    Runnable gate = hold.getAndSet(null);
    if (gate != null) {
      gate.run();
    }
    String grantType = ex.formParam("grant_type");
    String clientId = ex.formParam("client_id");
    String clientSecret = ex.formParam("client_secret");
    if (grantType == null) {
      return ProcoreErrors.invalidTokenRequest(
          "invalid_request", "The request is missing a required parameter: grant_type.");
    }
    if (clientId == null || !Objects.equals(clients.get(clientId), clientSecret)) {
      return ProcoreErrors.invalidClient();
    }
    switch (grantType) {
      case "client_credentials":
        return tokenResponse(clientId, null);
      case "authorization_code":
        {
          String code = ex.formParam("code");
          Instant expiresAt = code == null ? null : codes.remove(code);
          if (expiresAt == null || !clock.instant().isBefore(expiresAt)) {
            return ProcoreErrors.invalidGrant("The authorization code is invalid");
          }
          return tokenResponse(clientId, issueRefreshToken(clientId));
        }
      case "refresh_token":
        {
          String refresh = ex.formParam("refresh_token");
          String owner = refresh == null ? null : refreshTokens.remove(refresh);
          if (owner == null || !owner.equals(clientId)) {
            return ProcoreErrors.invalidGrant(ProcoreErrors.REFRESH_TOKEN_INVALID);
          }
          return tokenResponse(clientId, issueRefreshToken(clientId));
        }
      default:
        return ProcoreErrors.invalidTokenRequest(
            "unsupported_grant_type",
            "The authorization grant type is not supported by the authorization server.");
    }
  }

  private Reply tokenResponse(String clientId, @Nullable String refreshToken) {
    ObjectNode body =
        Json.object()
            .put("access_token", issueAccessToken(clientId))
            .put("token_type", "bearer")
            .put("expires_in", accessTokenLifetime.toSeconds());
    if (refreshToken != null) {
      body.put("refresh_token", refreshToken);
    }
    body.put("created_at", clock.instant().getEpochSecond());
    return Reply.json(200, body);
  }

  /** GET /oauth/token/info. */
  Reply info(Exchange ex) {
    String token = bearer(ex);
    if (!isValid(token)) {
      return ProcoreErrors.invalidAccessToken();
    }
    Instant expiresAt = accessTokens.get(token);
    long remaining =
        expiresAt == null ? 0 : Duration.between(clock.instant(), expiresAt).toSeconds();
    return Reply.json(
        200,
        Json.object()
            .put("resource_owner_id", 1)
            .putNull("scope")
            .put("expires_in_seconds", remaining)
            .put("created_at", clock.instant().getEpochSecond()));
  }

  /** POST /oauth/revoke: 200 even for an unknown token. */
  Reply revoke(Exchange ex) {
    String token = ex.formParam("token");
    if (token != null) {
      accessTokens.remove(token);
      tokenClients.remove(token);
      refreshTokens.remove(token);
    }
    return Reply.json(200, Json.object());
  }

  static @Nullable String bearer(Exchange ex) {
    return bearer(ex.header("Authorization"));
  }

  static @Nullable String bearer(dev.procoresync.testkit.http.Exchange ex) {
    return bearer(ex.header("Authorization").orElse(null));
  }

  private static @Nullable String bearer(@Nullable String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    return header.substring(7).trim();
  }
}
