package dev.procoresync.core.http;

import dev.procoresync.core.client.internal.LinkHeader;
import java.util.Optional;
import java.util.OptionalLong;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * Paging along an RFC 8288 {@code Link: <url>; rel="next"} header, as Procore pages (see {@link
 * Paging#link()}). The listing ends on the first page without a {@code next} link; the {@code
 * Total} header is reported as the announced total but never used to compute pages.
 *
 * <p>Position: the absolute URL of the next page. A {@code next} URL on another scheme, host or
 * port is refused with a {@link dev.procoresync.core.error.DecodingException} (the pipeline would
 * send the service's credentials there).
 */
public final class LinkPaging implements Paging {
  static final LinkPaging INSTANCE = new LinkPaging();

  private LinkPaging() {}

  @Override
  public Request request(Request first, @Nullable PagePosition position) {
    if (position == null) {
      return first;
    }
    return first.newBuilder().url(position.value()).get().build();
  }

  @Override
  public void checkPosition(Request first, PagePosition position) {
    PagingUrls.check(first, position);
  }

  @Override
  public Optional<PagePosition> next(PagingResponse response) {
    return nextLink(response.headers().get("Link"))
        .map(link -> PagingUrls.next(response, link, "Link target"));
  }

  @Override
  public OptionalLong total(PagingResponse response) {
    String total = response.headers().get("Total");
    if (total == null) {
      return OptionalLong.empty();
    }
    try {
      long value = Long.parseLong(total.trim());
      return value < 0 ? OptionalLong.empty() : OptionalLong.of(value);
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /**
   * Finds the target with {@code rel="next"} in an RFC 8288 {@code Link} header. Relation types are
   * matched case-insensitively; a link may carry several ({@code rel="next last"}).
   *
   * <pre>{@code
   * LinkPaging.nextLink("<https://x/p?page=2>; rel=\"next\", <https://x/p?page=9>; rel=\"last\"")
   *     // Optional[https://x/p?page=2]
   * }</pre>
   *
   * @param header the header value, or {@code null}
   * @return the target as written (possibly relative), empty when there is no {@code next} link
   */
  public static Optional<String> nextLink(@Nullable String header) {
    return LinkHeader.next(header);
  }

  @Override
  public String toString() {
    return "Paging.link()";
  }
}
