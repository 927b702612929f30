package dev.procoresync.testkit.procore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OAuthTokenTest {
  private final FakeProcore procore = FakeProcore.start();
  private final Http http = new Http(procore);

  @AfterEach
  void stop() {
    procore.close();
  }

  private Http.Response token(Map<String, String> form) {
    return http.postForm("/oauth/token", form);
  }

  @Test
  void clientCredentialsGiveAnAccessTokenWithoutRefreshToken() {
    Http.Response response =
        token(
            Map.of(
                "grant_type", "client_credentials",
                "client_id", procore.clientId(),
                "client_secret", procore.clientSecret()));
    assertEquals(200, response.status());
    JsonNode body = response.json();
    assertEquals("bearer", body.get("token_type").asText());
    assertEquals(5400, body.get("expires_in").asLong());
    assertEquals(procore.clock().instant().getEpochSecond(), body.get("created_at").asLong());
    assertFalse(body.has("refresh_token"));
    assertEquals(
        200, http.token(body.get("access_token").asText()).get("/rest/v1.0/vendors").status());
  }

  @Test
  void authorizationCodeIsSingleUseAndGivesARefreshToken() {
    String code = procore.authorizationCode();
    Map<String, String> form =
        Map.of(
            "grant_type",
            "authorization_code",
            "client_id",
            procore.clientId(),
            "client_secret",
            procore.clientSecret(),
            "code",
            code,
            "redirect_uri",
            "urn:ietf:wg:oauth:2.0:oob");
    Http.Response first = token(form);
    assertEquals(200, first.status());
    assertTrue(first.json().hasNonNull("refresh_token"));
    Http.Response second = token(form);
    assertEquals(401, second.status());
    assertEquals("invalid_grant", second.json().get("error").asText());
  }

  @Test
  void authorizationCodeExpiresAfterTenMinutes() {
    String code = procore.authorizationCode();
    procore.clock().advance(Duration.ofMinutes(10));
    Http.Response response =
        token(
            Map.of(
                "grant_type",
                "authorization_code",
                "client_id",
                procore.clientId(),
                "client_secret",
                procore.clientSecret(),
                "code",
                code));
    assertEquals(401, response.status());
  }

  @Test
  void refreshTokensRotateAndASpentOneIsRejectedWithProcoresBody() {
    String refresh = procore.refreshToken();
    Map<String, String> form =
        Map.of(
            "grant_type",
            "refresh_token",
            "client_id",
            procore.clientId(),
            "client_secret",
            procore.clientSecret(),
            "refresh_token",
            refresh);
    Http.Response first = token(form);
    assertEquals(200, first.status());
    String rotated = first.json().get("refresh_token").asText();
    assertNotEquals(refresh, rotated);

    Http.Response reused = token(form);
    assertEquals(401, reused.status());
    assertEquals("invalid_grant", reused.json().get("error").asText());
    assertEquals("The refresh token is invalid", reused.json().get("error_description").asText());

    Http.Response withRotated =
        token(
            Map.of(
                "grant_type",
                "refresh_token",
                "client_id",
                procore.clientId(),
                "client_secret",
                procore.clientSecret(),
                "refresh_token",
                rotated));
    assertEquals(200, withRotated.status());
  }

  @Test
  void unknownClientIsRejected() {
    Http.Response response =
        token(
            Map.of(
                "grant_type", "client_credentials",
                "client_id", procore.clientId(),
                "client_secret", "wrong"));
    assertEquals(401, response.status());
    assertEquals("invalid_client", response.json().get("error").asText());
  }

  @Test
  void unsupportedOrMissingGrantTypeIs400() {
    assertEquals(
        "unsupported_grant_type",
        token(
                Map.of(
                    "grant_type", "password",
                    "client_id", procore.clientId(),
                    "client_secret", procore.clientSecret()))
            .json()
            .get("error")
            .asText());
    assertEquals(400, token(Map.of("client_id", procore.clientId())).status());
  }

  @Test
  void accessTokensExpireOnTheFakeClock() {
    String token = procore.accessToken();
    http.token(token);
    procore.clock().advance(Duration.ofSeconds(5399));
    assertEquals(200, http.get("/rest/v1.0/vendors").status());
    procore.clock().advance(Duration.ofSeconds(1));
    Http.Response expired = http.get("/rest/v1.0/vendors");
    assertEquals(401, expired.status());
    assertEquals("The access token is invalid", expired.json().get("errors").asText());
    assertTrue(expired.header("WWW-Authenticate").contains("invalid_token"));
  }

  @Test
  void lifetimeIsConfigurable() {
    procore.accessTokenLifetime(Duration.ofMinutes(1));
    http.token(procore.accessToken());
    procore.clock().advance(Duration.ofMinutes(1));
    assertEquals(401, http.get("/rest/v1.0/vendors").status());
  }

  @Test
  void missingUnknownAndRevokedTokensAre401() {
    assertEquals(401, http.token(null).get("/rest/v1.0/vendors").status());
    assertEquals(401, http.token("made-up").get("/rest/v1.0/vendors").status());
    String token = procore.accessToken();
    procore.revoke(token);
    assertEquals(401, http.token(token).get("/rest/v1.0/vendors").status());
  }

  @Test
  void tokenInfoDescribesAValidToken() {
    Http.Response info = http.get("/oauth/token/info");
    assertEquals(200, info.status());
    assertEquals(5400, info.json().get("expires_in_seconds").asLong());
  }

  @Test
  void heldTokenRequestWaitsForTheTest() throws Exception {
    HeldTokenRequest held = procore.holdNextTokenRequest();
    CompletableFuture<Http.Response> pending =
        CompletableFuture.supplyAsync(
            () ->
                token(
                    Map.of(
                        "grant_type", "client_credentials",
                        "client_id", procore.clientId(),
                        "client_secret", procore.clientSecret())));
    assertTrue(held.awaitArrival(Duration.ofSeconds(10)));
    assertTrue(held.hasArrived());
    assertFalse(pending.isDone());
    held.release();
    assertEquals(200, pending.get(10, TimeUnit.SECONDS).status());
    // only the next request was held
    assertEquals(
        200,
        token(
                Map.of(
                    "grant_type", "client_credentials",
                    "client_id", procore.clientId(),
                    "client_secret", procore.clientSecret()))
            .status());
  }
}
