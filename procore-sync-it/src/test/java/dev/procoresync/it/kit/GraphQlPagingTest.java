package dev.procoresync.it.kit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.procoresync.core.error.ServiceException;
import dev.procoresync.core.http.GraphQlCursorPaging;
import dev.procoresync.core.http.GraphQlPageInfoPaging;
import dev.procoresync.core.http.PagePosition;
import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.core.http.Paging;
import dev.procoresync.it.kit.KitHttp.Row;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GraphQL cursor paging over loopback HTTP: busybusy's per-node {@code cursor} ending on a short
 * page, and Relay's {@code pageInfo}.
 */
class GraphQlPagingTest {
  private static final String QUERY =
      "{\"query\":\"query ($first: Int, $after: String) { members(first: $first, after: $after)"
          + " { id cursor } }\",\"variables\":{\"filter\":{\"archivedOn\":{\"isNull\":true}}}}";

  private WireMockServer server;

  @BeforeEach
  void start() {
    server = KitHttp.server();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private PagedIterable<Row> members(Paging paging, String itemsAt) {
    return KitHttp.pages(
            new Request.Builder()
                .url(server.baseUrl() + "/")
                .post(RequestBody.create(QUERY, MediaType.get("application/json")))
                .build(),
            paging)
        .itemsAt(itemsAt)
        .build()
        .list(Row.class);
  }

  private static String nodes(String... ids) {
    StringBuilder sb = new StringBuilder("{\"data\":{\"members\":[");
    for (int i = 0; i < ids.length; i++) {
      sb.append(i == 0 ? "" : ",")
          .append("{\"id\":\"")
          .append(ids[i])
          .append("\",\"cursor\":\"c-")
          .append(ids[i])
          .append("\"}");
    }
    return sb.append("]}}").toString();
  }

  @Test
  void busybusyStyleCursorsEndOnAShortPage() {
    server.stubFor(
        post(urlEqualTo("/"))
            .withRequestBody(notContaining("\"after\""))
            .withRequestBody(matchingJsonPath("$.variables.first", equalTo("2")))
            .withRequestBody(matchingJsonPath("$.variables.filter.archivedOn.isNull"))
            .willReturn(aResponse().withBody(nodes("1", "2"))));
    server.stubFor(
        post(urlEqualTo("/"))
            .withRequestBody(matchingJsonPath("$.variables.after", equalTo("c-2")))
            .willReturn(aResponse().withBody(nodes("3", "4"))));
    server.stubFor(
        post(urlEqualTo("/"))
            .withRequestBody(matchingJsonPath("$.variables.after", equalTo("c-4")))
            .willReturn(aResponse().withBody(nodes("5"))));
    Paging paging = GraphQlCursorPaging.builder().pageSize(2).build();

    assertEquals(
        List.of("1", "2", "3", "4", "5"),
        members(paging, "/data/members").stream().map(r -> r.id).collect(Collectors.toList()));
    server.verify(3, postRequestedFor(urlEqualTo("/")));
    assertEquals(
        List.of("5"),
        members(paging, "/data/members").resumeFrom(PagePosition.of("c-4")).stream()
            .map(r -> r.id)
            .collect(Collectors.toList()));
  }

  @Test
  void relayPageInfoIsFollowedUntilHasNextPageIsFalse() {
    server.stubFor(
        post(urlEqualTo("/"))
            .withRequestBody(notContaining("\"after\""))
            .willReturn(
                aResponse()
                    .withBody(
                        "{\"data\":{\"members\":{\"nodes\":[{\"id\":\"1\"}],"
                            + "\"pageInfo\":{\"hasNextPage\":true,\"endCursor\":\"E1\"}}}}")));
    server.stubFor(
        post(urlEqualTo("/"))
            .withRequestBody(matchingJsonPath("$.variables.after", equalTo("E1")))
            .willReturn(
                aResponse()
                    .withBody(
                        "{\"data\":{\"members\":{\"pageInfo\":{\"hasNextPage\":false,"
                            + "\"endCursor\":\"E2\"},\"nodes\":[{\"id\":\"2\"}]}}}")));
    Paging paging =
        GraphQlPageInfoPaging.builder().pageInfoAt("/data/members/pageInfo").pageSize(1).build();

    assertEquals(
        List.of("1", "2"),
        members(paging, "/data/members/nodes").stream()
            .map(r -> r.id)
            .collect(Collectors.toList()));
  }

  @Test
  void graphQlErrorsInA200AreServiceExceptions() {
    server.stubFor(
        post(urlEqualTo("/"))
            .willReturn(
                aResponse()
                    .withBody("{\"errors\":[{\"message\":\"Unknown field\"}],\"data\":null}")));
    ServiceException e =
        assertThrows(
            ServiceException.class,
            () -> members(GraphQlCursorPaging.builder().build(), "/data/members").stream().count());
    assertEquals("graphql", e.serviceErrorCode().orElseThrow());
  }

  @Test
  void aRepeatedCursorIsALoop() {
    server.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withBody(nodes("1", "1"))));
    assertThrows(
        dev.procoresync.core.error.DecodingException.class,
        () ->
            members(GraphQlCursorPaging.builder().pageSize(2).build(), "/data/members").stream()
                .count());
    server.verify(2, postRequestedFor(urlEqualTo("/")));
  }
}
