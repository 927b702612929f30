package dev.procoresync.core.http;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * One page of a listing: its items, where the next page is, and the total Procore announced.
 *
 * @param <T> the item type
 */
public final class Page<T> {
  private final List<T> items;
  private final @Nullable PagePosition next;
  private final long total;

  private Page(List<T> items, @Nullable PagePosition next, long total) {
    this.items = List.copyOf(items);
    this.next = next;
    this.total = total;
  }

  /**
   * Creates a page.
   *
   * @param items the items, in the order received
   * @param next the position of the next page, or {@code null} on the last page
   * @param total the {@code Total} header, or {@code -1} when absent
   * @param <T> the item type
   * @return the page
   */
  public static <T> Page<T> of(List<T> items, @Nullable PagePosition next, long total) {
    return new Page<>(Objects.requireNonNull(items, "items"), next, total);
  }

  /**
   * Returns the items of this page.
   *
   * @return the items, unmodifiable
   */
  public List<T> items() {
    return items;
  }

  /**
   * Returns where the next page is, from the {@code Link rel="next"} header.
   *
   * @return the next position, empty on the last page
   */
  public Optional<PagePosition> next() {
    return Optional.ofNullable(next);
  }

  /**
   * Returns the total number of items Procore announced in the {@code Total} header (for progress
   * only: paging always follows {@code Link}).
   *
   * @return the total, if announced
   */
  public OptionalLong total() {
    return total < 0 ? OptionalLong.empty() : OptionalLong.of(total);
  }

  @Override
  public String toString() {
    return "Page{items=" + items.size() + ", next=" + next + ", total=" + total + "}";
  }
}
