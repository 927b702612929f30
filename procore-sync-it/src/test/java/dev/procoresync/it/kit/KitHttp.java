package dev.procoresync.it.kit;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.procoresync.core.error.ServiceException;
import dev.procoresync.core.http.ErrorDecoder;
import dev.procoresync.core.http.PageRequest;
import dev.procoresync.core.http.Paging;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/** What the kit's loopback tests share: a small service's client, mapper and error decoder. */
final class KitHttp {
  static final ObjectMapper MAPPER =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /** The test service's errors: the status, retryable for 429 and 5xx. */
  static final ErrorDecoder ERRORS =
      (request, status, headers, body) ->
          new ServiceException(
              "acme",
              status,
              null,
              headers.get("X-Request-Id"),
              status == 429 || status >= 500,
              request.method() + " " + request.url().encodedPath() + " failed with " + status,
              null);

  static final OkHttpClient HTTP =
      new OkHttpClient.Builder()
          .readTimeout(Duration.ofSeconds(10))
          .retryOnConnectionFailure(false)
          .build();

  private KitHttp() {}

  static WireMockServer server() {
    WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    return server;
  }

  static PageRequest.Builder pages(Request first, Paging paging) {
    return PageRequest.builder()
        .service("acme")
        .callFactory(HTTP)
        .mapper(MAPPER)
        .errorDecoder(ERRORS)
        .first(first)
        .paging(paging);
  }

  /** A record of the test service. */
  public static final class Row {
    /** The id. */
    public String id = "";

    /** A name. */
    public String name = "";

    /** A GraphQL cursor, when the service sends one. */
    public String cursor = "";
  }
}
