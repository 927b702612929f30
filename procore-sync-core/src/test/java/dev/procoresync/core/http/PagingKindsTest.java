package dev.procoresync.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.procoresync.core.client.internal.RetrySafe;
import dev.procoresync.core.error.DecodingException;
import dev.procoresync.core.error.ServiceException;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The pure decisions of each paging kind: requests built per position, where the next page is. */
class PagingKindsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Request FIRST =
      new Request.Builder().url("https://api.example.com/x").build();

  private static PagingResponse response(
      Request request,
      @Nullable PagePosition position,
      Headers headers,
      Map<String, JsonNode> values,
      int count,
      @Nullable String last) {
    return PagingResponse.of("acme", request, position, headers, values, count, last);
  }

  private static PagingResponse headers(String... headers) {
    return response(FIRST, null, Headers.of(headers), Map.of(), 1, null);
  }

  @Test
  void linkResolvesRelativeTargetsAndRefusesOtherHosts() {
    assertEquals(Optional.empty(), Paging.link().next(headers()));
    assertEquals(
        "https://api.example.com/x?page=2",
        Paging.link().next(headers("Link", "</x?page=2>; rel=\"next\"")).orElseThrow().value());
    assertEquals(
        "https://api.example.com/x?page=3",
        Paging.link()
            .next(headers("Link", "<https://api.example.com/x?page=3>; REL=\"last next\""))
            .orElseThrow()
            .value());
    assertThrows(
        DecodingException.class,
        () -> Paging.link().next(headers("Link", "<http://api.example.com/x?page=2>; rel=next")));
    assertEquals(7, Paging.link().total(headers("Total", " 7 ")).getAsLong());
    assertTrue(Paging.link().total(headers("Total", "99999999999999999999")).isEmpty());
    assertTrue(Paging.link().total(headers("Total", "-1")).isEmpty());
  }

  @Test
  void linkHeaderParsing() {
    assertEquals(Optional.empty(), LinkPaging.nextLink(null));
    assertEquals(Optional.empty(), LinkPaging.nextLink("<https://a/1>; rel=\"prev\""));
    assertEquals(
        Optional.of("https://a/2"),
        LinkPaging.nextLink("<https://a/1>; rel=\"prev\", <https://a/2>; rel=\"next\""));
    assertEquals(Optional.of("https://a/2"), LinkPaging.nextLink("<https://a/2>; rel=next,"));
    assertEquals(Optional.empty(), LinkPaging.nextLink("<>; rel=next"));
    assertEquals(Optional.empty(), LinkPaging.nextLink("<https://a/2; rel=next"));
    assertEquals(Optional.empty(), LinkPaging.nextLink("<<<<<<"));
  }

  @Test
  void odataAsksForThePageSizeOnEveryPageAndFollowsNextLink() {
    Paging odata = Paging.odata(500);
    assertEquals("odata.maxpagesize=500", odata.request(FIRST, null).header("Prefer"));
    Request second =
        odata.request(FIRST, PagePosition.of("https://api.example.com/x?$skiptoken=A"));
    assertEquals("odata.maxpagesize=500", second.header("Prefer"));
    assertEquals("https://api.example.com/x?$skiptoken=A", second.url().toString());

    Map<String, JsonNode> values = new HashMap<>();
    assertEquals(
        Optional.empty(), odata.next(response(FIRST, null, Headers.of(), values, 3, null)));
    values.put(ODataPaging.NEXT_LINK, TextNode.valueOf("https://api.example.com/x?$skiptoken=B"));
    values.put(ODataPaging.COUNT, IntNode.valueOf(1200));
    PagingResponse r = response(FIRST, null, Headers.of(), values, 3, null);
    assertEquals("https://api.example.com/x?$skiptoken=B", odata.next(r).orElseThrow().value());
    assertEquals(1200, odata.total(r).getAsLong());
    values.put(ODataPaging.NEXT_LINK, TextNode.valueOf("https://elsewhere.example.com/x"));
    assertThrows(
        DecodingException.class,
        () -> odata.next(response(FIRST, null, Headers.of(), values, 3, null)));
    assertThrows(IllegalArgumentException.class, () -> Paging.odata(0));
  }

  @Test
  void pageNumbersEndOnAShortPageAnEmptyPageOrTheTotals() {
    PageNumberPaging paging =
        PageNumberPaging.builder()
            .pageParameter("page")
            .sizeParameter("limit")
            .pageSize(10)
            .totalItemsAt("/total_rows")
            .build();
    Request first = paging.request(FIRST, null);
    assertEquals("1", first.url().queryParameter("page"));
    assertEquals("10", first.url().queryParameter("limit"));
    assertEquals("4", paging.request(FIRST, PagePosition.of("4")).url().queryParameter("page"));

    Map<String, JsonNode> none = Map.of();
    assertEquals(
        "2",
        paging.next(response(first, null, Headers.of(), none, 10, null)).orElseThrow().value());
    assertTrue(paging.next(response(first, null, Headers.of(), none, 9, null)).isEmpty());
    assertTrue(paging.next(response(first, null, Headers.of(), none, 0, null)).isEmpty());
    Map<String, JsonNode> total = Map.of("/total_rows", IntNode.valueOf(30));
    assertEquals(
        "3",
        paging
            .next(response(first, PagePosition.of("2"), Headers.of(), total, 10, null))
            .orElseThrow()
            .value());
    assertTrue(
        paging
            .next(response(first, PagePosition.of("3"), Headers.of(), total, 10, null))
            .isEmpty());
    Map<String, JsonNode> junk = Map.of("/total_rows", TextNode.valueOf("lots"));
    assertTrue(
        paging
            .next(response(first, PagePosition.of("3"), Headers.of(), junk, 10, null))
            .isPresent(),
        "an unreadable total is ignored");
    assertThrows(
        IllegalArgumentException.class, () -> paging.checkPosition(FIRST, PagePosition.of("0")));
    assertThrows(
        IllegalArgumentException.class, () -> paging.checkPosition(FIRST, PagePosition.of("two")));
  }

  private static Request graphQlFirst() {
    return new Request.Builder()
        .url("https://graphql.example.com/")
        .post(
            RequestBody.create(
                "{\"query\":\"q\",\"variables\":{\"filter\":1}}",
                MediaType.get("application/json")))
        .build();
  }

  private static JsonNode body(Request r) throws IOException {
    try (Buffer b = new Buffer()) {
      r.body().writeTo(b);
      return JSON.readTree(b.readUtf8());
    }
  }

  @Test
  void graphQlCursorsMoveTheAfterVariableOnAPostMarkedSafe() throws IOException {
    GraphQlCursorPaging paging = GraphQlCursorPaging.builder().pageSize(3).build();
    Request first = paging.request(graphQlFirst(), null);
    assertEquals(3, body(first).path("variables").path("first").asInt());
    assertTrue(body(first).path("variables").path("after").isMissingNode());
    assertEquals(1, body(first).path("variables").path("filter").asInt());
    assertNotNull(first.tag(RetrySafe.class), "a GraphQL page is safe to resend");

    Request second = paging.request(graphQlFirst(), PagePosition.of("c9"));
    assertEquals("c9", body(second).path("variables").path("after").asText());
    assertEquals("POST", second.method());

    assertEquals(
        "c3",
        paging.next(response(first, null, Headers.of(), Map.of(), 3, "c3")).orElseThrow().value());
    assertTrue(paging.next(response(first, null, Headers.of(), Map.of(), 2, "c2")).isEmpty());
    assertThrows(
        DecodingException.class,
        () -> paging.next(response(first, null, Headers.of(), Map.of(), 3, null)));
    assertThrows(
        ServiceException.class,
        () ->
            paging.next(
                response(
                    first,
                    null,
                    Headers.of(),
                    Map.of("/errors/0/message", TextNode.valueOf("bad")),
                    0,
                    null)));
    assertThrows(IllegalArgumentException.class, () -> paging.request(FIRST, null));
  }

  @Test
  void graphQlPageInfoFollowsEndCursorWhileHasNextPage() {
    GraphQlPageInfoPaging paging =
        GraphQlPageInfoPaging.builder().pageInfoAt("/data/m/pageInfo").build();
    Request first = paging.request(graphQlFirst(), null);
    Map<String, JsonNode> more = new HashMap<>();
    more.put("/data/m/pageInfo/hasNextPage", JSON.getNodeFactory().booleanNode(true));
    more.put("/data/m/pageInfo/endCursor", TextNode.valueOf("E1"));
    assertEquals(
        "E1",
        paging.next(response(first, null, Headers.of(), more, 1, null)).orElseThrow().value());
    more.remove("/data/m/pageInfo/endCursor");
    assertThrows(
        DecodingException.class,
        () -> paging.next(response(first, null, Headers.of(), more, 1, null)));
    assertTrue(paging.next(response(first, null, Headers.of(), Map.of(), 1, null)).isEmpty());
    assertThrows(IllegalStateException.class, () -> GraphQlPageInfoPaging.builder().build());
  }

  @Test
  void positionsRefuseBlankHugeAndControlValues() {
    assertThrows(IllegalArgumentException.class, () -> PagePosition.of(" "));
    assertThrows(IllegalArgumentException.class, () -> PagePosition.of("a\u0000b"));
    assertThrows(
        IllegalArgumentException.class,
        () -> PagePosition.of("x".repeat(PagePosition.MAX_LENGTH + 1)));
    assertEquals("c-1", PagePosition.of("c-1").value());
  }
}
