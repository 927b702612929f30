package dev.procoresync.core.http;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;
import okhttp3.Call;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * A paged listing of one service, ready to be read lazily as a {@link PagedIterable}: the first
 * page's request, the {@link Paging} kind, where the items sit in each answer, and the service's
 * client, JSON mapper and {@link ErrorDecoder}.
 *
 * <p>What every listing built here guarantees:
 *
 * <ul>
 *   <li><b>Lazy.</b> Nothing is fetched until the listing is iterated; a page is fetched only when
 *       the previous one is used up.
 *   <li><b>Flat memory.</b> Each answer is read as a stream from the socket straight into the item
 *       type (no page-sized string or tree); at most one page of items is held.
 *   <li><b>No {@code null} items.</b> A {@code null} entry in a page is skipped, counted in {@link
 *       Page#nullsSkipped()} and logged at WARN; it still counts towards a short-page rule.
 *   <li><b>No endless loops.</b> A next position that leads to a page already read in this
 *       iteration (a {@code Link} or {@code nextLink} pointing back, a cursor repeated) ends in a
 *       {@link dev.procoresync.core.error.DecodingException} naming it, before that page is read
 *       again. The check keeps an exact 64-bit fingerprint of the first 10,000 pages and a constant
 *       amount of state after that (a loop entered later is found within twice its length).
 *   <li><b>Typed failures.</b> An error status gives the {@link ErrorDecoder}'s exception; no
 *       answer gives a {@link dev.procoresync.core.error.TransportException}; an answer that cannot
 *       be read (not JSON, items not an array, an item not of the type) gives a {@link
 *       dev.procoresync.core.error.DecodingException}.
 *   <li><b>Resumable.</b> {@link PagedIterable#resumeFrom(PagePosition)} starts at a position taken
 *       from {@link Page#next()}; what the position holds depends on the {@link Paging}.
 * </ul>
 *
 * <pre>{@code
 * PagedIterable<Vendor> vendors =
 *     PageRequest.builder()
 *         .service("procore")
 *         .callFactory(okHttpClient)
 *         .mapper(mapper)
 *         .errorDecoder(errors)
 *         .first(new Request.Builder().url(base + "rest/v1.0/vendors?per_page=1000").build())
 *         .paging(Paging.link())
 *         .build()
 *         .list(Vendor.class);
 * }</pre>
 */
public final class PageRequest {
  private final String service;
  private final Call.Factory callFactory;
  private final ObjectMapper mapper;
  private final ErrorDecoder errorDecoder;
  private final Request first;
  private final Paging paging;
  private final String itemsAt;

  private PageRequest(Builder b) {
    this.service = Objects.requireNonNull(b.service, "service");
    this.callFactory = Objects.requireNonNull(b.callFactory, "callFactory");
    this.mapper = Objects.requireNonNull(b.mapper, "mapper");
    this.errorDecoder = Objects.requireNonNull(b.errorDecoder, "errorDecoder");
    this.first = Objects.requireNonNull(b.first, "first");
    this.paging = Objects.requireNonNull(b.paging, "paging");
    this.itemsAt = b.itemsAt;
    paging.request(first, null); // refuses a first request the paging cannot move (GraphQL)
  }

  /**
   * Starts a builder. {@code service}, {@code callFactory}, {@code mapper}, {@code errorDecoder},
   * {@code first} and {@code paging} are required; items are at the root ({@code ""}) unless {@link
   * Builder#itemsAt(String)} says otherwise.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the lazy listing of items of a type.
   *
   * @param itemType the item type
   * @param <T> the item type
   * @return the listing; nothing is fetched yet
   */
  public <T> PagedIterable<T> list(Class<T> itemType) {
    return list(mapper.constructType(Objects.requireNonNull(itemType, "itemType")));
  }

  /**
   * Returns the lazy listing of items of a generic type.
   *
   * @param itemType the item type, such as one built with {@code mapper.getTypeFactory()}
   * @param <T> the item type
   * @return the listing; nothing is fetched yet
   */
  public <T> PagedIterable<T> list(JavaType itemType) {
    Objects.requireNonNull(itemType, "itemType");
    PagingReader<T> reader =
        new PagingReader<>(service, callFactory, mapper, errorDecoder, itemType, itemsAt, paging);
    return new PagingIterable<>(reader, paging, first, null);
  }

  /** Checks a JSON pointer argument and returns it. */
  static String checkPointer(String pointer, String name) {
    Objects.requireNonNull(pointer, name);
    try {
      JsonPointer.compile(pointer);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          name + " must be a JSON pointer such as /value, got '" + pointer + "'", e);
    }
    return pointer;
  }

  @Override
  public String toString() {
    return "PageRequest{"
        + service
        + " "
        + first.method()
        + " "
        + first.url().encodedPath()
        + ", "
        + paging
        + ", items at '"
        + itemsAt
        + "'}";
  }

  /** Builds a {@link PageRequest}. */
  public static final class Builder {
    private @Nullable String service;
    private Call.@Nullable Factory callFactory;
    private @Nullable ObjectMapper mapper;
    private @Nullable ErrorDecoder errorDecoder;
    private @Nullable Request first;
    private @Nullable Paging paging;
    private String itemsAt = "";

    private Builder() {}

    /**
     * Sets the service's name, used in exceptions.
     *
     * @param service such as {@code "procore"} or {@code "business-central"}
     * @return this builder
     * @throws IllegalArgumentException when blank
     */
    public Builder service(String service) {
      Objects.requireNonNull(service, "service");
      if (service.isBlank()) {
        throw new IllegalArgumentException("service must not be blank");
      }
      this.service = service;
      return this;
    }

    /**
     * Sets the client that executes the page requests: the service's {@code OkHttpClient}, so its
     * pipeline (authentication, retries, rate limits, events) applies to every page.
     *
     * @param callFactory the client
     * @return this builder
     */
    public Builder callFactory(Call.Factory callFactory) {
      this.callFactory = Objects.requireNonNull(callFactory, "callFactory");
      return this;
    }

    /**
     * Sets the mapper that decodes items.
     *
     * @param mapper the service's mapper
     * @return this builder
     */
    public Builder mapper(ObjectMapper mapper) {
      this.mapper = Objects.requireNonNull(mapper, "mapper");
      return this;
    }

    /**
     * Sets what an error status becomes.
     *
     * @param errorDecoder the service's decoder
     * @return this builder
     */
    public Builder errorDecoder(ErrorDecoder errorDecoder) {
      this.errorDecoder = Objects.requireNonNull(errorDecoder, "errorDecoder");
      return this;
    }

    /**
     * Sets the request of the first page (for GraphQL kinds: a POST whose JSON body is {@code
     * {"query", "variables"}}).
     *
     * @param first the request
     * @return this builder
     */
    public Builder first(Request first) {
      this.first = Objects.requireNonNull(first, "first");
      return this;
    }

    /**
     * Sets the paging kind.
     *
     * @param paging such as {@link Paging#link()}
     * @return this builder
     */
    public Builder paging(Paging paging) {
      this.paging = Objects.requireNonNull(paging, "paging");
      return this;
    }

    /**
     * Sets where the item array sits in each answer.
     *
     * @param pointer a JSON pointer: {@code ""} for a bare array (the default), {@code /value} for
     *     OData, {@code /data} for Procore v2, {@code /data/members} for a GraphQL field
     * @return this builder
     * @throws IllegalArgumentException when not a JSON pointer
     */
    public Builder itemsAt(String pointer) {
      this.itemsAt = checkPointer(pointer, "itemsAt");
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the page request
     * @throws NullPointerException when a required part is missing (named)
     * @throws IllegalArgumentException when the paging cannot page the first request
     */
    public PageRequest build() {
      return new PageRequest(this);
    }
  }
}
