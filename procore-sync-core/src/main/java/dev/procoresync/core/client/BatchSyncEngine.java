package dev.procoresync.core.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.error.ProcoreApiException;
import dev.procoresync.core.error.ProcorePayloadTooLargeException;
import dev.procoresync.core.error.ProcoreSyncException;
import dev.procoresync.core.error.ProcoreTransportException;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.core.time.Sleeper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.regex.Pattern;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;

/**
 * Pushes many items through a Procore sync action: chunks of at most the configured size, halves a
 * chunk on 413, reads per-item {@code errors} from the HTTP 200 answer and sends again only the
 * items whose errors are transient.
 */
final class BatchSyncEngine {
  private static final Logger LOG = LoggerFactory.getLogger(BatchSyncEngine.class);

  /** Procore's limit of items per sync call. */
  public static final int MAX_CHUNK = 1000;

  private static final Pattern TRANSIENT =
      Pattern.compile(
          "try again|timed? ?out|temporar|deadlock|lock wait|locked by another|being processed"
              + "|concurrent|too many requests|service unavailable");

  private final Transport transport;
  private final int chunkSize;
  private final int maxItemRetries;
  private final RetryPolicy policy;
  private final Sleeper sleeper;

  /**
   * Creates an engine.
   *
   * @param transport the scope's transport
   * @param chunkSize items per call, 1 to 1000
   * @param policy backoff between rounds of item retries
   * @param sleeper the sleeper
   */
  public BatchSyncEngine(Transport transport, int chunkSize, RetryPolicy policy, Sleeper sleeper) {
    if (chunkSize < 1 || chunkSize > MAX_CHUNK) {
      throw new IllegalArgumentException("chunkSize must be within 1 and 1000, got " + chunkSize);
    }
    this.transport = transport;
    this.chunkSize = chunkSize;
    this.maxItemRetries = Math.min(2, policy.maxRetries());
    this.policy = policy;
    this.sleeper = sleeper;
  }

  /**
   * Runs a sync.
   *
   * @param items the items, already converted to JSON objects
   * @param send builds the call for one chunk
   * @param type the record type of {@code entities}
   * @param <T> the record type
   * @return the result
   */
  public <T> SyncResult<T> run(
      List<ObjectNode> items, Function<ArrayNode, Call<ResponseBody>> send, Class<T> type) {
    Deque<List<ObjectNode>> queue = new ArrayDeque<>();
    for (int i = 0; i < items.size(); i += chunkSize) {
      queue.add(items.subList(i, Math.min(items.size(), i + chunkSize)));
    }
    List<T> entities = new ArrayList<>();
    List<SyncFailure> failures = new ArrayList<>();
    Map<String, Integer> attempts = new HashMap<>();
    int requests = 0;
    int round = 0;
    while (!queue.isEmpty()) {
      List<ObjectNode> chunk = queue.poll();
      ArrayNode array = transport.mapper().createArrayNode();
      chunk.forEach(array::add);
      JsonNode answer;
      requests++;
      try {
        answer = transport.execute(send.apply(array));
      } catch (ProcorePayloadTooLargeException e) {
        if (chunk.size() > 1) {
          int half = chunk.size() / 2;
          LOG.debug("sync chunk of {} too large; halving", chunk.size());
          queue.addFirst(chunk.subList(half, chunk.size()));
          queue.addFirst(chunk.subList(0, half));
        } else {
          failures.add(failureOf(chunk.get(0), Map.of(), e, false));
        }
        continue;
      } catch (ProcoreApiException e) {
        for (ObjectNode item : chunk) {
          failures.add(failureOf(item, Map.of(), e, e.isRetryable()));
        }
        continue;
      } catch (ProcoreTransportException e) {
        for (ObjectNode item : chunk) {
          failures.add(failureOf(item, Map.of(), e, true));
        }
        continue;
      }
      JsonNode entityNodes = answer.isArray() ? answer : answer.path("entities");
      for (JsonNode e : entityNodes) {
        try {
          entities.add(transport.mapper().treeToValue(e, type));
        } catch (Exception ex) {
          throw new ProcoreApiException(
              200,
              "PATCH",
              "sync",
              "entity does not match " + type.getSimpleName() + ": " + ex.getMessage(),
              null,
              List.of());
        }
      }
      List<ObjectNode> again = new ArrayList<>();
      Map<String, ObjectNode> sentByKey = new LinkedHashMap<>();
      for (ObjectNode item : chunk) {
        sentByKey.put(keyOf(item), item);
      }
      for (JsonNode err : answer.path("errors")) {
        Map<String, List<String>> fieldErrors = fieldErrors(err.get("errors"));
        String key = keyOf(err);
        ObjectNode sent = sentByKey.get(key);
        boolean transientError = isTransient(fieldErrors);
        int tried = attempts.getOrDefault(key, 0);
        if (transientError && sent != null && tried < maxItemRetries) {
          attempts.put(key, tried + 1);
          again.add(sent);
        } else {
          failures.add(failureOf(sent != null ? sent : err, fieldErrors, null, transientError));
        }
      }
      if (!again.isEmpty()) {
        round++;
        pause(policy.backoff(round, ThreadLocalRandom.current().nextDouble()));
        queue.addLast(again);
      }
    }
    return new SyncResult<>(entities, failures, requests);
  }

  private void pause(java.time.Duration d) {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProcoreSyncException("sync interrupted", e);
    }
  }

  private static boolean isTransient(Map<String, List<String>> fieldErrors) {
    if (fieldErrors.isEmpty()) {
      return false;
    }
    for (List<String> messages : fieldErrors.values()) {
      for (String m : messages) {
        if (!TRANSIENT.matcher(m.toLowerCase(Locale.ROOT)).find()) {
          return false;
        }
      }
    }
    return true;
  }

  private static String keyOf(JsonNode item) {
    JsonNode origin = item.get("origin_id");
    if (origin != null && !origin.isNull() && !origin.asText().isEmpty()) {
      return "o:" + origin.asText();
    }
    JsonNode id = item.get("id");
    if (id != null && !id.isNull()) {
      return "i:" + id.asText();
    }
    return "n:" + item.toString();
  }

  private static SyncFailure failureOf(
      JsonNode item,
      Map<String, List<String>> fieldErrors,
      @Nullable ProcoreSyncException cause,
      boolean retryable) {
    JsonNode origin = item.get("origin_id");
    JsonNode id = item.get("id");
    return new SyncFailure(
        origin == null || origin.isNull() ? null : origin.asText(),
        id == null || !id.canConvertToLong() ? null : id.asLong(),
        fieldErrors,
        cause,
        retryable);
  }

  private static Map<String, List<String>> fieldErrors(@Nullable JsonNode errors) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (errors == null || errors.isNull()) {
      out.put("base", List.of("refused without a reason"));
      return out;
    }
    if (errors.isTextual()) {
      out.put("base", List.of(errors.asText()));
    } else if (errors.isArray()) {
      List<String> messages = new ArrayList<>();
      errors.forEach(m -> messages.add(m.isTextual() ? m.asText() : m.toString()));
      out.put("base", messages);
    } else if (errors.isObject()) {
      for (Map.Entry<String, JsonNode> f : errors.properties()) {
        List<String> messages = new ArrayList<>();
        if (f.getValue().isArray()) {
          f.getValue().forEach(m -> messages.add(m.isTextual() ? m.asText() : m.toString()));
        } else {
          messages.add(f.getValue().asText());
        }
        out.put(f.getKey(), messages);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "BatchSyncEngine{chunkSize=" + chunkSize + "}";
  }
}
