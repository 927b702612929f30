package dev.procoresync.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The answer to one successful operation of an OData {@code $batch}: its id, status, ETag (from the
 * operation's {@code ETag} header, else the body's {@code @odata.etag}) and body.
 *
 * <pre>{@code
 * for (ODataBatchResult r : result.values()) {
 *   store.saveEtag(r.id(), r.etag().orElse(null));
 * }
 * }</pre>
 */
public final class ODataBatchResult {
  private final String id;
  private final int status;
  private final @Nullable String etag;
  private final @Nullable JsonNode body;

  /**
   * Creates a result.
   *
   * @param id the operation's id
   * @param status the operation's status, 2xx
   * @param etag the new ETag, or {@code null}
   * @param body the operation's answer body, or {@code null} (a 204)
   * @throws IllegalArgumentException when the status is not 2xx
   */
  public ODataBatchResult(String id, int status, @Nullable String etag, @Nullable JsonNode body) {
    this.id = Objects.requireNonNull(id, "id");
    if (status < 200 || status > 299) {
      throw new IllegalArgumentException("status must be 2xx, got " + status);
    }
    this.status = status;
    this.etag = etag;
    this.body = body == null ? null : body.deepCopy();
  }

  /**
   * Returns the operation's id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the operation's status.
   *
   * @return such as 200, 201 or 204
   */
  public int status() {
    return status;
  }

  /**
   * Returns the record's new ETag, for the next {@code If-Match}.
   *
   * @return the ETag, if the answer carried one
   */
  public Optional<String> etag() {
    return Optional.ofNullable(etag);
  }

  /**
   * Returns the operation's answer body.
   *
   * @return a copy of the body, empty for a 204
   */
  public Optional<JsonNode> body() {
    return Optional.ofNullable(body).map(JsonNode::deepCopy);
  }

  @Override
  public String toString() {
    return "ODataBatchResult{" + id + " " + status + (etag == null ? "" : " " + etag) + "}";
  }
}
