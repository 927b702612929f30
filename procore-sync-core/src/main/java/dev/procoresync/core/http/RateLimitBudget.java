package dev.procoresync.core.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The request budget Procore grants per access token and company, shared by everything that spends
 * it.
 *
 * <p>The client asks the budget before every request ({@link #reserve}) and waits as told, reports
 * every rate-limit header it reads ({@link #record}) and every refusal ({@link #blockUntil}). The
 * default, {@link #inMemory()}, is shared by the threads of one process (pass one instance to
 * several clients to share it between them); to share a budget across processes, implement this
 * interface over a shared store (Redis, a database, a rate-limit service).
 *
 * <p>Keys are opaque strings naming the credential (never a secret) and the company, such as {@code
 * "login.procore.com|client-id|company:42"}. Implementations must be thread safe.
 */
public interface RateLimitBudget {

  /**
   * Reserves one request and tells how long to wait before sending it.
   *
   * @param key the credential and company
   * @param now the current instant (from the client's clock)
   * @return zero to send now, else the wait
   */
  Duration reserve(String key, Instant now);

  /**
   * Reserves one request for a client that sends it and then releases the permit once the answer's
   * headers were recorded ({@link RateLimiter#fromHeaders} does). Unlike {@link #reserve}, a
   * reservation into a window no answer has described yet (an empty budget, a window that just
   * ended) is a probe: it goes alone, and other reservations of the key block until its permit is
   * released, so a window the headers never described (Procore's hourly one while the 10-second one
   * is reported) costs at most one refusal across every client sharing the budget. The default
   * grants {@link #reserve} and has no probe; the in-memory and shared budgets implement probes.
   *
   * <pre>{@code
   * RateLimitPermit permit = budget.acquire(key, clock);
   * try {
   *   sleeper.sleep(permit.waitTime());
   *   Response r = send();
   *   budget.record(key, snapshotOf(r)); // before the release
   * } finally {
   *   permit.release();
   * }
   * }</pre>
   *
   * @param key the credential and company
   * @param clock the client's clock, read again after every wait for another client's probe
   * @return the permit: its wait, and the probe (if it is one) that its release ends
   * @throws InterruptedException when interrupted while another client's probe is out
   * @throws NullPointerException when an argument is {@code null}
   */
  default RateLimitPermit acquire(String key, Clock clock) throws InterruptedException {
    return RateLimitPermit.of(reserve(key, clock.instant()));
  }

  /**
   * Records the rate-limit headers of a response.
   *
   * @param key the credential and company
   * @param snapshot what the headers said
   */
  void record(String key, RateLimitSnapshot snapshot);

  /**
   * Records that the service refused requests (429, or 503 with {@code Retry-After}) until an
   * instant; no reservation is granted before it.
   *
   * @param key the credential and company
   * @param until the first instant a request may be sent again
   */
  void blockUntil(String key, Instant until);

  /**
   * Returns a new in-process budget that stops before the reported window is spent and waits for
   * its reset.
   *
   * @return a new budget
   */
  static RateLimitBudget inMemory() {
    return new InMemoryRateLimitBudget();
  }
}
