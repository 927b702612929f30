package dev.procoresync.core.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link RequestListener} learns about one logical request once it is over (after its
 * retries): the service, the method, a low-cardinality path template, the final status, how many
 * attempts it took, how long it took in all and how much of that was spent waiting for the rate
 * limit and in retry backoff, and the service's request id.
 *
 * <p>It carries no header values, bodies or query strings, so it can be logged as is. Use {@link
 * #pathTemplate()} (such as {@code /rest/v1.0/vendors/{id}}) as a metrics tag, never {@link
 * #path()}, which holds ids.
 *
 * <pre>{@code
 * RequestListener timer = e ->
 *     registry.timer("http.client", "service", e.service(), "method", e.method(),
 *         "uri", e.pathTemplate(), "status", Integer.toString(e.status()))
 *         .record(e.elapsed());
 * }</pre>
 */
public final class RequestEvent {
  private final String service;
  private final String method;
  private final String path;
  private final String pathTemplate;
  private final int status;
  private final @Nullable String requestId;
  private final int attempts;
  private final Duration elapsed;
  private final Duration rateLimitWait;
  private final Duration backoffWait;

  private RequestEvent(Builder b) {
    this.service = Objects.requireNonNull(b.service, "service");
    this.method = Objects.requireNonNull(b.method, "method");
    this.path = Objects.requireNonNull(b.path, "path");
    this.pathTemplate = b.pathTemplate == null ? b.path : b.pathTemplate;
    if (b.status < 0 || b.status > 999) {
      throw new IllegalArgumentException("status must be within 0 and 999, got " + b.status);
    }
    if (b.attempts < 1) {
      throw new IllegalArgumentException("attempts must be >= 1, got " + b.attempts);
    }
    this.status = b.status;
    this.requestId = b.requestId;
    this.attempts = b.attempts;
    this.elapsed = nonNegative("elapsed", b.elapsed);
    this.rateLimitWait = nonNegative("rateLimitWait", b.rateLimitWait);
    this.backoffWait = nonNegative("backoffWait", b.backoffWait);
  }

  private static Duration nonNegative(String name, Duration d) {
    Objects.requireNonNull(d, name);
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + " must be >= 0, got " + d);
    }
    return d;
  }

  /**
   * Starts an event.
   *
   * @param service the service's name, such as {@code "procore"}
   * @param method the HTTP method, such as {@code "GET"}
   * @param path the request path without its query string
   * @return a builder; every other field is optional
   */
  public static Builder builder(String service, String method, String path) {
    return new Builder(service, method, path);
  }

  /**
   * Returns the name of the service the request went to.
   *
   * @return the service, such as {@code "procore"} or {@code "business-central"}
   */
  public String service() {
    return service;
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
   * Returns the request path, without the query string (it may hold ids: do not use it as a metrics
   * tag).
   *
   * @return the path, such as {@code "/rest/v1.0/vendors/42"}
   */
  public String path() {
    return path;
  }

  /**
   * Returns the low-cardinality path template: the Retrofit annotation's path where the request
   * came from a Retrofit service, else the {@link PathTemplate} tag the caller set, else the path
   * with numeric and UUID segments replaced by {@code {id}}.
   *
   * @return the template, such as {@code "/rest/v1.0/vendors/{id}"}
   */
  public String pathTemplate() {
    return pathTemplate;
  }

  /**
   * Returns the final HTTP status.
   *
   * @return the status, or {@code 0} when no answer came (I/O failure, or the request was refused
   *     before it was sent)
   */
  public int status() {
    return status;
  }

  /**
   * Returns the service's request id of the final answer.
   *
   * @return the request id, if any
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * Returns how many times the request was sent (or tried to be sent).
   *
   * @return the attempts, {@code 1} when the first attempt was final
   */
  public int attempts() {
    return attempts;
  }

  /**
   * Returns how many times the request was sent again after its first attempt.
   *
   * @return {@code attempts() - 1}
   */
  public int retries() {
    return attempts - 1;
  }

  /**
   * Returns the time from the start of the first attempt to the final answer, waits included (read
   * on the client's clock).
   *
   * @return the elapsed time
   */
  public Duration elapsed() {
    return elapsed;
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

  @Override
  public String toString() {
    return service
        + " "
        + method
        + " "
        + pathTemplate
        + " -> "
        + status
        + " (request id "
        + (requestId == null ? "none" : requestId)
        + ", attempts "
        + attempts
        + ", elapsed "
        + elapsed
        + ", rate-limit wait "
        + rateLimitWait
        + ", backoff "
        + backoffWait
        + ")";
  }

  /** Builds a {@link RequestEvent}; not thread safe. */
  public static final class Builder {
    private final String service;
    private final String method;
    private final String path;
    private @Nullable String pathTemplate;
    private int status;
    private @Nullable String requestId;
    private int attempts = 1;
    private Duration elapsed = Duration.ZERO;
    private Duration rateLimitWait = Duration.ZERO;
    private Duration backoffWait = Duration.ZERO;

    private Builder(String service, String method, String path) {
      this.service = Objects.requireNonNull(service, "service");
      this.method = Objects.requireNonNull(method, "method");
      this.path = Objects.requireNonNull(path, "path");
    }

    /**
     * Sets the path template (default: the path).
     *
     * @param pathTemplate the template, such as {@code "/rest/v1.0/vendors/{id}"}
     * @return this builder
     */
    public Builder pathTemplate(String pathTemplate) {
      this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
      return this;
    }

    /**
     * Sets the final status (default 0: no answer).
     *
     * @param status the HTTP status, 0 to 999
     * @return this builder
     */
    public Builder status(int status) {
      this.status = status;
      return this;
    }

    /**
     * Sets the service's request id.
     *
     * @param requestId the id, or {@code null}
     * @return this builder
     */
    public Builder requestId(@Nullable String requestId) {
      this.requestId = requestId;
      return this;
    }

    /**
     * Sets the number of attempts (default 1).
     *
     * @param attempts at least 1
     * @return this builder
     */
    public Builder attempts(int attempts) {
      this.attempts = attempts;
      return this;
    }

    /**
     * Sets the elapsed time (default zero).
     *
     * @param elapsed not negative
     * @return this builder
     */
    public Builder elapsed(Duration elapsed) {
      this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
      return this;
    }

    /**
     * Sets the time waited for the rate limit (default zero).
     *
     * @param rateLimitWait not negative
     * @return this builder
     */
    public Builder rateLimitWait(Duration rateLimitWait) {
      this.rateLimitWait = Objects.requireNonNull(rateLimitWait, "rateLimitWait");
      return this;
    }

    /**
     * Sets the time spent in backoff (default zero).
     *
     * @param backoffWait not negative
     * @return this builder
     */
    public Builder backoffWait(Duration backoffWait) {
      this.backoffWait = Objects.requireNonNull(backoffWait, "backoffWait");
      return this;
    }

    /**
     * Builds the event.
     *
     * @return the event
     * @throws IllegalArgumentException naming a field out of range
     */
    public RequestEvent build() {
      return new RequestEvent(this);
    }
  }
}
