package dev.procoresync.testkit.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.procoresync.testkit.http.internal.Redaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One request a {@link FakeServer} received, from its journal ({@link FakeServer#requests()}).
 * {@link #toString()} shows headers and body with secrets (credential headers; fields named like a
 * secret, password, token or key) replaced by {@code <redacted>}; the components themselves hold
 * what was sent, for assertions.
 *
 * @param method the HTTP method, e.g. {@code PATCH}
 * @param path the path without the query, e.g. {@code /rest/v1.0/vendors/sync}
 * @param query the raw query string, empty when none
 * @param queryParams the decoded query parameters
 * @param headers the request headers as sent
 * @param body the body as text, empty when none
 * @param status the status the fake answered; 0 when it reset the connection
 * @param route the route served as {@code "METHOD /template"}, or null when no route matched
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
   * Creates a record; the maps are copied.
   *
   * @throws NullPointerException when a component other than {@code route} is null
   * @param method the HTTP method, e.g. {@code PATCH}
   * @param path the path without the query, e.g. {@code /rest/v1.0/vendors/sync}
   * @param query the raw query string, empty when none
   * @param queryParams the decoded query parameters
   * @param headers the request headers as sent
   * @param body the body as text, empty when none
   * @param status the status the fake answered; 0 when it reset the connection
   * @param route the route served as {@code "METHOD /template"}, or null when no route matched
   * @param receivedAt the fake clock's instant when the request arrived
   */
  public RecordedRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(query, "query");
    queryParams = Map.copyOf(Objects.requireNonNull(queryParams, "queryParams"));
    headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(receivedAt, "receivedAt");
  }

  /**
   * Returns the first value of a header, names compared ignoring case.
   *
   * @param name the header name
   * @return the value, or empty
   */
  public Optional<String> header(String name) {
    Objects.requireNonNull(name, "name");
    return headers.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
        .map(e -> e.getValue().get(0))
        .findFirst();
  }

  /**
   * Returns the first value of a query parameter.
   *
   * @param name the parameter
   * @return the value, or empty
   */
  public Optional<String> queryParam(String name) {
    List<String> values = queryParams.get(Objects.requireNonNull(name, "name"));
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

  /**
   * Returns one line for failure messages: method, path, query (secrets redacted) and status.
   *
   * @return e.g. {@code GET /rest/v1.0/vendors?page=2 -> 200}
   */
  public String summary() {
    return method
        + " "
        + path
        + (query.isEmpty() ? "" : "?" + Redaction.form(query))
        + " -> "
        + status;
  }

  /**
   * Returns the summary, the headers and the body (at most 500 characters), secrets redacted.
   *
   * @return printable text without any credential
   */
  @Override
  public String toString() {
    return summary()
        + " "
        + Redaction.headers(headers)
        + (body.isEmpty() ? "" : " " + Redaction.body(body, 500));
  }
}
