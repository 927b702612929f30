package dev.procoresync.bc.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A typed OData v4 {@code $filter} expression, built from field names and Java values so that no
 * caller ever concatenates a literal by hand. Strings are quoted with an embedded {@code '}
 * doubled; GUIDs, numbers, dates, date-times and booleans are written unquoted, as Business Central
 * takes them. Percent-encoding for the URL is the client's job ({@link ODataQuery}).
 *
 * <p>Business Central refuses {@code or} across different fields ("The 'OR' operator is not
 * supported on distinct fields"), so this type offers {@code and} and {@link #anyOf} on one field
 * only.
 *
 * <pre>{@code
 * ODataFilter f = ODataFilter.eq("number", "O'Brien & Söhne")
 *     .and(ODataFilter.gt("lastModifiedDateTime", Instant.parse("2026-01-01T00:00:00Z")));
 * f.expression(); // number eq 'O''Brien & Söhne' and lastModifiedDateTime gt 2026-01-01T00:00:00Z
 * }</pre>
 */
public final class ODataFilter {
  private static final Pattern FIELD =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(/[A-Za-z_][A-Za-z0-9_]*)*");

  private final String expression;

  private ODataFilter(String expression) {
    this.expression = expression;
  }

  /**
   * {@code field eq value}.
   *
   * @param field the JSON name of the field, such as {@code number}
   * @param value a {@link String}, {@link Boolean}, {@link Integer}, {@link Long}, {@link
   *     BigDecimal}, {@link UUID}, {@link Instant} or {@link LocalDate}
   * @return the filter
   * @throws IllegalArgumentException when the field is not an OData name or the value's type is not
   *     one of those listed (the message names both)
   */
  public static ODataFilter eq(String field, Object value) {
    return compare(field, "eq", value);
  }

  /**
   * {@code field ne value}.
   *
   * @param field the JSON name of the field
   * @param value the value, typed as for {@link #eq}
   * @return the filter
   * @throws IllegalArgumentException as {@link #eq} does
   */
  public static ODataFilter ne(String field, Object value) {
    return compare(field, "ne", value);
  }

  /**
   * {@code field gt value}.
   *
   * @param field the JSON name of the field
   * @param value the value, typed as for {@link #eq}
   * @return the filter
   * @throws IllegalArgumentException as {@link #eq} does
   */
  public static ODataFilter gt(String field, Object value) {
    return compare(field, "gt", value);
  }

  /**
   * {@code field ge value}.
   *
   * @param field the JSON name of the field
   * @param value the value, typed as for {@link #eq}
   * @return the filter
   * @throws IllegalArgumentException as {@link #eq} does
   */
  public static ODataFilter ge(String field, Object value) {
    return compare(field, "ge", value);
  }

  /**
   * {@code field lt value}.
   *
   * @param field the JSON name of the field
   * @param value the value, typed as for {@link #eq}
   * @return the filter
   * @throws IllegalArgumentException as {@link #eq} does
   */
  public static ODataFilter lt(String field, Object value) {
    return compare(field, "lt", value);
  }

  /**
   * {@code field le value}.
   *
   * @param field the JSON name of the field
   * @param value the value, typed as for {@link #eq}
   * @return the filter
   * @throws IllegalArgumentException as {@link #eq} does
   */
  public static ODataFilter le(String field, Object value) {
    return compare(field, "le", value);
  }

  /**
   * {@code (field eq v1 or field eq v2 ...)} on one field (the only {@code or} Business Central
   * takes).
   *
   * @param field the JSON name of the field
   * @param values at least one value, each typed as for {@link #eq}
   * @return the filter
   * @throws IllegalArgumentException when {@code values} is empty, or as {@link #eq} does
   */
  public static ODataFilter anyOf(String field, List<?> values) {
    Objects.requireNonNull(values, "values");
    if (values.isEmpty()) {
      throw new IllegalArgumentException("anyOf(" + field + ") needs at least one value");
    }
    List<String> parts = new ArrayList<>(values.size());
    for (Object v : values) {
      parts.add(compare(field, "eq", v).expression);
    }
    return new ODataFilter(
        parts.size() == 1 ? parts.get(0) : "(" + String.join(" or ", parts) + ")");
  }

  /**
   * {@code startswith(field, 'prefix')}.
   *
   * @param field the JSON name of the field
   * @param prefix the prefix
   * @return the filter
   * @throws IllegalArgumentException when the field is not an OData name
   */
  public static ODataFilter startsWith(String field, String prefix) {
    return new ODataFilter("startswith(" + field(field) + "," + literal(field, prefix) + ")");
  }

  /**
   * Both this filter and {@code other}.
   *
   * @param other the other filter
   * @return {@code this and other}
   */
  public ODataFilter and(ODataFilter other) {
    Objects.requireNonNull(other, "other");
    return new ODataFilter(expression + " and " + other.expression);
  }

  /**
   * Returns the expression as OData text (not yet percent-encoded).
   *
   * @return the expression
   */
  public String expression() {
    return expression;
  }

  /**
   * Writes one value as an OData literal.
   *
   * @param field the field it is compared with (named in the error)
   * @param value the value
   * @return the literal
   * @throws IllegalArgumentException when the value's type has no literal here
   */
  static String literal(String field, Object value) {
    Objects.requireNonNull(value, () -> "value of " + field);
    if (value instanceof String s) {
      return "'" + s.replace("'", "''") + "'";
    }
    if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      return value.toString();
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof UUID u) {
      return u.toString();
    }
    if (value instanceof Instant i) {
      return DateTimeFormatter.ISO_INSTANT.format(i);
    }
    if (value instanceof LocalDate d) {
      return d.toString();
    }
    throw new IllegalArgumentException(
        "value of "
            + field
            + " is a "
            + value.getClass().getName()
            + "; a filter takes String, Boolean, Integer, Long, BigDecimal, UUID, Instant or"
            + " LocalDate");
  }

  private static ODataFilter compare(String field, String op, Object value) {
    return new ODataFilter(field(field) + " " + op + " " + literal(field, value));
  }

  private static String field(String field) {
    Objects.requireNonNull(field, "field");
    if (!FIELD.matcher(field).matches()) {
      throw new IllegalArgumentException(
          "field '" + field + "' is not an OData property name (letters, digits, '_', '/')");
    }
    return field;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ODataFilter f && f.expression.equals(expression);
  }

  @Override
  public int hashCode() {
    return expression.hashCode();
  }

  @Override
  public String toString() {
    return expression;
  }
}
