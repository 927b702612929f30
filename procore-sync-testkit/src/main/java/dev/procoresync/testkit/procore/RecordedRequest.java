package dev.procoresync.testkit.procore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One request the fake received, from its journal ({@link FakeProcore#requests()}).
 *
 * @param method the HTTP method, e.g. {@code PATCH}
 * @param path the path without the query, e.g. {@code /rest/v1.0/vendors/sync}
 * @param query the raw query string, empty when none
 * @param queryParams the decoded query parameters ({@code filters[origin_id]} as one key)
 * @param headers the request headers as sent
 * @param body the body as text, empty when none
 * @param status the status the fake answered; 0 when it reset the connection
 * @param route the route served as {@code "METHOD /template"} (e.g. {@code "GET
 *     /rest/v1.0/vendors/{id}"}), or null when the path is unknown to the fake
 * @param receivedAt the fake clock's instant when the request arrived
 */
public record RecordedRequest(
    String method,
    String path,
    String query,
    Map<String, List<String>> queryParams,
    Map<String, List<String>> headers,
    String body,
    int status,
    @Nullable String route,
    Instant receivedAt) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * Returns the first value of a header, names compared ignoring case.
   *
   * @param name the header name
   * @return the value, or empty
   */
  public Optional<String> header(String name) {
    return headers.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
        .map(e -> e.getValue().get(0))
        .findFirst();
  }

  /**
   * Returns the first value of a query parameter.
   *
   * @param name the parameter, e.g. {@code filters[origin_id]}
   * @return the value, or empty
   */
  public Optional<String> queryParam(String name) {
    List<String> values = queryParams.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Parses the body as JSON.
   *
   * @return the JSON tree (an empty object for an empty body)
   * @throws UncheckedIOException when the body is not JSON
   */
  public JsonNode bodyJson() {
    if (body.isBlank()) {
      return MAPPER.createObjectNode();
    }
    try {
      return MAPPER.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("body of " + method + " " + path + " is not JSON", e);
    }
  }

  @Override
  public String toString() {
    return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " -> " + status;
  }
}
