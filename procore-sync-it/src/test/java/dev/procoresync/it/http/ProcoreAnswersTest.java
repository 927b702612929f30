package dev.procoresync.it.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.client.ProcoreCredentials;
import dev.procoresync.core.client.ProcoreEnvironment;
import dev.procoresync.core.error.DecodingException;
import dev.procoresync.core.error.ProcoreNotFoundException;
import dev.procoresync.core.error.ProcoreRateLimitedException;
import dev.procoresync.core.error.RateLimitWaitException;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.core.model.VendorUpdate;
import dev.procoresync.testkit.FakeClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Regression tests for the findings of the fuzz session in the client's area
 * (/work/wt/findings/kit-http.md): answers a server should not send end in the library's own
 * exception, never a raw JDK exception, a year-long sleep or {@code null}.
 */
class ProcoreAnswersTest {
  private WireMockServer server;
  private final FakeClock clock = FakeClock.create();
  private CompanyClient company;

  @BeforeEach
  void start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    server.stubFor(
        post(urlPathEqualTo("/oauth/token"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"access_token\":\"a\",\"expires_in\":5400}")));
    company =
        ProcoreClient.builder()
            .environment(ProcoreEnvironment.custom(server.baseUrl(), server.baseUrl()))
            .credentials(ProcoreCredentials.clientCredentials("c", "s"))
            .clock(clock)
            .sleeper(clock.sleeper())
            .retryPolicy(
                RetryPolicy.defaults().withJitter(0).withMaxRateLimitWait(Duration.ofMinutes(5)))
            .build()
            .forCompany(1);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void aRetryAfterBeyondLongIsARateLimitedExceptionNotANumberFormatException() {
    server.stubFor(
        get(urlPathEqualTo("/rest/v1.0/vendors/5612"))
            .willReturn(
                aResponse().withStatus(503).withHeader("Retry-After", "9223372036854775808")));
    ProcoreRateLimitedException e =
        assertThrows(ProcoreRateLimitedException.class, () -> company.vendors().get(5612));
    assertEquals(503, e.status());
    assertTrue(e.retryAfter().orElseThrow().compareTo(Duration.ofDays(365)) > 0);
    server.verify(1, getRequestedFor(urlPathEqualTo("/rest/v1.0/vendors/5612")));
  }

  @Test
  void aResetFarInTheFutureIsNotADateTimeExceptionAndTheNextCallFailsFast() {
    server.stubFor(
        get(urlPathEqualTo("/rest/v1.0/vendors/1"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("X-Rate-Limit-Limit", "25")
                    .withHeader("X-Rate-Limit-Remaining", "-1")
                    .withHeader("X-Rate-Limit-Reset", "31556889864403200")));
    assertThrows(ProcoreNotFoundException.class, () -> company.vendors().get(1));
    RateLimitWaitException wait =
        assertThrows(RateLimitWaitException.class, () -> company.vendors().get(1));
    assertEquals("procore", wait.service());
    server.verify(1, getRequestedFor(urlPathEqualTo("/rest/v1.0/vendors/1")));
  }

  @Test
  void aSuccessWithoutABodyWhereARecordIsExpectedIsADecodingException() {
    server.stubFor(
        post(urlPathEqualTo("/rest/v1.0/vendors")).willReturn(aResponse().withStatus(204)));
    server.stubFor(
        get(urlPathEqualTo("/rest/v1.0/vendors/2")).willReturn(aResponse().withStatus(200)));
    DecodingException create =
        assertThrows(
            DecodingException.class,
            () -> company.vendors().create(VendorUpdate.builder().name("Acme").build()));
    assertTrue(create.getMessage().contains("empty answer"), create.getMessage());
    assertThrows(DecodingException.class, () -> company.vendors().get(2));
    server.stubFor(
        get(urlPathEqualTo("/rest/v1.0/vendors/3"))
            .willReturn(
                aResponse().withHeader("Content-Type", "application/json").withBody("{\"id\":")));
    assertThrows(DecodingException.class, () -> company.vendors().get(3));
  }
}
