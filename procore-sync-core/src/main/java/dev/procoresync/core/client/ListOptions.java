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
  /** The largest page Procore's v1 lists document ({@code per_page}). */
  public static final int MAX_PER_PAGE = 1000;

  private static final ListOptions NONE = new ListOptions(Map.of(), 0);

  private final Map<String, String> query;
  private final int perPage;

  private ListOptions(Map<String, String> query, int perPage) {
    this.query = query;
    this.perPage = perPage;
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
    return new ListOptions(Collections.unmodifiableMap(copy), perPage);
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
   *     (the client pages by itself; choose the page size with {@link #withPerPage(int)})
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
   * Asks for pages of {@code perPage} records ({@code per_page}) instead of the largest page the
   * endpoint documents, the client's default. Smaller pages cost more requests; use them where a
   * large page is slow to answer or where a first page should arrive quickly. The client still
   * follows every {@code Link} to the end.
   *
   * <pre>{@code
   * company.vendors().list(ListOptions.none().withPerPage(100)).forEach(...);
   * }</pre>
   *
   * @param perPage records per page, 1 to {@value #MAX_PER_PAGE}
   * @return the copy
   * @throws IllegalArgumentException when {@code perPage} is outside 1 to {@value #MAX_PER_PAGE}
   */
  public ListOptions withPerPage(int perPage) {
    if (perPage < 1 || perPage > MAX_PER_PAGE) {
      throw new IllegalArgumentException(
          "perPage must be within 1 and " + MAX_PER_PAGE + ", got " + perPage);
    }
    return new ListOptions(query, perPage);
  }

  /**
   * Returns the page size the user chose, or {@code defaultSize} when they chose none.
   *
   * @param defaultSize the endpoint's default, such as the largest page it documents
   * @return the {@code per_page} to send
   */
  public int perPageOr(int defaultSize) {
    return perPage == 0 ? defaultSize : perPage;
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
    return "ListOptions" + query + (perPage == 0 ? "" : "{per_page=" + perPage + "}");
  }
}
