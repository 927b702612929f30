package dev.procoresync.testkit.bc.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * One record as the OData layer sees it: from the store or from a generated set.
 *
 * @param table the BC table
 * @param id the SystemId
 * @param json the record's fields (every view's fields, as stored)
 * @param version one per write
 */
public record Row(String table, String id, ObjectNode json, long version) {
  /**
   * Checks the components.
   *
   * @param table the BC table
   * @param id the SystemId
   * @param json the fields
   * @param version one per write
   */
  public Row {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(json, "json");
  }

  /**
   * Returns the weak ETag, opaque like Business Central's: {@code W/"<base64>"}.
   *
   * @return the ETag
   */
  public String etag() {
    String raw = "'" + version + ";" + table + ";" + id + "'";
    return "W/\"" + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8)) + "\"";
  }
}
