package dev.procoresync.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.client.internal.RetrySafe;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;

/**
 * The OData v4.01 JSON batch format, as Business Central takes it: {@code POST {root}/$batch} with
 * {@code {"requests":[{"id","method","url","headers","body"}]}}, answered with {@code
 * {"responses":[{"id","status","headers","body"}]}}, at most 100 operations a request.
 *
 * <ul>
 *   <li>Each operation carries its own {@code If-Match} (its ETag) and headers.
 *   <li>Results are matched by id, in whatever order they come. A 2xx operation gives an {@link
 *       ODataBatchResult} (status, new ETag, body); any other gives a {@link BatchItemFailure} with
 *       the operation's status and the OData {@code error.code}/{@code error.message}; 408, 429,
 *       502 and 503 are retryable, the rest are not. An operation the answer does not mention fails
 *       with the code {@code missing_from_answer} (not retryable: it may have been applied).
 *   <li>A whole request refused with 413 or 504 is split in halves (Business Central: "split the
 *       work, do not simply repeat it").
 *   <li>With {@link Builder#atomicityGroup(boolean)}, the operations of each request form one
 *       atomicity group (all or nothing). Atomicity spans one request: a run of more operations
 *       than fit in one, or a chunk split after a 413, is several groups.
 *   <li>A request whose operations are all GET, PUT, PATCH or DELETE is marked safe to resend; one
 *       with a POST is not.
 * </ul>
 *
 * <pre>{@code
 * ODataBatch format = ODataBatch.builder()
 *     .batchUrl(HttpUrl.get("https://api.businesscentral.dynamics.com/v2.0/t/prod/api/v2.0/$batch"))
 *     .build();
 * }</pre>
 */
public final class ODataBatch implements BatchFormat<ODataBatchOperation, ODataBatchResult> {
  /** The most operations Business Central takes in one {@code $batch}. */
  public static final int MAX_OPERATIONS = 100;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MediaType MEDIA = MediaType.get("application/json; charset=utf-8");
  private static final Set<String> SAFE = Set.of("GET", "PUT", "PATCH", "DELETE");
  private static final Set<Integer> RETRYABLE = Set.of(408, 429, 502, 503);

  private final HttpUrl batchUrl;
  private final boolean atomic;
  private final int maxOperations;
  private final Map<String, String> headers;

  private ODataBatch(Builder b) {
    this.batchUrl = Objects.requireNonNull(b.batchUrl, "batchUrl");
    this.atomic = b.atomic;
    this.maxOperations = b.maxOperations;
    this.headers = Map.copyOf(b.headers);
  }

  /**
   * Starts a builder; {@code batchUrl} is required.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public int maxItems() {
    return maxOperations;
  }

  @Override
  public String keyOf(ODataBatchOperation item) {
    return item.id();
  }

  @Override
  public Request request(List<ODataBatchOperation> chunk) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode requests = root.putArray("requests");
    boolean safe = true;
    for (ODataBatchOperation op : chunk) {
      ObjectNode r = requests.addObject();
      r.put("id", op.id());
      r.put("method", op.method());
      r.put("url", op.url());
      if (atomic) {
        r.put("atomicityGroup", "g1");
      }
      ObjectNode h = r.putObject("headers");
      op.headers().forEach(h::put);
      op.ifMatch().ifPresent(e -> h.put("If-Match", e));
      op.body()
          .ifPresent(
              body -> {
                h.put("Content-Type", "application/json");
                r.set("body", body);
              });
      safe &= SAFE.contains(op.method());
    }
    Request.Builder b =
        new Request.Builder()
            .url(batchUrl)
            .header("Accept", "application/json")
            .post(RequestBody.create(root.toString(), MEDIA));
    headers.forEach(b::header);
    if (safe) {
      b.tag(RetrySafe.class, RetrySafe.INSTANCE);
    }
    return b.build();
  }

  @Override
  public List<BatchOutcome<ODataBatchResult>> read(
      List<ODataBatchOperation> chunk, Headers headers, JsonNode answer) {
    Map<String, JsonNode> byId = new HashMap<>();
    for (JsonNode response : answer.path("responses")) {
      JsonNode id = response.get("id");
      if (id != null && id.isValueNode() && !id.isNull()) {
        byId.putIfAbsent(id.asText(), response);
      }
    }
    List<BatchOutcome<ODataBatchResult>> out = new ArrayList<>(chunk.size());
    for (ODataBatchOperation op : chunk) {
      out.add(outcome(op, byId.get(op.id())));
    }
    return out;
  }

  private static BatchOutcome<ODataBatchResult> outcome(
      ODataBatchOperation op, @Nullable JsonNode response) {
    if (response == null) {
      return BatchOutcome.failure(
          BatchItemFailure.refused(
              op.id(),
              0,
              "missing_from_answer",
              Map.of("base", List.of("the $batch answer has no response for this operation")),
              false));
    }
    JsonNode statusNode = response.path("status");
    int status = statusNode.canConvertToInt() ? statusNode.asInt() : -1;
    if (statusNode.isTextual()) {
      try {
        status = Integer.parseInt(statusNode.asText().trim());
      } catch (NumberFormatException e) {
        status = -1;
      }
    }
    if (status < 100 || status > 599) {
      return BatchOutcome.failure(
          BatchItemFailure.refused(
              op.id(),
              0,
              "unreadable_status",
              Map.of("base", List.of("the operation's status is not an HTTP status")),
              false));
    }
    JsonNode body = response.get("body");
    if (body != null && body.isNull()) {
      body = null;
    }
    if (status >= 200 && status <= 299) {
      return BatchOutcome.success(
          new ODataBatchResult(op.id(), status, etag(response, body), body));
    }
    JsonNode error = body == null ? JSON.missingNode() : body.path("error");
    String code = error.path("code").isValueNode() ? error.path("code").asText() : null;
    String message =
        error.path("message").isValueNode() && !error.path("message").asText().isBlank()
            ? error.path("message").asText()
            : "refused with " + status;
    return BatchOutcome.failure(
        BatchItemFailure.refused(
            op.id(),
            status,
            code == null || code.isBlank() ? null : code,
            Map.of("base", List.of(message)),
            RETRYABLE.contains(status)));
  }

  private static @Nullable String etag(JsonNode response, @Nullable JsonNode body) {
    JsonNode h = response.path("headers");
    for (Map.Entry<String, JsonNode> f : h.properties()) {
      if (f.getKey().toLowerCase(Locale.ROOT).equals("etag") && f.getValue().isTextual()) {
        return f.getValue().asText();
      }
    }
    if (body != null && body.path("@odata.etag").isTextual()) {
      return body.path("@odata.etag").asText();
    }
    return null;
  }

  @Override
  public boolean splitsOn(int status) {
    return status == 413 || status == 504;
  }

  @Override
  public String toString() {
    return "ODataBatch{"
        + batchUrl.encodedPath()
        + ", max="
        + maxOperations
        + ", atomic="
        + atomic
        + "}";
  }

  /** Builds an {@link ODataBatch}. */
  public static final class Builder {
    private @Nullable HttpUrl batchUrl;
    private boolean atomic;
    private int maxOperations = MAX_OPERATIONS;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the {@code $batch} URL.
     *
     * @param batchUrl such as {@code https://.../api/v2.0/$batch}
     * @return this builder
     */
    public Builder batchUrl(HttpUrl batchUrl) {
      this.batchUrl = Objects.requireNonNull(batchUrl, "batchUrl");
      return this;
    }

    /**
     * Makes the operations of each request one atomicity group (all or nothing).
     *
     * @param atomic {@code true} for one group a request ({@code false} by default)
     * @return this builder
     */
    public Builder atomicityGroup(boolean atomic) {
      this.atomic = atomic;
      return this;
    }

    /**
     * Sets the most operations a request carries.
     *
     * @param max from 1 to {@value ODataBatch#MAX_OPERATIONS} (the default)
     * @return this builder
     * @throws IllegalArgumentException outside that range
     */
    public Builder maxOperations(int max) {
      if (max < 1 || max > MAX_OPERATIONS) {
        throw new IllegalArgumentException(
            "maxOperations must be within 1 and " + MAX_OPERATIONS + ", got " + max);
      }
      this.maxOperations = max;
      return this;
    }

    /**
     * Adds a header to every {@code $batch} request (such as Business Central's {@code Isolation:
     * snapshot}).
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
     * Builds the format.
     *
     * @return the format
     * @throws NullPointerException when {@code batchUrl} is missing
     */
    public ODataBatch build() {
      return new ODataBatch(this);
    }
  }
}
