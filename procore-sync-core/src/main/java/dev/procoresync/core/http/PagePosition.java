package dev.procoresync.core.http;

import java.util.Objects;

/**
 * Where a listing stands: the value that fetches its next page. What it holds depends on the {@link
 * Paging} kind: the absolute URL of the next page ({@link Paging#link()}, {@link
 * Paging#odata(int)}), the page number in decimal ({@link PageNumberPaging}), or a cursor ({@link
 * GraphQlCursorPaging}, {@link GraphQlPageInfoPaging}).
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
  /** The longest value accepted, in characters. */
  public static final int MAX_LENGTH = 16_384;

  private final String value;

  private PagePosition(String value) {
    this.value = value;
  }

  /**
   * Creates a position from a stored value.
   *
   * @param value a value returned by {@link #value()}
   * @return the position
   * @throws IllegalArgumentException when the value is blank, longer than {@value #MAX_LENGTH}
   *     characters, or holds a control character (a listing checks the rest when it resumes)
   */
  public static PagePosition of(String value) {
    Objects.requireNonNull(value, "value");
    if (value.isBlank() || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "value must be a non-blank page position of at most "
              + MAX_LENGTH
              + " characters, got "
              + value.length()
              + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(
            "value must not hold control characters, found U+"
                + String.format("%04X", (int) value.charAt(i))
                + " at "
                + i);
      }
    }
    return new PagePosition(value);
  }

  /**
   * Returns the stored form of this position.
   *
   * @return a URL, a page number or a cursor, depending on the paging kind
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
