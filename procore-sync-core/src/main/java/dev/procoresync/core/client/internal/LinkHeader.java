package dev.procoresync.core.client.internal;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code rel="next"} target of an RFC 8288 {@code Link} header (the public face is {@code
 * dev.procoresync.core.http.LinkPaging#nextLink(String)}).
 */
public final class LinkHeader {
  private LinkHeader() {}

  /**
   * Finds the URL with {@code rel="next"}; relation types match case-insensitively and a link may
   * carry several ({@code rel="next last"}).
   *
   * @param header the header value, such as {@code <https://x/p?page=2>; rel="next", <...>;
   *     rel="last"}, or {@code null}
   * @return the next URL as written (possibly relative), if the header has one
   */
  public static Optional<String> next(@Nullable String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    int i = 0;
    int n = header.length();
    while (i < n) {
      int open = header.indexOf('<', i);
      if (open < 0) {
        return Optional.empty();
      }
      int close = header.indexOf('>', open);
      if (close < 0) {
        return Optional.empty();
      }
      String url = header.substring(open + 1, close).trim();
      int nextLink = header.indexOf('<', close);
      String params = header.substring(close + 1, nextLink < 0 ? n : nextLink);
      if (!url.isEmpty() && hasNextRel(params)) {
        return Optional.of(url);
      }
      i = nextLink < 0 ? n : nextLink;
    }
    return Optional.empty();
  }

  private static boolean hasNextRel(String params) {
    for (String param : params.split(";")) {
      String p = param.trim();
      int eq = p.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String name = p.substring(0, eq).trim().toLowerCase(Locale.ROOT);
      if (!name.equals("rel")) {
        continue;
      }
      String value = p.substring(eq + 1).replace("\"", " ").replace(",", " ").trim();
      for (String rel : value.toLowerCase(Locale.ROOT).split("\\s+")) {
        if (rel.equals("next")) {
          return true;
        }
      }
    }
    return false;
  }
}
