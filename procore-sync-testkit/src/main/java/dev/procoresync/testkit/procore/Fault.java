package dev.procoresync.testkit.procore;

import dev.procoresync.testkit.procore.internal.ProcoreErrors;
import java.time.Duration;
import java.util.Objects;

/**
 * What {@link FakeProcore#failNext(String, int, Fault)} does to the requests it catches. Status
 * faults, resets and delays are answered without applying the request; {@link
 * #timeoutAfterWrite(Duration)} applies it first, which is how a client learns to never create
 * twice after a timeout. The engine's own faults ({@link dev.procoresync.testkit.http.Fault}: any
 * status with a body and headers, a timeout after write that never answers, a delay on the fake
 * clock) are accepted too, by {@link FakeProcore#failNext(String, int,
 * dev.procoresync.testkit.http.Fault)}.
 *
 * <pre>{@code
 * procore.failNext("GET /rest/v1.0/vendors", 2, Fault.serviceUnavailable(Duration.ofSeconds(30)));
 * procore.failNext("POST /rest/v1.0/vendors", 1, Fault.timeoutAfterWrite(Duration.ofMillis(300)));
 * }</pre>
 */
public final class Fault {
  enum Kind {
    STATUS,
    CONNECTION_RESET,
    DELAY,
    TIMEOUT_AFTER_WRITE
  }

  final Kind kind;
  final int status;
  final long retryAfterSeconds;
  final Duration delay;

  private Fault(Kind kind, int status, long retryAfterSeconds, Duration delay) {
    this.kind = kind;
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
    this.delay = delay;
  }

  /**
   * HTTP 500 with a JSON error body.
   *
   * @return the fault
   */
  public static Fault serverError() {
    return status(500);
  }

  /**
   * Any status from 400 to 599, with a JSON error body and no Retry-After.
   *
   * @param status the status
   * @return the fault
   * @throws IllegalArgumentException when {@code status} is not 400-599
   */
  public static Fault status(int status) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be 400-599, got: " + status);
    }
    return new Fault(Kind.STATUS, status, -1, Duration.ZERO);
  }

  /**
   * HTTP 503 with {@code Retry-After} in whole seconds (heavy-load throttling).
   *
   * @param retryAfter the wait to announce; rounded up to whole seconds
   * @return the fault
   */
  public static Fault serviceUnavailable(Duration retryAfter) {
    return new Fault(Kind.STATUS, 503, seconds(retryAfter, "retryAfter"), Duration.ZERO);
  }

  /**
   * HTTP 429 without {@code Retry-After} (the client must fall back on the rate-limit reset).
   *
   * @return the fault
   */
  public static Fault tooManyRequests() {
    return new Fault(Kind.STATUS, 429, -1, Duration.ZERO);
  }

  /**
   * HTTP 429 with {@code Retry-After} in whole seconds.
   *
   * @param retryAfter the wait to announce; rounded up to whole seconds
   * @return the fault
   */
  public static Fault tooManyRequests(Duration retryAfter) {
    return new Fault(Kind.STATUS, 429, seconds(retryAfter, "retryAfter"), Duration.ZERO);
  }

  /**
   * The connection is reset before any answer; the request is not applied.
   *
   * @return the fault
   */
  public static Fault connectionReset() {
    return new Fault(Kind.CONNECTION_RESET, 0, -1, Duration.ZERO);
  }

  /**
   * The answer (a 504) comes after {@code delay} of real time; the request is not applied. Pick a
   * delay beyond the client's read timeout (keep it at 300 ms or less in tests).
   *
   * @param delay the real-time delay
   * @return the fault
   */
  public static Fault delay(Duration delay) {
    return new Fault(Kind.DELAY, 504, -1, positive(delay));
  }

  /**
   * The request IS applied (the write is stored), then the answer is held for {@code delay} of real
   * time so that the client times out without knowing.
   *
   * @param delay the real-time delay, beyond the client's read timeout
   * @return the fault
   */
  public static Fault timeoutAfterWrite(Duration delay) {
    return new Fault(Kind.TIMEOUT_AFTER_WRITE, 0, -1, positive(delay));
  }

  /** The same fault on the engine ({@link dev.procoresync.testkit.http.Fault}). */
  dev.procoresync.testkit.http.Fault toEngine() {
    switch (kind) {
      case CONNECTION_RESET:
        return dev.procoresync.testkit.http.Fault.connectionReset();
      case DELAY:
        return dev.procoresync.testkit.http.Fault.reply(ProcoreErrors.gatewayTimeout())
            .afterRealTime(delay);
      case TIMEOUT_AFTER_WRITE:
        return dev.procoresync.testkit.http.Fault.timeoutAfterWrite(delay);
      default:
        dev.procoresync.testkit.http.Fault fault =
            dev.procoresync.testkit.http.Fault.status(status);
        return retryAfterSeconds >= 0
            ? fault.withHeader("Retry-After", Long.toString(retryAfterSeconds))
            : fault;
    }
  }

  private static long seconds(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative: " + duration);
    }
    return (duration.toMillis() + 999) / 1000;
  }

  private static Duration positive(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative() || delay.isZero()) {
      throw new IllegalArgumentException("delay must be positive: " + delay);
    }
    return delay;
  }

  @Override
  public String toString() {
    switch (kind) {
      case CONNECTION_RESET:
        return "Fault[connection reset]";
      case DELAY:
        return "Fault[delay " + delay.toMillis() + " ms]";
      case TIMEOUT_AFTER_WRITE:
        return "Fault[timeout after write, " + delay.toMillis() + " ms]";
      default:
        return "Fault["
            + status
            + (retryAfterSeconds >= 0 ? ", Retry-After " + retryAfterSeconds : "")
            + "]";
    }
  }
}
