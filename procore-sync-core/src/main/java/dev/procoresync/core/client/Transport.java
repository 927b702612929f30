package dev.procoresync.core.client;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.procoresync.core.client.internal.Envelope;
import dev.procoresync.core.client.internal.ErrorMapper;
import dev.procoresync.core.error.ProcoreApiException;
import dev.procoresync.core.error.ProcoreTransportException;
import dev.procoresync.core.http.ErrorDecoder;
import dev.procoresync.core.http.PageRequest;
import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.core.http.Paging;
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
 * to {@link ProcoreTransportException}, decodes envelopes; lists page lazily along {@code Link}
 * through the kit's {@link PageRequest}.
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
   * Returns a lazy listing whose first page is the request of {@code first}, paged along {@code
   * Link} by the kit's generic paging.
   *
   * @param first the call of the first page (never executed: only its request is used)
   * @param itemType the item type
   * @param envelope how pages are wrapped ({@code DATA}: the items are at {@code /data})
   * @param <T> the item type
   * @return the listing
   */
  public <T> PagedIterable<T> list(Call<ResponseBody> first, Class<T> itemType, Envelope envelope) {
    return PageRequest.builder()
        .service("procore")
        .callFactory(http)
        .mapper(mapper)
        .errorDecoder(errorDecoder())
        .first(first.request())
        .paging(Paging.link())
        .itemsAt(envelope == Envelope.DATA ? "/data" : "")
        .build()
        .list(itemType);
  }

  /**
   * Returns the client that executes this scope's calls (its pipeline applies).
   *
   * @return the client
   */
  okhttp3.Call.Factory callFactory() {
    return http;
  }

  /**
   * Returns the decoder of Procore's error answers, for the kit's paging and batch code.
   *
   * @return the decoder
   */
  ErrorDecoder errorDecoder() {
    return (request, status, headers, body) -> {
      // ProcoreApiException becomes a ServiceException with kit-http; until then, throw it
      throw error(request, status, headers, body);
    };
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
