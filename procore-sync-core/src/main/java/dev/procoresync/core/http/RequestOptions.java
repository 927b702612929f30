package dev.procoresync.core.http;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * Options of one request, as stripe-java's {@code RequestOptions} and the AWS SDK's override
 * configuration: a timeout that replaces the client's connect, read and write timeouts, an
 * idempotency key (sent in the header the service names, such as Procore's {@code
 * Idempotency-Token}) and extra headers. Immutable; attach it to a request as a tag, or pass it to
 * a facade method that accepts it.
 *
 * <p>An idempotency key alone does not make a POST {@link SafeToResend}: mark the request as well
 * where the service documents that it de-duplicates by the key.
 *
 * <pre>{@code
 * RequestOptions options = RequestOptions.builder()
 *     .timeout(Duration.ofMinutes(2))
 *     .idempotencyKey("vendor-sync-2026-12-02")
 *     .header("X-Trace", traceId)
 *     .build();
 * company.vendors().sync(updates, options);
 * }</pre>
 */
public final class RequestOptions {
  private static final RequestOptions NONE = new Builder().build();
  private static final Set<String> RESERVED =
      Set.of("authorization", "host", "content-length", "transfer-encoding", "cookie");

  private final @Nullable Duration timeout;
  private final @Nullable String idempotencyKey;
  private final Map<String, String> headers;

  private RequestOptions(Builder b) {
    this.timeout = b.timeout;
    this.idempotencyKey = b.idempotencyKey;
    this.headers = Map.copyOf(b.headers);
  }

  /**
   * Returns options that change nothing.
   *
   * @return the empty options
   */
  public static RequestOptions none() {
    return NONE;
  }

  /**
   * Starts building options.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the timeout of this request (connect, read and write each), if set.
   *
   * @return the timeout
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * Returns the idempotency key, if set.
   *
   * @return the key
   */
  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  /**
   * Returns the extra headers.
   *
   * @return the headers by name, unmodifiable
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * Attaches these options to a request being built.
   *
   * @param builder the request builder
   * @return the same builder
   */
  public Request.Builder applyTo(Request.Builder builder) {
    return Objects.requireNonNull(builder, "builder").tag(RequestOptions.class, this);
  }

  @Override
  public String toString() {
    return "RequestOptions{timeout="
        + timeout
        + ", idempotencyKey="
        + (idempotencyKey == null ? "none" : "set")
        + ", headers="
        + headers.keySet()
        + "}";
  }

  /** Builds {@link RequestOptions}; not thread safe. */
  public static final class Builder {
    private @Nullable Duration timeout;
    private @Nullable String idempotencyKey;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the timeout of the request (connect, read and write each).
     *
     * @param timeout positive
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive, got " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Sets the idempotency key.
     *
     * @param key printable ASCII, 1 to 255 characters
     * @return this builder
     * @throws IllegalArgumentException when blank, too long or not printable ASCII
     */
    public Builder idempotencyKey(String key) {
      Objects.requireNonNull(key, "idempotencyKey");
      if (key.isBlank() || key.length() > 255 || !key.matches("[\\x21-\\x7E]+")) {
        throw new IllegalArgumentException(
            "idempotencyKey must be 1 to 255 printable ASCII characters without spaces");
      }
      this.idempotencyKey = key;
      return this;
    }

    /**
     * Adds an extra header (replacing one of the same name set before).
     *
     * @param name a header name; not {@code Authorization}, {@code Cookie}, {@code Host} or a
     *     framing header (the client sets those)
     * @param value printable ASCII
     * @return this builder
     * @throws IllegalArgumentException when the name is reserved or a value is not printable
     */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (!name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
        throw new IllegalArgumentException("header name is not a token: '" + name + "'");
      }
      if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("header " + name + " is set by the client");
      }
      if (!value.matches("[\\x20-\\x7E]*")) {
        throw new IllegalArgumentException("header " + name + " must be printable ASCII");
      }
      headers.put(name, value);
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
