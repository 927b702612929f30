package dev.procoresync.bc.flow;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.bc.client.BcApi;
import dev.procoresync.bc.client.BcClient;
import dev.procoresync.bc.client.BcEntitySet;
import dev.procoresync.bc.client.BcServiceException;
import dev.procoresync.core.client.SyncFailure;
import dev.procoresync.core.client.SyncResult;
import dev.procoresync.core.flow.FieldDigest;
import dev.procoresync.core.flow.ItemResult;
import dev.procoresync.core.flow.PlannedWrite;
import dev.procoresync.core.flow.UpsertTarget;
import dev.procoresync.core.http.BatchItemFailure;
import dev.procoresync.core.http.BatchResult;
import dev.procoresync.core.http.ODataBatchOperation;
import dev.procoresync.core.http.ODataBatchResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A Procore resource with {@code origin_id} written through a {@code sync} endpoint per scope (a
 * project, or the company as scope 0), as one upsert target: the index holds every record with an
 * origin id in the scopes; a window is written with one {@code sync} call per scope (up to 1,000 a
 * call). When a draft names a Business Central record to write the Procore id back to, the
 * write-backs of a window go out as one {@code $batch} with {@code If-Match}; a stale ETag is read
 * again once ({@link BcClient#update}).
 *
 * @param <T> the Procore record as read
 * @param <U> the Procore record to write
 */
final class OriginSyncTarget<T, U>
    implements UpsertTarget<OriginSyncTarget.Held<T>, OriginSyncTarget.Draft<U>> {

  /** A Procore record as read, with its scope. */
  record Held<T>(long scope, long id, T record) {}

  /**
   * A record to write in a scope, with the Business Central record that takes its Procore id.
   *
   * @param scope the project (0 for the company)
   * @param body what to write
   * @param writeBack where the id goes, or {@code null}
   */
  record Draft<U>(long scope, U body, @Nullable WriteBack writeBack) {}

  /**
   * A Business Central record that holds the Procore id in {@code field}.
   *
   * @param set the entity set (written as JSON)
   * @param id the record's SystemId
   * @param etag the ETag read
   * @param field the field that holds the Procore id
   * @param held the Procore id it holds now, if any
   * @param label the record in messages, such as {@code project JOB000042}
   */
  record WriteBack(
      BcEntitySet<ObjectNode> set,
      String id,
      String etag,
      String field,
      OptionalLong held,
      String label) {}

  /** How to talk to one Procore resource. */
  interface Resource<T, U> {
    /** Lists a scope. */
    Iterable<T> list(long scope);

    /** Writes one scope's records. */
    SyncResult<T> sync(long scope, List<U> updates);

    /** A record's origin id. */
    Optional<String> originId(T record);

    /** A record's id. */
    long id(T record);

    /** An update's origin id. */
    Optional<String> updateOriginId(U update);

    /** The update with the record's id. */
    U withId(U update, long id);
  }

  private final String noun;
  private final @Nullable BcClient bc;
  private final Supplier<Collection<Long>> scopes;
  private final Resource<T, U> resource;
  private final FieldDigest<Held<T>, Draft<U>> digest;
  private final int windowSize;
  private final Map<String, Long> ids = new ConcurrentHashMap<>();
  private final Map<String, Long> scopeOf = new ConcurrentHashMap<>();

  OriginSyncTarget(
      String noun,
      @Nullable BcClient bc,
      Supplier<Collection<Long>> scopes,
      Resource<T, U> resource,
      FieldDigest<Held<T>, Draft<U>> digest,
      int windowSize) {
    this.noun = noun;
    this.bc = bc;
    this.scopes = scopes;
    this.resource = resource;
    this.digest = digest;
    this.windowSize = windowSize;
  }

  /** Builds a digest over the scope and the given fields of the record and the update. */
  static <T, U> FieldDigest<Held<T>, Draft<U>> digest(
      List<Function<? super T, Optional<?>>> target,
      List<Function<? super U, Optional<?>>> source) {
    List<Function<? super Held<T>, Optional<?>>> t = new ArrayList<>();
    List<Function<? super Draft<U>, Optional<?>>> s = new ArrayList<>();
    t.add(h -> Optional.of(h.scope()));
    s.add(d -> Optional.of(d.scope()));
    for (Function<? super T, Optional<?>> f : target) {
      t.add(h -> f.apply(h.record()));
    }
    for (Function<? super U, Optional<?>> f : source) {
      s.add(d -> f.apply(d.body()));
    }
    return FieldDigest.of(t, s);
  }

  /**
   * Returns the Procore id of the record with {@code key}, as read or written in this run.
   *
   * @param key the key
   * @return the id, or empty
   */
  OptionalLong idOf(String key) {
    Long id = ids.get(key);
    return id == null ? OptionalLong.empty() : OptionalLong.of(id);
  }

  @Override
  public String noun() {
    return noun;
  }

  @Override
  public Iterable<Held<T>> existing() {
    List<Held<T>> held = new ArrayList<>();
    for (long scope : scopes.get()) {
      for (T r : resource.list(scope)) {
        Optional<String> key = resource.originId(r);
        if (key.isPresent()) {
          held.add(new Held<>(scope, resource.id(r), r));
          ids.put(key.get(), resource.id(r));
          scopeOf.put(key.get(), scope);
        }
      }
    }
    return held;
  }

  @Override
  public Optional<String> existingKey(Held<T> existing) {
    return resource.originId(existing.record());
  }

  @Override
  public Optional<String> existingId(Held<T> existing) {
    return Optional.of(String.valueOf(existing.id()));
  }

  @Override
  public Optional<String> updateKey(Draft<U> update) {
    return resource.updateOriginId(update.body());
  }

  @Override
  public FieldDigest<Held<T>, Draft<U>> digest() {
    return digest;
  }

  @Override
  public Draft<U> withTargetId(Draft<U> update, String targetId) {
    return new Draft<>(
        update.scope(),
        resource.withId(update.body(), Long.parseLong(targetId)),
        update.writeBack());
  }

  @Override
  public int windowSize() {
    return windowSize;
  }

  @Override
  public Map<String, ItemResult> write(List<PlannedWrite<Draft<U>>> window) {
    Map<Long, List<PlannedWrite<Draft<U>>>> byScope = new LinkedHashMap<>();
    for (PlannedWrite<Draft<U>> w : window) {
      byScope.computeIfAbsent(w.body().scope(), p -> new ArrayList<>()).add(w);
    }
    Map<String, ItemResult> answers = new HashMap<>();
    Map<String, Long> written = new LinkedHashMap<>();
    Map<String, WriteBack> backs = new HashMap<>();
    for (Map.Entry<Long, List<PlannedWrite<Draft<U>>>> e : byScope.entrySet()) {
      List<U> bodies = new ArrayList<>();
      for (PlannedWrite<Draft<U>> w : e.getValue()) {
        bodies.add(w.body().body());
        if (w.body().writeBack() != null) {
          backs.put(w.key(), w.body().writeBack());
        }
      }
      SyncResult<T> result = resource.sync(e.getKey(), bodies);
      for (SyncFailure f : result.failures()) {
        f.originId().ifPresent(k -> answers.put(k, DirectCostTarget.failed(f)));
      }
      for (T r : result.entities()) {
        Optional<String> key = resource.originId(r);
        if (key.isPresent()) {
          long id = resource.id(r);
          answers.put(key.get(), ItemResult.written(String.valueOf(id)));
          ids.put(key.get(), id);
          scopeOf.put(key.get(), e.getKey());
          written.put(key.get(), id);
        }
      }
    }
    if (bc != null) {
      writeBack(bc, written, backs, answers);
    }
    return answers;
  }

  /**
   * Writes Procore's ids back to the Business Central records that do not hold them yet, in one
   * {@code $batch}; a stale ETag is read again once; a refusal makes the record FAILED (the Procore
   * record is there: the next run writes the id back).
   */
  static void writeBack(
      BcClient bc,
      Map<String, Long> written,
      Map<String, WriteBack> backs,
      Map<String, ItemResult> answers) {
    List<ODataBatchOperation> ops = new ArrayList<>();
    Map<String, WriteBack> byOp = new HashMap<>();
    for (Map.Entry<String, Long> e : written.entrySet()) {
      WriteBack back = backs.get(e.getKey());
      if (back == null || back.held().equals(OptionalLong.of(e.getValue()))) {
        continue;
      }
      ops.add(
          bc.updateOperation(
              back.set(), e.getKey(), back.id(), back.etag(), field(back.field(), e.getValue())));
      byOp.put(e.getKey(), back);
    }
    if (ops.isEmpty()) {
      return;
    }
    BatchResult<ODataBatchResult> result = bc.batch(BcApi.CUSTOM, ops);
    for (BatchItemFailure f : result.failures()) {
      WriteBack back = byOp.get(f.key());
      if (back == null) {
        continue;
      }
      long id = written.get(f.key());
      // a stale ETag answers the operation, or the whole request when Business Central refuses it
      Optional<dev.procoresync.core.error.ServiceException> whole =
          f.cause()
              .filter(c -> c instanceof dev.procoresync.core.error.ServiceException)
              .map(c -> (dev.procoresync.core.error.ServiceException) c);
      int status = f.status().orElse(whole.map(w -> w.status()).orElse(0));
      String code =
          f.serviceErrorCode()
              .or(() -> whole.flatMap(w -> w.serviceErrorCode()))
              .orElse(BcServiceException.ENTITY_CHANGED);
      boolean stale =
          status == 412 || (status == 409 && code.equals(BcServiceException.ENTITY_CHANGED));
      try {
        if (!stale) {
          throw new IllegalStateException(f.message());
        }
        bc.update(
            back.set(),
            back.id(),
            back.etag(),
            JsonNodeFactory.instance.objectNode(),
            fresh -> field(back.field(), id));
      } catch (RuntimeException e) {
        answers.put(
            f.key(),
            ItemResult.failed(
                "BcWriteBackFailed",
                "Procore record "
                    + id
                    + " was written, but Business Central refused its id on "
                    + back.label()
                    + ": "
                    + e.getMessage()));
      }
    }
  }

  private static ObjectNode field(String field, long id) {
    return JsonNodeFactory.instance.objectNode().put(field, id);
  }

  @Override
  public Map<String, Held<T>> lookup(Collection<String> keys) {
    Set<String> wanted = new HashSet<>(keys);
    Map<String, Held<T>> found = new HashMap<>();
    for (Held<T> h : existing()) {
      resource.originId(h.record()).filter(wanted::contains).ifPresent(k -> found.put(k, h));
    }
    return found;
  }

  /**
   * Returns the held scope of a key.
   *
   * @param key the key
   * @return the scope, or {@code null}
   */
  @Nullable Long scopeOf(String key) {
    return scopeOf.get(key);
  }

  @Override
  public String toString() {
    return noun + "s";
  }
}
