package dev.procoresync.core.http;

import java.io.IOException;
import java.util.Objects;
import okhttp3.Credentials;
import okhttp3.Request;

/**
 * How a service client proves who it is: applied to every attempt of every request by the {@link
 * HttpService} pipeline, and asked once to renew its credentials when the service answers 401.
 *
 * <p>Implementations: {@link OAuth2Authentication} (client credentials, rotating refresh tokens,
 * authorization code), {@link SessionAuthentication} (a login call whose session is then sent),
 * {@link #header} (API or subscription keys), {@link #basic} (HTTP basic) and {@link #none()}. They
 * must be thread safe; one instance may serve several services (they then share its tokens). Token
 * and login requests go through {@link AuthContext#tokenClient()}, which carries none of the host's
 * interceptors, so a host's logger never sees a secret.
 *
 * <pre>{@code
 * Authentication auth = Authentication.header("Ocp-Apim-Subscription-Key", key);
 * HttpService service = HttpService.builder().serviceName("acme").baseUrl(url)
 *     .authentication(auth).build();
 * }</pre>
 */
public interface Authentication {

  /**
   * Adds credentials to one attempt of a request.
   *
   * @param request the attempt, without credentials
   * @param context the service's context (token client, clock, listeners)
   * @return the attempt with credentials
   * @throws IOException when a token or login request got no answer
   * @throws dev.procoresync.core.error.OAuthException when a token endpoint refused
   */
  Request authenticate(Request request, AuthContext context) throws IOException;

  /**
   * Renews the credentials after the service answered 401 to {@code rejected}; called at most once
   * per logical request. Single flight: when another thread already renewed them since {@code
   * rejected} was sent, implementations use the renewed ones instead of renewing again.
   *
   * @param rejected the attempt the service refused, with the credentials it carried
   * @param context the service's context
   * @return {@code true} when new credentials exist and the request should be sent once more
   * @throws IOException when a token or login request got no answer
   */
  default boolean renew(Request rejected, AuthContext context) throws IOException {
    return false;
  }

  /**
   * Returns a name for the identity these credentials stand for (never a secret), used in
   * rate-limit keys and logs, such as a client id.
   *
   * @return the identity, possibly empty
   */
  default String identity() {
    return "";
  }

  /**
   * Returns an authentication that adds nothing.
   *
   * @return the no-op authentication
   */
  static Authentication none() {
    return (request, context) -> request;
  }

  /**
   * Returns an authentication that sends one fixed header (an API key or subscription key).
   *
   * @param name the header name, such as {@code "X-Api-Key"}
   * @param value the secret value; never printed
   * @return the authentication
   * @throws IllegalArgumentException when the name or value is blank
   */
  static Authentication header(String name, String value) {
    return new StaticHeaderAuthentication(name, value, "");
  }

  /**
   * Returns HTTP basic authentication ({@code Authorization: Basic ...}, UTF-8).
   *
   * @param username the user name (also the {@link #identity()})
   * @param password the password; never printed
   * @return the authentication
   * @throws IllegalArgumentException when the user name is blank
   */
  static Authentication basic(String username, String password) {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    if (username.isBlank()) {
      throw new IllegalArgumentException("username must not be blank");
    }
    return new StaticHeaderAuthentication(
        "Authorization",
        Credentials.basic(username, password, java.nio.charset.StandardCharsets.UTF_8),
        username);
  }
}
