package dev.procoresync.core.http;

import dev.procoresync.core.error.DecodingException;
import okhttp3.HttpUrl;
import okhttp3.Request;

/** URL rules shared by the kinds whose position is a URL (Link, OData nextLink). */
final class PagingUrls {
  private PagingUrls() {}

  /**
   * Resolves a next-page URL sent by the service against the page's URL and checks it stays on the
   * same origin (scheme, host, port), so that the credentials the pipeline adds never go elsewhere.
   */
  static PagePosition next(PagingResponse response, String link, String what) {
    HttpUrl current = response.request().url();
    HttpUrl resolved = current.resolve(link.trim());
    if (resolved == null) {
      throw new DecodingException(
          response.service(),
          "GET " + current.encodedPath() + ": unreadable " + what + " '" + clip(link) + "'",
          null);
    }
    if (!sameOrigin(current, resolved)) {
      throw new DecodingException(
          response.service(),
          "GET "
              + current.encodedPath()
              + ": "
              + what
              + " points to another host: "
              + clip(resolved.toString()),
          null);
    }
    return PagePosition.of(resolved.toString());
  }

  /** Checks a caller's URL position against the first request's origin. */
  static HttpUrl check(Request first, PagePosition position) {
    HttpUrl url = HttpUrl.parse(position.value());
    if (url == null || !sameOrigin(first.url(), url)) {
      throw new IllegalArgumentException(
          "position must be a page URL on "
              + first.url().scheme()
              + "://"
              + first.url().host()
              + ":"
              + first.url().port()
              + ", got '"
              + clip(position.value())
              + "'");
    }
    return url;
  }

  static boolean sameOrigin(HttpUrl a, HttpUrl b) {
    return a.scheme().equals(b.scheme()) && a.host().equals(b.host()) && a.port() == b.port();
  }

  static String clip(String s) {
    return s.length() <= 300 ? s : s.substring(0, 300) + "...";
  }
}
