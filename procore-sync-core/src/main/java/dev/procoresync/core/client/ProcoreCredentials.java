package dev.procoresync.core.client;

import dev.procoresync.core.http.OAuth2Authentication;
import dev.procoresync.core.state.TokenStore;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The OAuth 2.0 credentials of an app: the client id and secret and the grant used to get the first
 * token.
 *
 * <ul>
 *   <li>{@link #clientCredentials}: a Developer Managed Service Account installed in the company.
 *   <li>{@link #authorizationCode}: a user's one-time code (valid 10 minutes), exchanged once; the
 *       pair obtained is then refreshed.
 *   <li>{@link #refreshToken}: a refresh token obtained earlier (Procore rotates it on each use;
 *       the client keeps the newest in its token store).
 * </ul>
 *
 * <p>Secrets never appear in {@code toString()}.
 *
 * <pre>{@code
 * ProcoreCredentials creds = ProcoreCredentials.clientCredentials("my-client-id", secret);
 * }</pre>
 */
public final class ProcoreCredentials {

  /** How the first token is obtained. */
  public enum Grant {
    /** OAuth {@code client_credentials}. */
    CLIENT_CREDENTIALS,
    /** OAuth {@code authorization_code}. */
    AUTHORIZATION_CODE,
    /** OAuth {@code refresh_token}. */
    REFRESH_TOKEN
  }

  private final Grant grant;
  private final String clientId;
  private final String clientSecret;
  private final @Nullable String code;
  private final @Nullable String redirectUri;
  private final @Nullable String refreshToken;

  private ProcoreCredentials(
      Grant grant,
      String clientId,
      String clientSecret,
      @Nullable String code,
      @Nullable String redirectUri,
      @Nullable String refreshToken) {
    this.grant = grant;
    this.clientId = nonBlank("clientId", clientId);
    this.clientSecret = nonBlank("clientSecret", clientSecret);
    this.code = code;
    this.redirectUri = redirectUri;
    this.refreshToken = refreshToken;
  }

  private static String nonBlank(String name, @Nullable String value) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /**
   * Creates client-credentials (service account) credentials.
   *
   * @param clientId the app's client id
   * @param clientSecret the app's client secret
   * @return the credentials
   * @throws IllegalArgumentException when a value is blank
   */
  public static ProcoreCredentials clientCredentials(String clientId, String clientSecret) {
    return new ProcoreCredentials(
        Grant.CLIENT_CREDENTIALS, clientId, clientSecret, null, null, null);
  }

  /**
   * Creates authorization-code credentials.
   *
   * @param clientId the app's client id
   * @param clientSecret the app's client secret
   * @param code the one-time authorization code
   * @param redirectUri the redirect URI the code was issued for
   * @return the credentials
   * @throws IllegalArgumentException when a value is blank
   */
  public static ProcoreCredentials authorizationCode(
      String clientId, String clientSecret, String code, String redirectUri) {
    return new ProcoreCredentials(
        Grant.AUTHORIZATION_CODE,
        clientId,
        clientSecret,
        nonBlank("code", code),
        nonBlank("redirectUri", redirectUri),
        null);
  }

  /**
   * Creates refresh-token credentials. The token is used only when the token store holds no newer
   * pair for this client id.
   *
   * @param clientId the app's client id
   * @param clientSecret the app's client secret
   * @param refreshToken a refresh token obtained earlier
   * @return the credentials
   * @throws IllegalArgumentException when a value is blank
   */
  public static ProcoreCredentials refreshToken(
      String clientId, String clientSecret, String refreshToken) {
    return new ProcoreCredentials(
        Grant.REFRESH_TOKEN,
        clientId,
        clientSecret,
        null,
        null,
        nonBlank("refreshToken", refreshToken));
  }

  /**
   * Returns the grant.
   *
   * @return how the first token is obtained
   */
  public Grant grant() {
    return grant;
  }

  /**
   * Returns the client id (not a secret).
   *
   * @return the client id
   */
  public String clientId() {
    return clientId;
  }

  /**
   * Returns the client secret. Never log it.
   *
   * @return the client secret
   */
  public String clientSecret() {
    return clientSecret;
  }

  /**
   * Returns the authorization code, for {@link Grant#AUTHORIZATION_CODE}.
   *
   * @return the code, if any
   */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /**
   * Returns the redirect URI, for {@link Grant#AUTHORIZATION_CODE}.
   *
   * @return the redirect URI, if any
   */
  public Optional<String> redirectUri() {
    return Optional.ofNullable(redirectUri);
  }

  /**
   * Returns the initial refresh token, for {@link Grant#REFRESH_TOKEN}.
   *
   * @return the refresh token, if any
   */
  public Optional<String> refreshToken() {
    return Optional.ofNullable(refreshToken);
  }

  /**
   * Returns these credentials as the kit's {@link OAuth2Authentication} against an environment's
   * login host ({@code {loginUrl}/oauth/token}), keeping pairs in {@code tokenStore} under {@code
   * "{login host}|{client id}"}.
   *
   * <pre>{@code
   * Authentication auth = creds.toAuthentication(ProcoreEnvironment.PRODUCTION, tokenStore);
   * }</pre>
   *
   * @param environment the environment whose login host issues tokens
   * @param tokenStore where token pairs are kept
   * @return the authentication
   */
  public OAuth2Authentication toAuthentication(
      ProcoreEnvironment environment, TokenStore tokenStore) {
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(tokenStore, "tokenStore");
    String tokenUrl = environment.loginUrl() + "/oauth/token";
    OAuth2Authentication.Builder b;
    switch (grant) {
      case AUTHORIZATION_CODE:
        b =
            OAuth2Authentication.authorizationCode(
                tokenUrl,
                clientId,
                clientSecret,
                Objects.requireNonNull(code),
                Objects.requireNonNull(redirectUri));
        break;
      case REFRESH_TOKEN:
        b =
            OAuth2Authentication.refreshToken(
                tokenUrl, clientId, clientSecret, Objects.requireNonNull(refreshToken));
        break;
      case CLIENT_CREDENTIALS:
      default:
        b = OAuth2Authentication.clientCredentials(tokenUrl, clientId, clientSecret);
        break;
    }
    return b.tokenStore(tokenStore)
        .credentialKey(credentialKey(environment))
        .defaultExpiresIn(5400)
        .build();
  }

  /**
   * Returns the key under which the token pairs of these credentials are stored for an environment.
   *
   * @param environment the environment
   * @return {@code "{login host}|{client id}"}, never a secret
   */
  public String credentialKey(ProcoreEnvironment environment) {
    return HttpUrl.get(environment.loginUrl()).host() + "|" + clientId;
  }

  @Override
  public String toString() {
    return "ProcoreCredentials{grant=" + grant + ", clientId=" + clientId + ", secrets=***}";
  }
}
