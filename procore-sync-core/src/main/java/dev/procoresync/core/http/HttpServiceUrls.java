package dev.procoresync.core.http;

import java.util.Objects;
import okhttp3.HttpUrl;

/** Checks the URLs a service is configured with: HTTPS, except on loopback (tests). */
final class HttpServiceUrls {
  private HttpServiceUrls() {}

  static HttpUrl secure(String name, String url) {
    Objects.requireNonNull(url, name);
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      throw new IllegalArgumentException(name + " is not an http(s) URL: '" + url + "'");
    }
    return secure(name, parsed);
  }

  static HttpUrl secure(String name, HttpUrl url) {
    Objects.requireNonNull(url, name);
    if (!url.isHttps() && !isLoopback(url.host())) {
      throw new IllegalArgumentException(
          name + " must use HTTPS (plain HTTP only on loopback), got '" + url + "'");
    }
    return url;
  }

  static boolean isLoopback(String host) {
    return host.equals("localhost")
        || host.equals("::1")
        || host.equals("[::1]")
        || host.startsWith("127.");
  }
}
