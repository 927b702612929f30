package dev.procoresync.testkit.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.procoresync.testkit.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The fake-service engine: real HTTP on a random loopback port (on WireMock, decision 0020) serving
 * one or more {@link RouteSet}s, on a {@link FakeClock}, with injected {@linkplain Fault faults}
 * and a request journal. Every fake of the testkit ({@code FakeProcore}, and the Business Central,
 * busybusy, ExakTime, ServiceTrade and Web Connector fakes) is a set of routes on it; a test can
 * also build a small fake of its own.
 *
 * <pre>{@code
 * RecordStore store = RecordStore.on(clock);
 * try (FakeServer server = FakeServer.builder()
 *     .clock(clock)
 *     .routes(routes -> routes
 *         .get("/items", ex -> Reply.json(200, store.list("items")))
 *         .get("/items/{id}", ex -> ...))
 *     .start()) {
 *   server.failNext("GET /items", 1, Fault.status(503).withRetryAfter(Duration.ofSeconds(2)));
 *   // point the code under test at server.baseUrl() ...
 *   server.verifyRequests("GET /items", 2);
 * }
 * }</pre>
 *
 * <p>For each request the engine, in this order: matches the route (more literal segments win);
 * takes the first pending fault whose pattern matches (a status fault or a reset answers without
 * running the route); runs the route set's filters and the handler (an unmatched path gets the
 * {@linkplain Builder#notFound(Handler) not-found} answer); records the request in the journal once
 * its answer is ready; adds the request-id header; then sends the answer (or holds it, for a
 * {@linkplain Fault#timeoutAfterWrite() timeout after write}). Thread safe.
 */
public final class FakeServer implements FakeService {
  private final FakeClock clock;
  private final List<Routes> sets;
  private final List<Routes.Route> routes;
  private final Handler notFound;
  private final IntFunction<Reply> faultBodies;
  private final @Nullable String requestIdHeader;
  private final List<PendingFault> faults = new ArrayList<>();
  private final List<RecordedRequest> journal = new CopyOnWriteArrayList<>();
  private final AtomicLong requestIds = new AtomicLong();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final WireMockServer server;
  private final String baseUrl;

  private FakeServer(Builder b) {
    this.clock = b.clock;
    this.notFound = b.notFound;
    this.faultBodies = b.faultBodies;
    this.requestIdHeader = b.requestIdHeader;
    List<Routes> built = new ArrayList<>();
    List<Routes.Route> all = new ArrayList<>();
    Map<String, Boolean> names = new LinkedHashMap<>();
    for (RouteSet set : b.sets) {
      Routes registry = new Routes();
      set.addTo(registry);
      for (Routes.Route route : registry.routes()) {
        if (names.put(route.name(), Boolean.TRUE) != null) {
          throw new IllegalStateException("route added by two route sets: " + route.name());
        }
        all.add(route);
      }
      built.add(registry);
    }
    this.sets = List.copyOf(built);
    this.routes = List.copyOf(all);
    WireMockServer wireMock =
        new WireMockServer(
            options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .containerThreads(b.threads)
                .disableRequestJournal()
                // Jetty's gzip would append "--gzip" to every ETag header, and a client that
                // echoes it in If-Match would send a version the fake never issued.
                .gzipDisabled(true)
                .extensions(new Transformer()));
    wireMock.start();
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)));
    this.server = wireMock;
    this.baseUrl = "http://127.0.0.1:" + wireMock.port();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the base URL.
   *
   * @return e.g. {@code http://127.0.0.1:53117}
   */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * Returns the loopback port the server listens on.
   *
   * @return the port
   */
  public int port() {
    return server.port();
  }

  @Override
  public FakeClock clock() {
    return clock;
  }

  /**
   * Returns every route served as {@code "METHOD /template"} (placeholders without their regex).
   *
   * @return the routes, sorted by template then method
   */
  public List<String> routes() {
    return routes.stream()
        .sorted(
            Comparator.comparing((Routes.Route r) -> r.template.display())
                .thenComparing(r -> r.method))
        .map(Routes.Route::name)
        .toList();
  }

  /**
   * Returns how many route sets the server carries.
   *
   * @return the count
   */
  public int routeSets() {
    return sets.size();
  }

  // ------------------------------------------------------------------ faults

  /**
   * Makes the next {@code times} requests that match {@code pattern} fail with {@code fault}.
   * Faults registered earlier are consumed first. Same argument order as {@link
   * #verifyRequests(String, int)}.
   *
   * @param pattern {@code "[METHOD ]/path"} (see {@link RequestPattern})
   * @param times how many requests, at least 1
   * @param fault what to do to them
   * @throws IllegalArgumentException when {@code times} is below 1 or the pattern is malformed
   */
  public void failNext(String pattern, int times, Fault fault) {
    Objects.requireNonNull(fault, "fault");
    RequestPattern parsed = RequestPattern.parse(pattern);
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1, got: " + times);
    }
    synchronized (faults) {
      faults.add(new PendingFault(parsed, times, fault));
    }
  }

  /**
   * Returns how many injected fault applications are still pending.
   *
   * @return the count
   */
  public int pendingFaults() {
    synchronized (faults) {
      return faults.stream().mapToInt(p -> p.remaining).sum();
    }
  }

  /** Drops every pending fault. */
  public void clearFaults() {
    synchronized (faults) {
      faults.clear();
    }
  }

  private @Nullable Fault takeFault(String method, String path) {
    synchronized (faults) {
      Iterator<PendingFault> it = faults.iterator();
      while (it.hasNext()) {
        PendingFault p = it.next();
        if (p.pattern.matches(method, path)) {
          p.remaining--;
          if (p.remaining <= 0) {
            it.remove();
          }
          return p.fault;
        }
      }
      return null;
    }
  }

  // ------------------------------------------------------------------ journal

  /**
   * Returns every request received so far, oldest first. A request enters the journal once its
   * answer is ready (before a real-time hold).
   *
   * @return a snapshot of the journal
   */
  public List<RecordedRequest> requests() {
    return List.copyOf(journal);
  }

  /**
   * Returns the requests that match a pattern.
   *
   * @param pattern {@code "[METHOD ]/path"} (see {@link RequestPattern})
   * @return the matching requests, oldest first
   * @throws IllegalArgumentException when the pattern is malformed
   */
  public List<RecordedRequest> requests(String pattern) {
    RequestPattern parsed = RequestPattern.parse(pattern);
    return journal.stream().filter(parsed::matches).toList();
  }

  /**
   * Returns how many requests the server received.
   *
   * @return the count
   */
  public int requestCount() {
    return journal.size();
  }

  /**
   * Returns how many requests matched a pattern.
   *
   * @param pattern the pattern
   * @return the count
   * @throws IllegalArgumentException when the pattern is malformed
   */
  public int requestCount(String pattern) {
    return requests(pattern).size();
  }

  /**
   * Asserts that exactly {@code times} requests matched {@code pattern}.
   *
   * @param pattern the pattern
   * @param times the expected count
   * @throws AssertionError listing the journal (one summary line per request, secrets redacted)
   *     when the count differs
   * @throws IllegalArgumentException when the pattern is malformed
   */
  public void verifyRequests(String pattern, int times) {
    List<RecordedRequest> matching = requests(pattern);
    if (matching.size() != times) {
      StringBuilder message =
          new StringBuilder("expected ")
              .append(times)
              .append(" request(s) matching \"")
              .append(pattern)
              .append("\" but got ")
              .append(matching.size())
              .append(". Journal:");
      journal.forEach(r -> message.append("\n  ").append(r.summary()));
      throw new AssertionError(message.toString());
    }
  }

  /**
   * Waits (real time) until at least {@code times} requests that match {@code pattern} are in the
   * journal: the way a test learns that the fake has handled a request whose answer the client
   * never got (a {@linkplain Fault#timeoutAfterWrite() timeout after write}), without sleeping. A
   * request is journaled after its handler ran, so the write is visible when this returns true.
   *
   * <pre>{@code
   * assertTrue(server.awaitRequests("POST /items", 1, Duration.ofSeconds(10)));
   * }</pre>
   *
   * @param pattern the pattern
   * @param times how many matching requests to wait for, at least 1
   * @param timeout how long to wait at most (a safety net: pick seconds)
   * @return true when they arrived in time, false when the timeout passed first
   * @throws InterruptedException when the waiting thread is interrupted
   * @throws IllegalArgumentException when {@code times} is below 1 or the pattern is malformed
   */
  public boolean awaitRequests(String pattern, int times, Duration timeout)
      throws InterruptedException {
    RequestPattern parsed = RequestPattern.parse(pattern);
    Objects.requireNonNull(timeout, "timeout");
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1, got: " + times);
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (journal) {
      while (journal.stream().filter(parsed::matches).count() < times) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(journal, left);
      }
      return true;
    }
  }

  /** Empties the journal. */
  public void clearRequests() {
    journal.clear();
  }

  // ------------------------------------------------------------------ lifecycle

  /** Stops the server (releasing any answer held by a timeout after write); idempotent. */
  @Override
  public void close() {
    stopped.countDown();
    synchronized (server) {
      if (server.isRunning()) {
        server.stop();
      }
    }
  }

  @Override
  public String toString() {
    return "FakeServer[" + baseUrl + ", " + routes.size() + " route(s)]";
  }

  // ------------------------------------------------------------------ dispatch

  private Routes.@Nullable Route find(String method, String path) {
    Routes.Route best = null;
    for (Routes.Route route : routes) {
      if (route.method.equals(method)
          && route.template.match(path) != null
          && (best == null || route.template.literalCount() > best.template.literalCount())) {
        best = route;
      }
    }
    return best;
  }

  private Reply process(Exchange exchange, Routes.@Nullable Route route) {
    try {
      Reply reply =
          route == null ? notFound.handle(exchange) : route.set.run(exchange, route.handler);
      return Objects.requireNonNull(reply, "a handler returned null for " + exchange);
    } catch (ReplyException e) {
      return e.reply();
    } catch (RuntimeException e) {
      return Reply.text(
          500,
          "text/plain; charset=utf-8",
          "the fake failed on " + exchange + ": " + e.getClass().getName() + ": " + e.getMessage());
    }
  }

  private ResponseDefinition serve(LoggedRequest request) {
    String method = request.getMethod().getName();
    String url = request.getUrl();
    int q = url.indexOf('?');
    String path = q < 0 ? url : url.substring(0, q);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (HttpHeader header : request.getHeaders().all()) {
      headers.put(header.key(), List.copyOf(header.values()));
    }
    String body = request.getBodyAsString() == null ? "" : request.getBodyAsString();
    Instant receivedAt = clock.instant();
    Routes.Route route = find(method, path);
    Map<String, String> params = route == null ? Map.of() : route.template.match(path);
    Exchange exchange =
        new Exchange(
            method,
            url,
            java.util.Collections.unmodifiableMap(headers),
            body,
            baseUrl,
            receivedAt,
            route == null ? null : route.name(),
            params == null ? Map.of() : params);
    Fault fault = takeFault(method, path);
    Reply reply;
    Duration hold = Duration.ZERO;
    boolean holdUntilStopped = false;
    if (fault != null && fault.kind() == Fault.Kind.CONNECTION_RESET) {
      record(exchange, 0);
      return aResponse()
          .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)
          .build();
    } else if (fault != null && fault.kind() == Fault.Kind.STATUS) {
      reply = fault.reply().orElseGet(() -> faultBodies.apply(fault.status()));
      for (Map.Entry<String, String> header : fault.headers()) {
        reply = reply.withHeader(header.getKey(), header.getValue());
      }
      hold = fault.realDelay();
    } else {
      if (fault != null && fault.kind() == Fault.Kind.CLOCK_DELAY) {
        clock.advance(fault.clockDelay());
      }
      reply = process(exchange, route);
      if (fault != null && fault.kind() == Fault.Kind.TIMEOUT_AFTER_WRITE) {
        hold = fault.realDelay();
        holdUntilStopped = hold.isZero();
      }
    }
    record(exchange, reply.status());
    if (holdUntilStopped) {
      try {
        stopped.await(10, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return aResponse()
          .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)
          .build();
    }
    ResponseDefinitionBuilder builder = aResponse().withStatus(reply.status());
    if (requestIdHeader != null) {
      builder.withHeader(requestIdHeader, "fake-request-" + requestIds.incrementAndGet());
    }
    reply
        .headers()
        .forEach((name, values) -> builder.withHeader(name, values.toArray(String[]::new)));
    reply.body().ifPresent(builder::withBody);
    if (!hold.isZero()) {
      builder.withFixedDelay((int) Math.min(Integer.MAX_VALUE, hold.toMillis()));
    }
    return builder.build();
  }

  private void record(Exchange exchange, int status) {
    RecordedRequest entry =
        new RecordedRequest(
            exchange.method(),
            exchange.path(),
            exchange.rawQuery(),
            exchange.queryParams(),
            exchange.headers(),
            exchange.body(),
            status,
            exchange.route().orElse(null),
            exchange.receivedAt());
    synchronized (journal) {
      journal.add(entry);
      journal.notifyAll();
    }
  }

  private final class Transformer implements ResponseDefinitionTransformerV2 {
    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
      return serve(serveEvent.getRequest());
    }

    @Override
    public boolean applyGlobally() {
      return true;
    }

    @Override
    public String getName() {
      return "procore-sync-fake-server";
    }
  }

  private static final class PendingFault {
    final RequestPattern pattern;
    int remaining;
    final Fault fault;

    PendingFault(RequestPattern pattern, int remaining, Fault fault) {
      this.pattern = pattern;
      this.remaining = remaining;
      this.fault = fault;
    }
  }

  /** Settings of a {@link FakeServer}. Not thread safe; {@link #start()} makes the server. */
  public static final class Builder {
    private FakeClock clock = FakeClock.create();
    private int threads = 48;
    private final List<RouteSet> sets = new ArrayList<>();
    private Handler notFound =
        exchange ->
            Reply.json(
                404,
                JsonNodeFactory.instance
                    .objectNode()
                    .put("error", "no route for " + exchange.method() + " " + exchange.path()));
    private IntFunction<Reply> faultBodies =
        status ->
            Reply.json(
                status,
                JsonNodeFactory.instance.objectNode().put("error", "Injected fault " + status));
    private @Nullable String requestIdHeader = "X-Request-Id";

    private Builder() {}

    /**
     * Sets the clock (default: a new {@link FakeClock}).
     *
     * @param clock the clock shared with the code under test
     * @return this builder
     */
    public Builder clock(FakeClock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Adds a route set; call once per set.
     *
     * @param routes the set
     * @return this builder
     */
    public Builder routes(RouteSet routes) {
      sets.add(Objects.requireNonNull(routes, "routes"));
      return this;
    }

    /**
     * Sets what answers a request no route matches (default: 404 {@code {"error":"no route for
     * ..."}}). Runs outside every route set's filters.
     *
     * @param notFound the handler
     * @return this builder
     */
    public Builder notFound(Handler notFound) {
      this.notFound = Objects.requireNonNull(notFound, "notFound");
      return this;
    }

    /**
     * Sets the answer of a {@link Fault#status(int)} fault, so that injected errors have the
     * service's error shape (default: {@code {"error":"Injected fault 503"}}).
     *
     * @param faultBodies the reply for a status
     * @return this builder
     */
    public Builder faultBodies(IntFunction<Reply> faultBodies) {
      this.faultBodies = Objects.requireNonNull(faultBodies, "faultBodies");
      return this;
    }

    /**
     * Sets the header that carries a fresh request id ({@code fake-request-1}, {@code -2} ...) on
     * every answer (default {@code X-Request-Id}).
     *
     * @param name the header name, or null for none
     * @return this builder
     */
    public Builder requestIdHeader(@Nullable String name) {
      if (name != null && name.isBlank()) {
        throw new IllegalArgumentException("requestIdHeader must not be blank");
      }
      this.requestIdHeader = name;
      return this;
    }

    /**
     * Sets how many requests the server handles at once (default 48; a request held by a timeout
     * after write keeps its thread until the server stops).
     *
     * @param threads at least 8
     * @return this builder
     * @throws IllegalArgumentException when below 8
     */
    public Builder threads(int threads) {
      if (threads < 8) {
        throw new IllegalArgumentException("threads must be at least 8, got: " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Starts the server on a random loopback port.
     *
     * @return the running server; close it when done
     * @throws IllegalStateException when two route sets add the same route
     */
    public FakeServer start() {
      return new FakeServer(this);
    }
  }
}
