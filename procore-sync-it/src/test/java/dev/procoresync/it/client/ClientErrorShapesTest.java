package dev.procoresync.it.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.client.ProcoreCredentials;
import dev.procoresync.core.client.ProcoreEnvironment;
import dev.procoresync.core.error.ProcoreApiException;
import dev.procoresync.core.error.ProcoreConflictException;
import dev.procoresync.core.error.ProcoreForbiddenException;
import dev.procoresync.core.error.ProcoreNotFoundException;
import dev.procoresync.core.error.ProcoreValidationException;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.core.model.VendorUpdate;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.FakeProcoreTest;
import dev.procoresync.testkit.procore.Fault;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every error body shape of procore-api.md section 4 reaches the caller as a typed exception whose
 * message carries status, method, path, Procore's message and the request id. The shapes the fake
 * Procore produces are checked against it; the others are served by a bare WireMock stub (the fake
 * has no fault that returns an arbitrary body).
 */
@FakeProcoreTest
class ClientErrorShapesTest {
  private static WireMockServer stub;

  @BeforeAll
  static void startStub() {
    stub = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    stub.start();
    stub.stubFor(
        post(urlPathEqualTo("/oauth/token"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"access_token\":\"a\",\"token_type\":\"bearer\",\"expires_in\":5400}")));
  }

  @AfterAll
  static void stopStub() {
    stub.stop();
  }

  @Test
  void notFoundFromTheFake(FakeProcore fake) {
    CompanyClient company = FakeClients.client(fake).forCompany(fake.companyId());
    ProcoreNotFoundException e =
        assertThrows(ProcoreNotFoundException.class, () -> company.vendors().get(424242L));
    assertTrue(
        e.getMessage().startsWith("404 on GET /rest/v1.0/vendors/424242: 404 Not Found"),
        e.getMessage());
  }

  @Test
  void fieldErrorsFromTheFake(FakeProcore fake) {
    CompanyClient company = FakeClients.client(fake).forCompany(fake.companyId());
    long id = company.vendors().create(VendorUpdate.builder().name("Acme").build()).id();
    ProcoreValidationException e =
        assertThrows(
            ProcoreValidationException.class,
            () -> company.vendors().update(id, VendorUpdate.builder().name("").build()));
    assertEquals(422, e.status());
    assertTrue(e.getMessage().contains("name"), e.getMessage());
  }

  @Test
  void statusFaultsFromTheFake(FakeProcore fake) {
    CompanyClient company =
        FakeClients.builder(fake)
            .retryPolicy(RetryPolicy.none())
            .build()
            .forCompany(fake.companyId());
    fake.failNext("GET /rest/v1.0/vendors", 1, Fault.status(403));
    assertThrows(ProcoreForbiddenException.class, () -> company.vendors().list().stream().count());
    fake.failNext("GET /rest/v1.0/vendors", 1, Fault.status(409));
    assertThrows(ProcoreConflictException.class, () -> company.vendors().list().stream().count());
    fake.failNext("GET /rest/v1.0/vendors", 1, Fault.status(400));
    assertThrows(ProcoreValidationException.class, () -> company.vendors().list().stream().count());
  }

  static Stream<Arguments> shapes() {
    return Stream.of(
        Arguments.of(
            422,
            "{\"error\":{\"code\":\"invalid\",\"message\":\"Vendor is invalid\",\"details\":[{\"code\":\"blank\",\"message\":\"can't be blank\",\"source\":\"name\"}]}}",
            "Vendor is invalid [name: can't be blank (blank)]"),
        Arguments.of(
            400,
            "{\"error\":{\"code\":\"BAD_REQUEST\",\"message\":\"Bad filter\",\"details\":[{\"reason_code\":\"INVALID\",\"message\":\"unknown\",\"source\":\"filters\"}]}}",
            "Bad filter [filters: unknown (INVALID)]"),
        Arguments.of(400, "{\"errors\":[\"Title can't be blank\"]}", "Title can't be blank"),
        Arguments.of(413, "{\"errors\":\"Too many triggers\"}", "Too many triggers"),
        Arguments.of(
            422,
            "{\"message\":\"Currency mismatch\",\"error\":\"currency_iso_code is invalid\"}",
            "currency_iso_code is invalid [Currency mismatch]"),
        Arguments.of(
            422,
            "{\"base\":[\"Record is locked\"],\"fields\":{\"Vendor\":\"cannot change\"}}",
            "Record is locked [Vendor: cannot change]"),
        Arguments.of(404, "{\"errors\":{\"id\":[\"not found\"]}}", "id: not found"),
        Arguments.of(502, "<html><body><h1>502 Bad Gateway</h1></body></html>", "502 Bad Gateway"),
        Arguments.of(500, "", ""));
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void everyBodyShapeParses(int status, String body, String expected) {
    stub.stubFor(
        get(urlPathEqualTo("/rest/v1.0/vendors/7"))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("X-Request-Id", "req-" + status)
                    .withBody(body)));
    ProcoreClient client =
        ProcoreClient.builder()
            .environment(ProcoreEnvironment.custom(stub.baseUrl(), stub.baseUrl()))
            .credentials(ProcoreCredentials.clientCredentials("c", "s"))
            .retryPolicy(RetryPolicy.none())
            .build();

    ProcoreApiException e =
        assertThrows(ProcoreApiException.class, () -> client.forCompany(1).vendors().get(7));

    assertEquals(status, e.status());
    String expectedMessage =
        status
            + " on GET /rest/v1.0/vendors/7"
            + (expected.isEmpty() ? "" : ": " + expected)
            + " (request id req-"
            + status
            + ")";
    assertEquals(expectedMessage, e.getMessage());
    if (status == 422 || status == 400) {
      assertInstanceOf(ProcoreValidationException.class, e);
    }
  }
}
