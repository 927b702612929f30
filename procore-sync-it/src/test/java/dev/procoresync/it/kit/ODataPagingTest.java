package dev.procoresync.it.kit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.procoresync.core.error.DecodingException;
import dev.procoresync.core.http.Page;
import dev.procoresync.core.http.PagePosition;
import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.core.http.Paging;
import dev.procoresync.it.kit.KitHttp.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * OData server-driven paging over loopback HTTP: a fake that honours {@code Prefer:
 * odata.maxpagesize} (and pages only when asked to), {@code @odata.nextLink} after the items.
 */
class ODataPagingTest {
  private WireMockServer server;

  @BeforeEach
  void start() {
    server = KitHttp.server();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private String odata(List<String> ids, String nextLink) {
    String value = ids.stream().map(i -> "{\"id\":\"" + i + "\"}").collect(Collectors.joining(","));
    return "{\"@odata.context\":\"x\",\"value\":["
        + value
        + "]"
        + (nextLink == null ? "" : ",\"@odata.nextLink\":\"" + server.baseUrl() + nextLink + "\"")
        + "}";
  }

  private PagedIterable<Row> jobs(int maxPageSize) {
    return KitHttp.pages(
            new Request.Builder().url(server.baseUrl() + "/api/v2.0/jobs").build(),
            Paging.odata(maxPageSize))
        .itemsAt("/value")
        .build()
        .list(Row.class);
  }

  @Test
  void aPageHonoursMaxPageSizeAndNextLinkIsFollowedVerbatim() {
    // with the Prefer header: pages of 2; without it: one page of all 5 (what a server does)
    server.stubFor(
        get(urlEqualTo("/api/v2.0/jobs"))
            .withHeader("Prefer", equalTo("odata.maxpagesize=2"))
            .willReturn(
                aResponse().withBody(odata(List.of("1", "2"), "/api/v2.0/jobs?$skiptoken=A"))));
    server.stubFor(
        get(urlEqualTo("/api/v2.0/jobs?$skiptoken=A"))
            .withHeader("Prefer", equalTo("odata.maxpagesize=2"))
            .willReturn(
                aResponse().withBody(odata(List.of("3", "4"), "/api/v2.0/jobs?$skiptoken=B"))));
    server.stubFor(
        get(urlEqualTo("/api/v2.0/jobs?$skiptoken=B"))
            .withHeader("Prefer", equalTo("odata.maxpagesize=2"))
            .willReturn(aResponse().withBody(odata(List.of("5"), null))));

    List<Page<Row>> pages = new ArrayList<>();
    jobs(2).byPage().forEach(pages::add);

    assertEquals(3, pages.size());
    assertEquals(2, pages.get(0).items().size());
    assertEquals(
        server.baseUrl() + "/api/v2.0/jobs?$skiptoken=A",
        pages.get(0).next().orElseThrow().value());
    server.verify(
        3,
        getRequestedFor(urlPathEqualTo("/api/v2.0/jobs"))
            .withHeader("Prefer", WireMock.equalTo("odata.maxpagesize=2")));

    PagedIterable<Row> resumed =
        jobs(2).resumeFrom(PagePosition.of(server.baseUrl() + "/api/v2.0/jobs?$skiptoken=B"));
    assertEquals(List.of("5"), resumed.stream().map(r -> r.id).collect(Collectors.toList()));
  }

  @Test
  void aNextLinkThatIsNotTextIsADecodingException() {
    server.stubFor(
        get(urlEqualTo("/api/v2.0/jobs"))
            .willReturn(aResponse().withBody("{\"value\":[],\"@odata.nextLink\":42}")));
    assertThrows(DecodingException.class, () -> jobs(10).stream().count());
  }

  @Test
  void aNextLinkBackToTheFirstPageIsALoop() {
    server.stubFor(
        get(urlEqualTo("/api/v2.0/jobs"))
            .willReturn(aResponse().withBody(odata(List.of("1"), "/api/v2.0/jobs"))));
    assertThrows(DecodingException.class, () -> jobs(10).stream().count());
    server.verify(1, getRequestedFor(urlPathEqualTo("/api/v2.0/jobs")));
  }
}
