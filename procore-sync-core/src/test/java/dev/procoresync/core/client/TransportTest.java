package dev.procoresync.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.procoresync.core.client.internal.Envelope;
import dev.procoresync.core.client.internal.WireJson;
import dev.procoresync.core.error.ProcoreApiException;
import dev.procoresync.core.error.TransportException;
import dev.procoresync.core.http.Page;
import dev.procoresync.core.http.PagePosition;
import dev.procoresync.core.http.PagedIterable;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.Retrofit;
import retrofit2.http.GET;

/**
 * Paging, envelopes and error mapping of {@link Transport}, over an OkHttp client whose network is
 * a map from URL to canned answer (the HTTP boundary).
 */
class TransportTest {
  private static final ObjectMapper MAPPER = WireJson.mapper();
  private static final String BASE = "https://api.example.com/";

  /** A v2-style item: string id. */
  public static final class Item {
    /** The id, a string in v2. */
    public String id = "";

    /** A name. */
    public String name = "";
  }

  /** The test's own endpoints. */
  interface Api {
    @GET("rest/v2.0/companies/1/items")
    Call<ResponseBody> items();

    @GET("rest/v1.0/things")
    Call<ResponseBody> things();
  }

  private final List<String> fetched = new ArrayList<>();

  private Transport transport(Map<String, Supplier<Response.Builder>> answers) {
    OkHttpClient http =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  Request r = chain.request();
                  fetched.add(r.url().toString());
                  Supplier<Response.Builder> b = answers.get(r.url().toString());
                  if (b == null) {
                    throw new IOException("connection reset");
                  }
                  return b.get().request(r).protocol(Protocol.HTTP_1_1).message("x").build();
                })
            .build();
    Retrofit retrofit = new Retrofit.Builder().baseUrl(BASE).client(http).build();
    return new Transport(retrofit, MAPPER, Clock.systemUTC(), 1L);
  }

  private static Response.Builder answer(int code, String body, String... headers) {
    return new Response.Builder()
        .code(code)
        .headers(Headers.of(headers))
        .body(ResponseBody.create(body, MediaType.get("application/json")));
  }

  @Test
  void dataEnvelopesAndStringIdsAcrossLinkedPages() {
    String first = BASE + "rest/v2.0/companies/1/items";
    String second = BASE + "rest/v2.0/companies/1/items?page=2&per_page=100";
    Transport t =
        transport(
            Map.of(
                first,
                () ->
                    answer(
                        200,
                        "{\"data\":[{\"id\":\"0a1\",\"name\":\"a\"}]}",
                        "Link",
                        "<" + second + ">; rel=\"next\"",
                        "Total",
                        "2"),
                second,
                () -> answer(200, "{\"data\":[{\"id\":\"0b2\",\"name\":\"b\"}]}")));
    Api api = new Retrofit.Builder().baseUrl(BASE).build().create(Api.class);
    PagedIterable<Item> items = t.list(api.items(), Item.class, Envelope.DATA);

    assertEquals(List.of("0a1", "0b2"), items.stream().map(i -> i.id).collect(Collectors.toList()));
    Iterator<Page<Item>> pages = items.byPage().iterator();
    Page<Item> p1 = pages.next();
    assertEquals(2, p1.total().orElseThrow());
    assertEquals(second, p1.next().orElseThrow().value());
    assertEquals(
        List.of("0b2"), List.of(items.resumeFrom(PagePosition.of(second)).iterator().next().id));
  }

  @Test
  void plainArraysEmptyBodiesAndNoLink() {
    String url = BASE + "rest/v1.0/things";
    Transport t = transport(Map.of(url, () -> answer(200, "")));
    Api api = new Retrofit.Builder().baseUrl(BASE).build().create(Api.class);
    assertEquals(0, t.list(api.things(), JsonNode.class, Envelope.NONE).stream().count());
  }

  @Test
  void resumeRefusesAnotherHost() {
    Transport t = transport(Map.of());
    Api api = new Retrofit.Builder().baseUrl(BASE).build().create(Api.class);
    PagedIterable<Item> items = t.list(api.things(), Item.class, Envelope.NONE);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            items.resumeFrom(PagePosition.of("https://evil.example.net/rest/v1.0/things?page=2")));
  }

  @Test
  void errorsAndTransportFailuresAreTyped() {
    String url = BASE + "rest/v1.0/things";
    Transport failing =
        transport(
            Map.of(
                url,
                () -> answer(422, "{\"errors\":{\"name\":[\"is taken\"]}}", "X-Request-Id", "r9")));
    Api api = new Retrofit.Builder().baseUrl(BASE).build().create(Api.class);
    ProcoreApiException e =
        assertThrows(
            ProcoreApiException.class,
            () -> failing.list(api.things(), Item.class, Envelope.NONE).iterator().hasNext());
    assertEquals("422 on GET /rest/v1.0/things: name: is taken (request id r9)", e.getMessage());

    Transport reset = transport(Map.of());
    TransportException io =
        assertThrows(
            TransportException.class,
            () -> reset.list(api.things(), Item.class, Envelope.NONE).iterator().hasNext());
    assertTrue(io.getMessage().startsWith("GET /rest/v1.0/things got no answer"), io.getMessage());
  }

  @Test
  void nothingIsFetchedUntilIterated() {
    Transport t = transport(Map.of());
    Api api = new Retrofit.Builder().baseUrl(BASE).build().create(Api.class);
    t.list(api.things(), Item.class, Envelope.NONE);
    assertTrue(fetched.isEmpty());
  }
}
