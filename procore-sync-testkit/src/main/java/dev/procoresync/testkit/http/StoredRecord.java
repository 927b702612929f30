package dev.procoresync.testkit.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;

/**
 * One record of a {@link RecordStore}, as a snapshot: its JSON (a copy, safe to change), where it
 * lives and when it changed on the fake clock.
 *
 * @param table the table, e.g. {@code vendors}
 * @param id the record's id as text (a number for numeric ids)
 * @param scope the scope it lives in (e.g. {@code company:1}, {@code project:7}); empty for none
 * @param json the record, with its id and change-time fields
 * @param createdAt when it was inserted
 * @param changedAt when it was last inserted or changed
 * @param version 1 after the insert, one more per change
 */
public record StoredRecord(
    String table,
    String id,
    String scope,
    ObjectNode json,
    Instant createdAt,
    Instant changedAt,
    long version) {

  /**
   * Checks the components and copies the JSON.
   *
   * @throws IllegalArgumentException when {@code version} is below 1
   * @param table the table, e.g. {@code vendors}
   * @param id the record's id as text (a number for numeric ids)
   * @param scope the scope it lives in (e.g. {@code company:1}, {@code project:7}); empty for none
   * @param json the record, with its id and change-time fields
   * @param createdAt when it was inserted
   * @param changedAt when it was last inserted or changed
   * @param version 1 after the insert, one more per change
   */
  public StoredRecord {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(scope, "scope");
    json = Objects.requireNonNull(json, "json").deepCopy();
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(changedAt, "changedAt");
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1, got: " + version);
    }
  }

  /**
   * Returns a copy of the JSON (the component itself is a copy too; this one may be changed
   * freely).
   *
   * @return the record's JSON
   */
  @Override
  public ObjectNode json() {
    return json.deepCopy();
  }

  /**
   * Returns a weak ETag that changes with every write: {@code W/"<table>-<id>-<version>"}.
   *
   * @return the ETag, for {@code ETag}/{@code If-Match} and OData's {@code @odata.etag}
   */
  public String etag() {
    return "W/\"" + table + "-" + id + "-" + version + "\"";
  }
}
