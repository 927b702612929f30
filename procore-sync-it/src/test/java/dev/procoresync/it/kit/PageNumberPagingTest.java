package dev.procoresync.it.kit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.procoresync.core.http.PageNumberPaging;
import dev.procoresync.core.http.PagePosition;
import dev.procoresync.it.kit.KitHttp.Row;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Page number / page size paging over loopback HTTP, ServiceTrade-style and short-page style. */
class PageNumberPagingTest {
  private WireMockServer server;

  @BeforeEach
  void start() {
    server = KitHttp.server();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private void jobs(int page, String ids, int totalPages) {
    server.stubFor(
        get(urlEqualTo("/api/job?status=completed&page=" + page + "&limit=2"))
            .willReturn(
                aResponse()
                    .withBody(
                        "{\"messages\":{},\"data\":{\"totalPages\":"
                            + totalPages
                            + ",\"jobs\":["
                            + ids
                            + "]}}")));
  }

  private List<String> read(PageNumberPaging paging, PagePosition from) {
    var listing =
        KitHttp.pages(
                new Request.Builder().url(server.baseUrl() + "/api/job?status=completed").build(),
                paging)
            .itemsAt("/data/jobs")
            .build()
            .<Row>list(KitHttp.MAPPER.constructType(Row.class));
    var items = from == null ? listing : listing.resumeFrom(from);
    return items.stream().map(r -> r.id).collect(Collectors.toList());
  }

  @Test
  void stopsAtTheAnnouncedPageCountEvenWhenTheLastPageIsFull() {
    jobs(1, "{\"id\":\"a\"},{\"id\":\"b\"}", 2);
    jobs(2, "{\"id\":\"c\"},{\"id\":\"d\"}", 2);
    PageNumberPaging paging =
        PageNumberPaging.builder()
            .pageParameter("page")
            .sizeParameter("limit")
            .pageSize(2)
            .totalPagesAt("/data/totalPages")
            .build();

    assertEquals(List.of("a", "b", "c", "d"), read(paging, null));
    server.verify(2, getRequestedFor(urlPathEqualTo("/api/job")));
    assertEquals(List.of("c", "d"), read(paging, PagePosition.of("2")));
  }

  @Test
  void withoutATotalAShortPageEnds() {
    jobs(1, "{\"id\":\"a\"},{\"id\":\"b\"}", -1);
    jobs(2, "{\"id\":\"c\"}", -1);
    PageNumberPaging paging =
        PageNumberPaging.builder().pageParameter("page").sizeParameter("limit").pageSize(2).build();

    assertEquals(List.of("a", "b", "c"), read(paging, null));
    server.verify(2, getRequestedFor(urlPathEqualTo("/api/job")));
  }
}
