package dev.procoresync.core.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link RequestListener} learns about one logical request once it is over: the final
 * status, how many times it was retried and how long it waited for the rate limit.
 *
 * <p>It carries no header values, bodies or query strings, so it can be logged as is.
 */
public final class RequestEvent {
  private final String method;
  private final String path;
  private final int status;
  private final @Nullable String requestId;
  private final int retries;
  private final Duration rateLimitWait;
  private final Duration backoffWait;
  private final @Nullable Long companyId;

  /**
   * Creates an event.
   *
   * @param method the HTTP method, such as {@code "GET"}
   * @param path the request path without its query string
   * @param status the final HTTP status, or {@code 0} when no answer came (I/O failure)
   * @param requestId Procore's {@code X-Request-Id}, or {@code null}
   * @param retries how many times the request was sent again after the first attempt
   * @param rateLimitWait the time spent waiting for the rate-limit budget or a {@code Retry-After}
   * @param backoffWait the time spent in retry backoff
   * @param companyId the company the request was scoped to, or {@code null}
   */
  public RequestEvent(
      String method,
      String path,
      int status,
      @Nullable String requestId,
      int retries,
      Duration rateLimitWait,
      Duration backoffWait,
      @Nullable Long companyId) {
    this.method = Objects.requireNonNull(method, "method");
    this.path = Objects.requireNonNull(path, "path");
    this.status = status;
    this.requestId = requestId;
    this.retries = retries;
    this.rateLimitWait = Objects.requireNonNull(rateLimitWait, "rateLimitWait");
    this.backoffWait = Objects.requireNonNull(backoffWait, "backoffWait");
    this.companyId = companyId;
  }

  /**
   * Returns the HTTP method.
   *
   * @return the method, such as {@code "PATCH"}
   */
  public String method() {
    return method;
  }

  /**
   * Returns the request path, without the query string.
   *
   * @return the path, such as {@code "/rest/v1.0/vendors/sync"}
   */
  public String path() {
    return path;
  }

  /**
   * Returns the final HTTP status.
   *
   * @return the status, or {@code 0} when no answer came
   */
  public int status() {
    return status;
  }

  /**
   * Returns Procore's request id of the final answer.
   *
   * @return the request id, if any
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * Returns how many times the request was sent again after its first attempt.
   *
   * @return the retry count, {@code 0} when the first attempt was final
   */
  public int retries() {
    return retries;
  }

  /**
   * Returns the time spent waiting for the rate limit (pacing, {@code Retry-After}, reset).
   *
   * @return the wait, zero when none
   */
  public Duration rateLimitWait() {
    return rateLimitWait;
  }

  /**
   * Returns the time spent in exponential backoff between retries.
   *
   * @return the wait, zero when none
   */
  public Duration backoffWait() {
    return backoffWait;
  }

  /**
   * Returns the company the request was scoped to.
   *
   * @return the company id, if the request carried {@code Procore-Company-Id}
   */
  public Optional<Long> companyId() {
    return Optional.ofNullable(companyId);
  }

  @Override
  public String toString() {
    return method
        + " "
        + path
        + " -> "
        + status
        + " (request id "
        + (requestId == null ? "none" : requestId)
        + ", retries "
        + retries
        + ", rate-limit wait "
        + rateLimitWait
        + ", backoff "
        + backoffWait
        + ")";
  }
}
