package dev.procoresync.testkit.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The rate limit a {@link RateWindows} enforces: fixed windows on the fake clock (each a limit per
 * length; a window opens with the first request after the previous one closed), counted per key (a
 * function of the request: token and company for Procore, the principal for Business Central), and
 * how a refusal looks (429 with or without {@code Retry-After}, which {@link RateHeaders} every
 * answer carries, the body). Immutable.
 *
 * <pre>{@code
 * RatePolicy procore = RatePolicy.builder()
 *     .window(3600, Duration.ofHours(1))
 *     .window(25, Duration.ofSeconds(10))
 *     .key(ex -> ex.header("Authorization").orElse("") + "|" + ex.header("Procore-Company-Id").orElse(""))
 *     .headers(RateHeaders.xRateLimit())
 *     .build();
 * RatePolicy businessCentral = RatePolicy.builder()
 *     .window(6000, Duration.ofMinutes(5))
 *     .retryAfter(false)
 *     .build();
 * }</pre>
 */
public final class RatePolicy {
  private final List<Window> windows;
  private final Function<Exchange, String> key;
  private final boolean retryAfter;
  private final RateHeaders headers;
  private final Handler refusal;

  private RatePolicy(Builder b) {
    this.windows = List.copyOf(b.windows);
    this.key = b.key;
    this.retryAfter = b.retryAfter;
    this.headers = b.headers;
    this.refusal = b.refusal;
  }

  /**
   * No limit: every request passes, no rate headers.
   *
   * @return the policy
   */
  public static RatePolicy off() {
    return new Builder().build();
  }

  /**
   * Returns a builder (no windows, one key for all requests, {@code Retry-After} on, no rate
   * headers, a JSON 429 body).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Tells whether any window limits requests.
   *
   * @return false for {@link #off()}
   */
  public boolean enabled() {
    return !windows.isEmpty();
  }

  /**
   * Returns the windows, in the order they were added.
   *
   * @return the windows
   */
  public List<Window> windows() {
    return windows;
  }

  /**
   * Returns the function that keys a request's budget.
   *
   * @return the key function
   */
  public Function<Exchange, String> key() {
    return key;
  }

  /**
   * Tells whether a refusal carries {@code Retry-After}.
   *
   * @return true when it does
   */
  public boolean retryAfter() {
    return retryAfter;
  }

  /**
   * Returns the rate headers every answer carries.
   *
   * @return the strategy
   */
  public RateHeaders headers() {
    return headers;
  }

  /**
   * Returns what answers a refused request (before headers are added).
   *
   * @return the handler
   */
  public Handler refusal() {
    return refusal;
  }

  @Override
  public String toString() {
    return enabled()
        ? "RatePolicy" + windows + (retryAfter ? "" : ", no Retry-After")
        : "RatePolicy[off]";
  }

  /**
   * One fixed window.
   *
   * @param limit requests it allows, at least 1
   * @param length how long it lasts, positive
   */
  public record Window(int limit, Duration length) {
    /**
     * Checks the window.
     *
     * @throws IllegalArgumentException when the limit is below 1 or the length not positive
     * @param limit requests it allows, at least 1
     * @param length how long it lasts, positive
     */
    public Window {
      Objects.requireNonNull(length, "length");
      if (limit < 1) {
        throw new IllegalArgumentException("limit must be at least 1, got: " + limit);
      }
      if (length.isNegative() || length.isZero()) {
        throw new IllegalArgumentException("length must be positive, got: " + length);
      }
    }
  }

  /** Builds a {@link RatePolicy}. Not thread safe. */
  public static final class Builder {
    private final List<Window> windows = new ArrayList<>();
    private Function<Exchange, String> key = exchange -> "";
    private boolean retryAfter = true;
    private RateHeaders headers = RateHeaders.none();
    private Handler refusal =
        exchange ->
            Reply.json(
                429, JsonNodeFactory.instance.objectNode().put("error", "Too many requests"));

    private Builder() {}

    /**
     * Adds a fixed window.
     *
     * @param limit requests it allows, at least 1
     * @param length how long it lasts, positive
     * @return this builder
     * @throws IllegalArgumentException when the limit is below 1 or the length not positive
     */
    public Builder window(int limit, Duration length) {
      windows.add(new Window(limit, length));
      return this;
    }

    /**
     * Sets what keys a request's budget (default: one budget for all requests).
     *
     * @param key a function of the request, e.g. its token and company
     * @return this builder
     */
    public Builder key(Function<Exchange, String> key) {
      this.key = Objects.requireNonNull(key, "key");
      return this;
    }

    /**
     * Sets whether a refusal carries {@code Retry-After} in whole seconds (default true).
     *
     * @param retryAfter true to send it
     * @return this builder
     */
    public Builder retryAfter(boolean retryAfter) {
      this.retryAfter = retryAfter;
      return this;
    }

    /**
     * Sets the rate headers every answer carries (default none).
     *
     * @param headers the strategy
     * @return this builder
     */
    public Builder headers(RateHeaders headers) {
      this.headers = Objects.requireNonNull(headers, "headers");
      return this;
    }

    /**
     * Sets what answers a refused request (default: 429 {@code {"error":"Too many requests"}});
     * {@code Retry-After} and the rate headers are added to it.
     *
     * @param refusal the handler
     * @return this builder
     */
    public Builder refusal(Handler refusal) {
      this.refusal = Objects.requireNonNull(refusal, "refusal");
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     */
    public RatePolicy build() {
      return new RatePolicy(this);
    }
  }
}
