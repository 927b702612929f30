package dev.procoresync.core.http;

import java.util.Objects;

/**
 * Where a listing stands: the URL of the next page to fetch, exactly as Procore's {@code Link}
 * header gave it.
 *
 * <p>Store {@link #value()} (for example in the state store) and pass {@link #of(String)} to {@link
 * PagedIterable#resumeFrom(PagePosition)} to continue a listing after a restart, without reading
 * the pages already processed again.
 *
 * <pre>{@code
 * PagePosition next = page.next().orElseThrow();
 * state.putCrossReference("resume", "vendors", next.value());
 * // later
 * vendors.list().resumeFrom(PagePosition.of(saved)).stream()...
 * }</pre>
 */
public final class PagePosition {
  private final String value;

  private PagePosition(String value) {
    this.value = value;
  }

  /**
   * Creates a position from a stored value.
   *
   * @param value the absolute URL of the next page, as returned by {@link #value()}
   * @return the position
   * @throws IllegalArgumentException when the value is blank or not an http(s) URL
   */
  public static PagePosition of(String value) {
    Objects.requireNonNull(value, "value");
    if (!(value.startsWith("https://") || value.startsWith("http://"))) {
      throw new IllegalArgumentException(
          "value must be the absolute http(s) URL of a page, got '" + value + "'");
    }
    return new PagePosition(value);
  }

  /**
   * Returns the URL of the next page.
   *
   * @return the absolute URL
   */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PagePosition && ((PagePosition) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "PagePosition{" + value + "}";
  }
}
