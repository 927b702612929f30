package dev.procoresync.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One operation of an OData JSON {@code $batch}: an id unique within the run, a method, a URL
 * relative to the service root, headers, an optional JSON body and the {@code If-Match} ETag it
 * carries (Business Central refuses a PATCH or DELETE without one).
 *
 * <pre>{@code
 * ODataBatchOperation op = ODataBatchOperation.builder()
 *     .id("job-42")
 *     .method("PATCH")
 *     .url("companies(" + company + ")/projects(" + id + ")")
 *     .ifMatch(etag)
 *     .body(json)
 *     .build();
 * }</pre>
 */
public final class ODataBatchOperation {
  private static final Set<String> METHODS = Set.of("GET", "POST", "PATCH", "PUT", "DELETE");

  private final String id;
  private final String method;
  private final String url;
  private final Map<String, String> headers;
  private final @Nullable JsonNode body;
  private final @Nullable String ifMatch;

  private ODataBatchOperation(Builder b) {
    this.id = required(b.id, "id");
    this.method = required(b.method, "method");
    this.url = required(b.url, "url");
    this.headers = Map.copyOf(b.headers);
    this.body = b.body == null ? null : b.body.deepCopy();
    this.ifMatch = b.ifMatch;
  }

  private static String required(@Nullable String value, String name) {
    return Objects.requireNonNull(value, name);
  }

  /**
   * Starts a builder; {@code id}, {@code method} and {@code url} are required.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the operation's id, its key in results.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the HTTP method.
   *
   * @return such as {@code PATCH}
   */
  public String method() {
    return method;
  }

  /**
   * Returns the URL, relative to the service root.
   *
   * @return the URL
   */
  public String url() {
    return url;
  }

  /**
   * Returns the operation's own headers (besides {@code If-Match} and {@code Content-Type}).
   *
   * @return the headers, unmodifiable
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * Returns the JSON body.
   *
   * @return a copy of the body, if any
   */
  public Optional<JsonNode> body() {
    return Optional.ofNullable(body).map(JsonNode::deepCopy);
  }

  /**
   * Returns the ETag sent as {@code If-Match}.
   *
   * @return the ETag (or {@code *}), if any
   */
  public Optional<String> ifMatch() {
    return Optional.ofNullable(ifMatch);
  }

  @Override
  public String toString() {
    return "ODataBatchOperation{" + id + " " + method + " " + url + "}";
  }

  /** Builds an {@link ODataBatchOperation}. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String method;
    private @Nullable String url;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private @Nullable JsonNode body;
    private @Nullable String ifMatch;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id unique within the run, non-blank
     * @return this builder
     * @throws IllegalArgumentException when blank
     */
    public Builder id(String id) {
      Objects.requireNonNull(id, "id");
      if (id.isBlank()) {
        throw new IllegalArgumentException("id must not be blank");
      }
      this.id = id;
      return this;
    }

    /**
     * Sets the method.
     *
     * @param method GET, POST, PATCH, PUT or DELETE (any case)
     * @return this builder
     * @throws IllegalArgumentException for another method
     */
    public Builder method(String method) {
      Objects.requireNonNull(method, "method");
      String m = method.toUpperCase(Locale.ROOT);
      if (!METHODS.contains(m)) {
        throw new IllegalArgumentException(
            "method must be one of " + METHODS + ", got '" + method + "'");
      }
      this.method = m;
      return this;
    }

    /**
     * Sets the URL.
     *
     * @param url relative to the service root, such as {@code companies(...)/projects}
     * @return this builder
     * @throws IllegalArgumentException when blank
     */
    public Builder url(String url) {
      Objects.requireNonNull(url, "url");
      if (url.isBlank()) {
        throw new IllegalArgumentException("url must not be blank");
      }
      this.url = url;
      return this;
    }

    /**
     * Adds a header of the operation.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public Builder header(String name, String value) {
      headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets the JSON body.
     *
     * @param body the body
     * @return this builder
     */
    public Builder body(JsonNode body) {
      this.body = Objects.requireNonNull(body, "body");
      return this;
    }

    /**
     * Sets the ETag the operation sends as {@code If-Match}.
     *
     * @param etag the {@code @odata.etag} read with the record, or {@code *}
     * @return this builder
     * @throws IllegalArgumentException when blank
     */
    public Builder ifMatch(String etag) {
      Objects.requireNonNull(etag, "etag");
      if (etag.isBlank()) {
        throw new IllegalArgumentException("etag must not be blank");
      }
      this.ifMatch = etag;
      return this;
    }

    /**
     * Builds the operation.
     *
     * @return the operation
     * @throws NullPointerException when {@code id}, {@code method} or {@code url} is missing
     */
    public ODataBatchOperation build() {
      return new ODataBatchOperation(this);
    }
  }
}
