package dev.procoresync.core.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.procoresync.core.error.DecodingException;
import dev.procoresync.core.error.ServiceException;
import dev.procoresync.core.error.TransportException;
import dev.procoresync.core.http.internal.BodyText;
import dev.procoresync.core.http.internal.FollowUpShield;
import dev.procoresync.core.time.Sleeper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import okhttp3.Authenticator;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * A client of one HTTP service, the one way every connector talks to its service: a base URL, an
 * OkHttp client that carries the kit's pipeline (authentication on every attempt with one renewal
 * on 401, rate-limit pacing keyed per service, retries per {@link RetryPolicy}, one {@link
 * RequestEvent} per logical request to every {@link RequestListener}), Retrofit services on it, and
 * helpers that execute a request and decode its JSON answer.
 *
 * <p><b>Connection pools.</b> Pass the host's {@link OkHttpClient} with {@link
 * Builder#okHttpClient}: the service derives its own client from it with {@code newBuilder()}, so
 * every company and every service shares the host's connection pool and dispatcher. {@link
 * #withHeaders} derives a view (such as one per company) that shares everything. A service built
 * without a host client owns a new pool, and {@link #close()} releases it; closing a service built
 * on a host's client leaves the host's pool alone.
 *
 * <p><b>Who retries.</b> The service owns every retry: OkHttp's own silent retry on connection
 * failure, its 401 authenticator and its follow-up of 408 and 503 answers are switched off on the
 * derived client, so that nothing is resent unseen by the pipeline (and a huge {@code Retry-After}
 * never reaches OkHttp's parser). GET, HEAD, PUT, DELETE and OPTIONS are resent after an I/O
 * failure, 408 or 5xx; PATCH where the service says so ({@link Builder#patchIsIdempotent}); a POST
 * only when the request is tagged {@link SafeToResend}. A 429 is waited out and resent for any
 * method (the service refused it before doing anything). After a timeout of a write that is not
 * resendable the outcome is unknown: the call fails with a {@link TransportException} and the
 * caller decides (look the record up, then create it again or not).
 *
 * <p><b>Host interceptors.</b> The host client's application interceptors run before the pipeline
 * (they see each logical request once, without credentials) unless {@link
 * Builder#hostInterceptorsAfterPipeline} puts them after it (then they see every attempt, with its
 * {@code Authorization} header: redact it before logging). Network interceptors always see every
 * attempt. Token and login requests go through a separate client without any host interceptor.
 *
 * <pre>{@code
 * HttpService acme = HttpService.builder()
 *     .serviceName("acme")
 *     .baseUrl("https://api.acme.example/v2/")
 *     .okHttpClient(sharedOkHttp)
 *     .authentication(Authentication.header("X-Api-Key", apiKey))
 *     .rateLimiter(ClientSideRateLimiter.builder().maxInFlight(4).build())
 *     .build();
 * Item item = acme.execute(new Request.Builder().url(acme.baseUrl().resolve("items/7")).build(),
 *     Item.class);
 * }</pre>
 */
public final class HttpService implements AutoCloseable {
  /** The largest error body read to build an exception. */
  private static final long MAX_ERROR_BODY = 64 * 1024;

  private static final String VERSION =
      Objects.requireNonNullElse(HttpService.class.getPackage().getImplementationVersion(), "dev");

  private final String serviceName;
  private final HttpUrl baseUrl;
  private final OkHttpClient base;
  private final OkHttpClient client;
  private final Pipeline pipeline;
  private final List<Interceptor> hostInterceptors;
  private final boolean hostInterceptorsAfterPipeline;
  private final boolean ownsPool;
  private final ObjectMapper mapper;
  private final Retrofit retrofit;
  private final ErrorDecoder errorDecoder;
  private final Clock clock;
  private final BiFunction<String, IOException, ? extends TransportException> transportFailure;

  private HttpService(Builder b) {
    this.serviceName = b.serviceName;
    this.baseUrl = Objects.requireNonNull(b.baseUrl);
    this.clock = b.clock;
    this.mapper = b.mapper == null ? defaultMapper() : b.mapper;
    this.errorDecoder = b.errorDecoder == null ? defaultDecoder(serviceName) : b.errorDecoder;
    this.transportFailure =
        b.transportFailure == null
            ? (message, cause) -> new TransportException(serviceName, message, cause)
            : b.transportFailure;
    this.ownsPool = b.okHttpClient == null;
    this.hostInterceptorsAfterPipeline = b.hostInterceptorsAfterPipeline;
    OkHttpClient.Builder http =
        b.okHttpClient == null ? new OkHttpClient.Builder() : b.okHttpClient.newBuilder();
    if (b.okHttpClient == null || b.connectTimeout != null) {
      http.connectTimeout(orDefault(b.connectTimeout, Duration.ofSeconds(10)));
    }
    if (b.okHttpClient == null || b.readTimeout != null) {
      http.readTimeout(orDefault(b.readTimeout, Duration.ofSeconds(60)));
    }
    if (b.okHttpClient == null || b.writeTimeout != null) {
      http.writeTimeout(orDefault(b.writeTimeout, Duration.ofSeconds(60)));
    }
    // the pipeline owns every retry and every authentication
    http.retryOnConnectionFailure(false);
    http.authenticator(Authenticator.NONE);
    this.hostInterceptors = List.copyOf(http.interceptors());
    http.interceptors().clear();
    http.networkInterceptors().add(0, FollowUpShield.INSTANCE);
    this.base = http.build();
    String userAgent =
        "procore-sync/"
            + VERSION
            + " Java/"
            + System.getProperty("java.version")
            + (b.userAgentSuffix == null ? "" : " " + b.userAgentSuffix);
    OkHttpClient.Builder token = base.newBuilder();
    token.interceptors().clear();
    token.networkInterceptors().clear();
    token.networkInterceptors().add(FollowUpShield.INSTANCE);
    token.addInterceptor(
        chain ->
            chain.proceed(chain.request().newBuilder().header("User-Agent", userAgent).build()));
    AuthContext context =
        new AuthContext(serviceName, token.build(), b.clock, b.sleeper, b.retryPolicy, b.listeners);
    Pipeline.Settings settings = new Pipeline.Settings();
    settings.service = serviceName;
    settings.authentication = b.authentication;
    settings.authContext = context;
    settings.rateLimiter = b.rateLimiter;
    Function<Request, String> key = b.rateLimitKey;
    String defaultKey = serviceName + "|" + b.authentication.identity();
    settings.rateLimitKey = key == null ? r -> defaultKey : key;
    settings.retryPolicy = b.retryPolicy;
    settings.clock = b.clock;
    settings.sleeper = b.sleeper;
    settings.listeners = List.copyOf(b.listeners);
    settings.userAgent = userAgent;
    settings.patchResendable = b.patchIsIdempotent;
    settings.idempotencyHeader = b.idempotencyHeader;
    settings.requestIdHeader = b.requestIdHeader;
    settings.alsoResendable = b.alsoResendable;
    settings.notResentOn = Set.copyOf(b.notResentOn);
    this.pipeline = new Pipeline(settings);
    this.client = withPipeline(pipeline);
    this.retrofit =
        new Retrofit.Builder()
            .baseUrl(baseUrl)
            .client(client)
            .addConverterFactory(JacksonConverterFactory.create(mapper))
            .build();
  }

  private HttpService(HttpService parent, Pipeline pipeline) {
    this.serviceName = parent.serviceName;
    this.baseUrl = parent.baseUrl;
    this.base = parent.base;
    this.hostInterceptors = parent.hostInterceptors;
    this.hostInterceptorsAfterPipeline = parent.hostInterceptorsAfterPipeline;
    this.ownsPool = false;
    this.mapper = parent.mapper;
    this.errorDecoder = parent.errorDecoder;
    this.clock = parent.clock;
    this.transportFailure = parent.transportFailure;
    this.pipeline = pipeline;
    this.client = withPipeline(pipeline);
    this.retrofit = parent.retrofit.newBuilder().client(client).build();
  }

  private OkHttpClient withPipeline(Pipeline p) {
    OkHttpClient.Builder b = base.newBuilder();
    b.interceptors().clear();
    if (hostInterceptorsAfterPipeline) {
      b.addInterceptor(p);
      hostInterceptors.forEach(b::addInterceptor);
    } else {
      hostInterceptors.forEach(b::addInterceptor);
      b.addInterceptor(p);
    }
    return b.build();
  }

  private static Duration orDefault(@Nullable Duration value, Duration fallback) {
    return value == null ? fallback : value;
  }

  private static ObjectMapper defaultMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .build();
  }

  private static ErrorDecoder defaultDecoder(String service) {
    return (request, status, headers, body) -> {
      String requestId = headers.get("X-Request-Id");
      String text = BodyText.summary(body);
      return new ServiceException(
          service,
          status,
          null,
          requestId,
          status == 408 || status == 429 || status >= 500,
          status
              + " on "
              + request.method()
              + " "
              + request.url().encodedPath()
              + (text.isEmpty() ? "" : ": " + text)
              + (requestId == null ? "" : " (request id " + requestId + ")"),
          null);
    };
  }

  /**
   * Starts building a service client.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a view of this service that adds headers to every request (before the rate-limit key is
   * computed, so a header may choose the key, as Procore's {@code Procore-Company-Id} does). The
   * view shares the connection pool, the authentication, the rate limiter and the listeners; it is
   * cheap, and closing it does nothing.
   *
   * @param headers header names and values
   * @return the view
   */
  public HttpService withHeaders(Map<String, String> headers) {
    Objects.requireNonNull(headers, "headers");
    return new HttpService(this, pipeline.withDefaultHeaders(Map.copyOf(headers)));
  }

  /**
   * Returns a view of this service that applies options (timeout, idempotency key, extra headers)
   * to every request that carries no {@link RequestOptions} tag of its own, as stripe-java's
   * per-request options. Shares everything else, like {@link #withHeaders}.
   *
   * <pre>{@code
   * HttpService slow = service.withOptions(RequestOptions.builder().timeout(Duration.ofMinutes(5)).build());
   * }</pre>
   *
   * @param options the options
   * @return the view
   */
  public HttpService withOptions(RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return new HttpService(this, pipeline.withDefaultOptions(options));
  }

  /**
   * Returns the service's name, as in its exceptions and request events.
   *
   * @return the name, such as {@code "procore"}
   */
  public String serviceName() {
    return serviceName;
  }

  /**
   * Returns the base URL that relative Retrofit paths resolve against.
   *
   * @return the base URL
   */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /**
   * Returns the OkHttp client with the pipeline: anything executed through it (Retrofit calls, page
   * fetches, batch calls) is authenticated, paced, retried and reported.
   *
   * @return the client
   */
  public OkHttpClient okHttpClient() {
    return client;
  }

  /**
   * Returns the Retrofit instance on {@link #okHttpClient()}, with the service's base URL and a
   * Jackson converter on {@link #mapper()}.
   *
   * @return the Retrofit instance
   */
  public Retrofit retrofit() {
    return retrofit;
  }

  /**
   * Creates a Retrofit service interface on this service.
   *
   * @param api the Retrofit interface
   * @param <S> the interface type
   * @return the service
   */
  public <S> S create(Class<S> api) {
    return retrofit.create(Objects.requireNonNull(api, "api"));
  }

  /**
   * Returns the mapper answers are decoded with.
   *
   * @return the mapper
   */
  public ObjectMapper mapper() {
    return mapper;
  }

  /**
   * Returns the decoder of error answers.
   *
   * @return the decoder
   */
  public ErrorDecoder errorDecoder() {
    return errorDecoder;
  }

  /**
   * Returns the service's clock.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Executes a request and returns its successful answer; the caller closes it.
   *
   * @param request the request
   * @return the answer, status 2xx
   * @throws ServiceException (as the {@link ErrorDecoder} builds it) on an error status
   * @throws TransportException when no answer came
   */
  public Response execute(Request request) {
    Objects.requireNonNull(request, "request");
    Response response;
    try {
      response = client.newCall(request).execute();
    } catch (IOException e) {
      throw transportFailure(request, e);
    }
    if (!response.isSuccessful()) {
      String body;
      try (Response r = response) {
        body = r.peekBody(MAX_ERROR_BODY).string();
      } catch (IOException e) {
        body = "";
      }
      throw errorDecoder.decode(request, response.code(), response.headers(), body);
    }
    return response;
  }

  /**
   * Executes a request and decodes its JSON answer.
   *
   * @param request the request
   * @param type the type of the answer
   * @param <T> the type
   * @return the decoded answer, never {@code null}
   * @throws DecodingException when the body is empty, {@code null} or does not match {@code type}
   * @throws ServiceException on an error status
   * @throws TransportException when no answer came
   */
  public <T> T execute(Request request, Class<T> type) {
    return execute(request, mapper.constructType(Objects.requireNonNull(type, "type")));
  }

  /**
   * Executes a request and decodes its JSON answer as a generic type.
   *
   * @param request the request
   * @param type the type of the answer
   * @param <T> the type
   * @return the decoded answer, never {@code null}
   * @throws DecodingException when the body is empty, {@code null} or does not match {@code type}
   * @throws ServiceException on an error status
   * @throws TransportException when no answer came
   */
  public <T> T execute(Request request, JavaType type) {
    Objects.requireNonNull(type, "type");
    try (Response response = execute(request)) {
      ResponseBody body = response.body();
      if (body == null) {
        throw emptyBody(request, type);
      }
      try (JsonParser parser = mapper.createParser(body.byteStream())) {
        if (parser.nextToken() == null) {
          throw emptyBody(request, type);
        }
        T value = mapper.readValue(parser, type);
        if (value == null) {
          throw emptyBody(request, type);
        }
        return value;
      } catch (JsonProcessingException | RuntimeException e) {
        if (e instanceof DecodingException) {
          throw (DecodingException) e;
        }
        throw decodingFailure(request, type, e);
      } catch (IOException e) {
        throw transportFailure(request, e);
      }
    }
  }

  /**
   * Executes a request and reads its JSON answer as a tree.
   *
   * @param request the request
   * @return the tree; a {@link MissingNode} when the body is empty (such as a 204)
   * @throws DecodingException when the body is not JSON
   * @throws ServiceException on an error status
   * @throws TransportException when no answer came
   */
  public JsonNode executeTree(Request request) {
    try (Response response = execute(request)) {
      ResponseBody body = response.body();
      if (body == null) {
        return MissingNode.getInstance();
      }
      try (JsonParser parser = mapper.createParser(body.byteStream())) {
        if (parser.nextToken() == null) {
          return MissingNode.getInstance();
        }
        JsonNode node = mapper.readTree(parser);
        return node == null ? MissingNode.getInstance() : node;
      } catch (JsonProcessingException | RuntimeException e) {
        throw decodingFailure(request, mapper.constructType(JsonNode.class), e);
      } catch (IOException e) {
        throw transportFailure(request, e);
      }
    }
  }

  /**
   * Executes a request whose answer does not matter (such as a DELETE's 204).
   *
   * @param request the request
   * @throws ServiceException on an error status
   * @throws TransportException when no answer came
   */
  public void executeDiscarding(Request request) {
    execute(request).close();
  }

  /**
   * Builds the service's transport exception for a request that got no answer.
   *
   * @param request the request
   * @param e the I/O failure
   * @return the exception (not thrown)
   */
  public TransportException transportFailure(Request request, IOException e) {
    return transportFailure.apply(NoAnswer.message(request, e), e);
  }

  /**
   * Builds the service's decoding exception for an answer that does not match its type.
   *
   * @param request the request
   * @param type the expected type
   * @param e the parser's failure
   * @return the exception (not thrown)
   */
  public DecodingException decodingFailure(Request request, JavaType type, Exception e) {
    String detail =
        e instanceof JsonProcessingException
            ? ((JsonProcessingException) e).getOriginalMessage()
            : e.getClass().getSimpleName() + ": " + e.getMessage();
    return new DecodingException(
        serviceName,
        request.method()
            + " "
            + request.url().encodedPath()
            + ": answer does not match "
            + type.toCanonical()
            + ": "
            + BodyText.summary(String.valueOf(detail)),
        e);
  }

  private DecodingException emptyBody(Request request, JavaType type) {
    return new DecodingException(
        serviceName,
        request.method()
            + " "
            + request.url().encodedPath()
            + ": empty answer where a "
            + type.getRawClass().getSimpleName()
            + " was expected",
        null);
  }

  /**
   * Releases the connection pool and dispatcher threads when this service created them; a service
   * built on a host's OkHttp client, and every {@link #withHeaders} view, leaves them alone.
   */
  @Override
  public void close() {
    if (ownsPool) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "HttpService{" + serviceName + ", " + baseUrl + "}";
  }

  /**
   * Builds an {@link HttpService}. Not thread safe; {@link #build()} validates every setting and
   * names the wrong one.
   */
  public static final class Builder {
    private String serviceName = "";
    private @Nullable HttpUrl baseUrl;
    private @Nullable OkHttpClient okHttpClient;
    private @Nullable Duration connectTimeout;
    private @Nullable Duration readTimeout;
    private @Nullable Duration writeTimeout;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private final List<RequestListener> listeners = new ArrayList<>();
    private @Nullable String userAgentSuffix;
    private Authentication authentication = Authentication.none();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private RateLimiter rateLimiter = RateLimiter.none();
    private @Nullable Function<Request, String> rateLimitKey;
    private @Nullable ErrorDecoder errorDecoder;
    private @Nullable ObjectMapper mapper;
    private boolean patchIsIdempotent;
    private boolean hostInterceptorsAfterPipeline;
    private String idempotencyHeader = "Idempotency-Key";
    private String requestIdHeader = "X-Request-Id";
    private Predicate<Request> alsoResendable = r -> false;
    private final Set<Integer> notResentOn = new HashSet<>();
    private @Nullable BiFunction<String, IOException, ? extends TransportException>
        transportFailure;

    private Builder() {}

    /**
     * Sets the service's name (required), as its exceptions and events carry it.
     *
     * @param serviceName lower-case letters, digits and dashes, such as {@code "business-central"}
     * @return this builder
     */
    public Builder serviceName(String serviceName) {
      this.serviceName = Objects.requireNonNull(serviceName, "serviceName");
      return this;
    }

    /**
     * Sets the base URL (required) that relative paths resolve against; HTTPS, except on loopback.
     *
     * @param baseUrl the URL; a trailing {@code /} is added when missing
     * @return this builder
     * @throws IllegalArgumentException when not an HTTPS URL (plain HTTP only on loopback)
     */
    public Builder baseUrl(String baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl");
      String withSlash = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
      this.baseUrl = HttpServiceUrls.secure("baseUrl", withSlash);
      return this;
    }

    /**
     * Uses the host's OkHttp client (its connection pool, dispatcher, proxy and interceptors); the
     * service derives its own client from it and never closes its pool.
     *
     * @param okHttpClient the host's client
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
      return this;
    }

    /**
     * Sets the connect timeout (default 10 s, or the host client's).
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Objects.requireNonNull(timeout, "connectTimeout");
      return this;
    }

    /**
     * Sets the read timeout (default 60 s, or the host client's).
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = Objects.requireNonNull(timeout, "readTimeout");
      return this;
    }

    /**
     * Sets the write timeout (default 60 s, or the host client's).
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = Objects.requireNonNull(timeout, "writeTimeout");
      return this;
    }

    /**
     * Sets the clock (default UTC system clock); tests pass a fake clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the sleeper every wait goes through (default real time).
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * Adds a request listener; each sees every logical request, in the order added.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder addRequestListener(RequestListener listener) {
      this.listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Appends a product token to the {@code User-Agent}, such as {@code "acme-bridge/2.1"}.
     *
     * @param suffix printable ASCII
     * @return this builder
     */
    public Builder userAgentSuffix(String suffix) {
      this.userAgentSuffix = Objects.requireNonNull(suffix, "userAgentSuffix");
      return this;
    }

    /**
     * Sets the authentication (default none).
     *
     * @param authentication the authentication
     * @return this builder
     */
    public Builder authentication(Authentication authentication) {
      this.authentication = Objects.requireNonNull(authentication, "authentication");
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
     * Sets the rate limiter (default: none, only refusals are waited out).
     *
     * @param rateLimiter the limiter
     * @return this builder
     */
    public Builder rateLimiter(RateLimiter rateLimiter) {
      this.rateLimiter = Objects.requireNonNull(rateLimiter, "rateLimiter");
      return this;
    }

    /**
     * Sets how a request's rate-limit key is chosen (default: the service name and the
     * authentication's identity). The function sees the request with the default headers of {@link
     * #withHeaders} applied; it must not return a secret.
     *
     * @param rateLimitKey the key function
     * @return this builder
     */
    public Builder rateLimitKey(Function<Request, String> rateLimitKey) {
      this.rateLimitKey = Objects.requireNonNull(rateLimitKey, "rateLimitKey");
      return this;
    }

    /**
     * Sets the decoder of error answers (default: a {@link ServiceException} with the status and a
     * summary of the body).
     *
     * @param errorDecoder the decoder
     * @return this builder
     */
    public Builder errorDecoder(ErrorDecoder errorDecoder) {
      this.errorDecoder = Objects.requireNonNull(errorDecoder, "errorDecoder");
      return this;
    }

    /**
     * Sets the mapper answers are decoded with (default: Jackson with Java time, unknown fields
     * ignored, floats as {@code BigDecimal}).
     *
     * @param mapper the mapper
     * @return this builder
     */
    public Builder mapper(ObjectMapper mapper) {
      this.mapper = Objects.requireNonNull(mapper, "mapper");
      return this;
    }

    /**
     * Tells whether the service applies a PATCH sent twice as once (default {@code false}; {@code
     * true} for Procore, whose PATCH updates and sync actions are matched by id or origin id).
     *
     * @param idempotent {@code true} to resend PATCH like PUT
     * @return this builder
     */
    public Builder patchIsIdempotent(boolean idempotent) {
      this.patchIsIdempotent = idempotent;
      return this;
    }

    /**
     * Marks more requests as safe to resend than the {@link SafeToResend} tag does (for a service's
     * own tags).
     *
     * @param predicate true for a request that may be resent
     * @return this builder
     */
    public Builder alsoSafeToResend(Predicate<Request> predicate) {
      this.alsoResendable = Objects.requireNonNull(predicate, "predicate");
      return this;
    }

    /**
     * Names statuses that are never resent, whatever the method: the answer goes to the caller at
     * once (Business Central's 504 asks for a smaller page or batch, not the same request again).
     *
     * @param statuses HTTP statuses, 100 to 599
     * @return this builder
     * @throws IllegalArgumentException when a status is outside 100 to 599
     */
    public Builder notResentOn(int... statuses) {
      for (int status : statuses) {
        if (status < 100 || status > 599) {
          throw new IllegalArgumentException("status must be 100 to 599, got " + status);
        }
        notResentOn.add(status);
      }
      return this;
    }

    /**
     * Runs the host client's application interceptors after the pipeline (default: before it). They
     * then see every attempt, with its {@code Authorization} header: a logging interceptor must
     * redact it.
     *
     * @param after {@code true} to run them after authentication and retries
     * @return this builder
     */
    public Builder hostInterceptorsAfterPipeline(boolean after) {
      this.hostInterceptorsAfterPipeline = after;
      return this;
    }

    /**
     * Sets the header a {@link RequestOptions#idempotencyKey()} is sent in (default {@code
     * Idempotency-Key}).
     *
     * @param header the header name
     * @return this builder
     */
    public Builder idempotencyHeader(String header) {
      this.idempotencyHeader = Objects.requireNonNull(header, "idempotencyHeader");
      return this;
    }

    /**
     * Sets the header the service's request id comes in (default {@code X-Request-Id}).
     *
     * @param header the header name
     * @return this builder
     */
    public Builder requestIdHeader(String header) {
      this.requestIdHeader = Objects.requireNonNull(header, "requestIdHeader");
      return this;
    }

    /**
     * Sets how the service's transport exception is built (default: a {@link TransportException}
     * with the service's name), for services with their own subclass.
     *
     * @param factory builds the exception from a message and the I/O failure
     * @return this builder
     */
    public Builder transportExceptionFactory(
        BiFunction<String, IOException, ? extends TransportException> factory) {
      this.transportFailure = Objects.requireNonNull(factory, "factory");
      return this;
    }

    /**
     * Validates the settings and builds the service client.
     *
     * @return the service client
     * @throws IllegalStateException naming the setting that is missing or wrong
     */
    public HttpService build() {
      if (!serviceName.matches("[a-z0-9][a-z0-9-]*")) {
        throw new IllegalStateException(
            "serviceName must be lower-case letters, digits and dashes, got '" + serviceName + "'");
      }
      if (baseUrl == null) {
        throw new IllegalStateException("baseUrl must be set");
      }
      positive("connectTimeout", connectTimeout);
      positive("readTimeout", readTimeout);
      positive("writeTimeout", writeTimeout);
      if (userAgentSuffix != null && !userAgentSuffix.matches("[\\x20-\\x7E]+")) {
        throw new IllegalStateException(
            "userAgentSuffix must be non-empty printable ASCII, got '" + userAgentSuffix + "'");
      }
      return new HttpService(this);
    }

    private static void positive(String setting, @Nullable Duration d) {
      if (d != null && (d.isNegative() || d.isZero())) {
        throw new IllegalStateException(setting + " must be positive, got " + d);
      }
    }
  }
}
