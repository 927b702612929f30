package dev.procoresync.it.kit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.client.ProcoreCredentials;
import dev.procoresync.core.client.ProcoreEnvironment;
import dev.procoresync.core.error.DecodingException;
import dev.procoresync.core.http.Page;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.core.model.Vendor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Regression tests of findings/kit-paging.md through the Procore client: a {@code null} item in a
 * page (fuzz seed 5094751110728706309: {@code 201 [null]} leaked a NullPointerException), and a
 * {@code Link rel="next"} back to the first page (issue 12: followed forever).
 */
class ProcoreListAnswersTest {
  private WireMockServer server;

  @BeforeEach
  void start() {
    server = KitHttp.server();
    server.stubFor(
        post(urlPathEqualTo("/oauth/token"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"access_token\":\"t\",\"token_type\":\"bearer\",\"expires_in\":5400}")));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private CompanyClient company() {
    return ProcoreClient.builder()
        .environment(ProcoreEnvironment.custom(server.baseUrl(), server.baseUrl()))
        .credentials(ProcoreCredentials.clientCredentials("id", "secret"))
        .retryPolicy(RetryPolicy.none())
        .sleeper(d -> {})
        .build()
        .forCompany(1);
  }

  @Test
  void aNullItemIsSkippedAndCountedNotAnNpe() {
    server.stubFor(
        get(urlPathEqualTo("/rest/v1.0/vendors"))
            .willReturn(aResponse().withStatus(201).withBody("[null]")));

    List<Page<Vendor>> pages = new ArrayList<>();
    company().vendors().list().byPage().forEach(pages::add);

    assertEquals(1, pages.size());
    assertTrue(pages.get(0).items().isEmpty());
    assertEquals(1, pages.get(0).nullsSkipped());
    assertEquals(0, company().vendors().list().stream().count());
  }

  @Test
  void aLinkBackToTheFirstPageEndsInADecodingException() {
    String self = server.baseUrl() + "/rest/v1.0/vendors?company_id=1&page=1&per_page=1000";
    server.stubFor(
        get(urlPathEqualTo("/rest/v1.0/vendors"))
            .willReturn(
                aResponse()
                    .withBody("[{\"id\":1,\"name\":\"Acme\"}]")
                    .withHeader("Link", "<" + self + ">; rel=\"next\"")));

    List<Vendor> seen = new ArrayList<>();
    DecodingException e =
        assertThrows(DecodingException.class, () -> company().vendors().list().forEach(seen::add));
    assertTrue(e.getMessage().contains("paging loop"), e.getMessage());
    assertTrue(seen.size() <= 2, "stopped at once, saw " + seen.size());
    assertTrue(
        server
                .countRequestsMatching(
                    getRequestedFor(urlPathEqualTo("/rest/v1.0/vendors")).build())
                .getCount()
            <= 2);
  }
}
