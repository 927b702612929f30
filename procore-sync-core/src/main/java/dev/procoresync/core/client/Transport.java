package dev.procoresync.core.client;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.procoresync.core.client.internal.Envelope;
import dev.procoresync.core.error.DecodingException;
import dev.procoresync.core.error.ProcoreApiException;
import dev.procoresync.core.error.ProcoreTransportException;
import dev.procoresync.core.http.ErrorDecoder;
import dev.procoresync.core.http.HttpService;
import dev.procoresync.core.http.PageRequest;
import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.core.http.Paging;
import java.io.IOException;
import java.time.Clock;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Retrofit;

/**
 * Executes calls of one scope (a company, or none) on the scope's {@link HttpService}: error
 * answers become Procore's exceptions, I/O failures {@link ProcoreTransportException}, unreadable
 * answers {@link DecodingException}; decodes envelopes; lists page lazily along {@code Link}
 * through the kit's {@link PageRequest}.
 */
final class Transport {
  private final HttpService service;
  private final ObjectMapper mapper;
  private final HttpUrl apiBase;
  private final @Nullable Long companyId;

  /**
   * Creates a transport.
   *
   * @param service the scope's service (its client carries the company header and the pipeline)
   * @param companyId the scope's company, or {@code null}
   */
  Transport(HttpService service, @Nullable Long companyId) {
    this.service = service;
    this.mapper = service.mapper();
    this.apiBase = service.baseUrl();
    this.companyId = companyId;
  }

  /**
   * Creates a transport on a bare Retrofit (its client's interceptors answer; tests), with
   * Procore's error mapping and exceptions and no retries.
   *
   * @param retrofit the Retrofit whose client and base URL to use
   * @param mapper the mapper for models
   * @param clock the clock
   * @param companyId the scope's company, or {@code null}
   */
  Transport(Retrofit retrofit, ObjectMapper mapper, Clock clock, @Nullable Long companyId) {
    this(
        HttpService.builder()
            .serviceName(ProcoreApiException.SERVICE)
            .baseUrl(retrofit.baseUrl().toString())
            .okHttpClient((okhttp3.OkHttpClient) retrofit.callFactory())
            .clock(clock)
            .mapper(mapper)
            .retryPolicy(dev.procoresync.core.http.RetryPolicy.none())
            .errorDecoder(ProcoreErrors.decoder(clock))
            .transportExceptionFactory(ProcoreTransportException::new)
            .build(),
        companyId);
  }

  /**
   * Returns the scope's service.
   *
   * @return the service
   */
  public HttpService http() {
    return service;
  }

  /**
   * Creates a Retrofit service of this scope.
   *
   * @param api the Retrofit interface
   * @param <S> the interface type
   * @return the service
   */
  public <S> S service(Class<S> api) {
    return service.create(api);
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
    return service.clock();
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
   * @throws DecodingException when the body is not JSON
   */
  public JsonNode execute(Call<ResponseBody> call) {
    JsonNode node = service.executeTree(call.request());
    return node.isMissingNode() ? mapper.nullNode() : node;
  }

  /**
   * Executes a call and decodes its body.
   *
   * @param call the call
   * @param type the type of the (unwrapped) body
   * @param envelope how the body is wrapped
   * @param <T> the result type
   * @return the decoded value, never {@code null}
   * @throws DecodingException when the body is empty or does not match {@code type}
   */
  public <T> T execute(Call<ResponseBody> call, Class<T> type, Envelope envelope) {
    Request request = call.request();
    if (envelope == Envelope.NONE) {
      return service.execute(request, type);
    }
    JsonNode node = unwrap(service.executeTree(request), envelope);
    JavaType javaType = mapper.constructType(type);
    if (node.isMissingNode() || node.isNull()) {
      throw new DecodingException(
          ProcoreApiException.SERVICE,
          request.method()
              + " "
              + request.url().encodedPath()
              + ": empty answer where a "
              + type.getSimpleName()
              + " was expected",
          null);
    }
    return convert(request, node, javaType);
  }

  /**
   * Executes a call whose answer does not matter (such as a DELETE's 204).
   *
   * @param call the call
   */
  public void executeDiscarding(Call<ResponseBody> call) {
    service.executeDiscarding(call.request());
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
        .service(ProcoreApiException.SERVICE)
        .callFactory(service.okHttpClient())
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
    return service.okHttpClient();
  }

  /**
   * Returns the decoder of Procore's error answers, for the kit's paging and batch code.
   *
   * @return the decoder
   */
  ErrorDecoder errorDecoder() {
    return service.errorDecoder();
  }

  private JsonNode unwrap(JsonNode node, Envelope envelope) {
    if (envelope == Envelope.DATA && node.isObject() && node.has("data")) {
      return node.get("data");
    }
    return node;
  }

  private <T> T convert(Request request, JsonNode node, JavaType type) {
    try {
      T value = mapper.treeToValue(node, type);
      if (value == null) {
        throw new DecodingException(
            ProcoreApiException.SERVICE,
            request.method() + " " + request.url().encodedPath() + ": answer is null",
            null);
      }
      return value;
    } catch (IOException | IllegalArgumentException e) {
      throw service.decodingFailure(request, type, e);
    }
  }

  @Override
  public String toString() {
    return "Transport{" + apiBase + ", company=" + Objects.toString(companyId, "-") + "}";
  }
}
