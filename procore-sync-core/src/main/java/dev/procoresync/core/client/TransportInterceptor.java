package dev.procoresync.core.client;

import dev.procoresync.core.client.internal.RetrySafe;
import dev.procoresync.core.http.RateLimitBudget;
import dev.procoresync.core.http.RateLimitSnapshot;
import dev.procoresync.core.http.RequestEvent;
import dev.procoresync.core.http.RequestListener;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.core.time.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's request pipeline, as one OkHttp application interceptor: user agent, bearer token,
 * rate-limit pacing, one refresh and retry on 401, retries with backoff on I/O errors, 408, 429 and
 * 5xx for requests that are safe to repeat, and one {@link RequestEvent} per logical request.
 */
final class TransportInterceptor implements Interceptor {
  /** The header that scopes a request to a company. */
  public static final String COMPANY_HEADER = "Procore-Company-Id";

  private static final Logger LOG = LoggerFactory.getLogger(TransportInterceptor.class);
  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "PATCH", "DELETE");

  private final TokenManager tokens;
  private final RateLimitBudget budget;
  private final RetryPolicy policy;
  private final Clock clock;
  private final Sleeper sleeper;
  private final RequestListener listener;
  private final String userAgent;

  /**
   * Creates the pipeline.
   *
   * @param tokens the token manager
   * @param budget the rate-limit budget
   * @param policy the retry policy
   * @param clock the clock
   * @param sleeper the sleeper (every wait goes through it)
   * @param listener the request listener
   * @param userAgent the full {@code User-Agent} value
   */
  public TransportInterceptor(
      TokenManager tokens,
      RateLimitBudget budget,
      RetryPolicy policy,
      Clock clock,
      Sleeper sleeper,
      RequestListener listener,
      String userAgent) {
    this.tokens = tokens;
    this.budget = budget;
    this.policy = policy;
    this.clock = clock;
    this.sleeper = sleeper;
    this.listener = listener;
    this.userAgent = userAgent;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request original = chain.request();
    String method = original.method();
    String path = original.url().encodedPath();
    Long company = companyOf(original);
    String key = tokens.credentialKey() + "|company:" + (company == null ? "-" : company);
    boolean repeatable = IDEMPOTENT.contains(method) || original.tag(RetrySafe.class) != null;
    int retries = 0;
    boolean refreshed = false;
    boolean resentWithoutAnswer = false;
    Duration rateWait = Duration.ZERO;
    Duration backoffWait = Duration.ZERO;
    String token = tokens.accessToken();
    while (true) {
      Duration wait = budget.reserve(key, clock.instant());
      if (!wait.isZero()) {
        LOG.debug("{} {}: waiting {} for the rate limit", method, path, wait);
        sleep(wait);
        rateWait = rateWait.plus(wait);
      }
      Request request =
          original
              .newBuilder()
              .header("Authorization", "Bearer " + token)
              .header("User-Agent", userAgent)
              .header("Accept", "application/json")
              .build();
      Response response;
      try {
        response = chain.proceed(request);
      } catch (IOException e) {
        boolean interrupted =
            Thread.currentThread().isInterrupted()
                || (e instanceof InterruptedIOException && !isTimeout(e));
        if (repeatable && retries < policy.maxRetries() && !interrupted) {
          retries++;
          resentWithoutAnswer = true;
          Duration d = policy.backoff(retries, ThreadLocalRandom.current().nextDouble());
          LOG.debug("{} {}: {} , retry {} in {}", method, path, e.toString(), retries, d);
          sleep(d);
          backoffWait = backoffWait.plus(d);
          continue;
        }
        emit(method, path, 0, null, retries, rateWait, backoffWait, company);
        throw e;
      }
      Optional<RateLimitSnapshot> snapshot = RateLimitHeaders.snapshot(response.headers());
      snapshot.ifPresent(s -> budget.record(key, s));
      int code = response.code();
      if (code == 404 && resentWithoutAnswer && method.equals("DELETE")) {
        // the attempt that got no answer did delete the record: the DELETE has succeeded
        response.close();
        emit(method, path, 204, null, retries, rateWait, backoffWait, company);
        return new Response.Builder()
            .request(request)
            .protocol(response.protocol())
            .code(204)
            .message("No Content (deleted by an earlier attempt that got no answer)")
            .body(okhttp3.ResponseBody.create(new byte[0], null))
            .build();
      }
      if (code == 401 && !refreshed) {
        response.close();
        refreshed = true;
        token = tokens.refreshAfterRejection(token);
        retries++;
        continue;
      }
      boolean throttled = code == 429 || (code == 503 && response.header("Retry-After") != null);
      boolean retryableStatus = throttled || code == 408 || (code >= 500 && code != 501);
      if (retryableStatus && (repeatable || code == 429) && retries < policy.maxRetries()) {
        Instant now = clock.instant();
        if (throttled) {
          Duration d = throttleWait(response, snapshot.orElse(null), now, retries + 1);
          if (d.compareTo(policy.maxRateLimitWait()) > 0) {
            emit(method, path, code, requestId(response), retries, rateWait, backoffWait, company);
            return response;
          }
          budget.blockUntil(key, now.plus(d));
        } else {
          Duration d = policy.backoff(retries + 1, ThreadLocalRandom.current().nextDouble());
          sleep(d);
          backoffWait = backoffWait.plus(d);
        }
        LOG.debug("{} {}: {} , retry {}", method, path, code, retries + 1);
        response.close();
        retries++;
        continue;
      }
      emit(method, path, code, requestId(response), retries, rateWait, backoffWait, company);
      return response;
    }
  }

  private static boolean isTimeout(IOException e) {
    return e instanceof java.net.SocketTimeoutException;
  }

  private Duration throttleWait(
      Response response, @Nullable RateLimitSnapshot snapshot, Instant now, int retry) {
    Optional<Duration> retryAfter = RateLimitHeaders.retryAfter(response.headers(), now);
    Duration base;
    if (retryAfter.isPresent()) {
      base = retryAfter.get();
    } else if (snapshot != null && snapshot.reset().isAfter(now)) {
      base = Duration.between(now, snapshot.reset());
    } else {
      base = policy.backoff(retry, ThreadLocalRandom.current().nextDouble());
    }
    // jitter: up to 10% of the wait (at most one second) added, so waiting clients spread out
    long jitterCap = Math.min(1000, base.toMillis() / 10);
    long jitter =
        jitterCap <= 0 || policy.jitter() == 0
            ? 0
            : (long) (jitterCap * policy.jitter() * ThreadLocalRandom.current().nextDouble());
    return base.plusMillis(jitter);
  }

  private static @Nullable Long companyOf(Request request) {
    String value = request.header(COMPANY_HEADER);
    if (value == null) {
      return null;
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static @Nullable String requestId(Response response) {
    return response.header("X-Request-Id");
  }

  private void sleep(Duration d) throws IOException {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException io = new InterruptedIOException("interrupted while waiting " + d);
      io.initCause(e);
      throw io;
    }
  }

  private void emit(
      String method,
      String path,
      int status,
      @Nullable String requestId,
      int retries,
      Duration rateWait,
      Duration backoffWait,
      @Nullable Long company) {
    RequestEvent event =
        new RequestEvent(method, path, status, requestId, retries, rateWait, backoffWait, company);
    LOG.debug("procore {}", event);
    try {
      listener.onRequest(event);
    } catch (RuntimeException e) {
      LOG.warn("request listener failed on {} {}", method, path, e);
    }
  }
}
