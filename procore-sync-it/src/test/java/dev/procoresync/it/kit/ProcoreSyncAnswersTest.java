package dev.procoresync.it.kit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.client.ProcoreCredentials;
import dev.procoresync.core.client.ProcoreEnvironment;
import dev.procoresync.core.client.SyncFailure;
import dev.procoresync.core.client.SyncResult;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.core.model.Vendor;
import dev.procoresync.core.model.VendorUpdate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Procore sync answers a server should not send but may (issue 12): {@code null} entities, an empty
 * {@code errors} object, items named neither as entity nor as error. Each item still ends as an
 * entity or a typed failure, and the caller is not killed.
 */
class ProcoreSyncAnswersTest {
  private WireMockServer server;
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

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
    ProcoreClient client =
        ProcoreClient.builder()
            .environment(ProcoreEnvironment.custom(server.baseUrl(), server.baseUrl()))
            .credentials(ProcoreCredentials.clientCredentials("id", "secret"))
            .retryPolicy(RetryPolicy.defaults().withJitter(0))
            .sleeper(sleeps::add)
            .build();
    return client.forCompany(1);
  }

  private static List<VendorUpdate> vendors(String... origins) {
    return java.util.Arrays.stream(origins)
        .map(o -> VendorUpdate.builder().originId(o).name(o).build())
        .collect(java.util.stream.Collectors.toList());
  }

  @Test
  void nullEntitiesAndAnEmptyErrorsObjectLeaveNoItemWithoutAnOutcome() {
    server.stubFor(
        patch(urlPathEqualTo("/rest/v1.0/vendors/sync"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"entities\":[null,{\"id\":11,\"name\":\"V-1\",\"origin_id\":\"V-1\"}],"
                            + "\"errors\":{}}")));

    SyncResult<Vendor> r = company().vendors().sync(vendors("V-1", "V-2"));

    assertEquals(1, r.entities().size());
    assertEquals(1, r.failures().size());
    SyncFailure missing = r.failuresByOriginId().get("V-2");
    assertTrue(missing.message().contains("neither an entity nor an error"), missing.message());
    assertTrue(missing.retryable());
    // V-2 was resent twice (a sync is an idempotent upsert), then reported
    server.verify(3, patchRequestedFor(urlPathEqualTo("/rest/v1.0/vendors/sync")));
    assertEquals(2, sleeps.size());
  }

  @Test
  void anErrorWithAnEmptyErrorsObjectIsATypedFailure() {
    server.stubFor(
        patch(urlPathEqualTo("/rest/v1.0/vendors/sync"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"entities\":[],\"errors\":[null,{\"origin_id\":\"V-1\",\"errors\":{}}]}")));

    SyncResult<Vendor> r = company().vendors().sync(vendors("V-1"));

    assertEquals(List.of(), r.entities());
    SyncFailure f = r.failuresByOriginId().get("V-1");
    assertEquals(List.of("refused without a reason"), f.fieldErrors().get("base"));
    assertEquals(1, r.requests());
  }
}
