package dev.procoresync.testkit.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.procoresync.testkit.http.internal.Redaction;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One request as a {@link Handler} or {@link Filter} sees it: method, path, the path parameters of
 * the matched route, query, headers and body. Immutable; made by the {@link FakeServer}.
 *
 * <pre>{@code
 * Handler show = ex -> {
 *   String id = ex.pathParam("id");
 *   int page = ex.queryParam("page").map(Integer::parseInt).orElse(1);
 *   String key = ex.header("X-Api-Key").orElse("");
 *   ...
 * };
 * }</pre>
 */
public final class Exchange {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String method;
  private final String path;
  private final String rawQuery;
  private final Map<String, List<String>> query;
  private final Map<String, List<String>> headers;
  private final String body;
  private final String baseUrl;
  private final Instant receivedAt;
  private final @Nullable String route;
  private final Map<String, String> pathParams;

  Exchange(
      String method,
      String url,
      Map<String, List<String>> headers,
      String body,
      String baseUrl,
      Instant receivedAt,
      @Nullable String route,
      Map<String, String> pathParams) {
    this.method = method;
    int q = url.indexOf('?');
    this.path = q < 0 ? url : url.substring(0, q);
    this.rawQuery = q < 0 ? "" : url.substring(q + 1);
    this.query = parseForm(rawQuery);
    this.headers = headers;
    this.body = body;
    this.baseUrl = baseUrl;
    this.receivedAt = receivedAt;
    this.route = route;
    this.pathParams = Map.copyOf(pathParams);
  }

  /**
   * Decodes {@code application/x-www-form-urlencoded} text (also a query string): keys in order of
   * first appearance, each with all its values. Malformed escapes are kept as written.
   *
   * @param encoded e.g. {@code a=1&b=x%20y&a=2}
   * @return an unmodifiable map, e.g. {@code {a=[1, 2], b=[x y]}}
   */
  public static Map<String, List<String>> parseForm(String encoded) {
    Objects.requireNonNull(encoded, "encoded");
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    Map<String, List<String>> frozen = new LinkedHashMap<>();
    map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(frozen);
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  /**
   * Returns the HTTP method.
   *
   * @return e.g. {@code GET}
   */
  public String method() {
    return method;
  }

  /**
   * Returns the path as sent (not decoded), without the query.
   *
   * @return e.g. {@code /rest/v1.0/vendors/42}
   */
  public String path() {
    return path;
  }

  /**
   * Returns the query string as sent.
   *
   * @return e.g. {@code page=2&per_page=100}; empty when none
   */
  public String rawQuery() {
    return rawQuery;
  }

  /**
   * Returns the decoded query parameters.
   *
   * @return an unmodifiable map of name to values, in order
   */
  public Map<String, List<String>> queryParams() {
    return query;
  }

  /**
   * Returns the first value of a query parameter.
   *
   * @param name e.g. {@code filters[origin_id]} or {@code $filter}
   * @return the decoded value, or empty
   */
  public Optional<String> queryParam(String name) {
    List<String> values = query.get(Objects.requireNonNull(name, "name"));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Returns the request headers.
   *
   * @return an unmodifiable map of name (as sent) to values
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * Returns the first value of a header, names compared ignoring case.
   *
   * @param name the header name
   * @return the value, or empty
   */
  public Optional<String> header(String name) {
    Objects.requireNonNull(name, "name");
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return Optional.of(e.getValue().get(0));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the body as text.
   *
   * @return the body; empty when none
   */
  public String body() {
    return body;
  }

  /**
   * Parses the body as JSON.
   *
   * @return the tree; an empty object for a blank body
   * @throws ReplyException with a 400 naming the parse error when the body is not JSON
   */
  public JsonNode bodyJson() {
    if (body.isBlank()) {
      return JsonNodeFactory.instance.objectNode();
    }
    try {
      return MAPPER.readTree(body);
    } catch (IOException e) {
      throw new ReplyException(
          Reply.json(
              400,
              JsonNodeFactory.instance
                  .objectNode()
                  .put("error", "Malformed JSON body: " + e.getMessage())));
    }
  }

  /**
   * Tells whether the body is form-encoded ({@code Content-Type:
   * application/x-www-form-urlencoded}).
   *
   * @return true when it is
   */
  public boolean isForm() {
    return header("Content-Type")
        .map(t -> t.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded"))
        .orElse(false);
  }

  /**
   * Returns the form fields of a form-encoded body.
   *
   * @return the fields; empty when the body is not form-encoded
   */
  public Map<String, List<String>> form() {
    return isForm() ? parseForm(body) : Map.of();
  }

  /**
   * Returns a path parameter of the matched route.
   *
   * @param name the placeholder's name in the route template, e.g. {@code id} for {@code
   *     /vendors/{id}}
   * @return the value as sent (not decoded)
   * @throws IllegalArgumentException when the route has no such placeholder, naming it
   */
  public String pathParam(String name) {
    String value = pathParams.get(Objects.requireNonNull(name, "name"));
    if (value == null) {
      throw new IllegalArgumentException(
          "no path parameter "
              + name
              + " in route "
              + route
              + " (has: "
              + pathParams.keySet()
              + ")");
    }
    return value;
  }

  /**
   * Returns every path parameter of the matched route.
   *
   * @return an unmodifiable map of placeholder name to value
   */
  public Map<String, String> pathParams() {
    return pathParams;
  }

  /**
   * Returns the matched route as {@code "METHOD /template"}.
   *
   * @return e.g. {@code GET /rest/v1.0/vendors/{id}}; empty when no route matched
   */
  public Optional<String> route() {
    return Optional.ofNullable(route);
  }

  /**
   * Returns the server's base URL, for links the answer carries ({@code Link}, {@code
   * @odata.nextLink}).
   *
   * @return e.g. {@code http://127.0.0.1:53117}
   */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * Returns the fake clock's instant when the request arrived.
   *
   * @return the instant
   */
  public Instant receivedAt() {
    return receivedAt;
  }

  @Override
  public String toString() {
    return method + " " + path + (rawQuery.isEmpty() ? "" : "?" + Redaction.form(rawQuery));
  }
}
