package dev.procoresync.it.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.procoresync.core.error.OAuthException;
import dev.procoresync.core.http.Authentication;
import dev.procoresync.core.http.HttpService;
import dev.procoresync.core.http.OAuth2Authentication;
import dev.procoresync.core.http.RequestEvent;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.core.http.SessionAuthentication;
import dev.procoresync.core.http.SessionLogin;
import dev.procoresync.core.state.InMemorySyncStateStore;
import dev.procoresync.core.state.TokenPair;
import dev.procoresync.core.state.TokenStore;
import dev.procoresync.testkit.FakeClock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each authentication kind of the kit against a small service defined here (WireMock on loopback):
 * what goes on the wire, renewal on 401, token refusals typed by their RFC 6749 error code.
 */
class HttpServiceAuthTest {
  private WireMockServer server;
  private final FakeClock clock = FakeClock.create();
  private final List<RequestEvent> events = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    server.stubFor(
        get(urlPathEqualTo("/api/items/7"))
            .willReturn(
                aResponse().withHeader("Content-Type", "application/json").withBody("{\"id\":7}")));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private String url(String path) {
    return server.baseUrl() + path;
  }

  private HttpService service(Authentication auth) {
    return HttpService.builder()
        .serviceName("acme")
        .baseUrl(url("/api/"))
        .authentication(auth)
        .clock(clock)
        .sleeper(clock.sleeper())
        .retryPolicy(RetryPolicy.defaults().withJitter(0))
        .addRequestListener(events::add)
        .build();
  }

  private JsonNode item(HttpService s) {
    return s.execute(
        new Request.Builder().url(s.baseUrl().resolve("items/7")).build(), JsonNode.class);
  }

  private void tokenAnswer(String body) {
    server.stubFor(
        post(urlPathEqualTo("/tenant-1/oauth2/v2.0/token"))
            .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
  }

  @Test
  void clientCredentialsWithScopeIsFormEncodedAndTheTokenIsReused() {
    tokenAnswer("{\"access_token\":\"at-1\",\"token_type\":\"Bearer\",\"expires_in\":3599}");
    HttpService s =
        service(
            OAuth2Authentication.clientCredentials(
                    url("/tenant-1/oauth2/v2.0/token"), "client-1", "s3cr3t")
                .scope("https://api.businesscentral.dynamics.com/.default")
                .build());

    assertEquals(7, item(s).get("id").asInt());
    assertEquals(7, item(s).get("id").asInt());

    server.verify(
        1,
        postRequestedFor(urlPathEqualTo("/tenant-1/oauth2/v2.0/token"))
            .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
            .withRequestBody(containing("grant_type=client_credentials"))
            .withRequestBody(
                containing("scope=https%3A%2F%2Fapi.businesscentral.dynamics.com%2F.default"))
            .withRequestBody(containing("client_secret=s3cr3t")));
    server.verify(
        2,
        getRequestedFor(urlPathEqualTo("/api/items/7"))
            .withHeader("Authorization", equalTo("Bearer at-1")));
    assertEquals("/tenant-1/oauth2/v2.0/token", events.get(0).path());
    assertEquals("acme", events.get(0).service());
  }

  @Test
  void aRotatingRefreshTokenIsStoredWithCompareAndSetBeforeItIsUsed() {
    tokenAnswer("{\"access_token\":\"at-2\",\"refresh_token\":\"rt-2\",\"expires_in\":5400}");
    List<String> order = new ArrayList<>();
    TokenStore store =
        new TokenStore() {
          private final TokenStore inner = InMemorySyncStateStore.create(clock);

          @Override
          public Optional<TokenPair> token(String key) {
            return inner.token(key);
          }

          @Override
          public boolean compareAndSet(String key, @Nullable TokenPair expected, TokenPair next) {
            order.add(
                "stored "
                    + next.refreshToken().orElse("-")
                    + " seen "
                    + server.getAllServeEvents().stream()
                        .filter(e -> e.getRequest().getUrl().startsWith("/api/"))
                        .count()
                    + " api calls");
            return inner.compareAndSet(key, expected, next);
          }
        };
    HttpService s =
        service(
            OAuth2Authentication.refreshToken(url("/tenant-1/oauth2/v2.0/token"), "c", "s", "rt-1")
                .tokenStore(store)
                .credentialKey("acme|c")
                .build());

    item(s);

    assertEquals(List.of("stored rt-2 seen 0 api calls"), order);
    server.verify(
        postRequestedFor(urlPathEqualTo("/tenant-1/oauth2/v2.0/token"))
            .withRequestBody(containing("grant_type=refresh_token"))
            .withRequestBody(containing("refresh_token=rt-1")));
    assertEquals("rt-2", store.token("acme|c").orElseThrow().refreshToken().orElseThrow());
    // the access token expires: the stored (rotated) refresh token is spent, not the first one
    clock.advance(java.time.Duration.ofSeconds(5400));
    tokenAnswer("{\"access_token\":\"at-3\",\"refresh_token\":\"rt-3\",\"expires_in\":5400}");
    item(s);
    server.verify(
        postRequestedFor(urlPathEqualTo("/tenant-1/oauth2/v2.0/token"))
            .withRequestBody(containing("refresh_token=rt-2")));
    assertEquals("rt-3", store.token("acme|c").orElseThrow().refreshToken().orElseThrow());
  }

  @Test
  void anAuthorizationCodeIsExchangedOnceThenRefreshed() {
    tokenAnswer("{\"access_token\":\"at-1\",\"refresh_token\":\"rt-1\",\"expires_in\":60}");
    HttpService s =
        service(
            OAuth2Authentication.authorizationCode(
                    url("/tenant-1/oauth2/v2.0/token"), "c", "s", "code-1", "https://app/cb")
                .expirySkew(java.time.Duration.ZERO)
                .build());
    item(s);
    clock.advance(java.time.Duration.ofSeconds(61));
    item(s);
    server.verify(
        1,
        postRequestedFor(urlPathEqualTo("/tenant-1/oauth2/v2.0/token"))
            .withRequestBody(containing("grant_type=authorization_code"))
            .withRequestBody(containing("code=code-1"))
            .withRequestBody(containing("redirect_uri=https%3A%2F%2Fapp%2Fcb")));
    server.verify(
        1,
        postRequestedFor(urlPathEqualTo("/tenant-1/oauth2/v2.0/token"))
            .withRequestBody(containing("grant_type=refresh_token")));
  }

  @Test
  void tokenRefusalsKeepTheirRfc6749ErrorCode() {
    server.stubFor(
        post(urlPathEqualTo("/tenant-1/oauth2/v2.0/token"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\":\"invalid_grant\",\"error_description\":\"refresh token revoked\"}")));
    HttpService grant =
        service(
            OAuth2Authentication.refreshToken(
                    url("/tenant-1/oauth2/v2.0/token"), "c", "s3cr3t", "rt-x")
                .build());
    OAuthException e = assertThrows(OAuthException.class, () -> item(grant));
    assertEquals("invalid_grant", e.error());
    assertTrue(e.requiresReauthorization());
    assertEquals(400, e.status());
    assertEquals(Optional.of("invalid_grant"), e.serviceErrorCode());
    assertTrue(e.getMessage().contains("refresh token revoked"), e.getMessage());
    assertFalse(
        e.getMessage().contains("s3cr3t") || e.getMessage().contains("rt-x"), e.getMessage());

    server.stubFor(
        post(urlPathEqualTo("/tenant-1/oauth2/v2.0/token"))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"error\":\"invalid_client\"}")));
    HttpService client =
        service(
            OAuth2Authentication.clientCredentials(url("/tenant-1/oauth2/v2.0/token"), "c", "bad")
                .build());
    OAuthException c = assertThrows(OAuthException.class, () -> item(client));
    assertEquals("invalid_client", c.error());
    assertFalse(c.requiresReauthorization());
    server.verify(0, getRequestedFor(urlPathEqualTo("/api/items/7")));
  }

  @Test
  void aStaticHeaderAndHttpBasicAreSentOnEveryRequest() {
    item(service(Authentication.header("Ocp-Apim-Subscription-Key", "k-123")));
    server.verify(
        getRequestedFor(urlPathEqualTo("/api/items/7"))
            .withHeader("Ocp-Apim-Subscription-Key", equalTo("k-123")));

    item(service(Authentication.basic("ann", "pässword")));
    String expected =
        "Basic "
            + Base64.getEncoder()
                .encodeToString("ann:pässword".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    server.verify(
        getRequestedFor(urlPathEqualTo("/api/items/7"))
            .withHeader("Authorization", equalTo(expected)));
    assertFalse(Authentication.header("X-Key", "k-123").toString().contains("k-123"));
  }

  @Test
  void aSessionLoginSendsItsCookieAndLogsInAgainOnceOn401() {
    server.stubFor(
        post(urlPathEqualTo("/login"))
            .inScenario("login")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withHeader("Set-Cookie", "SESSION=s-1; Path=/; HttpOnly"))
            .willSetStateTo("second"));
    server.stubFor(
        post(urlPathEqualTo("/login"))
            .inScenario("login")
            .whenScenarioStateIs("second")
            .willReturn(aResponse().withHeader("Set-Cookie", "SESSION=s-2; Path=/")));
    server.stubFor(
        get(urlPathEqualTo("/api/items/7"))
            .withHeader("Cookie", equalTo("SESSION=s-1"))
            .willReturn(aResponse().withStatus(401)));
    server.stubFor(
        get(urlPathEqualTo("/api/items/7"))
            .withHeader("Cookie", equalTo("SESSION=s-2"))
            .willReturn(
                aResponse().withHeader("Content-Type", "application/json").withBody("{\"id\":7}")));
    HttpService s =
        service(
            new SessionAuthentication(
                SessionLogin.formCookie(
                    url("/login"), Map.of("user", "ann", "password", "pw-9"), "SESSION"),
                "ann"));

    assertEquals(7, item(s).get("id").asInt());
    assertEquals(7, item(s).get("id").asInt());

    server.verify(
        2, postRequestedFor(urlPathEqualTo("/login")).withRequestBody(containing("password=pw-9")));
    server.verify(3, getRequestedFor(urlPathEqualTo("/api/items/7")));
  }

  @Test
  void a401AfterRenewalIsNotLooped() {
    tokenAnswer("{\"access_token\":\"at-1\",\"expires_in\":3600}");
    server.stubFor(get(urlPathEqualTo("/api/items/7")).willReturn(aResponse().withStatus(401)));
    HttpService s =
        service(
            OAuth2Authentication.clientCredentials(url("/tenant-1/oauth2/v2.0/token"), "c", "s")
                .build());
    dev.procoresync.core.error.ServiceException e =
        assertThrows(dev.procoresync.core.error.ServiceException.class, () -> item(s));
    assertEquals(401, e.status());
    server.verify(2, getRequestedFor(urlPathEqualTo("/api/items/7")));
    server.verify(2, postRequestedFor(urlPathEqualTo("/tenant-1/oauth2/v2.0/token")));
    assertEquals(2, events.get(events.size() - 1).attempts());
  }
}
