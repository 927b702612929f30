package dev.procoresync.testkit.procore.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The in-memory data of the fake: one table of JSON records per resource, each record scoped to a
 * company and to a scope key ({@code company:1}, {@code project:7}, {@code hooks:3}). All access is
 * synchronized on the store; callers get deep copies.
 */
public final class Store {
  private final Clock clock;
  private final AtomicLong ids = new AtomicLong(1000);
  private final Map<String, TreeMap<Long, Rec>> tables = new HashMap<>();

  Store(Clock clock) {
    this.clock = clock;
  }

  /** A stored record. */
  static final class Rec {
    final String table;
    final long companyId;
    final String scope;
    final ObjectNode node;

    Rec(String table, long companyId, String scope, ObjectNode node) {
      this.table = table;
      this.companyId = companyId;
      this.scope = scope;
      this.node = node;
    }

    long id() {
      return node.get("id").asLong();
    }
  }

  Clock clock() {
    return clock;
  }

  String now() {
    return clock.instant().toString();
  }

  long nextId() {
    return ids.incrementAndGet();
  }

  /** Stores a copy of {@code node} (keeping its id if it has one), stamps times, returns a copy. */
  synchronized ObjectNode insert(String table, long companyId, String scope, ObjectNode node) {
    ObjectNode stored = node.deepCopy();
    long id = stored.hasNonNull("id") ? stored.get("id").asLong() : nextId();
    if (id > ids.get()) {
      ids.set(id);
    }
    ObjectNode ordered = Json.object().put("id", id);
    stored.remove("id");
    ordered.setAll(stored);
    if (!ordered.hasNonNull("created_at")) {
      ordered.put("created_at", now());
    }
    ordered.put("updated_at", now());
    tables
        .computeIfAbsent(table, t -> new TreeMap<>())
        .put(id, new Rec(table, companyId, scope, ordered));
    return ordered.deepCopy();
  }

  synchronized @Nullable Rec get(String table, long id) {
    Rec rec = tables.getOrDefault(table, new TreeMap<>()).get(id);
    return rec == null ? null : copy(rec);
  }

  synchronized List<Rec> list(String table, Predicate<Rec> filter) {
    List<Rec> out = new ArrayList<>();
    for (Rec rec : tables.getOrDefault(table, new TreeMap<>()).values()) {
      if (filter.test(rec)) {
        out.add(copy(rec));
      }
    }
    return out;
  }

  /**
   * The live records that match, without copying: only for callers that hold the store's lock and
   * do not modify them (the API dispatch runs under it).
   */
  synchronized List<Rec> liveList(String table, Predicate<Rec> filter) {
    List<Rec> out = new ArrayList<>();
    for (Rec rec : tables.getOrDefault(table, new TreeMap<>()).values()) {
      if (filter.test(rec)) {
        out.add(rec);
      }
    }
    return out;
  }

  /** Merges {@code attrs} into the record (top level; "id" ignored), stamps updated_at. */
  synchronized @Nullable ObjectNode update(String table, long id, JsonNode attrs) {
    Rec rec = tables.getOrDefault(table, new TreeMap<>()).get(id);
    if (rec == null) {
      return null;
    }
    for (Map.Entry<String, JsonNode> field : attrs.properties()) {
      if (!field.getKey().equals("id")) {
        rec.node.set(field.getKey(), field.getValue().deepCopy());
      }
    }
    rec.node.put("updated_at", now());
    return rec.node.deepCopy();
  }

  /** Replaces the stored node without touching updated_at (derived fields). */
  synchronized void replace(String table, long id, ObjectNode node) {
    Rec rec = tables.getOrDefault(table, new TreeMap<>()).get(id);
    if (rec != null) {
      rec.node.removeAll();
      rec.node.setAll(node.deepCopy());
    }
  }

  synchronized boolean delete(String table, long id) {
    return tables.getOrDefault(table, new TreeMap<>()).remove(id) != null;
  }

  synchronized int count(String table) {
    return tables.getOrDefault(table, new TreeMap<>()).size();
  }

  private static Rec copy(Rec rec) {
    return new Rec(rec.table, rec.companyId, rec.scope, rec.node.deepCopy());
  }
}
