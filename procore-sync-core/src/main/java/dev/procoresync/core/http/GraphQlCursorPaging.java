package dev.procoresync.core.http;

import dev.procoresync.core.error.DecodingException;
import java.util.List;
import java.util.Optional;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * GraphQL paging with a cursor on each node, as busybusy pages: every page is the first request's
 * query with {@code first: N} and {@code after: <cursor of the last node read>}; the listing ends
 * on a short page (fewer than N entries, {@code null} entries included). A full page whose last
 * node has no cursor ends in a {@link DecodingException}; an answer with GraphQL {@code errors}
 * ends in a {@link dev.procoresync.core.error.ServiceException} with the service error code {@code
 * graphql}.
 *
 * <p>Every page is a POST marked safe to resend (a query writes nothing). The first request must be
 * a POST with a JSON body {@code {"query": "...", "variables": {...}}}; the paging sets the two
 * variables. Position: the cursor of the last node read.
 *
 * <pre>{@code
 * Paging paging = GraphQlCursorPaging.builder().pageSize(1000).build();
 * // query ($first: Int, $after: String) { timeEntries(first: $first, after: $after) { id cursor } }
 * // with itemsAt("/data/timeEntries")
 * }</pre>
 */
public final class GraphQlCursorPaging implements Paging {
  private final int pageSize;
  private final String sizeVariable;
  private final String cursorVariable;
  private final String cursorField;

  private GraphQlCursorPaging(Builder b) {
    this.pageSize = b.pageSize;
    this.sizeVariable = b.sizeVariable;
    this.cursorVariable = b.cursorVariable;
    this.cursorField = b.cursorField;
  }

  /**
   * Starts a builder: 1,000 a page, variables {@code first} and {@code after}, node field {@code
   * cursor}.
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
    return List.of(PagingGraphQl.FIRST_ERROR);
  }

  @Override
  public Optional<String> itemField() {
    return Optional.of(cursorField);
  }

  @Override
  public Optional<PagePosition> next(PagingResponse response) {
    PagingGraphQl.throwErrors(response);
    if (response.itemCount() < pageSize) {
      return Optional.empty();
    }
    String cursor =
        response
            .lastItemField()
            .filter(c -> !c.isBlank())
            .orElseThrow(
                () ->
                    new DecodingException(
                        response.service(),
                        "POST "
                            + response.request().url().encodedPath()
                            + ": a full page of "
                            + response.itemCount()
                            + " whose last node has no '"
                            + cursorField
                            + "'",
                        null));
    return Optional.of(PagePosition.of(cursor));
  }

  @Override
  public String toString() {
    return "GraphQlCursorPaging{" + sizeVariable + "=" + pageSize + ", " + cursorField + "}";
  }

  /** Builds a {@link GraphQlCursorPaging}. */
  public static final class Builder {
    private int pageSize = 1000;
    private String sizeVariable = "first";
    private String cursorVariable = "after";
    private String cursorField = "cursor";

    private Builder() {}

    /**
     * Sets the page size (the value of the size variable); a page with fewer entries is the last.
     *
     * @param size at least 1 (1,000 by default)
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
     * Sets the node field that holds each node's cursor.
     *
     * @param name {@code cursor} by default
     * @return this builder
     * @throws IllegalArgumentException when blank
     */
    public Builder cursorField(String name) {
      this.cursorField = PagingGraphQl.nonBlank(name, "cursorField");
      return this;
    }

    /**
     * Builds the paging.
     *
     * @return the paging
     */
    public GraphQlCursorPaging build() {
      return new GraphQlCursorPaging(this);
    }
  }
}
