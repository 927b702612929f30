package dev.procoresync.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.procoresync.core.error.DecodingException;
import java.util.List;
import java.util.Optional;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * GraphQL paging with Relay's {@code pageInfo { hasNextPage endCursor }}: every page is the first
 * request's query with {@code first: N} and {@code after: <endCursor>}; the listing ends when
 * {@code hasNextPage} is not {@code true}. {@code hasNextPage: true} without an {@code endCursor}
 * ends in a {@link DecodingException}; an answer with GraphQL {@code errors} ends in a {@link
 * dev.procoresync.core.error.ServiceException} with the service error code {@code graphql}.
 *
 * <p>Every page is a POST marked safe to resend. Position: the {@code endCursor}.
 *
 * <pre>{@code
 * Paging paging = GraphQlPageInfoPaging.builder()
 *     .pageInfoAt("/data/members/pageInfo").pageSize(500).build();
 * // with itemsAt("/data/members/nodes")
 * }</pre>
 */
public final class GraphQlPageInfoPaging implements Paging {
  private final int pageSize;
  private final String sizeVariable;
  private final String cursorVariable;
  private final String hasNextPage;
  private final String endCursor;

  private GraphQlPageInfoPaging(Builder b) {
    if (b.pageInfoAt == null) {
      throw new IllegalStateException("pageInfoAt must be set");
    }
    this.pageSize = b.pageSize;
    this.sizeVariable = b.sizeVariable;
    this.cursorVariable = b.cursorVariable;
    this.hasNextPage = b.pageInfoAt + "/hasNextPage";
    this.endCursor = b.pageInfoAt + "/endCursor";
  }

  /**
   * Starts a builder: 100 a page, variables {@code first} and {@code after}; {@link
   * Builder#pageInfoAt(String)} is required.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Request request(Request first, @Nullable PagePosition position) {
    return PagingGraphQl.request(first, position, sizeVariable, pageSize, cursorVariable);
  }

  @Override
  public void checkPosition(Request first, PagePosition position) {
    // any cursor text is the service's to judge
  }

  @Override
  public List<String> bodyValues() {
    return List.of(PagingGraphQl.FIRST_ERROR, hasNextPage, endCursor);
  }

  @Override
  public Optional<PagePosition> next(PagingResponse response) {
    PagingGraphQl.throwErrors(response);
    boolean more = response.bodyValue(hasNextPage).map(JsonNode::asBoolean).orElse(false);
    if (!more) {
      return Optional.empty();
    }
    String cursor =
        response
            .bodyValue(endCursor)
            .filter(JsonNode::isValueNode)
            .map(JsonNode::asText)
            .filter(c -> !c.isBlank())
            .orElseThrow(
                () ->
                    new DecodingException(
                        response.service(),
                        "POST "
                            + response.request().url().encodedPath()
                            + ": hasNextPage is true but there is no endCursor",
                        null));
    return Optional.of(PagePosition.of(cursor));
  }

  @Override
  public String toString() {
    return "GraphQlPageInfoPaging{" + sizeVariable + "=" + pageSize + ", " + endCursor + "}";
  }

  /** Builds a {@link GraphQlPageInfoPaging}. */
  public static final class Builder {
    private int pageSize = 100;
    private String sizeVariable = "first";
    private String cursorVariable = "after";
    private @Nullable String pageInfoAt;

    private Builder() {}

    /**
     * Sets where the {@code pageInfo} object sits in the answer.
     *
     * @param pointer a JSON pointer such as {@code /data/members/pageInfo}
     * @return this builder
     * @throws IllegalArgumentException when not a JSON pointer
     */
    public Builder pageInfoAt(String pointer) {
      this.pageInfoAt = PageRequest.checkPointer(pointer, "pageInfoAt");
      return this;
    }

    /**
     * Sets the page size (the value of the size variable).
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
     * Sets the name of the page-size variable.
     *
     * @param name {@code first} by default
     * @return this builder
     * @throws IllegalArgumentException when blank
     */
    public Builder sizeVariable(String name) {
      this.sizeVariable = PagingGraphQl.nonBlank(name, "sizeVariable");
      return this;
    }

    /**
     * Sets the name of the cursor variable.
     *
     * @param name {@code after} by default
     * @return this builder
     * @throws IllegalArgumentException when blank
     */
    public Builder cursorVariable(String name) {
      this.cursorVariable = PagingGraphQl.nonBlank(name, "cursorVariable");
      return this;
    }

    /**
     * Builds the paging.
     *
     * @return the paging
     * @throws IllegalStateException when {@link #pageInfoAt(String)} was not set
     */
    public GraphQlPageInfoPaging build() {
      return new GraphQlPageInfoPaging(this);
    }
  }
}
