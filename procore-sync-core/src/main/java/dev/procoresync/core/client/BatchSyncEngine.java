package dev.procoresync.core.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.error.DecodingException;
import dev.procoresync.core.error.ProcoreApiException;
import dev.procoresync.core.error.ProcoreSyncException;
import dev.procoresync.core.http.BatchFormat;
import dev.procoresync.core.http.BatchItemFailure;
import dev.procoresync.core.http.BatchOutcome;
import dev.procoresync.core.http.BatchResult;
import dev.procoresync.core.http.BatchRunner;
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
import java.util.function.Function;
import java.util.regex.Pattern;
import okhttp3.Headers;
import okhttp3.Request;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * Pushes many items through a Procore sync action on the kit's {@link BatchRunner}: chunks of at
 * most the configured size, halving on 413, per-item {@code errors} read from the HTTP 200 answer,
 * and only the items whose errors are transient sent again. Every item ends as an entity or a
 * {@link SyncFailure}: an answer with {@code null} entities, an empty {@code errors} object, or
 * neither an entity nor an error for an item never drops it.
 */
final class BatchSyncEngine {
  /** Procore's limit of items per sync call. */
  public static final int MAX_CHUNK = 1000;

  private static final Pattern TRANSIENT =
      Pattern.compile(
          "try again|timed? ?out|temporar|deadlock|lock wait|locked by another|being processed"
              + "|concurrent|too many requests|service unavailable");

  private final Transport transport;
  private final int chunkSize;
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
    ProcoreSync<T> format = new ProcoreSync<>(transport.mapper(), send, type);
    BatchResult<T> result =
        BatchRunner.<ObjectNode, T>builder()
            .service("procore")
            .callFactory(transport.callFactory())
            .mapper(transport.mapper())
            .errorDecoder(transport.errorDecoder())
            .format(format)
            .chunkSize(chunkSize)
            .retryPolicy(policy)
            .sleeper(sleeper)
            .build()
            .run(items);
    Map<String, ObjectNode> byKey = new HashMap<>();
    for (ObjectNode item : items) {
      byKey.putIfAbsent(keyOf(item), item);
    }
    List<SyncFailure> failures = new ArrayList<>(result.failures().size());
    for (BatchItemFailure f : result.failures()) {
      failures.add(toSyncFailure(f, byKey.get(f.key())));
    }
    return new SyncResult<>(result.values(), failures, result.requests());
  }

  private static SyncFailure toSyncFailure(BatchItemFailure f, @Nullable ObjectNode item) {
    JsonNode origin = item == null ? null : item.get("origin_id");
    JsonNode id = item == null ? null : item.get("id");
    ProcoreSyncException cause = f.cause().orElse(null);
    boolean retryable =
        cause instanceof ProcoreApiException
            ? ((ProcoreApiException) cause).isRetryable()
            : f.retryable();
    return new SyncFailure(
        origin == null || origin.isNull() ? null : origin.asText(),
        id == null || !id.canConvertToLong() ? null : id.asLong(),
        f.fieldErrors(),
        cause,
        retryable);
  }

  /** Procore's sync format: {@code updates} out, {@code entities} and {@code errors} back. */
  private static final class ProcoreSync<T> implements BatchFormat<ObjectNode, T> {
    private final ObjectMapper mapper;
    private final Function<ArrayNode, Call<ResponseBody>> send;
    private final Class<T> type;

    ProcoreSync(ObjectMapper mapper, Function<ArrayNode, Call<ResponseBody>> send, Class<T> type) {
      this.mapper = mapper;
      this.send = send;
      this.type = type;
    }

    @Override
    public int maxItems() {
      return MAX_CHUNK;
    }

    @Override
    public String keyOf(ObjectNode item) {
      return BatchSyncEngine.keyOf(item);
    }

    @Override
    public Request request(List<ObjectNode> chunk) {
      ArrayNode array = mapper.createArrayNode();
      chunk.forEach(array::add);
      return send.apply(array).request();
    }

    @Override
    public List<BatchOutcome<T>> read(List<ObjectNode> chunk, Headers headers, JsonNode answer) {
      JsonNode entityNodes = answer.isArray() ? answer : answer.path("entities");
      Index<T> entities = new Index<>();
      for (JsonNode e : entityNodes) {
        if (e == null || !e.isObject()) {
          continue; // null entities are skipped: their items end as failures below
        }
        T entity;
        try {
          entity = mapper.treeToValue(e, type);
        } catch (Exception ex) {
          throw new DecodingException(
              "procore",
              "sync entity does not match " + type.getSimpleName() + ": " + ex.getMessage(),
              ex);
        }
        if (entity != null) {
          entities.add(e, entity);
        }
      }
      Index<JsonNode> errors = new Index<>();
      JsonNode errorNodes = answer.path("errors");
      if (errorNodes.isArray()) {
        for (JsonNode err : errorNodes) {
          if (err != null && err.isObject()) {
            errors.add(err, err);
          }
        }
      }
      List<BatchOutcome<T>> out = new ArrayList<>(chunk.size());
      List<Integer> unmatched = new ArrayList<>();
      for (int i = 0; i < chunk.size(); i++) {
        ObjectNode item = chunk.get(i);
        String key = BatchSyncEngine.keyOf(item);
        JsonNode err = errors.take(item);
        if (err != null) {
          out.add(refused(key, err));
          continue;
        }
        T entity = entities.take(item);
        if (entity != null) {
          out.add(BatchOutcome.success(entity));
        } else {
          out.add(null);
          unmatched.add(i);
        }
      }
      // items the answer did not name: an item with an origin id or an id is paired in order with
      // an error, then an entity, that carries neither; an item with neither key (a create) with an
      // unclaimed error without keys, then any unclaimed entity; what is left is missing
      for (int i : unmatched) {
        String key = BatchSyncEngine.keyOf(chunk.get(i));
        boolean keyed = !key.startsWith("n:");
        JsonNode err = errors.takeUnkeyed();
        T entity = null;
        if (err == null) {
          entity = keyed ? entities.takeUnkeyed() : entities.takeAny();
        }
        if (err != null) {
          out.set(i, refused(key, err));
        } else if (entity != null) {
          out.set(i, BatchOutcome.success(entity));
        } else {
          out.set(
              i,
              BatchOutcome.failure(
                  BatchItemFailure.refused(
                      key,
                      0,
                      "missing_from_answer",
                      Map.of(
                          "base",
                          List.of("Procore's answer named neither an entity nor an error for it")),
                      !key.startsWith("n:"))));
        }
      }
      return out;
    }

    private static <T> BatchOutcome<T> refused(String key, JsonNode err) {
      Map<String, List<String>> fieldErrors = fieldErrors(err.get("errors"));
      return BatchOutcome.failure(
          BatchItemFailure.refused(key, 0, null, fieldErrors, isTransient(fieldErrors)));
    }

    @Override
    public String toString() {
      return "ProcoreSync{" + type.getSimpleName() + "}";
    }
  }

  /**
   * Answer entries (entities or errors) findable by the origin id or the id of a sent item; each
   * entry is taken at most once. Entries with neither key can be taken in answer order.
   */
  private static final class Index<V> {
    private final Map<String, Deque<Entry<V>>> byKey = new HashMap<>();
    private final List<Entry<V>> all = new ArrayList<>();
    private final Deque<Entry<V>> unkeyed = new ArrayDeque<>();
    private int anyCursor;

    private static final class Entry<V> {
      final V value;
      boolean taken;

      Entry(V value) {
        this.value = value;
      }
    }

    void add(JsonNode node, V value) {
      Entry<V> entry = new Entry<>(value);
      all.add(entry);
      String origin = text(node.get("origin_id"));
      String id = text(node.get("id"));
      if (origin == null && id == null) {
        unkeyed.add(entry);
      }
      if (origin != null) {
        byKey.computeIfAbsent("o:" + origin, k -> new ArrayDeque<>()).add(entry);
      }
      if (id != null) {
        byKey.computeIfAbsent("i:" + id, k -> new ArrayDeque<>()).add(entry);
      }
    }

    @Nullable V take(JsonNode item) {
      String origin = text(item.get("origin_id"));
      String id = text(item.get("id"));
      V found = origin == null ? null : first(byKey.get("o:" + origin));
      if (found == null && id != null) {
        found = first(byKey.get("i:" + id));
      }
      return found;
    }

    @Nullable V takeUnkeyed() {
      return first(unkeyed);
    }

    @Nullable V takeAny() {
      while (anyCursor < all.size()) {
        Entry<V> e = all.get(anyCursor++);
        if (!e.taken) {
          e.taken = true;
          return e.value;
        }
      }
      return null;
    }

    private static <V> @Nullable V first(@Nullable Deque<Entry<V>> entries) {
      while (entries != null && !entries.isEmpty()) {
        Entry<V> e = entries.poll();
        if (!e.taken) {
          e.taken = true;
          return e.value;
        }
      }
      return null;
    }

    private static @Nullable String text(@Nullable JsonNode n) {
      return n == null || !n.isValueNode() || n.isNull() || n.asText().isEmpty()
          ? null
          : n.asText();
    }
  }

  private static boolean isTransient(Map<String, List<String>> fieldErrors) {
    for (List<String> messages : fieldErrors.values()) {
      for (String m : messages) {
        if (!TRANSIENT.matcher(m.toLowerCase(Locale.ROOT)).find()) {
          return false;
        }
      }
    }
    return true;
  }

  static String keyOf(JsonNode item) {
    JsonNode origin = item.get("origin_id");
    if (origin != null && origin.isValueNode() && !origin.isNull() && !origin.asText().isEmpty()) {
      return "o:" + origin.asText();
    }
    JsonNode id = item.get("id");
    if (id != null && id.isValueNode() && !id.isNull()) {
      return "i:" + id.asText();
    }
    return "n:" + item.toString();
  }

  /**
   * Reads Procore's per-item {@code errors}: an object of messages per attribute, an array or a
   * string of messages for the record as a whole. Never empty: an item refused without a reason
   * (missing, {@code null} or an empty object or array) gets {@code base: refused without a
   * reason}.
   */
  private static Map<String, List<String>> fieldErrors(@Nullable JsonNode errors) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (errors != null && errors.isTextual() && !errors.asText().isBlank()) {
      out.put("base", List.of(errors.asText()));
    } else if (errors != null && errors.isArray()) {
      List<String> messages = new ArrayList<>();
      errors.forEach(m -> messages.add(m.isTextual() ? m.asText() : m.toString()));
      if (!messages.isEmpty()) {
        out.put("base", messages);
      }
    } else if (errors != null && errors.isObject()) {
      for (Map.Entry<String, JsonNode> f : errors.properties()) {
        List<String> messages = new ArrayList<>();
        if (f.getValue().isArray()) {
          f.getValue().forEach(m -> messages.add(m.isTextual() ? m.asText() : m.toString()));
        } else {
          messages.add(f.getValue().asText());
        }
        if (messages.isEmpty()) {
          messages.add("refused without a reason");
        }
        out.put(f.getKey(), messages);
      }
    }
    if (out.isEmpty()) {
      out.put("base", List.of("refused without a reason"));
    }
    return out;
  }

  @Override
  public String toString() {
    return "BatchSyncEngine{chunkSize=" + chunkSize + "}";
  }
}
