package dev.procoresync.core.client;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Filters and parameters of a listing, in Procore's query syntax. Immutable: each {@code with...}
 * returns a copy.
 *
 * <pre>{@code
 * ListOptions changed = ListOptions.none()
 *     .withUpdatedBetween(Instant.parse("2026-11-01T00:00:00Z"), clock.instant());
 * company.vendors().list(changed).forEach(...);
 * }</pre>
 */
public final class ListOptions {
  private static final ListOptions NONE = new ListOptions(Map.of());

  private final Map<String, String> query;

  private ListOptions(Map<String, String> query) {
    this.query = query;
  }

  /**
   * Returns the options without any filter.
   *
   * @return empty options
   */
  public static ListOptions none() {
    return NONE;
  }

  private ListOptions with(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(query);
    copy.put(name, value);
    return new ListOptions(Collections.unmodifiableMap(copy));
  }

  /**
   * Restricts the listing to records updated within a range: {@code filters[updated_at]=from...to}.
   *
   * @param from the start of the range (inclusive)
   * @param to the end of the range
   * @return the copy
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   */
  public ListOptions withUpdatedBetween(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
    }
    return with("filters[updated_at]", from + "..." + to);
  }

  /**
   * Restricts the listing to the record with an origin id: {@code filters[origin_id]=value}.
   *
   * @param originId the other system's key
   * @return the copy
   */
  public ListOptions withOriginId(String originId) {
    return withFilter("origin_id", Objects.requireNonNull(originId, "originId"));
  }

  /**
   * Adds any filter: {@code filters[name]=value}.
   *
   * @param name the filter name, such as {@code "search"}
   * @param value the value
   * @return the copy
   * @throws IllegalArgumentException when the name is blank
   */
  public ListOptions withFilter(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    return with("filters[" + name + "]", value);
  }

  /**
   * Adds any plain query parameter, such as {@code view=extended}.
   *
   * @param name the parameter name
   * @param value the value
   * @return the copy
   * @throws IllegalArgumentException when the name is blank or is {@code page} or {@code per_page}
   *     (the client pages by itself)
   */
  public ListOptions withParam(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (name.isBlank() || name.equals("page") || name.equals("per_page")) {
      throw new IllegalArgumentException(
          "name must not be blank, 'page' or 'per_page', got '" + name + "'");
    }
    return with(name, value);
  }

  /**
   * Returns the query parameters.
   *
   * @return the parameters, unmodifiable, in insertion order
   */
  public Map<String, String> query() {
    return query;
  }

  @Override
  public String toString() {
    return "ListOptions" + query;
  }
}
