package dev.procoresync.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * Paging by page number and page size in the query ({@code ?page=3&limit=100}), as ServiceTrade and
 * busybusy's legacy REST page. The listing ends at the first of: an empty page, a short page (fewer
 * entries than the page size, {@code null} entries included), the last page of an announced page
 * count, or the page that reaches an announced item total. A total that is missing or not a
 * non-negative whole number is ignored (the empty or short page still ends the listing).
 *
 * <p>Position: the page number, in decimal ({@code "3"}).
 *
 * <pre>{@code
 * Paging paging = PageNumberPaging.builder()
 *     .pageParameter("page").sizeParameter("limit").pageSize(100)
 *     .totalPagesAt("/data/totalPages")
 *     .build();
 * }</pre>
 */
public final class PageNumberPaging implements Paging {
  private final String pageParameter;
  private final String sizeParameter;
  private final int pageSize;
  private final long firstPage;
  private final @Nullable String totalPagesAt;
  private final @Nullable String totalItemsAt;
  private final @Nullable String totalItemsHeader;

  private PageNumberPaging(Builder b) {
    this.pageParameter = b.pageParameter;
    this.sizeParameter = b.sizeParameter;
    this.pageSize = b.pageSize;
    this.firstPage = b.firstPage;
    this.totalPagesAt = b.totalPagesAt;
    this.totalItemsAt = b.totalItemsAt;
    this.totalItemsHeader = b.totalItemsHeader;
  }

  /**
   * Starts a page-number paging: {@code page} and {@code per_page}, 100 a page, pages from 1, no
   * announced total unless one is configured.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Request request(Request first, @Nullable PagePosition position) {
    long page = position == null ? firstPage : pageOf(position);
    HttpUrl url =
        first
            .url()
            .newBuilder()
            .setQueryParameter(pageParameter, Long.toString(page))
            .setQueryParameter(sizeParameter, Integer.toString(pageSize))
            .build();
    return first.newBuilder().url(url).build();
  }

  @Override
  public void checkPosition(Request first, PagePosition position) {
    pageOf(position);
  }

  private long pageOf(PagePosition position) {
    try {
      long page = Long.parseLong(position.value());
      if (page >= firstPage) {
        return page;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new IllegalArgumentException(
        "position must be a page number from " + firstPage + ", got '" + position.value() + "'");
  }

  @Override
  public List<String> bodyValues() {
    List<String> out = new ArrayList<>(2);
    if (totalPagesAt != null) {
      out.add(totalPagesAt);
    }
    if (totalItemsAt != null) {
      out.add(totalItemsAt);
    }
    return out;
  }

  @Override
  public Optional<PagePosition> next(PagingResponse response) {
    if (response.itemCount() < pageSize) {
      return Optional.empty();
    }
    long page = response.position().map(this::pageOf).orElse(firstPage);
    long pagesRead = page - firstPage + 1;
    if (totalPagesAt != null) {
      OptionalLong pages = wholeNumber(response.bodyValue(totalPagesAt).orElse(null));
      if (pages.isPresent() && pagesRead >= pages.getAsLong()) {
        return Optional.empty();
      }
    }
    OptionalLong items = total(response);
    if (items.isPresent() && pagesRead >= (items.getAsLong() + pageSize - 1) / pageSize) {
      return Optional.empty();
    }
    if (page == Long.MAX_VALUE) {
      return Optional.empty();
    }
    return Optional.of(PagePosition.of(Long.toString(page + 1)));
  }

  @Override
  public OptionalLong total(PagingResponse response) {
    if (totalItemsAt != null) {
      OptionalLong fromBody = wholeNumber(response.bodyValue(totalItemsAt).orElse(null));
      if (fromBody.isPresent()) {
        return fromBody;
      }
    }
    if (totalItemsHeader != null) {
      String h = response.headers().get(totalItemsHeader);
      if (h != null) {
        try {
          long v = Long.parseLong(h.trim());
          return v < 0 ? OptionalLong.empty() : OptionalLong.of(v);
        } catch (NumberFormatException e) {
          return OptionalLong.empty();
        }
      }
    }
    return OptionalLong.empty();
  }

  private static OptionalLong wholeNumber(@Nullable JsonNode node) {
    if (node == null) {
      return OptionalLong.empty();
    }
    if (node.isIntegralNumber() && node.canConvertToLong() && node.asLong() >= 0) {
      return OptionalLong.of(node.asLong());
    }
    if (node.isTextual()) {
      try {
        long v = Long.parseLong(node.asText().trim());
        return v < 0 ? OptionalLong.empty() : OptionalLong.of(v);
      } catch (NumberFormatException e) {
        return OptionalLong.empty();
      }
    }
    return OptionalLong.empty();
  }

  @Override
  public String toString() {
    return "PageNumberPaging{" + pageParameter + ", " + sizeParameter + "=" + pageSize + "}";
  }

  /** Builds a {@link PageNumberPaging}. */
  public static final class Builder {
    private String pageParameter = "page";
    private String sizeParameter = "per_page";
    private int pageSize = 100;
    private long firstPage = 1;
    private @Nullable String totalPagesAt;
    private @Nullable String totalItemsAt;
    private @Nullable String totalItemsHeader;

    private Builder() {}

    /**
     * Sets the query parameter of the page number.
     *
     * @param name such as {@code page} (the default)
     * @return this builder
     * @throws IllegalArgumentException when the name is blank
     */
    public Builder pageParameter(String name) {
      this.pageParameter = nonBlank(name, "pageParameter");
      return this;
    }

    /**
     * Sets the query parameter of the page size.
     *
     * @param name such as {@code limit} or {@code page_size} ({@code per_page} by default)
     * @return this builder
     * @throws IllegalArgumentException when the name is blank
     */
    public Builder sizeParameter(String name) {
      this.sizeParameter = nonBlank(name, "sizeParameter");
      return this;
    }

    /**
     * Sets the page size asked for; a page with fewer entries is the last.
     *
     * @param size at least 1 (100 by default)
     * @return this builder
     * @throws IllegalArgumentException when below 1
     */
    public Builder pageSize(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("pageSize must be at least 1, got " + size);
      }
      this.pageSize = size;
      return this;
    }

    /**
     * Sets the number of the first page.
     *
     * @param page 0 or 1 (1 by default)
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Builder firstPage(long page) {
      if (page < 0) {
        throw new IllegalArgumentException("firstPage must be 0 or more, got " + page);
      }
      this.firstPage = page;
      return this;
    }

    /**
     * Reads the announced number of pages from the body.
     *
     * @param pointer a JSON pointer such as {@code /data/totalPages}
     * @return this builder
     * @throws IllegalArgumentException when the pointer is not a JSON pointer
     */
    public Builder totalPagesAt(String pointer) {
      this.totalPagesAt = PageRequest.checkPointer(pointer, "totalPagesAt");
      return this;
    }

    /**
     * Reads the announced number of items from the body.
     *
     * @param pointer a JSON pointer such as {@code /total_rows}
     * @return this builder
     * @throws IllegalArgumentException when the pointer is not a JSON pointer
     */
    public Builder totalItemsAt(String pointer) {
      this.totalItemsAt = PageRequest.checkPointer(pointer, "totalItemsAt");
      return this;
    }

    /**
     * Reads the announced number of items from a header.
     *
     * @param name such as {@code Total}
     * @return this builder
     * @throws IllegalArgumentException when the name is blank
     */
    public Builder totalItemsHeader(String name) {
      this.totalItemsHeader = nonBlank(name, "totalItemsHeader");
      return this;
    }

    /**
     * Builds the paging.
     *
     * @return the paging
     */
    public PageNumberPaging build() {
      return new PageNumberPaging(this);
    }

    private static String nonBlank(String value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      return value;
    }
  }
}
