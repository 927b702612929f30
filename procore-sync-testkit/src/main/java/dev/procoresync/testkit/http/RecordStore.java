package dev.procoresync.testkit.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * An in-memory store of JSON records for a fake: tables of records, each with an id, a scope, a
 * version and change times on the fake clock, written into the record under configurable field
 * names ({@code updated_at} for Procore, {@code lastModifiedDateTime} for Business Central) so that
 * incremental reads ({@code filters[updated_at]}, {@code $filter=lastModifiedDateTime gt ...}) and
 * ETags work. Records keep insertion order. Thread safe: every method is atomic, and {@link
 * #atomically(Supplier)} makes a read-check-write sequence atomic. Readers get copies.
 *
 * <pre>{@code
 * RecordStore store = RecordStore.builder(clock).changeField("lastModifiedDateTime").build();
 * StoredRecord customer = store.insert("customers", "company:1", json);
 * clock.advance(Duration.ofMinutes(5));
 * store.update("customers", customer.id(), patch);
 * List<StoredRecord> changed = store.changedSince("customers", before);
 * }</pre>
 */
public final class RecordStore {
  private final Clock clock;
  private final String idField;
  private final @Nullable String createdField;
  private final @Nullable String changeField;
  private final @Nullable LongFunction<String> textIds;
  private long nextId;
  private final Map<String, LinkedHashMap<String, StoredRecord>> tables = new HashMap<>();

  private RecordStore(Builder b) {
    this.clock = b.clock;
    this.idField = b.idField;
    this.createdField = b.createdField;
    this.changeField = b.changeField;
    this.textIds = b.textIds;
    this.nextId = b.firstId;
  }

  /**
   * Returns a store with the defaults: numeric ids in field {@code id} from 1, change times in
   * {@code created_at} and {@code updated_at}.
   *
   * @param clock the clock of change times (the fake's)
   * @return a new store
   */
  public static RecordStore on(Clock clock) {
    return builder(clock).build();
  }

  /**
   * Returns a builder.
   *
   * @param clock the clock of change times (the fake's)
   * @return a new builder
   */
  public static Builder builder(Clock clock) {
    return new Builder(Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Inserts a record in a table: keeps an id the record has (a later generated id never repeats a
   * numeric one), else assigns the next one; stamps the change-time fields.
   *
   * @param table the table
   * @param scope where the record lives, e.g. {@code company:1}; empty for none
   * @param record the JSON (copied)
   * @return the stored record
   * @throws IllegalArgumentException when a record with that id exists in the table
   */
  public synchronized StoredRecord insert(String table, String scope, ObjectNode record) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(record, "record");
    ObjectNode copy = record.deepCopy();
    JsonNode given = copy.remove(idField);
    String id;
    ObjectNode ordered = JsonNodeFactory.instance.objectNode();
    if (given != null && !given.isNull()) {
      id = given.asText();
      ordered.set(idField, given);
      if (given.canConvertToLong() && given.asLong() >= nextId) {
        nextId = given.asLong() + 1;
      }
    } else {
      long n = nextId++;
      if (textIds == null) {
        id = Long.toString(n);
        ordered.put(idField, n);
      } else {
        id = textIds.apply(n);
        ordered.put(idField, id);
      }
    }
    LinkedHashMap<String, StoredRecord> rows =
        tables.computeIfAbsent(table, t -> new LinkedHashMap<>());
    if (rows.containsKey(id)) {
      throw new IllegalArgumentException("table " + table + " already holds id " + id);
    }
    ordered.setAll(copy);
    Instant now = clock.instant();
    if (createdField != null && !ordered.hasNonNull(createdField)) {
      ordered.put(createdField, now.toString());
    }
    if (changeField != null) {
      ordered.put(changeField, now.toString());
    }
    StoredRecord stored = new StoredRecord(table, id, scope, ordered, now, now, 1);
    rows.put(id, stored);
    return stored;
  }

  /**
   * Returns a record.
   *
   * @param table the table
   * @param id the id as text
   * @return the record, or empty
   */
  public synchronized Optional<StoredRecord> get(String table, String id) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(rows(table).get(id));
  }

  /**
   * Returns every record of a table, in insertion order.
   *
   * @param table the table
   * @return the records
   */
  public List<StoredRecord> list(String table) {
    return list(table, r -> true);
  }

  /**
   * Returns the records of a table that match, in insertion order.
   *
   * @param table the table
   * @param filter which records
   * @return the records
   */
  public synchronized List<StoredRecord> list(String table, Predicate<StoredRecord> filter) {
    Objects.requireNonNull(filter, "filter");
    List<StoredRecord> out = new ArrayList<>();
    for (StoredRecord r : rows(table).values()) {
      if (filter.test(r)) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * Returns the records of a table changed after an instant (exclusive), in insertion order.
   *
   * @param table the table
   * @param after the instant
   * @return the records
   */
  public List<StoredRecord> changedSince(String table, Instant after) {
    Objects.requireNonNull(after, "after");
    return list(table, r -> r.changedAt().isAfter(after));
  }

  /**
   * Merges top-level fields into a record (the id field is ignored), stamps the change time and
   * raises the version.
   *
   * @param table the table
   * @param id the id
   * @param fields the fields to set (copied)
   * @return the changed record, or empty when there is none
   */
  public synchronized Optional<StoredRecord> update(String table, String id, ObjectNode fields) {
    Objects.requireNonNull(fields, "fields");
    StoredRecord old = rows(table).get(Objects.requireNonNull(id, "id"));
    if (old == null) {
      return Optional.empty();
    }
    ObjectNode json = old.json();
    fields
        .properties()
        .forEach(
            f -> {
              if (!f.getKey().equals(idField)) {
                json.set(f.getKey(), f.getValue().deepCopy());
              }
            });
    return Optional.of(write(old, json));
  }

  /**
   * Replaces a record's JSON (its id field is kept), stamps the change time and raises the version.
   *
   * @param table the table
   * @param id the id
   * @param record the new JSON (copied)
   * @return the changed record, or empty when there is none
   */
  public synchronized Optional<StoredRecord> replace(String table, String id, ObjectNode record) {
    Objects.requireNonNull(record, "record");
    StoredRecord old = rows(table).get(Objects.requireNonNull(id, "id"));
    if (old == null) {
      return Optional.empty();
    }
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.set(idField, old.json().get(idField));
    ObjectNode rest = record.deepCopy();
    rest.remove(idField);
    json.setAll(rest);
    if (createdField != null && old.json().has(createdField) && !json.has(createdField)) {
      json.set(createdField, old.json().get(createdField));
    }
    return Optional.of(write(old, json));
  }

  private StoredRecord write(StoredRecord old, ObjectNode json) {
    Instant now = clock.instant();
    if (changeField != null) {
      json.put(changeField, now.toString());
    }
    StoredRecord stored =
        new StoredRecord(
            old.table(), old.id(), old.scope(), json, old.createdAt(), now, old.version() + 1);
    rows(old.table()).put(old.id(), stored);
    return stored;
  }

  /**
   * Removes a record.
   *
   * @param table the table
   * @param id the id
   * @return true when there was one
   */
  public synchronized boolean delete(String table, String id) {
    return rows(table).remove(Objects.requireNonNull(id, "id")) != null;
  }

  /**
   * Returns how many records a table holds.
   *
   * @param table the table
   * @return the count
   */
  public synchronized int count(String table) {
    return rows(table).size();
  }

  /** Removes every record (ids keep counting). */
  public synchronized void clear() {
    tables.clear();
  }

  /**
   * Runs {@code work} while holding the store's lock, so that no other request reads or writes in
   * between (a read-check-write such as an ETag check, or "create once per key").
   *
   * @param work what to run; may call this store's methods
   * @param <T> what it returns
   * @return what {@code work} returned
   */
  public synchronized <T> T atomically(Supplier<T> work) {
    return Objects.requireNonNull(work, "work").get();
  }

  private LinkedHashMap<String, StoredRecord> rows(String table) {
    Objects.requireNonNull(table, "table");
    LinkedHashMap<String, StoredRecord> rows = tables.get(table);
    return rows == null ? new LinkedHashMap<>() : rows;
  }

  @Override
  public synchronized String toString() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    tables.forEach((t, rows) -> counts.put(t, rows.size()));
    return "RecordStore" + counts;
  }

  /** Settings of a {@link RecordStore}. Not thread safe. */
  public static final class Builder {
    private final Clock clock;
    private String idField = "id";
    private @Nullable String createdField = "created_at";
    private @Nullable String changeField = "updated_at";
    private @Nullable LongFunction<String> textIds;
    private long firstId = 1;

    private Builder(Clock clock) {
      this.clock = clock;
    }

    /**
     * Sets the field that holds the id (default {@code id}).
     *
     * @param field the field name
     * @return this builder
     */
    public Builder idField(String field) {
      this.idField = nonBlank(field, "idField");
      return this;
    }

    /**
     * Sets the field stamped with the insert time, unless the record has one (default {@code
     * created_at}).
     *
     * @param field the field name, or null for none
     * @return this builder
     */
    public Builder createdField(@Nullable String field) {
      this.createdField = field == null ? null : nonBlank(field, "createdField");
      return this;
    }

    /**
     * Sets the field stamped with the time of every write (default {@code updated_at}; {@code
     * lastModifiedDateTime} for OData).
     *
     * @param field the field name, or null for none
     * @return this builder
     */
    public Builder changeField(@Nullable String field) {
      this.changeField = field == null ? null : nonBlank(field, "changeField");
      return this;
    }

    /**
     * Sets the first generated numeric id (default 1).
     *
     * @param firstId the first id
     * @return this builder
     */
    public Builder firstId(long firstId) {
      this.firstId = firstId;
      return this;
    }

    /**
     * Makes generated ids text: the n-th id is {@code ids.apply(n)} (e.g. a GUID derived from n, so
     * that runs are repeatable).
     *
     * @param ids the id for a sequence number; must never repeat
     * @return this builder
     */
    public Builder textIds(LongFunction<String> ids) {
      this.textIds = Objects.requireNonNull(ids, "ids");
      return this;
    }

    /**
     * Builds the store.
     *
     * @return a new, empty store
     */
    public RecordStore build() {
      return new RecordStore(this);
    }

    private static String nonBlank(String value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      return value;
    }
  }
}
