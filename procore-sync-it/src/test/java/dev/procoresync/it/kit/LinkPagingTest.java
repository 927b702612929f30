package dev.procoresync.it.kit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.procoresync.core.error.DecodingException;
import dev.procoresync.core.error.ServiceException;
import dev.procoresync.core.http.Page;
import dev.procoresync.core.http.PagePosition;
import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.core.http.Paging;
import dev.procoresync.it.kit.KitHttp.Row;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@code Link} kind over loopback HTTP: lazy, resumable, loop-proof, null-proof. */
class LinkPagingTest {
  private WireMockServer server;

  @BeforeEach
  void start() {
    server = KitHttp.server();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private String url(String path) {
    return server.baseUrl() + path;
  }

  private void page(String pathAndQuery, String body, String next) {
    var response = aResponse().withStatus(200).withHeader("Total", "5").withBody(body);
    if (next != null) {
      response = response.withHeader("Link", "<" + url(next) + ">; rel=\"next\"");
    }
    server.stubFor(get(urlEqualTo(pathAndQuery)).willReturn(response));
  }

  private PagedIterable<Row> rows() {
    return KitHttp.pages(new Request.Builder().url(url("/rows")).build(), Paging.link())
        .build()
        .list(Row.class);
  }

  private static List<String> ids(Iterable<Row> rows) {
    List<String> out = new ArrayList<>();
    rows.forEach(r -> out.add(r.id));
    return out;
  }

  @Test
  void followsNextLazilyAndResumesFromAPosition() {
    page("/rows", "[{\"id\":\"1\"},{\"id\":\"2\"}]", "/rows?page=2");
    page("/rows?page=2", "[{\"id\":\"3\"},{\"id\":\"4\"}]", "/rows?page=3");
    page("/rows?page=3", "[{\"id\":\"5\"}]", null);

    PagedIterable<Row> rows = rows();
    assertEquals(0, server.getAllServeEvents().size(), "nothing fetched before iterating");
    Iterator<Row> it = rows.iterator();
    it.next();
    it.next();
    assertEquals(1, server.getAllServeEvents().size(), "page 2 waits until page 1 is used up");

    Iterator<Page<Row>> pages = rows.byPage().iterator();
    Page<Row> first = pages.next();
    assertEquals(5, first.total().orElseThrow());
    PagePosition saved = PagePosition.of(first.next().orElseThrow().value());
    assertEquals(url("/rows?page=2"), saved.value());

    assertEquals(List.of("3", "4", "5"), ids(rows.resumeFrom(saved)));
    assertEquals(List.of("1", "2", "3", "4", "5"), ids(rows));
    assertThrows(
        IllegalArgumentException.class,
        () -> rows.resumeFrom(PagePosition.of("http://127.0.0.2:1/rows?page=2")));
  }

  @Test
  void aLinkBackToAPageAlreadyReadEndsInADecodingExceptionNamingIt() {
    page("/rows", "[{\"id\":\"1\"}]", "/rows?page=2");
    page("/rows?page=2", "[{\"id\":\"2\"}]", "/rows?page=3");
    page("/rows?page=3", "[{\"id\":\"3\"}]", "/rows?page=2");

    List<String> seen = new ArrayList<>();
    DecodingException e =
        assertThrows(DecodingException.class, () -> rows().forEach(r -> seen.add(r.id)));
    assertTrue(e.getMessage().contains(url("/rows?page=2")), e.getMessage());
    assertTrue(e.getMessage().contains("paging loop"), e.getMessage());
    assertEquals(List.of("1", "2"), seen, "no page is handed over twice");
    server.verify(1, getRequestedFor(urlEqualTo("/rows?page=2")));
    server.verify(1, getRequestedFor(urlEqualTo("/rows?page=3")));
  }

  @Test
  void aLinkToItselfIsALoopToo() {
    page("/rows", "[{\"id\":\"1\"}]", "/rows");
    assertThrows(DecodingException.class, () -> rows().stream().count());
    server.verify(1, getRequestedFor(urlPathEqualTo("/rows")));
  }

  @Test
  void nullItemsAreSkippedAndCounted() {
    page("/rows", "[null,{\"id\":\"1\"},null]", "/rows?page=2");
    page("/rows?page=2", "[{\"id\":\"2\"},null]", null);

    List<Page<Row>> pages = new ArrayList<>();
    rows().byPage().forEach(pages::add);
    assertEquals(2, pages.get(0).nullsSkipped());
    assertEquals(1, pages.get(1).nullsSkipped());
    assertEquals(List.of("1", "2"), ids(rows()));
    assertFalse(rows().stream().anyMatch(r -> r == null));
  }

  @Test
  void aLinkToAnotherHostIsRefusedBeforeAnyCredentialGoesThere() {
    server.stubFor(
        get(urlEqualTo("/rows"))
            .willReturn(
                aResponse()
                    .withBody("[{\"id\":\"1\"}]")
                    .withHeader("Link", "<https://evil.example.net/rows?page=2>; rel=\"next\"")));
    DecodingException e = assertThrows(DecodingException.class, () -> rows().stream().count());
    assertTrue(e.getMessage().contains("another host"), e.getMessage());
  }

  @Test
  void errorsAndUnreadableAnswersAreTyped() {
    server.stubFor(get(urlEqualTo("/rows")).willReturn(aResponse().withStatus(503)));
    ServiceException s = assertThrows(ServiceException.class, () -> rows().stream().count());
    assertEquals(503, s.status());

    server.stubFor(get(urlEqualTo("/rows")).willReturn(aResponse().withBody("{\"id\":1}")));
    DecodingException d = assertThrows(DecodingException.class, () -> rows().stream().count());
    assertEquals("acme", d.service());

    server.stubFor(get(urlEqualTo("/rows")).willReturn(aResponse().withBody("[{\"id\":1},")));
    assertThrows(DecodingException.class, () -> rows().stream().count());

    server.stubFor(get(urlEqualTo("/rows")).willReturn(aResponse().withBody("")));
    assertEquals(
        List.of(), rows().stream().map(r -> r.id).collect(Collectors.toList()), "empty body");
  }
}
