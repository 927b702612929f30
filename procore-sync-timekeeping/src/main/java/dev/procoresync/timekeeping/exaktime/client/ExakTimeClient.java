package dev.procoresync.timekeeping.exaktime.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.procoresync.core.http.Authentication;
import dev.procoresync.core.http.ErrorDecoder;
import dev.procoresync.core.http.HttpService;
import dev.procoresync.core.http.PageNumberPaging;
import dev.procoresync.core.http.PageRequest;
import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.core.http.RequestListener;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.core.time.Sleeper;
import dev.procoresync.timekeeping.exaktime.internal.ExakTimeWire;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;

/**
 * A client of ExakTime's API.
 *
 * <p>Every request carries the API subscription key in the {@value #KEY_HEADER} header. Lists are
 * lazy and paged by {@code page}/{@code page_size} at the most the API takes (100). Errors are
 * {@link dev.procoresync.core.error.ServiceException}s with ExakTime's {@code code} and {@code
 * message}; no answer is a {@link dev.procoresync.core.error.TransportException}. Reads and {@code
 * PUT}s are retried per the {@link RetryPolicy}; a create ({@code POST}) is never resent blindly.
 *
 * <p><b>What is confirmed.</b> Only {@code /v1/Time/CostCodes} ({@link #costCodes()}) is confirmed
 * by a public source. The base host, the header name and every other route ({@link #unverified()})
 * are this library's assumption (decision 0320): check them against ExakTime's documentation for
 * your account before relying on them.
 *
 * <pre>{@code
 * try (ExakTimeClient exak = ExakTimeClient.builder()
 *     .baseUrl("https://api.exaktime.example/")
 *     .subscriptionKey(key)
 *     .build()) {
 *   for (ExakTimeCostCode code : exak.costCodes().list()) { ... }
 * }
 * }</pre>
 */
public final class ExakTimeClient implements AutoCloseable {
  /** The header that carries the subscription key (unverified, decision 0320). */
  public static final String KEY_HEADER = "Ocp-Apim-Subscription-Key";

  /** The largest page size the API takes. */
  public static final int PAGE_SIZE = 100;

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final HttpService http;
  private final ObjectMapper mapper;
  private final ErrorDecoder errors;

  private ExakTimeClient(Builder b) {
    this.mapper = ExakTimeWire.mapper();
    this.errors = ExakTimeWire.errors(mapper);
    HttpService.Builder http =
        HttpService.builder()
            .serviceName(ExakTimeWire.SERVICE)
            .baseUrl(Objects.requireNonNull(b.baseUrl, "baseUrl"))
            .mapper(mapper)
            .errorDecoder(errors)
            .clock(b.clock)
            .sleeper(b.sleeper)
            .retryPolicy(b.retryPolicy)
            .requestIdHeader("Request-Id")
            .authentication(
                Authentication.header(
                    KEY_HEADER, Objects.requireNonNull(b.key, "subscriptionKey")));
    if (b.okHttpClient != null) {
      http.okHttpClient(b.okHttpClient);
    }
    if (b.readTimeout != null) {
      http.readTimeout(b.readTimeout);
    }
    b.listeners.forEach(http::addRequestListener);
    this.http = http.build();
  }

  /**
   * Starts building a client.
   *
   * @return a builder; the base URL and the subscription key are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the cost codes ({@code /v1/Time/CostCodes}, confirmed).
   *
   * @return the cost-code routes
   */
  public ExakTimeCostCodes costCodes() {
    return new ExakTimeCostCodes(this);
  }

  /**
   * Returns the routes no public source confirms: employees, locations and time records.
   *
   * @return the unverified routes
   */
  public ExakTimeUnverifiedApi unverified() {
    return new ExakTimeUnverifiedApi(this);
  }

  /**
   * Returns the kit service under this client.
   *
   * @return the service
   */
  public HttpService http() {
    return http;
  }

  @Override
  public void close() {
    http.close();
  }

  @Override
  public String toString() {
    return "ExakTimeClient{" + http.baseUrl() + "}";
  }

  // ------------------------------------------------------------------ shared by the route classes

  <T> PagedIterable<T> list(String path, Map<String, String> query, Class<T> type) {
    HttpUrl.Builder url = http.baseUrl().resolve(path).newBuilder();
    query.forEach(url::addQueryParameter);
    return PageRequest.builder()
        .service(ExakTimeWire.SERVICE)
        .callFactory(http.okHttpClient())
        .mapper(mapper)
        .errorDecoder(errors)
        .first(new Request.Builder().url(url.build()).get().build())
        .paging(
            PageNumberPaging.builder()
                .pageParameter("page")
                .sizeParameter("page_size")
                .pageSize(PAGE_SIZE)
                .totalItemsAt("/total_count")
                .build())
        .itemsAt("/data")
        .build()
        .list(type);
  }

  <T> T get(String path, Class<T> type) {
    return http.execute(
        new Request.Builder().url(http.baseUrl().resolve(path)).get().build(), type);
  }

  <T> T send(String method, String path, Object body, Class<T> type) {
    String json;
    try {
      json = mapper.writeValueAsString(Objects.requireNonNull(body, "body"));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + body + " as JSON: " + e, e);
    }
    Request request =
        new Request.Builder()
            .url(http.baseUrl().resolve(path))
            .method(method, RequestBody.create(json, JSON))
            .build();
    return http.execute(request, type);
  }

  static String segment(String identifier) {
    Objects.requireNonNull(identifier, "identifier");
    if (identifier.isBlank()) {
      throw new IllegalArgumentException("identifier must not be blank");
    }
    return HttpUrl.get("http://x/")
        .newBuilder()
        .addPathSegment(identifier)
        .build()
        .encodedPath()
        .substring(1);
  }

  /** Builds an {@link ExakTimeClient}. Not thread safe. */
  public static final class Builder {
    private @Nullable String baseUrl;
    private @Nullable String key;
    private @Nullable OkHttpClient okHttpClient;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private @Nullable Duration readTimeout;
    private final List<RequestListener> listeners = new ArrayList<>();

    Builder() {}

    /**
     * Sets the API base URL (no public source names ExakTime's host: ask ExakTime for yours).
     *
     * @param baseUrl HTTPS, or plain HTTP on loopback (tests); a trailing slash is added
     * @return this builder
     * @throws IllegalArgumentException when it is not a URL
     */
    public Builder baseUrl(String baseUrl) {
      String url = Objects.requireNonNull(baseUrl, "baseUrl");
      url = url.endsWith("/") ? url : url + "/";
      if (HttpUrl.parse(url) == null) {
        throw new IllegalArgumentException("baseUrl is not a URL: '" + baseUrl + "'");
      }
      this.baseUrl = url;
      return this;
    }

    /**
     * Sets the API subscription key (never printed or logged).
     *
     * @param key the key
     * @return this builder
     * @throws IllegalArgumentException when it is blank
     */
    public Builder subscriptionKey(String key) {
      if (Objects.requireNonNull(key, "key").isBlank()) {
        throw new IllegalArgumentException("subscriptionKey must not be blank");
      }
      this.key = key;
      return this;
    }

    /**
     * Shares the host's OkHttp client (connection pool, dispatcher).
     *
     * @param okHttpClient the host's client
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
      return this;
    }

    /**
     * Sets the clock (tests pass a fake clock).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets how the client waits between retries (tests pass the fake clock's sleeper).
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * Sets the retry policy (default {@link RetryPolicy#defaults()}).
     *
     * @param retryPolicy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * Sets the socket read timeout (default 60 s).
     *
     * @param readTimeout the timeout
     * @return this builder
     */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
      return this;
    }

    /**
     * Adds a listener told of every request.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder addRequestListener(RequestListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws IllegalStateException when the base URL or the subscription key is missing
     */
    public ExakTimeClient build() {
      if (baseUrl == null || key == null) {
        throw new IllegalStateException(
            "baseUrl and subscriptionKey are required (baseUrl "
                + (baseUrl == null ? "missing" : "set")
                + ", subscriptionKey "
                + (key == null ? "missing" : "set")
                + ")");
      }
      return new ExakTimeClient(this);
    }
  }
}
