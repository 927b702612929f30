package dev.procoresync.testkit.bc.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** The rows of a generated table, as the public GeneratedRows hands them in. */
public interface RowSource {
  /**
   * Makes row {@code index}.
   *
   * @param index the row
   * @return its fields
   */
  ObjectNode row(long index);

  /**
   * Returns {from, to} holding every row whose field equals the value, or empty to scan all.
   *
   * @param field the field
   * @param value the value
   * @return the range, or empty
   */
  Optional<long[]> narrow(String field, String value);
}
