package dev.procoresync.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link PageRequest} read of one page, handed to {@link Paging#next(PagingResponse)}: the
 * request, the answer's headers, the body values the paging asked for, how many items the page held
 * and the last item's {@link Paging#itemField() field}.
 *
 * <pre>{@code
 * PagingResponse r = PagingResponse.of("acme", request, null, Headers.of("Total", "5"),
 *     Map.of(), 2, null);
 * Optional<PagePosition> next = Paging.link().next(r); // empty: no Link header
 * }</pre>
 */
public final class PagingResponse {
  private final String service;
  private final Request request;
  private final @Nullable PagePosition position;
  private final Headers headers;
  private final Map<String, JsonNode> bodyValues;
  private final int itemCount;
  private final @Nullable String lastItemField;

  private PagingResponse(
      String service,
      Request request,
      @Nullable PagePosition position,
      Headers headers,
      Map<String, JsonNode> bodyValues,
      int itemCount,
      @Nullable String lastItemField) {
    this.service = service;
    this.request = request;
    this.position = position;
    this.headers = headers;
    this.bodyValues = Map.copyOf(bodyValues);
    this.itemCount = itemCount;
    this.lastItemField = lastItemField;
  }

  /**
   * Creates a response.
   *
   * @param service the service's name (for exceptions)
   * @param request the request of the page
   * @param position the page's position, or {@code null} for the first page
   * @param headers the answer's headers
   * @param bodyValues the body values found, keyed by the JSON pointer asked for (absent pointers
   *     and JSON {@code null} are left out)
   * @param itemCount the number of entries of the item array, {@code null} entries included
   * @param lastItemField the {@link Paging#itemField()} of the last non-null item, as text, or
   *     {@code null}
   * @return the response
   * @throws IllegalArgumentException when {@code itemCount} is negative
   */
  public static PagingResponse of(
      String service,
      Request request,
      @Nullable PagePosition position,
      Headers headers,
      Map<String, JsonNode> bodyValues,
      int itemCount,
      @Nullable String lastItemField) {
    if (itemCount < 0) {
      throw new IllegalArgumentException("itemCount must be 0 or more, got " + itemCount);
    }
    return new PagingResponse(
        Objects.requireNonNull(service, "service"),
        Objects.requireNonNull(request, "request"),
        position,
        Objects.requireNonNull(headers, "headers"),
        Objects.requireNonNull(bodyValues, "bodyValues"),
        itemCount,
        lastItemField);
  }

  /**
   * Returns the service's name.
   *
   * @return the name
   */
  public String service() {
    return service;
  }

  /**
   * Returns the request that fetched the page.
   *
   * @return the request
   */
  public Request request() {
    return request;
  }

  /**
   * Returns the page's own position.
   *
   * @return the position, empty for the first page
   */
  public Optional<PagePosition> position() {
    return Optional.ofNullable(position);
  }

  /**
   * Returns the answer's headers.
   *
   * @return the headers
   */
  public Headers headers() {
    return headers;
  }

  /**
   * Returns a body value the paging asked for.
   *
   * @param pointer one of {@link Paging#bodyValues()}
   * @return the value, empty when the body had none there (or JSON {@code null})
   */
  public Optional<JsonNode> bodyValue(String pointer) {
    return Optional.ofNullable(bodyValues.get(Objects.requireNonNull(pointer, "pointer")));
  }

  /**
   * Returns the number of entries in the page's item array, {@code null} entries included (so a
   * short-page rule sees what the service sent).
   *
   * @return the count
   */
  public int itemCount() {
    return itemCount;
  }

  /**
   * Returns the {@link Paging#itemField()} of the page's last non-null item.
   *
   * @return the value as text, empty when the page had no item or the item lacked the field
   */
  public Optional<String> lastItemField() {
    return Optional.ofNullable(lastItemField);
  }

  @Override
  public String toString() {
    return "PagingResponse{"
        + request.method()
        + " "
        + request.url().encodedPath()
        + ", items="
        + itemCount
        + "}";
  }
}
