package dev.procoresync.core.client;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.client.internal.Envelope;
import dev.procoresync.core.error.ProcoreApiException;
import dev.procoresync.core.error.ProcoreSyncException;
import dev.procoresync.core.error.ProcoreTransportException;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.core.time.Sleeper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;

/**
 * What the resource facades of one scope share: the transport, the batch sync engine and the retry
 * rules for creates. Facades are thin: they build calls and bodies and hand them here.
 */
final class Scope {
  /** The page size asked of v1 lists (the largest most of them document). */
  public static final int V1_PAGE_SIZE = 1000;

  /** The page size asked of v2 lists (their documented maximum). */
  public static final int V2_PAGE_SIZE = 100;

  /** The header Procore's Ruby SDK sends to make a POST idempotent (see decision 0030). */
  public static final String IDEMPOTENCY_HEADER = "Idempotency-Token";

  private static final Logger LOG = LoggerFactory.getLogger(Scope.class);

  private final Transport transport;
  private final int syncChunkSize;
  private final BatchSyncEngine sync;
  private final RetryPolicy policy;
  private final Sleeper sleeper;

  /**
   * Creates a scope.
   *
   * @param transport the transport
   * @param syncChunkSize items per sync call
   * @param policy the retry policy
   * @param sleeper the sleeper
   */
  public Scope(Transport transport, int syncChunkSize, RetryPolicy policy, Sleeper sleeper) {
    this.transport = transport;
    this.syncChunkSize = syncChunkSize;
    this.sync = new BatchSyncEngine(transport, syncChunkSize, policy, sleeper);
    this.policy = policy;
    this.sleeper = sleeper;
  }

  /**
   * Returns the transport.
   *
   * @return the transport
   */
  public Transport transport() {
    return transport;
  }

  /**
   * Returns how many items one batch write sends at most (the client's {@code syncChunkSize}).
   *
   * @return items per batch call, 1 to 1000
   */
  public int syncChunkSize() {
    return syncChunkSize;
  }

  /**
   * Returns the scope's company.
   *
   * @return the company id
   */
  public long companyId() {
    return transport.companyId();
  }

  /**
   * Creates a Retrofit service.
   *
   * @param api the interface
   * @param <S> the interface type
   * @return the service
   */
  public <S> S service(Class<S> api) {
    return transport.service(api);
  }

  /**
   * Returns an empty JSON object to build a body.
   *
   * @return the object
   */
  public ObjectNode object() {
    return transport.mapper().createObjectNode();
  }

  /**
   * Converts a model to a JSON object.
   *
   * @param value the model
   * @return its JSON
   */
  public ObjectNode tree(Object value) {
    return transport.mapper().valueToTree(Objects.requireNonNull(value, "value"));
  }

  /**
   * Runs a batch sync.
   *
   * @param items the items to send
   * @param send builds the call for one chunk from the {@code updates} array
   * @param type the record type
   * @param <T> the record type
   * @return the result
   */
  public <T> SyncResult<T> sync(
      List<?> items, Function<ArrayNode, Call<ResponseBody>> send, Class<T> type) {
    Objects.requireNonNull(items, "items");
    List<ObjectNode> nodes = new ArrayList<>(items.size());
    for (Object item : items) {
      nodes.add(tree(item));
    }
    return sync.run(nodes, send, type);
  }

  /**
   * Creates a record with a POST, retrying it only after checking that a failed attempt did not
   * land. Each attempt carries the same {@code Idempotency-Token}.
   *
   * @param post builds the POST, given the extra headers
   * @param type the record type
   * @param landed looks the record up (by origin id), or {@code null} when there is no way to tell
   *     (then a POST with an unknown outcome is never resent)
   * @param <T> the record type
   * @return the created (or found) record
   */
  public <T> T createSafely(
      Function<Map<String, String>, Call<ResponseBody>> post,
      Class<T> type,
      @Nullable Supplier<Optional<T>> landed) {
    Map<String, String> headers = Map.of(IDEMPOTENCY_HEADER, UUID.randomUUID().toString());
    int attempt = 0;
    while (true) {
      try {
        return transport.execute(post.apply(headers), type, Envelope.NONE);
      } catch (ProcoreTransportException | ProcoreApiException e) {
        boolean unknownOutcome =
            e instanceof ProcoreTransportException
                || ((ProcoreApiException) e).status() >= 500
                || ((ProcoreApiException) e).status() == 408;
        if (!unknownOutcome || landed == null || attempt >= policy.maxRetries()) {
          throw e;
        }
        Optional<T> found = landed.get();
        if (found.isPresent()) {
          LOG.debug("create failed ({}) but the record landed; using it", e.getMessage());
          return found.get();
        }
        attempt++;
        try {
          sleeper.sleep(policy.backoff(attempt, ThreadLocalRandom.current().nextDouble()));
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new ProcoreSyncException("create interrupted", ie);
        }
      }
    }
  }

  @Override
  public String toString() {
    return "Scope{" + transport + "}";
  }
}
