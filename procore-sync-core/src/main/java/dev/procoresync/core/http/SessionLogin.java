package dev.procoresync.core.http;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The login call of a {@link SessionAuthentication}: logs in through {@link
 * AuthContext#tokenClient()} (so no host interceptor sees the password) and returns the {@link
 * Session} to send.
 *
 * <pre>{@code
 * SessionLogin login = SessionLogin.formCookie(
 *     "https://api.example.com/login", Map.of("username", user, "password", password), "SESSION");
 * }</pre>
 */
@FunctionalInterface
public interface SessionLogin {

  /**
   * Logs in.
   *
   * @param context the service's context; use its token client for the call
   * @return the session
   * @throws IOException when the login call got no answer
   * @throws dev.procoresync.core.error.ServiceException when the service refused the login
   */
  Session login(AuthContext context) throws IOException;

  /**
   * Returns a login that POSTs a form and takes the named cookie from the answer's {@code
   * Set-Cookie}.
   *
   * @param loginUrl the login endpoint, HTTPS (plain HTTP only on loopback)
   * @param form the form fields (user name, password ...); values are never printed
   * @param cookieName the session cookie's name
   * @return the login
   * @throws IllegalArgumentException when the URL is not HTTPS or the cookie name is blank
   */
  static SessionLogin formCookie(String loginUrl, Map<String, String> form, String cookieName) {
    HttpUrl url = HttpServiceUrls.secure("loginUrl", loginUrl);
    Map<String, String> fields = new LinkedHashMap<>(Objects.requireNonNull(form, "form"));
    Objects.requireNonNull(cookieName, "cookieName");
    if (cookieName.isBlank()) {
      throw new IllegalArgumentException("cookieName must not be blank");
    }
    return context -> {
      FormBody.Builder body = new FormBody.Builder();
      fields.forEach(body::add);
      Request request = new Request.Builder().url(url).post(body.build()).build();
      try (Response response = context.tokenClient().newCall(request).execute()) {
        context.report(
            RequestEvent.builder(context.serviceName(), "POST", url.encodedPath())
                .status(response.code())
                .build());
        if (!response.isSuccessful()) {
          throw new dev.procoresync.core.error.ServiceException(
              context.serviceName(),
              response.code(),
              null,
              null,
              response.code() >= 500,
              "login at " + url.host() + url.encodedPath() + " refused with " + response.code(),
              null);
        }
        for (String setCookie : response.headers("Set-Cookie")) {
          String pair = setCookie.split(";", 2)[0].trim();
          int eq = pair.indexOf('=');
          if (eq > 0 && pair.substring(0, eq).trim().equals(cookieName)) {
            return Session.cookie(cookieName, pair.substring(eq + 1).trim());
          }
        }
        throw new dev.procoresync.core.error.DecodingException(
            context.serviceName(),
            "login at " + url.host() + url.encodedPath() + " set no cookie " + cookieName,
            null);
      }
    };
  }
}
