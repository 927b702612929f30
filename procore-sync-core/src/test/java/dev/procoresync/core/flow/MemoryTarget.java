package dev.procoresync.core.flow;

import dev.procoresync.core.error.ProcoreApiException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** An upsert target in memory: a store by key, a write counter and injected faults. */
final class MemoryTarget implements UpsertTarget<Item, Item> {
  final Map<String, Item> store = new LinkedHashMap<>();
  final List<List<PlannedWrite<Item>>> calls = new ArrayList<>();
  final AtomicInteger lookups = new AtomicInteger();
  private final AtomicInteger ids = new AtomicInteger(100);
  private final int windowSize;

  /** The next write throws this (after applying the window when {@code applied}). */
  private @Nullable Supplier<RuntimeException> fault;

  private boolean faultApplies;

  /** Keys the next answer leaves out (as if the answer named neither result nor error). */
  private Set<String> silent = Set.of();

  /** Keys the target refuses (per-item error). */
  Set<String> refuse = Set.of();

  MemoryTarget(int windowSize) {
    this.windowSize = windowSize;
  }

  void failNextWrite(Supplier<RuntimeException> fault, boolean applied) {
    this.fault = fault;
    this.faultApplies = applied;
  }

  void answerNothingFor(Set<String> keys) {
    this.silent = keys;
  }

  static RuntimeException status(int status) {
    return new ProcoreApiException(status, status + " PATCH /items/sync");
  }

  int itemsWritten() {
    return calls.stream().mapToInt(List::size).sum();
  }

  @Override
  public String noun() {
    return "item";
  }

  @Override
  public Iterable<Item> existing() {
    return List.copyOf(store.values());
  }

  @Override
  public Optional<String> existingKey(Item existing) {
    return Optional.ofNullable(existing.key());
  }

  @Override
  public Optional<String> existingId(Item existing) {
    return Optional.ofNullable(existing.id());
  }

  @Override
  public Optional<String> updateKey(Item update) {
    return Optional.ofNullable(update.key());
  }

  @Override
  public FieldDigest<Item, Item> digest() {
    return Item.DIGEST;
  }

  @Override
  public Item withTargetId(Item update, String targetId) {
    return update.withId(targetId);
  }

  @Override
  public int windowSize() {
    return windowSize;
  }

  @Override
  public Map<String, ItemResult> write(List<PlannedWrite<Item>> window) {
    calls.add(window);
    Supplier<RuntimeException> f = fault;
    fault = null;
    if (f != null && !faultApplies) {
      throw f.get();
    }
    Map<String, ItemResult> answers = new HashMap<>();
    for (PlannedWrite<Item> w : window) {
      if (refuse.contains(w.key())) {
        answers.put(w.key(), ItemResult.failed("MemoryError", "refused " + w.key()));
        continue;
      }
      String id;
      if (w.kind() == PlannedWrite.Kind.ARCHIVE) {
        store.remove(w.key());
        id = w.targetId().orElseThrow();
      } else {
        id = w.targetId().orElseGet(() -> Integer.toString(ids.incrementAndGet()));
        store.put(w.key(), w.body().withId(id));
      }
      if (!silent.contains(w.key())) {
        answers.put(w.key(), ItemResult.written(id));
      }
    }
    silent = Set.of();
    if (f != null) {
      throw f.get();
    }
    return answers;
  }

  @Override
  public Map<String, Item> lookup(Collection<String> keys) {
    lookups.incrementAndGet();
    Map<String, Item> found = new HashMap<>();
    for (String k : keys) {
      Item held = store.get(k);
      if (held != null) {
        found.put(k, held);
      }
    }
    return found;
  }
}
