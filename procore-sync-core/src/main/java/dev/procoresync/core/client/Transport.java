package dev.procoresync.core.client;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.procoresync.core.client.internal.Envelope;
import dev.procoresync.core.client.internal.ErrorMapper;
import dev.procoresync.core.client.internal.LinkHeader;
import dev.procoresync.core.error.ProcoreApiException;
import dev.procoresync.core.error.ProcoreTransportException;
import dev.procoresync.core.http.Page;
import dev.procoresync.core.http.PagePosition;
import dev.procoresync.core.http.PagedIterable;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * Executes calls of one scope (a company, or none): maps error answers to exceptions, I/O failures
 * to {@link ProcoreTransportException}, decodes envelopes and pages lazily along {@code Link}.
 */
final class Transport {
  private final Retrofit retrofit;
  private final OkHttpClient http;
  private final ObjectMapper mapper;
  private final HttpUrl apiBase;
  private final Clock clock;
  private final @Nullable Long companyId;

  /**
   * Creates a transport.
   *
   * @param retrofit the scope's Retrofit (its client carries the company header and the pipeline)
   * @param mapper the mapper for models
   * @param clock the clock
   * @param companyId the scope's company, or {@code null}
   */
  public Transport(Retrofit retrofit, ObjectMapper mapper, Clock clock, @Nullable Long companyId) {
    this.retrofit = retrofit;
    this.http = (OkHttpClient) retrofit.callFactory();
    this.mapper = mapper;
    this.apiBase = retrofit.baseUrl();
    this.clock = clock;
    this.companyId = companyId;
  }

  /**
   * Creates a Retrofit service of this scope.
   *
   * @param api the Retrofit interface
   * @param <S> the interface type
   * @return the service
   */
  public <S> S service(Class<S> api) {
    return retrofit.create(api);
  }

  /**
   * Returns the mapper for models.
   *
   * @return the mapper
   */
  public ObjectMapper mapper() {
    return mapper;
  }

  /**
   * Returns the clock.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Returns the scope's company.
   *
   * @return the company id
   * @throws IllegalStateException when the scope has no company
   */
  public long companyId() {
    if (companyId == null) {
      throw new IllegalStateException("this operation needs a company: use client.forCompany(id)");
    }
    return companyId;
  }

  /**
   * Executes a call and returns its JSON body.
   *
   * @param call the call
   * @return the body as a tree ({@code null} node for an empty body)
   * @throws ProcoreApiException on an error answer
   * @throws ProcoreTransportException on an I/O failure
   */
  public JsonNode execute(Call<ResponseBody> call) {
    Request request = call.request();
    Response<ResponseBody> response;
    try {
      response = call.execute();
    } catch (IOException e) {
      throw transportFailure(request, e);
    }
    String body =
        readBody(request, response.isSuccessful() ? response.body() : response.errorBody());
    if (!response.isSuccessful()) {
      throw error(request, response.code(), response.headers(), body);
    }
    if (body.isBlank()) {
      return mapper.nullNode();
    }
    try {
      return mapper.readTree(body);
    } catch (IOException e) {
      throw new ProcoreApiException(
          response.code(),
          request.method(),
          request.url().encodedPath(),
          "answer is not JSON: " + e.getMessage(),
          response.headers().get("X-Request-Id"),
          List.of());
    }
  }

  /**
   * Executes a call and decodes its body.
   *
   * @param call the call
   * @param type the type of the (unwrapped) body
   * @param envelope how the body is wrapped
   * @param <T> the result type
   * @return the decoded value
   */
  public <T> T execute(Call<ResponseBody> call, Class<T> type, Envelope envelope) {
    JsonNode node = unwrap(execute(call), envelope);
    return convert(call.request(), node, mapper.constructType(type));
  }

  /**
   * Executes a call whose answer does not matter (such as a DELETE's 204).
   *
   * @param call the call
   */
  public void executeDiscarding(Call<ResponseBody> call) {
    execute(call);
  }

  /**
   * Returns a lazy listing whose first page is the URL of {@code first}.
   *
   * @param first the call of the first page (never executed: only its URL is used)
   * @param itemType the item type
   * @param envelope how pages are wrapped
   * @param <T> the item type
   * @return the listing
   */
  public <T> PagedIterable<T> list(Call<ResponseBody> first, Class<T> itemType, Envelope envelope) {
    JavaType listType = mapper.getTypeFactory().constructCollectionType(List.class, itemType);
    return new LazyPagedIterable<>(this, first.request().url(), listType, envelope);
  }

  <T> Page<T> fetchPage(HttpUrl url, JavaType listType, Envelope envelope) {
    Request request = new Request.Builder().url(url).get().build();
    okhttp3.Response response;
    try {
      response = http.newCall(request).execute();
    } catch (IOException e) {
      throw transportFailure(request, e);
    }
    try (okhttp3.Response r = response) {
      ResponseBody body = r.body();
      if (!r.isSuccessful()) {
        throw error(request, r.code(), r.headers(), readBody(request, body));
      }
      List<T> list = decodeList(request, body, listType, envelope);
      PagePosition next =
          LinkHeader.next(r.header("Link")).map(u -> checkedPosition(url, u)).orElse(null);
      long total = parseLong(r.header("Total"));
      return Page.of(list, next, total);
    }
  }

  private <T> List<T> decodeList(
      Request request, @Nullable ResponseBody body, JavaType listType, Envelope envelope) {
    if (body == null) {
      return List.of();
    }
    try {
      if (envelope == Envelope.NONE) {
        // stream straight from the socket into the models: no page-sized string or tree
        try (com.fasterxml.jackson.core.JsonParser parser =
            mapper.createParser(body.byteStream())) {
          if (parser.nextToken() == null) {
            return List.of();
          }
          List<T> list = mapper.readerFor(listType).readValue(parser);
          return list == null ? List.of() : list;
        }
      }
      JsonNode node = mapper.readTree(body.byteStream());
      JsonNode items = node == null ? null : unwrap(node, envelope);
      if (items == null || items.isNull() || items.isMissingNode()) {
        return List.of();
      }
      return convert(request, items, listType);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new ProcoreApiException(
          200,
          request.method(),
          request.url().encodedPath(),
          "answer does not match " + listType.toCanonical() + ": " + e.getOriginalMessage(),
          null,
          List.of());
    } catch (IOException e) {
      throw transportFailure(request, e);
    }
  }

  private PagePosition checkedPosition(HttpUrl current, String link) {
    HttpUrl resolved = current.resolve(link);
    if (resolved == null) {
      throw new ProcoreApiException(
          200,
          "GET",
          current.encodedPath(),
          "unreadable Link target '" + link + "'",
          null,
          List.of());
    }
    return PagePosition.of(resolved.toString());
  }

  HttpUrl resumeUrl(PagePosition position) {
    HttpUrl url = HttpUrl.parse(position.value());
    if (url == null
        || !url.host().equals(apiBase.host())
        || url.port() != apiBase.port()
        || !url.scheme().equals(apiBase.scheme())) {
      throw new IllegalArgumentException(
          "position must be a page URL on " + apiBase.host() + ", got '" + position.value() + "'");
    }
    return url;
  }

  private static long parseLong(@Nullable String v) {
    if (v == null) {
      return -1;
    }
    try {
      return Long.parseLong(v.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private JsonNode unwrap(JsonNode node, Envelope envelope) {
    if (envelope == Envelope.DATA && node.isObject() && node.has("data")) {
      return node.get("data");
    }
    return node;
  }

  private <T> T convert(Request request, JsonNode node, JavaType type) {
    try {
      return mapper.treeToValue(node, type);
    } catch (IOException | IllegalArgumentException e) {
      throw new ProcoreApiException(
          200,
          request.method(),
          request.url().encodedPath(),
          "answer does not match " + type.toCanonical() + ": " + e.getMessage(),
          null,
          List.of());
    }
  }

  private static String readBody(Request request, @Nullable ResponseBody body) {
    if (body == null) {
      return "";
    }
    try (ResponseBody b = body) {
      return b.string();
    } catch (IOException e) {
      throw transportFailure(request, e);
    }
  }

  private static ProcoreTransportException transportFailure(Request request, IOException e) {
    return new ProcoreTransportException(
        request.method()
            + " "
            + request.url().encodedPath()
            + " got no answer: "
            + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"),
        e);
  }

  private ProcoreApiException error(
      Request request, int status, okhttp3.Headers headers, String body) {
    return ErrorMapper.toException(
        status,
        request.method(),
        request.url().encodedPath(),
        body,
        headers.get("X-Request-Id"),
        RateLimitHeaders.retryAfter(headers, clock.instant()).orElse(null));
  }

  @Override
  public String toString() {
    return "Transport{" + apiBase + ", company=" + Objects.toString(companyId, "-") + "}";
  }
}
