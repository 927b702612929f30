package dev.procoresync.bc.client;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The query options of one OData read: {@code $filter}, {@code $select} and {@code $expand}. No
 * {@code $top}/{@code $skip}: Business Central pages with {@code @odata.nextLink} only ({@code
 * $top} suppresses it).
 *
 * <pre>{@code
 * ODataQuery q = ODataQuery.builder()
 *     .filter(ODataFilter.eq("sendToProcore", true))
 *     .select("id", "number", "displayName")
 *     .expand("purchaseOrderLines")
 *     .build();
 * }</pre>
 */
public final class ODataQuery {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final ODataQuery ALL = new ODataQuery(null, List.of(), List.of());

  private final @Nullable ODataFilter filter;
  private final List<String> select;
  private final List<String> expand;

  private ODataQuery(@Nullable ODataFilter filter, List<String> select, List<String> expand) {
    this.filter = filter;
    this.select = List.copyOf(select);
    this.expand = List.copyOf(expand);
  }

  /**
   * The query that reads every record with every field.
   *
   * @return the empty query
   */
  public static ODataQuery all() {
    return ALL;
  }

  /**
   * A query with only a filter.
   *
   * @param filter the filter
   * @return the query
   */
  public static ODataQuery where(ODataFilter filter) {
    return builder().filter(filter).build();
  }

  /**
   * Starts a builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the filter.
   *
   * @return the filter, if any
   */
  public Optional<ODataFilter> filter() {
    return Optional.ofNullable(filter);
  }

  /**
   * Returns the selected fields.
   *
   * @return the fields, empty for all
   */
  public List<String> select() {
    return select;
  }

  /**
   * Returns the expanded navigation properties.
   *
   * @return the navigation properties
   */
  public List<String> expand() {
    return expand;
  }

  /**
   * Returns a copy with {@code more} added to the filter (and-ed).
   *
   * @param more the added condition
   * @return the new query
   */
  public ODataQuery and(ODataFilter more) {
    Objects.requireNonNull(more, "more");
    return new ODataQuery(filter == null ? more : filter.and(more), select, expand);
  }

  /**
   * Adds the options to a URL, percent-encoded as UTF-8 (a quote, an ampersand, a plus or a
   * non-ASCII letter in a value survives the trip).
   *
   * @param url the URL builder
   * @return the same builder
   */
  public HttpUrl.Builder applyTo(HttpUrl.Builder url) {
    if (filter != null) {
      url.addEncodedQueryParameter("$filter", encode(filter.expression()));
    }
    if (!select.isEmpty()) {
      url.addEncodedQueryParameter("$select", encode(String.join(",", select)));
    }
    if (!expand.isEmpty()) {
      url.addEncodedQueryParameter("$expand", encode(String.join(",", expand)));
    }
    return url;
  }

  /**
   * Percent-encodes text as a URL query value: everything but the RFC 3986 unreserved characters is
   * encoded from its UTF-8 bytes.
   *
   * @param text the text
   * @return the encoded text
   */
  static String encode(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length + 16);
    for (byte b : bytes) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "ODataQuery{filter=" + filter + ", select=" + select + ", expand=" + expand + "}";
  }

  /** Builds an {@link ODataQuery}. */
  public static final class Builder {
    private @Nullable ODataFilter filter;
    private final List<String> select = new ArrayList<>();
    private final List<String> expand = new ArrayList<>();

    Builder() {}

    /**
     * Sets the filter.
     *
     * @param filter the filter
     * @return this builder
     */
    public Builder filter(ODataFilter filter) {
      this.filter = Objects.requireNonNull(filter, "filter");
      return this;
    }

    /**
     * Adds fields to {@code $select}.
     *
     * @param fields JSON field names
     * @return this builder
     * @throws IllegalArgumentException when a name is not an OData property name
     */
    public Builder select(String... fields) {
      for (String f : fields) {
        select.add(name("select", f));
      }
      return this;
    }

    /**
     * Adds fields to {@code $select}.
     *
     * @param fields JSON field names
     * @return this builder
     * @throws IllegalArgumentException when a name is not an OData property name
     */
    public Builder select(List<String> fields) {
      return select(fields.toArray(String[]::new));
    }

    /**
     * Adds a navigation property to {@code $expand}.
     *
     * @param navigation the navigation property, such as {@code purchaseOrderLines}
     * @return this builder
     * @throws IllegalArgumentException when it is not an OData property name
     */
    public Builder expand(String navigation) {
      expand.add(name("expand", navigation));
      return this;
    }

    private static String name(String option, String name) {
      Objects.requireNonNull(name, option);
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(
            option + " field '" + name + "' is not an OData property name");
      }
      return name;
    }

    /**
     * Builds the query.
     *
     * @return the query
     */
    public ODataQuery build() {
      return new ODataQuery(filter, select, expand);
    }
  }
}
