package dev.procoresync.testkit.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a fake answers to one request: a status, headers and an optional text body. Immutable: each
 * {@code with...} method returns a copy.
 *
 * <pre>{@code
 * Reply page = Reply.json(200, array).withHeader("Total", "42").withHeader("Per-Page", "10");
 * Reply gone = Reply.empty(204);
 * Reply soap = Reply.text(200, "text/xml; charset=utf-8", envelope);
 * }</pre>
 */
public final class Reply {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final int status;
  private final Map<String, List<String>> headers;
  private final @Nullable String body;

  private Reply(int status, Map<String, List<String>> headers, @Nullable String body) {
    this.status = status;
    this.headers = headers;
    this.body = body;
  }

  /**
   * A JSON answer ({@code Content-Type: application/json; charset=utf-8}).
   *
   * @param status the HTTP status, 100-599
   * @param json the body
   * @return the reply
   * @throws IllegalArgumentException when {@code status} is outside 100-599
   */
  public static Reply json(int status, JsonNode json) {
    Objects.requireNonNull(json, "json");
    try {
      return text(status, "application/json; charset=utf-8", MAPPER.writeValueAsString(json));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * A text answer of any content type (XML, SOAP, plain text, a JSON string written by hand).
   *
   * @param status the HTTP status, 100-599
   * @param contentType the {@code Content-Type} header
   * @param body the body
   * @return the reply
   * @throws IllegalArgumentException when {@code status} is outside 100-599
   */
  public static Reply text(int status, String contentType, String body) {
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(body, "body");
    return new Reply(checkStatus(status), Map.of(), body).withHeader("Content-Type", contentType);
  }

  /**
   * An answer without a body (204, 304, a bare 404).
   *
   * @param status the HTTP status, 100-599
   * @return the reply
   * @throws IllegalArgumentException when {@code status} is outside 100-599
   */
  public static Reply empty(int status) {
    return new Reply(checkStatus(status), Map.of(), null);
  }

  private static int checkStatus(int status) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status must be 100-599, got: " + status);
    }
    return status;
  }

  /**
   * Returns a copy with one more value of a header (an existing header of that name keeps its
   * values; names are kept as given).
   *
   * @param name the header name
   * @param value the value
   * @return the copy
   * @throws IllegalArgumentException when the name is blank
   */
  public Reply withHeader(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (name.isBlank()) {
      throw new IllegalArgumentException("header name must not be blank");
    }
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
    copy.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    Map<String, List<String>> frozen = new LinkedHashMap<>();
    copy.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new Reply(status, Collections.unmodifiableMap(frozen), body);
  }

  /**
   * Returns a copy with another status (same headers and body).
   *
   * @param status the HTTP status, 100-599
   * @return the copy
   * @throws IllegalArgumentException when {@code status} is outside 100-599
   */
  public Reply withStatus(int status) {
    return new Reply(checkStatus(status), headers, body);
  }

  /**
   * Returns the HTTP status.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * Returns the headers, in the order they were added.
   *
   * @return an unmodifiable map of header name to values
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
    return headers.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
        .map(e -> e.getValue().get(0))
        .findFirst();
  }

  /**
   * Returns the body.
   *
   * @return the body text, or empty for an answer without a body
   */
  public Optional<String> body() {
    return Optional.ofNullable(body);
  }

  @Override
  public String toString() {
    return "Reply[" + status + ", " + headers.keySet() + "]";
  }
}
