package dev.procoresync.core.http;

import java.util.Objects;

/**
 * A request tag naming the low-cardinality path template a {@link RequestEvent} reports for a
 * request that was not made by a Retrofit service (whose annotation already names it).
 *
 * <pre>{@code
 * Request request = new Request.Builder().url(pageUrl).get()
 *     .tag(PathTemplate.class, RequestTags.pathTemplate("/v2.0/companies({id})/items"))
 *     .build();
 * }</pre>
 */
public final class PathTemplate {
  private final String value;

  PathTemplate(String value) {
    Objects.requireNonNull(value, "template");
    if (!value.startsWith("/")) {
      throw new IllegalArgumentException("template must start with '/', got '" + value + "'");
    }
    this.value = value;
  }

  /**
   * Returns the template.
   *
   * @return the template, such as {@code "/rest/v1.0/vendors/{id}"}
   */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PathTemplate && ((PathTemplate) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
