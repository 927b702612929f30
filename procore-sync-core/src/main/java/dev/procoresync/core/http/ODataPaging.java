package dev.procoresync.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.procoresync.core.error.DecodingException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * OData v4 server-driven paging (see {@link Paging#odata(int)}): every page request carries {@code
 * Prefer: odata.maxpagesize=N}; the next page is the body's {@code @odata.nextLink}, followed
 * verbatim; the listing ends on the first page without one. Items sit at {@code /value} (pass it to
 * {@link PageRequest.Builder#itemsAt(String)}). {@code @odata.count}, when the first request asked
 * for it with {@code $count=true}, is reported as the announced total.
 *
 * <p>Position: the absolute {@code nextLink} URL. A {@code nextLink} on another scheme, host or
 * port, or one that is not text, is refused with a {@link DecodingException}. Never page with
 * {@code $top}/{@code $skip}: {@code $top} suppresses {@code nextLink}.
 */
public final class ODataPaging implements Paging {
  /** The body value holding the next page's URL. */
  public static final String NEXT_LINK = "/@odata.nextLink";

  /** The body value holding the total count, when asked for. */
  public static final String COUNT = "/@odata.count";

  private final int maxPageSize;

  ODataPaging(int maxPageSize) {
    if (maxPageSize < 1) {
      throw new IllegalArgumentException("maxPageSize must be at least 1, got " + maxPageSize);
    }
    this.maxPageSize = maxPageSize;
  }

  /**
   * Returns the page size asked for.
   *
   * @return the {@code odata.maxpagesize}
   */
  public int maxPageSize() {
    return maxPageSize;
  }

  @Override
  public Request request(Request first, @Nullable PagePosition position) {
    Request.Builder b = first.newBuilder().header("Prefer", "odata.maxpagesize=" + maxPageSize);
    if (position != null) {
      b.url(position.value()).get();
    }
    return b.build();
  }

  @Override
  public void checkPosition(Request first, PagePosition position) {
    PagingUrls.check(first, position);
  }

  @Override
  public List<String> bodyValues() {
    return List.of(NEXT_LINK, COUNT);
  }

  @Override
  public Optional<PagePosition> next(PagingResponse response) {
    Optional<JsonNode> link = response.bodyValue(NEXT_LINK);
    if (link.isEmpty()) {
      return Optional.empty();
    }
    if (!link.get().isTextual() || link.get().asText().isBlank()) {
      throw new DecodingException(
          response.service(),
          "GET "
              + response.request().url().encodedPath()
              + ": @odata.nextLink is not a URL: "
              + PagingUrls.clip(link.get().toString()),
          null);
    }
    return Optional.of(PagingUrls.next(response, link.get().asText(), "@odata.nextLink"));
  }

  @Override
  public OptionalLong total(PagingResponse response) {
    return response
        .bodyValue(COUNT)
        .filter(n -> n.canConvertToLong() && n.asLong() >= 0)
        .map(n -> OptionalLong.of(n.asLong()))
        .orElse(OptionalLong.empty());
  }

  @Override
  public String toString() {
    return "Paging.odata(" + maxPageSize + ")";
  }
}
