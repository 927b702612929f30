package dev.procoresync.core.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently the client retries a failed request.
 *
 * <p>Retried: GET, PUT, PATCH and DELETE (including Procore's PATCH {@code sync} actions) on I/O
 * errors, 408, 429 and 5xx. A POST that creates a record is never resent blindly: the facades first
 * check (by {@code origin_id}) that the first attempt did not land. Delays grow exponentially from
 * {@link #initialBackoff()} up to {@link #maxBackoff()}, each reduced by a random part of up to
 * {@link #jitter()}; a {@code Retry-After} or rate-limit reset replaces the computed delay when
 * present, but never beyond {@link #maxRateLimitWait()}.
 *
 * <pre>{@code
 * RetryPolicy policy = RetryPolicy.defaults().withMaxRetries(6);
 * }</pre>
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS =
      new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(30), 0.5, Duration.ofHours(1));

  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final double jitter;
  private final Duration maxRateLimitWait;

  private RetryPolicy(
      int maxRetries,
      Duration initialBackoff,
      Duration maxBackoff,
      double jitter,
      Duration maxRateLimitWait) {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be >= 0, got " + maxRetries);
    }
    if (initialBackoff.isNegative() || initialBackoff.isZero()) {
      throw new IllegalArgumentException("initialBackoff must be positive, got " + initialBackoff);
    }
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException(
          "maxBackoff (" + maxBackoff + ") must be >= initialBackoff (" + initialBackoff + ")");
    }
    if (!(jitter >= 0.0 && jitter <= 1.0)) {
      throw new IllegalArgumentException("jitter must be within 0.0 and 1.0, got " + jitter);
    }
    if (maxRateLimitWait.isNegative()) {
      throw new IllegalArgumentException("maxRateLimitWait must be >= 0, got " + maxRateLimitWait);
    }
    this.maxRetries = maxRetries;
    this.initialBackoff = initialBackoff;
    this.maxBackoff = maxBackoff;
    this.jitter = jitter;
    this.maxRateLimitWait = maxRateLimitWait;
  }

  /**
   * Returns the default policy: 4 retries, backoff from 500 ms doubling up to 30 s, jitter 0.5,
   * rate-limit waits of up to one hour.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a policy that never retries (rate-limit pacing still applies).
   *
   * @return the policy
   */
  public static RetryPolicy none() {
    return DEFAULTS.withMaxRetries(0);
  }

  /**
   * Returns a copy with another retry count.
   *
   * @param maxRetries retries after the first attempt, {@code >= 0}
   * @return the copy
   * @throws IllegalArgumentException when negative
   */
  public RetryPolicy withMaxRetries(int maxRetries) {
    return new RetryPolicy(maxRetries, initialBackoff, maxBackoff, jitter, maxRateLimitWait);
  }

  /**
   * Returns a copy with other backoff bounds.
   *
   * @param initialBackoff the delay before the first retry, positive
   * @param maxBackoff the cap of any delay, {@code >= initialBackoff}
   * @return the copy
   * @throws IllegalArgumentException when a bound is out of range
   */
  public RetryPolicy withBackoff(Duration initialBackoff, Duration maxBackoff) {
    return new RetryPolicy(
        maxRetries,
        Objects.requireNonNull(initialBackoff, "initialBackoff"),
        Objects.requireNonNull(maxBackoff, "maxBackoff"),
        jitter,
        maxRateLimitWait);
  }

  /**
   * Returns a copy with another jitter.
   *
   * @param jitter the largest fraction removed at random from a delay, within 0.0 and 1.0 ({@code
   *     0} for exact delays)
   * @return the copy
   * @throws IllegalArgumentException when out of range
   */
  public RetryPolicy withJitter(double jitter) {
    return new RetryPolicy(maxRetries, initialBackoff, maxBackoff, jitter, maxRateLimitWait);
  }

  /**
   * Returns a copy with another cap on rate-limit waits; a longer wait fails the request with a
   * {@link dev.procoresync.core.error.ProcoreRateLimitedException} instead.
   *
   * @param maxRateLimitWait the longest wait for a {@code Retry-After} or reset, {@code >= 0}
   * @return the copy
   * @throws IllegalArgumentException when negative
   */
  public RetryPolicy withMaxRateLimitWait(Duration maxRateLimitWait) {
    return new RetryPolicy(
        maxRetries,
        initialBackoff,
        maxBackoff,
        jitter,
        Objects.requireNonNull(maxRateLimitWait, "maxRateLimitWait"));
  }

  /**
   * Returns the number of retries after the first attempt.
   *
   * @return the retry count
   */
  public int maxRetries() {
    return maxRetries;
  }

  /**
   * Returns the delay before the first retry.
   *
   * @return the initial backoff
   */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /**
   * Returns the cap of any backoff delay.
   *
   * @return the maximum backoff
   */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /**
   * Returns the largest fraction removed at random from a delay.
   *
   * @return the jitter, within 0.0 and 1.0
   */
  public double jitter() {
    return jitter;
  }

  /**
   * Returns the longest wait the client accepts for a {@code Retry-After} or rate-limit reset.
   *
   * @return the cap
   */
  public Duration maxRateLimitWait() {
    return maxRateLimitWait;
  }

  /**
   * Computes the backoff before a retry.
   *
   * @param retry the retry number, starting at 1
   * @param random a value within [0, 1) that picks the jitter
   * @return {@code min(maxBackoff, initialBackoff * 2^(retry-1))}, reduced by up to {@code jitter}
   *     of itself
   * @throws IllegalArgumentException when {@code retry < 1}
   */
  public Duration backoff(int retry, double random) {
    if (retry < 1) {
      throw new IllegalArgumentException("retry must be >= 1, got " + retry);
    }
    long base = initialBackoff.toMillis();
    long cap = maxBackoff.toMillis();
    long exp = retry > 30 ? cap : Math.min(cap, base << (retry - 1));
    long reduced = exp - (long) (exp * jitter * random);
    return Duration.ofMillis(Math.max(1, reduced));
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxRetries="
        + maxRetries
        + ", backoff="
        + initialBackoff
        + ".."
        + maxBackoff
        + ", jitter="
        + jitter
        + ", maxRateLimitWait="
        + maxRateLimitWait
        + "}";
  }
}
