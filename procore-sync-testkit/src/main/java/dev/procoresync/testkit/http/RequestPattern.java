package dev.procoresync.testkit.http;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Which requests a fault, a journal query or a verification is about: {@code "[METHOD ]/path"},
 * where a path segment {@code {name}} or {@code *} matches any one segment and a final {@code **}
 * matches the rest; {@code "*"} alone matches every request. A query string in the pattern is
 * ignored (patterns match paths).
 *
 * <pre>{@code
 * RequestPattern.parse("PATCH /rest/v1.0/vendors/sync");
 * RequestPattern.parse("GET /rest/v1.0/vendors/{id}");
 * RequestPattern.parse("/rest/**");
 * }</pre>
 */
public final class RequestPattern {
  private final String text;
  private final String method;
  private final List<String> segments;
  private final boolean any;

  private RequestPattern(String text, String method, List<String> segments, boolean any) {
    this.text = text;
    this.method = method;
    this.segments = segments;
    this.any = any;
  }

  /**
   * Parses a pattern.
   *
   * @param pattern e.g. {@code "PATCH /rest/v1.0/vendors/sync"}, {@code "/rest/v1.0/vendors/{id}"}
   * @return the pattern
   * @throws IllegalArgumentException when the path part does not start with {@code /}, naming the
   *     pattern
   */
  public static RequestPattern parse(String pattern) {
    Objects.requireNonNull(pattern, "pattern");
    String trimmed = pattern.trim();
    if (trimmed.equals("*") || trimmed.equals("**")) {
      return new RequestPattern(trimmed, "*", List.of(), true);
    }
    String method = "*";
    String path = trimmed;
    int space = trimmed.indexOf(' ');
    if (space > 0) {
      method = trimmed.substring(0, space).toUpperCase(Locale.ROOT);
      path = trimmed.substring(space + 1).trim();
    }
    int q = path.indexOf('?');
    if (q >= 0) {
      path = path.substring(0, q);
    }
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException(
          "pattern must be \"[METHOD ]/path\" (segments {name}, * or a final **), got: " + pattern);
    }
    return new RequestPattern(trimmed, method, List.of(path.substring(1).split("/", -1)), false);
  }

  /**
   * Tells whether a request matches.
   *
   * @param requestMethod the HTTP method
   * @param path the path without the query
   * @return true when the request matches
   */
  public boolean matches(String requestMethod, String path) {
    Objects.requireNonNull(requestMethod, "requestMethod");
    Objects.requireNonNull(path, "path");
    if (any) {
      return true;
    }
    if (!method.equals("*") && !method.equalsIgnoreCase(requestMethod)) {
      return false;
    }
    String[] actual = path.substring(path.startsWith("/") ? 1 : 0).split("/", -1);
    for (int i = 0; i < segments.size(); i++) {
      String expected = segments.get(i);
      if (expected.equals("**") && i == segments.size() - 1) {
        return true;
      }
      if (i >= actual.length) {
        return false;
      }
      if (!(expected.equals("*") || expected.startsWith("{") || expected.equals(actual[i]))) {
        return false;
      }
    }
    return actual.length == segments.size();
  }

  /**
   * Tells whether a recorded request matches.
   *
   * @param request the request
   * @return true when it matches
   */
  public boolean matches(RecordedRequest request) {
    return matches(request.method(), request.path());
  }

  /**
   * Returns the pattern as written.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return text;
  }
}
