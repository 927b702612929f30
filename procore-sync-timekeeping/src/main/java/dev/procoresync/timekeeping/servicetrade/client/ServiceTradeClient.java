package dev.procoresync.timekeeping.servicetrade.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.procoresync.core.error.DecodingException;
import dev.procoresync.core.http.ErrorDecoder;
import dev.procoresync.core.http.HttpService;
import dev.procoresync.core.http.PageNumberPaging;
import dev.procoresync.core.http.PageRequest;
import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.core.http.RequestListener;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.core.http.SessionAuthentication;
import dev.procoresync.core.time.Sleeper;
import dev.procoresync.timekeeping.servicetrade.internal.ServiceTradeWire;
import dev.procoresync.timekeeping.servicetrade.model.ClockEventPair;
import dev.procoresync.timekeeping.servicetrade.model.ServiceTradeCustomer;
import dev.procoresync.timekeeping.servicetrade.model.ServiceTradeJob;
import dev.procoresync.timekeeping.servicetrade.model.ServiceTradeLocation;
import dev.procoresync.timekeeping.servicetrade.model.ServiceTradeUser;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;

/**
 * A client of ServiceTrade's REST API ({@code https://api.servicetrade.com/api/}).
 *
 * <p>It logs in with a user name and password ({@code POST auth}) on first use and sends the
 * session cookie on every request; a 401 logs in again once. Lists are lazy and paged by {@code
 * page}/{@code limit} (1,000 a page) until {@code data.totalPages}. Errors are {@link
 * dev.procoresync.core.error.ServiceException}s carrying the first of ServiceTrade's {@code
 * messages.error}; no answer is a {@link dev.procoresync.core.error.TransportException}. Reads are
 * retried per the {@link RetryPolicy}; a create ({@code POST}) is never resent blindly: after a
 * timeout the caller looks the record up first (the flows of this connector do).
 *
 * <pre>{@code
 * try (ServiceTradeClient st = ServiceTradeClient.builder()
 *     .username("integrations@example.com")
 *     .password(password)
 *     .build()) {
 *   for (ServiceTradeJob job : st.jobs()) { ... }
 * }
 * }</pre>
 */
public final class ServiceTradeClient implements AutoCloseable {
  /** ServiceTrade's production API. */
  public static final String DEFAULT_BASE_URL = "https://api.servicetrade.com/api/";

  /** The page size asked for. */
  public static final int PAGE_SIZE = 1_000;

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final HttpService http;
  private final ObjectMapper mapper;
  private final ErrorDecoder errors;
  private final String username;

  private ServiceTradeClient(Builder b) {
    this.mapper = ServiceTradeWire.mapper();
    this.errors = ServiceTradeWire.errors(mapper);
    this.username = Objects.requireNonNull(b.username, "username");
    Objects.requireNonNull(b.password, "password");
    HttpUrl base = HttpUrl.get(b.baseUrl);
    HttpService.Builder http =
        HttpService.builder()
            .serviceName(ServiceTradeWire.SERVICE)
            .baseUrl(b.baseUrl)
            .mapper(mapper)
            .errorDecoder(errors)
            .clock(b.clock)
            .sleeper(b.sleeper)
            .retryPolicy(b.retryPolicy)
            .authentication(
                new SessionAuthentication(
                    ServiceTradeWire.login(base, b.username, b.password, mapper), b.username));
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
   * @return a builder; user name and password are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Lists every customer (ServiceTrade's {@code company}), lazily.
   *
   * @return the customers
   */
  public PagedIterable<ServiceTradeCustomer> customers() {
    return list("company", "companies", ServiceTradeCustomer.class);
  }

  /**
   * Creates a customer.
   *
   * @param customer the customer (its id is ignored)
   * @return the customer as ServiceTrade stored it
   * @throws dev.procoresync.core.error.ServiceException when ServiceTrade refuses it
   * @throws dev.procoresync.core.error.TransportException when no answer came: it may have been
   *     created; look it up before creating it again
   */
  public ServiceTradeCustomer createCustomer(ServiceTradeCustomer customer) {
    return send("POST", "company", customer, ServiceTradeCustomer.class);
  }

  /**
   * Changes a customer.
   *
   * @param id the customer
   * @param customer the new attributes
   * @return the customer as ServiceTrade stored it
   */
  public ServiceTradeCustomer updateCustomer(long id, ServiceTradeCustomer customer) {
    return send("PUT", "company/" + id, customer, ServiceTradeCustomer.class);
  }

  /**
   * Lists every location, lazily.
   *
   * @return the locations
   */
  public PagedIterable<ServiceTradeLocation> locations() {
    return list("location", "locations", ServiceTradeLocation.class);
  }

  /**
   * Creates a location.
   *
   * @param location the location (its id is ignored; customer and address are required)
   * @return the location as ServiceTrade stored it
   * @throws dev.procoresync.core.error.ServiceException when ServiceTrade refuses it
   * @throws dev.procoresync.core.error.TransportException when no answer came (look it up first)
   */
  public ServiceTradeLocation createLocation(ServiceTradeLocation location) {
    return send("POST", "location", location, ServiceTradeLocation.class);
  }

  /**
   * Changes a location.
   *
   * @param id the location
   * @param location the new attributes
   * @return the location as ServiceTrade stored it
   */
  public ServiceTradeLocation updateLocation(long id, ServiceTradeLocation location) {
    return send("PUT", "location/" + id, location, ServiceTradeLocation.class);
  }

  /**
   * Lists every job, lazily.
   *
   * @return the jobs
   */
  public PagedIterable<ServiceTradeJob> jobs() {
    return list("job", "jobs", ServiceTradeJob.class);
  }

  /**
   * Reads one job.
   *
   * @param id the job
   * @return the job
   * @throws dev.procoresync.core.error.ServiceException with status 404 when there is none
   */
  public ServiceTradeJob job(long id) {
    return data(http.executeTree(get("job/" + id)), ServiceTradeJob.class, "job/" + id);
  }

  /**
   * Creates a job.
   *
   * @param job the job (its id is ignored; a location and a type are required)
   * @return the job as ServiceTrade stored it, with its number
   * @throws dev.procoresync.core.error.ServiceException when ServiceTrade refuses it
   * @throws dev.procoresync.core.error.TransportException when no answer came (look it up first)
   */
  public ServiceTradeJob createJob(ServiceTradeJob job) {
    return send("POST", "job", job, ServiceTradeJob.class);
  }

  /**
   * Changes a job.
   *
   * @param id the job
   * @param job the new attributes
   * @return the job as ServiceTrade stored it
   */
  public ServiceTradeJob updateJob(long id, ServiceTradeJob job) {
    return send("PUT", "job/" + id, job, ServiceTradeJob.class);
  }

  /**
   * Lists every user, lazily.
   *
   * @return the users
   */
  public PagedIterable<ServiceTradeUser> users() {
    return list("user", "users", ServiceTradeUser.class);
  }

  /**
   * Reads the clock-in/clock-out pairs of a job ({@code GET job/{id}/clockevent}).
   *
   * @param jobId the job
   * @return the pairs in the order ServiceTrade sends them
   * @throws dev.procoresync.core.error.ServiceException with status 404 when there is no such job
   */
  public List<ClockEventPair> clockEvents(long jobId) {
    String path = "job/" + jobId + "/clockevent";
    JsonNode pairs = http.executeTree(get(path)).path("data").path("pairedEvents");
    JavaType type =
        mapper.getTypeFactory().constructCollectionType(List.class, ClockEventPair.class);
    if (!pairs.isArray()) {
      throw new DecodingException(
          ServiceTradeWire.SERVICE, path + " answered without data.pairedEvents", null);
    }
    try {
      List<ClockEventPair> out = mapper.readerFor(type).readValue(pairs);
      return List.copyOf(out);
    } catch (java.io.IOException | RuntimeException e) {
      throw new DecodingException(
          ServiceTradeWire.SERVICE, path + " answered clock events that cannot be read: " + e, e);
    }
  }

  /**
   * Returns the kit service under this client (its OkHttp client carries the pipeline).
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
    return "ServiceTradeClient{" + http.baseUrl() + ", user=" + username + "}";
  }

  // ------------------------------------------------------------------ helpers

  private Request get(String path) {
    return new Request.Builder().url(http.baseUrl().resolve(path)).get().build();
  }

  private <T> PagedIterable<T> list(String path, String key, Class<T> type) {
    return PageRequest.builder()
        .service(ServiceTradeWire.SERVICE)
        .callFactory(http.okHttpClient())
        .mapper(mapper)
        .errorDecoder(errors)
        .first(get(path))
        .paging(
            PageNumberPaging.builder()
                .pageParameter("page")
                .sizeParameter("limit")
                .pageSize(PAGE_SIZE)
                .totalPagesAt("/data/totalPages")
                .build())
        .itemsAt("/data/" + key)
        .build()
        .list(type);
  }

  private <T> T send(String method, String path, Object body, Class<T> type) {
    Objects.requireNonNull(body, "body");
    String json;
    try {
      json = mapper.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + body + " as JSON: " + e, e);
    }
    Request request =
        new Request.Builder()
            .url(http.baseUrl().resolve(path))
            .method(method, RequestBody.create(json, JSON))
            .build();
    return data(http.executeTree(request), type, path);
  }

  private <T> T data(JsonNode answer, Class<T> type, String path) {
    JsonNode data = answer.path("data");
    if (!data.isObject()) {
      throw new DecodingException(
          ServiceTradeWire.SERVICE, path + " answered without a data object", null);
    }
    try {
      return mapper.treeToValue(data, type);
    } catch (JsonProcessingException | RuntimeException e) {
      throw new DecodingException(
          ServiceTradeWire.SERVICE,
          path + " answered a " + type.getSimpleName() + " that cannot be read: " + e,
          e);
    }
  }

  /** Builds a {@link ServiceTradeClient}. Not thread safe. */
  public static final class Builder {
    private String baseUrl = DEFAULT_BASE_URL;
    private @Nullable String username;
    private @Nullable String password;
    private @Nullable OkHttpClient okHttpClient;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private @Nullable Duration readTimeout;
    private final List<RequestListener> listeners = new ArrayList<>();

    Builder() {}

    /**
     * Sets the API base URL (default {@value ServiceTradeClient#DEFAULT_BASE_URL}).
     *
     * @param baseUrl HTTPS, or plain HTTP on loopback (tests); a trailing slash is added
     * @return this builder
     * @throws IllegalArgumentException when it is not a URL
     */
    public Builder baseUrl(String baseUrl) {
      String url = Objects.requireNonNull(baseUrl, "baseUrl");
      this.baseUrl = url.endsWith("/") ? url : url + "/";
      if (HttpUrl.parse(this.baseUrl) == null) {
        throw new IllegalArgumentException("baseUrl is not a URL: '" + baseUrl + "'");
      }
      return this;
    }

    /**
     * Sets the user name to log in with.
     *
     * @param username the user name
     * @return this builder
     */
    public Builder username(String username) {
      this.username = Objects.requireNonNull(username, "username");
      return this;
    }

    /**
     * Sets the password (never printed or logged).
     *
     * @param password the password
     * @return this builder
     */
    public Builder password(String password) {
      this.password = Objects.requireNonNull(password, "password");
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
     * @throws IllegalStateException when the user name or password is missing
     */
    public ServiceTradeClient build() {
      if (username == null || password == null) {
        throw new IllegalStateException(
            "username and password are required (username "
                + (username == null ? "missing" : "set")
                + ", password "
                + (password == null ? "missing" : "set")
                + ")");
      }
      return new ServiceTradeClient(this);
    }
  }
}
