package dev.procoresync.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import okhttp3.Headers;
import okhttp3.Request;

/**
 * How a service writes many items in one request and answers per item: the plug-in point of {@link
 * BatchRunner}. Built in: {@link ODataBatch} (OData JSON {@code $batch}); the Procore client plugs
 * in its {@code sync} actions the same way.
 *
 * <pre>{@code
 * BatchFormat<ODataBatchOperation, ODataBatchResult> format =
 *     ODataBatch.builder().batchUrl(HttpUrl.get(apiRoot + "$batch")).build();
 * }</pre>
 *
 * @param <I> the item type
 * @param <R> the type of a success
 */
public interface BatchFormat<I, R> {

  /**
   * Returns the most items the service takes in one request.
   *
   * @return the limit (Procore: 1,000; OData {@code $batch} on Business Central: 100)
   */
  int maxItems();

  /**
   * Returns the key of an item, used in {@link BatchItemFailure#key()}.
   *
   * @param item the item
   * @return the key
   */
  String keyOf(I item);

  /**
   * Builds the request that writes a chunk.
   *
   * @param chunk the items, at most {@link #maxItems()}
   * @return the request
   */
  Request request(List<I> chunk);

  /**
   * Reads a successful answer into one outcome per item of the chunk, in the chunk's order. Items
   * the answer does not mention end as failures, never silently as successes.
   *
   * @param chunk the items sent
   * @param headers the answer's headers
   * @param answer the answer's body ({@code MissingNode} when empty)
   * @return the outcomes, exactly one per item
   */
  List<BatchOutcome<R>> read(List<I> chunk, Headers headers, JsonNode answer);

  /**
   * Tells whether a whole-request failure with this status means the chunk was too large, so the
   * runner splits it in halves and sends each.
   *
   * @param status the HTTP status
   * @return {@code true} for 413 by default
   */
  default boolean splitsOn(int status) {
    return status == 413;
  }
}
