package dev.procoresync.core.client;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * A Procore zone: the login host that issues tokens and the API host that serves resources.
 *
 * <p>Tokens and credentials of one environment are not accepted by another. Use a constant, or
 * {@link #custom(String, String)} for a pair of base URLs (a fake in tests, a proxy):
 *
 * <pre>{@code
 * ProcoreEnvironment env = ProcoreEnvironment.DEVELOPER_SANDBOX;
 * ProcoreEnvironment fake = ProcoreEnvironment.custom("http://127.0.0.1:8089", "http://127.0.0.1:8089");
 * }</pre>
 */
public final class ProcoreEnvironment {

  /** Production: {@code login.procore.com} and {@code api.procore.com}. */
  public static final ProcoreEnvironment PRODUCTION =
      new ProcoreEnvironment("PRODUCTION", "https://login.procore.com", "https://api.procore.com");

  /** The developer sandbox: {@code login-sandbox.procore.com} and {@code sandbox.procore.com}. */
  public static final ProcoreEnvironment DEVELOPER_SANDBOX =
      new ProcoreEnvironment(
          "DEVELOPER_SANDBOX", "https://login-sandbox.procore.com", "https://sandbox.procore.com");

  /**
   * The monthly sandbox (production credentials, refreshed monthly): {@code
   * login-sandbox-monthly.procore.com} and {@code api-monthly.procore.com}.
   */
  public static final ProcoreEnvironment MONTHLY_SANDBOX =
      new ProcoreEnvironment(
          "MONTHLY_SANDBOX",
          "https://login-sandbox-monthly.procore.com",
          "https://api-monthly.procore.com");

  /** The federal zone: {@code login.procoregov.com} and {@code api.procoregov.com}. */
  public static final ProcoreEnvironment FEDERAL =
      new ProcoreEnvironment(
          "FEDERAL", "https://login.procoregov.com", "https://api.procoregov.com");

  private final String name;
  private final String loginUrl;
  private final String apiUrl;

  private ProcoreEnvironment(String name, String loginUrl, String apiUrl) {
    this.name = name;
    this.loginUrl = loginUrl;
    this.apiUrl = apiUrl;
  }

  /**
   * Creates an environment from two base URLs.
   *
   * @param loginUrl the base URL of the OAuth server, such as {@code https://login.example.com}
   * @param apiUrl the base URL of the REST API, such as {@code https://api.example.com}
   * @return the environment
   * @throws IllegalArgumentException when a URL is not absolute, has a path, query or fragment, or
   *     is not HTTPS (plain HTTP is accepted only for a loopback host such as {@code 127.0.0.1} or
   *     {@code localhost})
   */
  public static ProcoreEnvironment custom(String loginUrl, String apiUrl) {
    return new ProcoreEnvironment("CUSTOM", check("loginUrl", loginUrl), check("apiUrl", apiUrl));
  }

  private static String check(String setting, String url) {
    Objects.requireNonNull(url, setting);
    URI uri;
    try {
      uri = URI.create(url.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(setting + " is not a valid URL: '" + url + "'", e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost();
    if (host == null || !(scheme.equals("https") || scheme.equals("http"))) {
      throw new IllegalArgumentException(
          setting + " must be an absolute http(s) URL with a host, got '" + url + "'");
    }
    if (scheme.equals("http") && !isLoopback(host)) {
      throw new IllegalArgumentException(
          setting
              + " must use https (plain http is allowed only for a loopback host), got '"
              + url
              + "'");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (!(path.isEmpty() || path.equals("/"))
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null) {
      throw new IllegalArgumentException(
          setting + " must be a base URL without path, query or fragment, got '" + url + "'");
    }
    String normalized = scheme + "://" + uri.getRawAuthority();
    return normalized;
  }

  private static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
  }

  /**
   * Returns the name of the environment.
   *
   * @return {@code PRODUCTION}, {@code DEVELOPER_SANDBOX}, {@code MONTHLY_SANDBOX}, {@code FEDERAL}
   *     or {@code CUSTOM}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the base URL of the OAuth server.
   *
   * @return the login base URL without a trailing slash, such as {@code https://login.procore.com}
   */
  public String loginUrl() {
    return loginUrl;
  }

  /**
   * Returns the base URL of the REST API.
   *
   * @return the API base URL without a trailing slash, such as {@code https://api.procore.com}
   */
  public String apiUrl() {
    return apiUrl;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProcoreEnvironment
        && ((ProcoreEnvironment) o).loginUrl.equals(loginUrl)
        && ((ProcoreEnvironment) o).apiUrl.equals(apiUrl);
  }

  @Override
  public int hashCode() {
    return Objects.hash(loginUrl, apiUrl);
  }

  @Override
  public String toString() {
    return name + "{login=" + loginUrl + ", api=" + apiUrl + "}";
  }
}
