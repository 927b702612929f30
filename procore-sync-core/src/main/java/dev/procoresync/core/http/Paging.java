package dev.procoresync.core.http;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * How a service pages a listing: which request fetches the page at a {@link PagePosition}, and
 * where the next page is once a page has been read.
 *
 * <p>The kinds the connectors need are built in:
 *
 * <ul>
 *   <li>{@link #link()}: an RFC 8288 {@code Link: <...>; rel="next"} header (Procore). The position
 *       is the absolute URL of the next page.
 *   <li>{@link #odata(int)}: OData v4 server-driven paging, {@code @odata.nextLink} in the body,
 *       with {@code Prefer: odata.maxpagesize=N} on every page request (Business Central). The
 *       position is the absolute {@code nextLink} URL.
 *   <li>{@link PageNumberPaging}: a page number and a page size in the query, ending at an empty or
 *       short page or at an announced total (ServiceTrade, busybusy's legacy REST). The position is
 *       the page number in decimal.
 *   <li>{@link GraphQlCursorPaging}: a {@code cursor} on each node, ending on a short page
 *       (busybusy). The position is the cursor of the last node read.
 *   <li>{@link GraphQlPageInfoPaging}: Relay's {@code pageInfo { hasNextPage endCursor }}. The
 *       position is the {@code endCursor}.
 * </ul>
 *
 * <p>A {@link PageRequest} drives a paging: it reads each answer as a stream, hands this interface
 * what it asked for ({@link #bodyValues()}, {@link #itemField()}) in a {@link PagingResponse}, and
 * asks {@link #next(PagingResponse)} where to go on. Implementations are immutable and thread safe.
 *
 * <pre>{@code
 * PagedIterable<Job> jobs =
 *     PageRequest.builder()
 *         .service("business-central")
 *         .callFactory(http)
 *         .mapper(mapper)
 *         .errorDecoder(errors)
 *         .first(new Request.Builder().url(base + "companies(" + id + ")/jobs").build())
 *         .paging(Paging.odata(1000))
 *         .itemsAt("/value")
 *         .build()
 *         .list(Job.class);
 * }</pre>
 */
public interface Paging {

  /**
   * Paging along the {@code Link rel="next"} header; {@code Total} is read as the announced total.
   *
   * @return the Link paging
   */
  static Paging link() {
    return LinkPaging.INSTANCE;
  }

  /**
   * OData v4 server-driven paging along {@code @odata.nextLink}, asking for pages of at most {@code
   * maxPageSize} items with {@code Prefer: odata.maxpagesize}.
   *
   * @param maxPageSize the page size asked for, at least 1 (Business Central allows up to 20,000)
   * @return the OData paging
   * @throws IllegalArgumentException when {@code maxPageSize} is below 1
   */
  static Paging odata(int maxPageSize) {
    return new ODataPaging(maxPageSize);
  }

  /**
   * Builds the request of the page at a position.
   *
   * @param first the request of the first page, as the caller built it
   * @param position the position, or {@code null} for the first page
   * @return the request to send
   */
  Request request(Request first, @Nullable PagePosition position);

  /**
   * Checks a position a caller wants to resume from.
   *
   * @param first the request of the first page
   * @param position the position
   * @throws IllegalArgumentException when the position cannot be one of this listing's (a URL on
   *     another host, a page number that is not a number)
   */
  void checkPosition(Request first, PagePosition position);

  /**
   * Returns the JSON pointers of the body values this kind needs besides the items (such as {@code
   * /@odata.nextLink}); the reader captures the scalar found at each.
   *
   * @return the pointers, empty by default
   */
  default List<String> bodyValues() {
    return List.of();
  }

  /**
   * Returns the name of a field of each item whose value on the page's last item this kind needs
   * (such as busybusy's {@code cursor}).
   *
   * @return the field name, empty by default
   */
  default Optional<String> itemField() {
    return Optional.empty();
  }

  /**
   * Tells where the next page is.
   *
   * @param response what was read of the page
   * @return the next position, or empty when this page is the last
   * @throws dev.procoresync.core.error.DecodingException when the page says there is more but not
   *     where (a full GraphQL page without a cursor, a {@code nextLink} on another host)
   */
  Optional<PagePosition> next(PagingResponse response);

  /**
   * Returns the total number of items the service announced with this page, for progress.
   *
   * @param response what was read of the page
   * @return the total, empty by default
   */
  default OptionalLong total(PagingResponse response) {
    return OptionalLong.empty();
  }
}
