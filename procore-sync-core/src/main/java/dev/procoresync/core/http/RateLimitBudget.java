package dev.procoresync.core.http;

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
