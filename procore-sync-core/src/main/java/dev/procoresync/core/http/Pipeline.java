package dev.procoresync.core.http;

import dev.procoresync.core.error.RateLimitWaitException;
import dev.procoresync.core.http.internal.FollowUpShield;
import dev.procoresync.core.time.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A service's request pipeline, as one OkHttp application interceptor: per-request options, user
 * agent, rate-limit pacing, authentication on every attempt with one renewal on 401, retries with
 * backoff on I/O errors, 408, 429 and 5xx for requests that are safe to resend, and one {@link
 * RequestEvent} per logical request to every listener.
 */
final class Pipeline implements Interceptor {
  private static final Logger LOG = LoggerFactory.getLogger("dev.procoresync.http");
  private static final Set<String> RESENDABLE = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

  /** What a pipeline is built from. */
  public static final class Settings {
    /** The service name. */
    public String service = "";

    /** The authentication. */
    public Authentication authentication = Authentication.none();

    /** The authentication's context. */
    public @Nullable AuthContext authContext;

    /** The rate limiter. */
    public RateLimiter rateLimiter = RateLimiter.none();

    /** The rate-limit key of a request. */
    public Function<Request, String> rateLimitKey = r -> "";

    /** The retry policy. */
    public RetryPolicy retryPolicy = RetryPolicy.defaults();

    /** The clock. */
    public Clock clock = Clock.systemUTC();

    /** The sleeper. */
    public Sleeper sleeper = Sleeper.system();

    /** The listeners. */
    public List<RequestListener> listeners = List.of();

    /** The full user agent, or empty to leave the request's. */
    public String userAgent = "";

    /** Whether a PATCH may be resent. */
    public boolean patchResendable;

    /** The header an idempotency key goes in. */
    public String idempotencyHeader = "Idempotency-Key";

    /** The header of the service's request id. */
    public String requestIdHeader = "X-Request-Id";

    /** Requests the service also marks resendable (besides the {@code SafeToResend} tag). */
    public Predicate<Request> alsoResendable = r -> false;

    /** Options applied to requests that carry none of their own, or {@code null}. */
    public @Nullable RequestOptions defaultOptions;

    /** Headers added to every request before anything else. */
    public Map<String, String> defaultHeaders = Map.of();

    /** Statuses never resent (handed to the caller at once), such as Business Central's 504. */
    public Set<Integer> notResentOn = Set.of();
  }

  private final Settings s;
  private final AuthContext authContext;

  /**
   * Creates a pipeline.
   *
   * @param settings the settings (copied references; do not change them afterwards)
   */
  public Pipeline(Settings settings) {
    this.s = settings;
    this.authContext = Objects.requireNonNull(settings.authContext, "authContext");
  }

  /**
   * Returns a pipeline equal to this one that also adds headers to every request.
   *
   * @param headers the headers
   * @return the new pipeline
   */
  public Pipeline withDefaultHeaders(Map<String, String> headers) {
    Settings copy = new Settings();
    copy.service = s.service;
    copy.authentication = s.authentication;
    copy.authContext = s.authContext;
    copy.rateLimiter = s.rateLimiter;
    copy.rateLimitKey = s.rateLimitKey;
    copy.retryPolicy = s.retryPolicy;
    copy.clock = s.clock;
    copy.sleeper = s.sleeper;
    copy.listeners = s.listeners;
    copy.userAgent = s.userAgent;
    copy.patchResendable = s.patchResendable;
    copy.idempotencyHeader = s.idempotencyHeader;
    copy.requestIdHeader = s.requestIdHeader;
    copy.alsoResendable = s.alsoResendable;
    copy.defaultOptions = s.defaultOptions;
    copy.notResentOn = s.notResentOn;
    java.util.LinkedHashMap<String, String> merged =
        new java.util.LinkedHashMap<>(s.defaultHeaders);
    merged.putAll(headers);
    copy.defaultHeaders = Map.copyOf(merged);
    return new Pipeline(copy);
  }

  /**
   * Returns a pipeline equal to this one that applies options to every request without its own.
   *
   * @param options the options
   * @return the new pipeline
   */
  Pipeline withDefaultOptions(RequestOptions options) {
    Pipeline p = withDefaultHeaders(Map.of());
    p.s.defaultOptions = options;
    return p;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request original = prepare(chain.request());
    RequestOptions options = optionsOf(original);
    Chain c = chain;
    if (options != null && options.timeout().isPresent()) {
      int millis = (int) Math.min(Integer.MAX_VALUE, options.timeout().get().toMillis());
      c =
          c.withConnectTimeout(millis, TimeUnit.MILLISECONDS)
              .withReadTimeout(millis, TimeUnit.MILLISECONDS)
              .withWriteTimeout(millis, TimeUnit.MILLISECONDS);
    }
    String method = original.method();
    String path = original.url().encodedPath();
    String template = PathTemplates.of(original);
    String key = s.rateLimitKey.apply(original);
    boolean resendable =
        RESENDABLE.contains(method)
            || (s.patchResendable && method.equals("PATCH"))
            || RequestTags.isSafeToResend(original)
            || s.alsoResendable.test(original);
    RetryPolicy policy = s.retryPolicy;
    Instant start = s.clock.instant();
    Attempts a = new Attempts();
    boolean renewed = false;
    boolean resentWithoutAnswer = false;
    while (true) {
      a.count++;
      RateLimitPermit permit = acquire(key, method, template, a, start);
      Response response;
      try {
        Duration wait = permit.waitTime();
        if (wait.compareTo(policy.maxRateLimitWait()) > 0) {
          emit(original, template, 0, null, a, start);
          throw new RateLimitWaitException(
              s.service,
              method
                  + " "
                  + template
                  + ": the rate limit requires a wait of "
                  + wait
                  + ", longer than the retry policy's maxRateLimitWait "
                  + policy.maxRateLimitWait()
                  + "; nothing was sent",
              wait,
              policy.maxRateLimitWait(),
              null);
        }
        if (!wait.isZero()) {
          LOG.debug("{} {} {}: waiting {} for the rate limit", s.service, method, template, wait);
          sleep(wait);
          a.rateWait = a.rateWait.plus(wait);
        }
        Request attempt = s.authentication.authenticate(original, authContext);
        try {
          response = FollowUpShield.restore(c.proceed(attempt));
        } catch (IOException e) {
          boolean interrupted =
              Thread.currentThread().isInterrupted()
                  || (e instanceof InterruptedIOException
                      && !(e instanceof SocketTimeoutException));
          if (resendable && a.count <= policy.maxRetries() && !interrupted) {
            resentWithoutAnswer = true;
            permit.release();
            Duration d = policy.backoff(a.count, ThreadLocalRandom.current().nextDouble());
            LOG.warn(
                "{} {} {}: no answer ({}), retry {} in {}",
                s.service,
                method,
                template,
                e.toString(),
                a.count,
                d);
            sleep(d);
            a.backoffWait = a.backoffWait.plus(d);
            continue;
          }
          emit(original, template, 0, null, a, start);
          throw e;
        }
        // the answer's window is recorded before the permit is released, so that a request that
        // waited for this one (a probe, a slot) sees what the answer said (decision 0503)
        s.rateLimiter.onAnswer(key, response.code(), response.headers(), s.clock.instant());
      } finally {
        permit.release();
      }
      Instant now = s.clock.instant();
      int code = response.code();
      if (code == 404 && resentWithoutAnswer && method.equals("DELETE")) {
        // the attempt that got no answer did delete the record: the DELETE has succeeded
        response.close();
        emit(original, template, 204, null, a, start);
        return new Response.Builder()
            .request(response.request())
            .protocol(response.protocol())
            .code(204)
            .message("No Content (deleted by an earlier attempt that got no answer)")
            .body(okhttp3.ResponseBody.create(new byte[0], null))
            .build();
      }
      if (code == 401 && !renewed) {
        renewed = true;
        if (s.authentication.renew(response.request(), authContext)) {
          LOG.debug(
              "{} {} {}: 401, credentials renewed, sending again", s.service, method, template);
          response.close();
          continue;
        }
      }
      boolean throttled = code == 429 || (code == 503 && response.header("Retry-After") != null);
      boolean retryableStatus =
          (throttled || code == 408 || (code >= 500 && code != 501))
              && !s.notResentOn.contains(code);
      if (retryableStatus && (resendable || code == 429) && a.count <= policy.maxRetries()) {
        if (throttled) {
          Duration d = throttleWait(response, now, a.count);
          if (d.compareTo(policy.maxRateLimitWait()) > 0) {
            LOG.warn(
                "{} {} {}: {} asks for a wait of {}, beyond maxRateLimitWait {}; giving up",
                s.service,
                method,
                template,
                code,
                d,
                policy.maxRateLimitWait());
            emit(original, template, code, requestId(response), a, start);
            return response;
          }
          s.rateLimiter.blockUntil(key, now.plus(d));
          LOG.warn(
              "{} {} {}: {}, retry {} after {}", s.service, method, template, code, a.count, d);
        } else {
          Duration d = policy.backoff(a.count, ThreadLocalRandom.current().nextDouble());
          LOG.warn("{} {} {}: {}, retry {} in {}", s.service, method, template, code, a.count, d);
          response.close();
          sleep(d);
          a.backoffWait = a.backoffWait.plus(d);
          continue;
        }
        response.close();
        continue;
      }
      if (code == 429 || code >= 500) {
        LOG.warn("{} {} {}: {} after {} attempt(s)", s.service, method, template, code, a.count);
      }
      emit(original, template, code, requestId(response), a, start);
      return response;
    }
  }

  private Request prepare(Request request) {
    Request.Builder b = request.newBuilder();
    s.defaultHeaders.forEach(b::header);
    if (!s.userAgent.isEmpty()) {
      b.header("User-Agent", s.userAgent);
    }
    RequestOptions options = optionsOf(request);
    if (options != null) {
      options.headers().forEach(b::header);
      options.idempotencyKey().ifPresent(k -> b.header(s.idempotencyHeader, k));
    }
    return b.build();
  }

  private @Nullable RequestOptions optionsOf(Request request) {
    RequestOptions own = request.tag(RequestOptions.class);
    return own != null ? own : s.defaultOptions;
  }

  private RateLimitPermit acquire(
      String key, String method, String template, Attempts a, Instant start) throws IOException {
    try {
      return s.rateLimiter.acquire(key, s.clock);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException io =
          new InterruptedIOException(method + " " + template + ": interrupted waiting for a slot");
      io.initCause(e);
      throw io;
    }
  }

  private Duration throttleWait(Response response, Instant now, int retry) {
    Optional<Duration> retryAfter = RetryAfter.parse(response.header("Retry-After"), now);
    Duration base =
        retryAfter.orElseGet(
            () -> s.retryPolicy.backoff(retry, ThreadLocalRandom.current().nextDouble()));
    if (retryAfter.isEmpty()) {
      // no Retry-After: the rate limiter may know the window's reset from the answer's headers
      String key = s.rateLimitKey.apply(response.request());
      Optional<Duration> reset = s.rateLimiter.refusalWait(key, response.headers(), now);
      if (reset.isPresent()) {
        base = reset.get();
      }
    }
    if (base.compareTo(s.retryPolicy.maxRateLimitWait()) > 0) {
      return base;
    }
    // jitter: up to 10% of the wait (at most one second) added, so waiting clients spread out
    long jitterCap = Math.min(1000, base.toMillis() / 10);
    long jitter =
        jitterCap <= 0 || s.retryPolicy.jitter() == 0
            ? 0
            : (long)
                (jitterCap * s.retryPolicy.jitter() * ThreadLocalRandom.current().nextDouble());
    return base.plusMillis(jitter);
  }

  private @Nullable String requestId(Response response) {
    return response.header(s.requestIdHeader);
  }

  private void sleep(Duration d) throws IOException {
    try {
      s.sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException io = new InterruptedIOException("interrupted while waiting " + d);
      io.initCause(e);
      throw io;
    }
  }

  private void emit(
      Request original,
      String template,
      int status,
      @Nullable String requestId,
      Attempts a,
      Instant start) {
    Duration elapsed = Duration.between(start, s.clock.instant());
    RequestEvent event =
        RequestEvent.builder(s.service, original.method(), original.url().encodedPath())
            .pathTemplate(template)
            .status(status)
            .requestId(requestId)
            .attempts(a.count)
            .elapsed(elapsed.isNegative() ? Duration.ZERO : elapsed)
            .rateLimitWait(a.rateWait)
            .backoffWait(a.backoffWait)
            .build();
    LOG.debug("{}", event);
    for (RequestListener listener : s.listeners) {
      try {
        listener.onRequest(event);
      } catch (RuntimeException e) {
        LOG.warn("request listener failed on {} {}", original.method(), template, e);
      }
    }
  }

  /** The counters of one logical request. */
  private static final class Attempts {
    int count;
    Duration rateWait = Duration.ZERO;
    Duration backoffWait = Duration.ZERO;
  }
}
