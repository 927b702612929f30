package dev.procoresync.testkit.bc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/**
 * The rows of a generated entity set: the fake serves row {@code i} by calling {@link #row(long)}
 * when a page needs it and never holds more than a page, so a company with a million planning lines
 * costs no memory ({@link FakeBusinessCentral#serveGenerated}). The fake adds the {@code id} (a
 * GUID derived from the index) and {@code lastModifiedDateTime}; writes to generated rows are kept
 * as small overrides.
 *
 * <pre>{@code
 * GeneratedRows lines = i -> JsonNodeFactory.instance.objectNode()
 *     .put("jobNo", String.format("JOB%06d", i / 200))
 *     .put("lineNo", (int) (i % 200 + 1) * 10000)
 *     .put("quantity", 1);
 * }</pre>
 */
@FunctionalInterface
public interface GeneratedRows {
  /**
   * Makes row {@code index}; must return equal JSON for equal indexes (pages are made again when a
   * client re-reads them).
   *
   * @param index 0 up to the count given to {@code serveGenerated}, exclusive
   * @return the row's fields (a new object each call)
   */
  ObjectNode row(long index);

  /**
   * Returns the rows whose {@code field} equals {@code value}, when they are known without scanning
   * (rows generated in order of that field), so that a {@code $filter=field eq 'value'} reads only
   * those. The default knows nothing: every row is tested.
   *
   * @param field the field of a top-level {@code eq} in the filter
   * @param value the literal's text
   * @return the range holding every match, or empty to scan all rows
   */
  default Optional<Range> narrow(String field, String value) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    return Optional.empty();
  }

  /**
   * A range of row indexes.
   *
   * @param from the first index
   * @param to the index after the last
   */
  record Range(long from, long to) {
    /**
     * Checks the range.
     *
     * @throws IllegalArgumentException when {@code from} is negative or after {@code to}
     * @param from the first index
     * @param to the index after the last
     */
    public Range {
      if (from < 0 || to < from) {
        throw new IllegalArgumentException(
            "range must satisfy 0 <= from <= to, got: " + from + ".." + to);
      }
    }
  }
}
