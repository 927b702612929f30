package dev.procoresync.core.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import okhttp3.Headers;

/**
 * Paces the requests of a service, per key: the {@link HttpService} pipeline asks it before every
 * attempt ({@link #acquire}), sleeps the wait it returns through the service's sleeper, reports
 * every answer ({@link #onAnswer}) and every refusal with a wait ({@link #blockUntil}).
 *
 * <p>Keys are chosen by the service (never a secret): Procore's is the app's credential plus the
 * company, Business Central's the tenant plus the client id. Every adapter follows one pacing rule:
 * <em>spend what the current window allows, then wait until the window is surely over</em> (past a
 * reset truncated to whole seconds, never up to it). Adapters:
 *
 * <ul>
 *   <li>{@link #fromHeaders}: a service that reports its window in headers (Procore's {@code
 *       X-Rate-Limit-*}), kept in a {@link RateLimitBudget} (shareable between clients and,
 *       implemented over a shared store, between processes).
 *   <li>{@link ClientSideRateLimiter}: a service that sends no such headers (Business Central): at
 *       most N requests in flight and windows of known size.
 *   <li>{@link #none()}.
 * </ul>
 *
 * <p>Implementations must be thread safe.
 *
 * <pre>{@code
 * RateLimiter limiter = ClientSideRateLimiter.businessCentral();
 * }</pre>
 */
public interface RateLimiter {

  /**
   * Reserves one attempt. May block while the key's in-flight slots are all taken (the concurrency
   * limit); a wait for a window is returned, not slept, so that the pipeline sleeps it through the
   * service's sleeper (or refuses it when it is longer than the retry policy allows).
   *
   * @param key the rate-limit key
   * @param now the current instant (from the service's clock)
   * @return the permit: its wait, and the slot to release once the answer came
   * @throws InterruptedException when interrupted while blocked for a slot
   */
  RateLimitPermit acquire(String key, Instant now) throws InterruptedException;

  /**
   * Reserves one attempt like {@link #acquire(String, Instant)}, reading the clock again after
   * every real-time wait (for a slot, for another client's probe), so that the reservation is made
   * at the instant it is granted. The {@link HttpService} pipeline calls this one; the default
   * reads the clock once.
   *
   * @param key the rate-limit key
   * @param clock the service's clock
   * @return the permit: its wait, and the slot to release once the answer came
   * @throws InterruptedException when interrupted while blocked
   */
  default RateLimitPermit acquire(String key, Clock clock) throws InterruptedException {
    return acquire(key, clock.instant());
  }

  /**
   * Records an answer (headers that describe the window, if the service sends them).
   *
   * @param key the rate-limit key
   * @param status the HTTP status
   * @param headers the answer's headers
   * @param now the current instant
   */
  default void onAnswer(String key, int status, Headers headers, Instant now) {}

  /**
   * Tells how long a refusal without {@code Retry-After} (a 429) asks to wait, from what the
   * answer's headers say about the window (its reset).
   *
   * @param key the rate-limit key
   * @param headers the refusal's headers
   * @param now the current instant
   * @return the wait until the window is surely over, or empty when the headers do not tell
   */
  default Optional<Duration> refusalWait(String key, Headers headers, Instant now) {
    return Optional.empty();
  }

  /**
   * Records that the service refused requests (429, or 503 with {@code Retry-After}) until an
   * instant; no permit of the key has a shorter wait before it.
   *
   * @param key the rate-limit key
   * @param until the first instant a request may be sent again
   */
  void blockUntil(String key, Instant until);

  /**
   * Returns a limiter that never waits (a refusal's wait is still honoured).
   *
   * @return the limiter
   */
  static RateLimiter none() {
    return fromHeaders(RateLimitBudget.inMemory(), (headers, now) -> Optional.empty());
  }

  /**
   * Returns the adapter for a service that reports its rate-limit window in headers.
   *
   * @param budget where windows are kept (shared by every client given the same instance)
   * @param reader reads a window from an answer's headers
   * @return the limiter
   */
  static RateLimiter fromHeaders(RateLimitBudget budget, RateLimitHeaderReader reader) {
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(reader, "reader");
    return new RateLimiter() {
      @Override
      public RateLimitPermit acquire(String key, Instant now) throws InterruptedException {
        return budget.acquire(key, Clock.fixed(now, java.time.ZoneOffset.UTC));
      }

      @Override
      public RateLimitPermit acquire(String key, Clock clock) throws InterruptedException {
        return budget.acquire(key, clock);
      }

      @Override
      public void onAnswer(String key, int status, Headers headers, Instant now) {
        reader.read(headers, now).ifPresent(s -> budget.record(key, s));
      }

      @Override
      public Optional<Duration> refusalWait(String key, Headers headers, Instant now) {
        return reader
            .read(headers, now)
            .filter(s -> s.reset().isAfter(now))
            .map(s -> Duration.between(now, s.reset()));
      }

      @Override
      public void blockUntil(String key, Instant until) {
        budget.blockUntil(key, until);
      }

      @Override
      public String toString() {
        return "RateLimiter{headers, " + budget + "}";
      }
    };
  }
}
