package dev.procoresync.core.flow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An asynchronous target in memory: writes wait in a queue until {@link #process(int)} applies them
 * (as a Web Connector session would), and their answers are given on a later call.
 */
final class QueueTarget implements AsyncUpsertTarget<Item, Item> {
  final Map<String, Item> store = new LinkedHashMap<>();
  final List<PlannedWrite<Item>> queue = new ArrayList<>();
  final Map<String, ItemResult> answered = new HashMap<>();
  private final AtomicInteger ids = new AtomicInteger(500);
  int enqueueCalls;

  /** Applies the next {@code n} queued writes; a value "bad" is refused. */
  void process(int n) {
    for (int i = 0; i < n && !queue.isEmpty(); i++) {
      PlannedWrite<Item> w = queue.remove(0);
      if (w.body().value().equals("bad")) {
        answered.put(w.key(), ItemResult.failed("QbXmlError", "3100: the name is in use"));
        continue;
      }
      String id = w.targetId().orElseGet(() -> "Q-" + ids.incrementAndGet());
      store.put(w.key(), w.body().withId(id));
      answered.put(w.key(), ItemResult.written(id));
    }
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
  public void enqueue(List<PlannedWrite<Item>> writes) {
    enqueueCalls++;
    queue.addAll(writes);
  }

  @Override
  public Map<String, ItemResult> answers(Collection<String> keys) {
    Map<String, ItemResult> out = new HashMap<>();
    for (String k : keys) {
      ItemResult r = answered.get(k);
      if (r != null) {
        out.put(k, r);
      }
    }
    return out;
  }
}
