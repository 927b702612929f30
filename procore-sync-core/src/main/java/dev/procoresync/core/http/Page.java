package dev.procoresync.core.http;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * One page of a listing: its items, where the next page is, the total the service announced, and
 * how many {@code null} entries the page held (skipped, never handed over).
 *
 * <pre>{@code
 * for (Page<Vendor> page : company.vendors().list().byPage()) {
 *   save(page.items());
 *   page.next().ifPresent(p -> checkpoint.save(p.value()));
 * }
 * }</pre>
 *
 * @param <T> the item type
 */
public final class Page<T> {
  private final List<T> items;
  private final @Nullable PagePosition next;
  private final long total;
  private final int nullsSkipped;

  private Page(List<T> items, @Nullable PagePosition next, long total, int nullsSkipped) {
    this.items = List.copyOf(items);
    this.next = next;
    this.total = total;
    this.nullsSkipped = nullsSkipped;
  }

  /**
   * Creates a page without skipped entries.
   *
   * @param items the items, in the order received, none {@code null}
   * @param next the position of the next page, or {@code null} on the last page
   * @param total the announced total, or {@code -1} when absent
   * @param <T> the item type
   * @return the page
   * @throws NullPointerException when {@code items} or one of them is {@code null}
   */
  public static <T> Page<T> of(List<T> items, @Nullable PagePosition next, long total) {
    return of(items, next, total, 0);
  }

  /**
   * Creates a page.
   *
   * @param items the items, in the order received, none {@code null}
   * @param next the position of the next page, or {@code null} on the last page
   * @param total the announced total, or {@code -1} when absent
   * @param nullsSkipped how many {@code null} entries the answer held and were left out
   * @param <T> the item type
   * @return the page
   * @throws NullPointerException when {@code items} or one of them is {@code null}
   * @throws IllegalArgumentException when {@code nullsSkipped} is negative
   */
  public static <T> Page<T> of(
      List<T> items, @Nullable PagePosition next, long total, int nullsSkipped) {
    if (nullsSkipped < 0) {
      throw new IllegalArgumentException("nullsSkipped must be 0 or more, got " + nullsSkipped);
    }
    return new Page<>(Objects.requireNonNull(items, "items"), next, total, nullsSkipped);
  }

  /**
   * Returns the items of this page.
   *
   * @return the items, unmodifiable, never containing {@code null}
   */
  public List<T> items() {
    return items;
  }

  /**
   * Returns where the next page is (what the position holds depends on the {@link Paging} kind).
   *
   * @return the next position, empty on the last page
   */
  public Optional<PagePosition> next() {
    return Optional.ofNullable(next);
  }

  /**
   * Returns the total number of items the service announced (Procore's {@code Total} header,
   * OData's {@code @odata.count}), for progress only: paging never relies on it for Link and OData.
   *
   * @return the total, if announced
   */
  public OptionalLong total() {
    return total < 0 ? OptionalLong.empty() : OptionalLong.of(total);
  }

  /**
   * Returns how many {@code null} entries the service sent in this page; they were skipped.
   *
   * @return the count, usually 0
   */
  public int nullsSkipped() {
    return nullsSkipped;
  }

  @Override
  public String toString() {
    return "Page{items="
        + items.size()
        + ", next="
        + next
        + ", total="
        + total
        + (nullsSkipped > 0 ? ", nullsSkipped=" + nullsSkipped : "")
        + "}";
  }
}
