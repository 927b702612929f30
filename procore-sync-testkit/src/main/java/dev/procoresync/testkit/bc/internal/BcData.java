package dev.procoresync.testkit.bc.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.testkit.bc.contract.BcContract;
import dev.procoresync.testkit.bc.contract.BcEntitySet;
import dev.procoresync.testkit.bc.contract.BcField;
import dev.procoresync.testkit.http.RecordStore;
import dev.procoresync.testkit.http.StoredRecord;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The records of every company: BC tables in a {@link RecordStore} (scope = company id), plus
 * generated tables; entity sets are views on tables. Thread safe (the store's lock); {@link
 * #atomically} makes a read-check-write atomic, and records an undo log for atomic batches.
 */
public final class BcData {
  private static final Pattern GENERATED =
      Pattern.compile("([0-9a-f]{8})-0000-4000-8000-([0-9a-f]{12})");

  private final BcContract contract;
  private final Clock clock;
  private final RecordStore store;
  private final Map<String, Generated> generated = new ConcurrentHashMap<>();
  private final AtomicLong sequence = new AtomicLong(1000);
  private final ThreadLocal<@Nullable List<Runnable>> undo = new ThreadLocal<>();

  /** Unique key to record id; read and written under the store's lock only. */
  private final Map<String, String> unique = new java.util.HashMap<>();

  /** Per table, the unique field groups of every entity set that shows it. */
  private final Map<String, List<List<String>>> uniqueGroups = new java.util.HashMap<>();

  /**
   * Creates the data.
   *
   * @param contract the contract
   * @param clock the fake clock (change times)
   */
  public BcData(BcContract contract, Clock clock) {
    this.contract = contract;
    this.clock = clock;
    this.store =
        RecordStore.builder(clock)
            .idField("id")
            .createdField(null)
            .changeField(BcEntitySet.LAST_MODIFIED)
            .textIds(
                n ->
                    UUID.nameUUIDFromBytes(("bc-fake-record:" + n).getBytes(StandardCharsets.UTF_8))
                        .toString())
            .build();
    for (BcEntitySet set : contract.entitySets()) {
      List<List<String>> groups = uniqueGroups.computeIfAbsent(set.table(), t -> new ArrayList<>());
      for (List<String> group : set.uniqueKeys()) {
        if (!groups.contains(group)) {
          groups.add(group);
        }
      }
    }
  }

  /**
   * Returns the contract.
   *
   * @return the contract
   */
  public BcContract contract() {
    return contract;
  }

  /**
   * Returns the next number of a running sequence (posted document numbers, entry numbers).
   *
   * @return the number
   */
  public long nextNumber() {
    return sequence.incrementAndGet();
  }

  /**
   * Runs {@code work} atomically.
   *
   * @param work the work
   * @param <T> its result
   * @return its result
   */
  public <T> T atomically(java.util.function.Supplier<T> work) {
    return store.atomically(work);
  }

  /**
   * Runs {@code work} atomically, undoing its writes when it throws.
   *
   * @param work the work
   * @param <T> its result
   * @return its result
   */
  public <T> T allOrNothing(java.util.function.Supplier<T> work) {
    return store.atomically(
        () -> {
          if (undo.get() != null) {
            return work.get();
          }
          List<Runnable> log = new ArrayList<>();
          undo.set(log);
          try {
            return work.get();
          } catch (RuntimeException e) {
            for (int i = log.size() - 1; i >= 0; i--) {
              log.get(i).run();
            }
            throw e;
          } finally {
            undo.remove();
          }
        });
  }

  /** Records a compensation while an all-or-nothing run is active. */
  private void remember(Runnable action) {
    List<Runnable> log = undo.get();
    if (log != null) {
      log.add(action);
    }
  }

  // ------------------------------------------------------------------ reading

  /**
   * Returns one record of a table in a company.
   *
   * @param company the company id
   * @param table the table
   * @param id the SystemId
   * @return the row, or empty
   */
  public Optional<Row> get(String company, String table, String id) {
    String key = id.toLowerCase(Locale.ROOT);
    Generated g = generated.get(company + "|" + table);
    if (g != null) {
      Optional<Long> index = g.index(key);
      if (index.isPresent()) {
        return g.row(index.get());
      }
    }
    return store.get(table, key).filter(r -> r.scope().equals(company)).map(BcData::row);
  }

  /**
   * Lists the rows of a table in a company in key order, starting after a skip token, testing each
   * with {@code match}, until {@code limit} matches are found.
   *
   * @param company the company
   * @param table the table
   * @param match which rows (tested on the stored JSON)
   * @param after the skip token of the previous page, or null for the first
   * @param limit how many rows at most
   * @param narrow the equality hint for generated tables, or null
   * @return the rows and the token after the last, when more may follow
   */
  public Slice list(
      String company,
      String table,
      Predicate<Row> match,
      @Nullable String after,
      long limit,
      java.util.function.@Nullable Function<RowSource, Optional<long[]>> narrow) {
    Generated g = generated.get(company + "|" + table);
    if (g != null) {
      return g.list(match, after, limit, narrow);
    }
    List<Row> rows = new ArrayList<>();
    boolean[] started = {after == null};
    String from = after == null ? null : after.substring(1);
    List<StoredRecord> all = store.list(table, r -> r.scope().equals(company));
    String last = null;
    boolean more = false;
    for (StoredRecord r : all) {
      if (!started[0]) {
        if (r.id().equals(from)) {
          started[0] = true;
        }
        continue;
      }
      Row row = row(r);
      if (!match.test(row)) {
        continue;
      }
      if (rows.size() >= limit) {
        more = true;
        break;
      }
      rows.add(row);
      last = r.id();
    }
    return new Slice(rows, more && last != null ? "s" + last : null);
  }

  /**
   * A page of rows.
   *
   * @param rows the rows
   * @param next the skip token of the next page; null when this is the last
   */
  public record Slice(List<Row> rows, @Nullable String next) {}

  // ------------------------------------------------------------------ writing

  /**
   * Inserts a record after checking the unique keys of the set.
   *
   * @param company the company
   * @param set the entity set written through
   * @param fields the normalised fields (blanks filled in here)
   * @return the row
   * @throws dev.procoresync.testkit.http.ReplyException 400 when a unique key clashes
   */
  public Row insert(String company, BcEntitySet set, ObjectNode fields) {
    return store.atomically(
        () -> {
          ObjectNode json = fields.deepCopy();
          for (BcField f : set.fields()) {
            if (!json.has(f.name())
                && !f.name().equals(set.key())
                && !f.name().equals(BcEntitySet.LAST_MODIFIED)) {
              json.set(f.name(), Values.blank(contract, f));
            }
          }
          if (generated.containsKey(company + "|" + set.table())) {
            throw BcErrors.fail(
                400,
                "BadRequest_MethodNotAllowed",
                "The generated table " + set.table() + " takes no inserts.");
          }
          checkUnique(company, set.table(), json, null);
          StoredRecord stored = store.insert(set.table(), company, json);
          index(company, set.table(), stored.id(), json);
          remember(
              () -> {
                store.delete(stored.table(), stored.id());
                unindex(company, set.table(), stored.id(), json);
              });
          return row(stored);
        });
  }

  /**
   * Merges fields into a record after checking the unique keys of the set.
   *
   * @param company the company
   * @param set the entity set written through
   * @param id the SystemId
   * @param fields the normalised fields
   * @return the changed row, or empty when there is none
   */
  public Optional<Row> update(String company, BcEntitySet set, String id, ObjectNode fields) {
    return store.atomically(
        () -> {
          Optional<Row> old = get(company, set.table(), id);
          if (old.isEmpty()) {
            return Optional.<Row>empty();
          }
          ObjectNode merged = old.get().json().deepCopy();
          merged.setAll(fields.deepCopy());
          Generated g = generated.get(company + "|" + set.table());
          if (g != null && g.index(old.get().id()).isPresent()) {
            return Optional.of(g.override(old.get().id(), merged, clock.instant()));
          }
          String id0 = old.get().id();
          checkUnique(company, set.table(), merged, id0);
          ObjectNode before = old.get().json();
          unindex(company, set.table(), id0, before);
          index(company, set.table(), id0, merged);
          remember(
              () -> {
                store.replace(set.table(), id0, before);
                unindex(company, set.table(), id0, merged);
                index(company, set.table(), id0, before);
              });
          return store.update(set.table(), id0, fields).map(BcData::row);
        });
  }

  /**
   * Deletes a record.
   *
   * @param company the company
   * @param table the table
   * @param id the SystemId
   * @return true when there was one
   */
  public boolean delete(String company, String table, String id) {
    return store.atomically(
        () -> {
          Optional<Row> old = get(company, table, id);
          if (old.isEmpty()) {
            return false;
          }
          Generated g = generated.get(company + "|" + table);
          if (g != null && g.index(old.get().id()).isPresent()) {
            g.tombstone(old.get().id());
            return true;
          }
          ObjectNode before = old.get().json();
          String id0 = old.get().id();
          unindex(company, table, id0, before);
          remember(
              () -> {
                store.insert(table, company, before);
                index(company, table, id0, before);
              });
          return store.delete(table, id0);
        });
  }

  private List<Map.Entry<List<String>, String>> keys(String company, String table, JsonNode json) {
    List<Map.Entry<List<String>, String>> out = new ArrayList<>();
    for (List<String> group : uniqueGroups.getOrDefault(table, List.of())) {
      if (group.stream().allMatch(f -> Values.isBlank(json.get(f)))) {
        continue;
      }
      StringBuilder key = new StringBuilder(company).append('\u0000').append(table);
      key.append('\u0000').append(String.join(",", group));
      for (String f : group) {
        JsonNode v = json.get(f);
        key.append('\u0000').append(v == null || v.isNull() ? "" : v.asText());
      }
      out.add(Map.entry(group, key.toString()));
    }
    return out;
  }

  private void index(String company, String table, String id, JsonNode json) {
    keys(company, table, json).forEach(k -> unique.put(k.getValue(), id));
  }

  private void unindex(String company, String table, String id, JsonNode json) {
    keys(company, table, json).forEach(k -> unique.remove(k.getValue(), id));
  }

  private void checkUnique(String company, String table, ObjectNode json, @Nullable String self) {
    for (Map.Entry<List<String>, String> key : keys(company, table, json)) {
      String holder = unique.get(key.getValue());
      if (holder != null && !holder.equals(self)) {
        StringBuilder values = new StringBuilder();
        for (String f : key.getKey()) {
          JsonNode v = json.get(f);
          values
              .append(values.length() == 0 ? "" : ", ")
              .append(f)
              .append("='")
              .append(v == null ? "" : v.asText())
              .append('\'');
        }
        throw BcErrors.fail(
            400,
            "Internal_EntityWithSameKeyExists",
            "The record in table "
                + table
                + " already exists. Identification fields and values: "
                + values);
      }
    }
  }

  /**
   * Counts the records of a table in a company (generated rows included).
   *
   * @param company the company
   * @param table the table
   * @return the count
   */
  public long count(String company, String table) {
    Generated g = generated.get(company + "|" + table);
    if (g != null) {
      return g.count();
    }
    return store.list(table, r -> r.scope().equals(company)).size();
  }

  // ------------------------------------------------------------------ generated

  /**
   * Makes a table of a company generated.
   *
   * @param company the company
   * @param set the entity set (its table is replaced)
   * @param count how many rows
   * @param rows the generator
   */
  public void generate(String company, BcEntitySet set, long count, RowSource rows) {
    String tag =
        String.format(Locale.ROOT, "%08x", (company + "|" + set.table()).hashCode() & 0xffffffffL);
    generated.put(
        company + "|" + set.table(), new Generated(set.table(), tag, count, rows, clock.instant()));
  }

  private static Row row(StoredRecord r) {
    return new Row(r.table(), r.id(), r.json(), r.version());
  }

  /** A generator-backed table with small overrides for writes. */
  private static final class Generated {
    final String table;
    final String tag;
    final long count;
    final RowSource rows;
    final Instant created;
    final Map<Long, Row> overrides = new ConcurrentHashMap<>();
    final Map<Long, Boolean> deleted = new ConcurrentHashMap<>();

    Generated(String table, String tag, long count, RowSource rows, Instant created) {
      this.table = table;
      this.tag = tag;
      this.count = count;
      this.rows = rows;
      this.created = created;
    }

    long count() {
      return count - deleted.size();
    }

    String id(long index) {
      return tag + "-0000-4000-8000-" + String.format(Locale.ROOT, "%012x", index);
    }

    Optional<Long> index(String id) {
      Matcher m = GENERATED.matcher(id);
      if (!m.matches() || !m.group(1).equals(tag)) {
        return Optional.empty();
      }
      long index = Long.parseLong(m.group(2), 16);
      return index < count ? Optional.of(index) : Optional.empty();
    }

    Optional<Row> row(long index) {
      if (deleted.containsKey(index)) {
        return Optional.empty();
      }
      Row o = overrides.get(index);
      if (o != null) {
        return Optional.of(o);
      }
      ObjectNode made = Objects.requireNonNull(rows.row(index), "RowSource.row returned null");
      ObjectNode json = Values.JSON.objectNode();
      json.put("id", id(index));
      json.setAll(made);
      json.put("id", id(index));
      json.put(BcEntitySet.LAST_MODIFIED, created.toString());
      return Optional.of(new Row(table, id(index), json, 1));
    }

    Row override(String id, ObjectNode json, Instant now) {
      long index = index(id).orElseThrow();
      Row old = row(index).orElseThrow();
      json.put(BcEntitySet.LAST_MODIFIED, now.toString());
      Row changed = new Row(table, id, json, old.version() + 1);
      overrides.put(index, changed);
      return changed;
    }

    void tombstone(String id) {
      index(id).ifPresent(i -> deleted.put(i, Boolean.TRUE));
    }

    Slice list(
        Predicate<Row> match,
        @Nullable String after,
        long limit,
        java.util.function.@Nullable Function<RowSource, Optional<long[]>> narrow) {
      long from = 0;
      long to = count;
      if (narrow != null) {
        Optional<long[]> range = narrow.apply(rows);
        if (range.isPresent()) {
          from = Math.min(count, range.get()[0]);
          to = Math.min(count, range.get()[1]);
        }
      }
      if (after != null) {
        try {
          from = Math.max(from, Long.parseLong(after.substring(1)));
        } catch (NumberFormatException e) {
          throw BcErrors.badQuery("The $skiptoken " + after + " is not valid.");
        }
      }
      List<Row> out = new ArrayList<>();
      for (long i = from; i < to; i++) {
        Optional<Row> r = row(i);
        if (r.isEmpty() || !match.test(r.get())) {
          continue;
        }
        if (out.size() >= limit) {
          return new Slice(out, "g" + i);
        }
        out.add(r.get());
      }
      return new Slice(out, null);
    }
  }
}
