package dev.procoresync.core.http;

import java.util.stream.Stream;

/**
 * A lazy listing: nothing is fetched until it is iterated, and pages are fetched one at a time,
 * each only when the previous one is used up, along the service's {@link Paging} kind (Procore: the
 * {@code Link rel="next"} header, never computed from {@code Total}). Built by {@link PageRequest},
 * which lists the guarantees (flat memory, {@code null} entries skipped, paging loops refused,
 * typed failures).
 *
 * <p>Each iteration starts again from the first page (or the resume position). Memory stays flat:
 * only the current page is held.
 *
 * <pre>{@code
 * for (Vendor v : company.vendors().list()) { ... }
 * company.vendors().list().stream().filter(Vendor::isActive).count();
 * for (Page<Vendor> page : company.vendors().list().byPage()) {
 *   save(page.items());
 *   page.next().ifPresent(checkpoint::save);
 * }
 * }</pre>
 *
 * @param <T> the item type
 */
public interface PagedIterable<T> extends Iterable<T> {

  /**
   * Returns the pages, fetched lazily one by one.
   *
   * @return the pages
   */
  Iterable<Page<T>> byPage();

  /**
   * Returns the items as a sequential, lazy stream.
   *
   * @return the stream
   */
  Stream<T> stream();

  /**
   * Returns the same listing starting at a saved position instead of the first page.
   *
   * @param position a position taken from {@link Page#next()}
   * @return the listing from that position
   * @throws IllegalArgumentException when the position cannot be one of this listing's (for URL
   *     positions: not on the listing's scheme, host and port)
   */
  PagedIterable<T> resumeFrom(PagePosition position);
}
