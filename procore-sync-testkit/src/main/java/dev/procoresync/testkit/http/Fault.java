package dev.procoresync.testkit.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@link FakeServer#failNext(String, int, Fault)} does to the requests it catches. Immutable.
 *
 * <ul>
 *   <li>{@link #status(int)} and {@link #reply(Reply)}: answer without applying the request (the
 *       body of a bare status comes from the server's {@linkplain
 *       FakeServer.Builder#faultBodies(java.util.function.IntFunction) fault bodies}, so that each
 *       fake answers in its service's error shape); headers with {@link #withHeader(String,
 *       String)} and {@link #withRetryAfter(Duration)}, a real-time hold before the answer with
 *       {@link #afterRealTime(Duration)}.
 *   <li>{@link #connectionReset()}: reset the connection; the request is not applied.
 *   <li>{@link #timeoutAfterWrite()}: apply the request, then never answer (the client's read
 *       timeout fires; the connection is released when the server stops). {@link
 *       #timeoutAfterWrite(Duration)} answers after that much real time instead.
 *   <li>{@link #clockDelay(Duration)}: advance the fake clock by the delay, then serve the request
 *       normally: a slow answer that costs no real time.
 * </ul>
 *
 * <pre>{@code
 * server.failNext("GET /odata/customers", 2, Fault.status(503).withRetryAfter(Duration.ofSeconds(5)));
 * server.failNext("POST /api/items", 1, Fault.timeoutAfterWrite());
 * }</pre>
 */
public final class Fault {
  /** What kind of fault this is. */
  public enum Kind {
    /** Answer a status (or a given reply) without applying the request. */
    STATUS,
    /** Reset the connection; the request is not applied. */
    CONNECTION_RESET,
    /** Apply the request, then hold the answer (forever, or for a real-time duration). */
    TIMEOUT_AFTER_WRITE,
    /** Advance the fake clock, then serve the request normally. */
    CLOCK_DELAY
  }

  private final Kind kind;
  private final int status;
  private final @Nullable Reply reply;
  private final List<Map.Entry<String, String>> headers;
  private final Duration realDelay;
  private final Duration clockDelay;

  private Fault(
      Kind kind,
      int status,
      @Nullable Reply reply,
      List<Map.Entry<String, String>> headers,
      Duration realDelay,
      Duration clockDelay) {
    this.kind = kind;
    this.status = status;
    this.reply = reply;
    this.headers = List.copyOf(headers);
    this.realDelay = realDelay;
    this.clockDelay = clockDelay;
  }

  /**
   * Answers {@code status} without applying the request, with the server's error body for it.
   *
   * @param status 400-599
   * @return the fault
   * @throws IllegalArgumentException when {@code status} is not 400-599
   */
  public static Fault status(int status) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be 400-599, got: " + status);
    }
    return new Fault(Kind.STATUS, status, null, List.of(), Duration.ZERO, Duration.ZERO);
  }

  /**
   * Answers exactly {@code reply} without applying the request.
   *
   * @param reply the answer (any status)
   * @return the fault
   */
  public static Fault reply(Reply reply) {
    Objects.requireNonNull(reply, "reply");
    return new Fault(Kind.STATUS, reply.status(), reply, List.of(), Duration.ZERO, Duration.ZERO);
  }

  /**
   * Resets the connection before any answer; the request is not applied.
   *
   * @return the fault
   */
  public static Fault connectionReset() {
    return new Fault(Kind.CONNECTION_RESET, 0, null, List.of(), Duration.ZERO, Duration.ZERO);
  }

  /**
   * Applies the request (the write is stored), then never answers: the client's read timeout fires
   * without it knowing whether the write happened. The server thread is released when the server
   * stops.
   *
   * @return the fault
   */
  public static Fault timeoutAfterWrite() {
    return new Fault(Kind.TIMEOUT_AFTER_WRITE, 0, null, List.of(), Duration.ZERO, Duration.ZERO);
  }

  /**
   * Applies the request, then holds the answer for {@code realDelay} of real time (pick more than
   * the client's read timeout, and keep it at 300 ms or less in tests).
   *
   * @param realDelay the real-time hold, positive
   * @return the fault
   * @throws IllegalArgumentException when {@code realDelay} is not positive
   */
  public static Fault timeoutAfterWrite(Duration realDelay) {
    return new Fault(
        Kind.TIMEOUT_AFTER_WRITE,
        0,
        null,
        List.of(),
        positive(realDelay, "realDelay"),
        Duration.ZERO);
  }

  /**
   * Advances the fake clock by {@code delay}, then serves the request normally: an answer that took
   * {@code delay} on the clock shared with the code under test.
   *
   * @param delay how far the clock moves, positive
   * @return the fault
   * @throws IllegalArgumentException when {@code delay} is not positive
   */
  public static Fault clockDelay(Duration delay) {
    return new Fault(Kind.CLOCK_DELAY, 0, null, List.of(), Duration.ZERO, positive(delay, "delay"));
  }

  /**
   * Returns a copy of this status fault that also sends a header.
   *
   * @param name the header name
   * @param value the value
   * @return the copy
   * @throws IllegalStateException when this is not a status fault
   */
  public Fault withHeader(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    requireStatus("withHeader");
    List<Map.Entry<String, String>> copy = new ArrayList<>(headers);
    copy.add(Map.entry(name, value));
    return new Fault(kind, status, reply, copy, realDelay, clockDelay);
  }

  /**
   * Returns a copy of this status fault with {@code Retry-After} in whole seconds.
   *
   * @param retryAfter the wait to announce, not negative; rounded up to whole seconds
   * @return the copy
   * @throws IllegalArgumentException when {@code retryAfter} is negative
   * @throws IllegalStateException when this is not a status fault
   */
  public Fault withRetryAfter(Duration retryAfter) {
    Objects.requireNonNull(retryAfter, "retryAfter");
    if (retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative: " + retryAfter);
    }
    long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
    return withHeader("Retry-After", Long.toString(seconds));
  }

  /**
   * Returns a copy of this status fault that holds its answer for {@code realDelay} of real time
   * first (a gateway that gives up late); the request is still not applied.
   *
   * @param realDelay the real-time hold, positive (300 ms or less in tests)
   * @return the copy
   * @throws IllegalArgumentException when {@code realDelay} is not positive
   * @throws IllegalStateException when this is not a status fault
   */
  public Fault afterRealTime(Duration realDelay) {
    requireStatus("afterRealTime");
    return new Fault(kind, status, reply, headers, positive(realDelay, "realDelay"), clockDelay);
  }

  private void requireStatus(String method) {
    if (kind != Kind.STATUS) {
      throw new IllegalStateException(method + " applies to status faults only, not " + this);
    }
  }

  private static Duration positive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + duration);
    }
    return duration;
  }

  /**
   * Returns the kind of fault.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the status a status fault answers.
   *
   * @return 400-599 for status faults (any status for {@link #reply(Reply)}), else 0
   */
  public int status() {
    return status;
  }

  /**
   * Returns the exact reply of a fault made with {@link #reply(Reply)}.
   *
   * @return the reply, or empty when the server's fault body is used
   */
  public Optional<Reply> reply() {
    return Optional.ofNullable(reply);
  }

  /**
   * Returns the extra headers of a status fault, in order.
   *
   * @return name-value pairs
   */
  public List<Map.Entry<String, String>> headers() {
    return headers;
  }

  /**
   * Returns the real-time hold before the answer.
   *
   * @return the hold; zero for none (and for a {@link #timeoutAfterWrite()} that never answers)
   */
  public Duration realDelay() {
    return realDelay;
  }

  /**
   * Returns how far a {@link Kind#CLOCK_DELAY} fault moves the fake clock.
   *
   * @return the delay; zero for other kinds
   */
  public Duration clockDelay() {
    return clockDelay;
  }

  @Override
  public String toString() {
    switch (kind) {
      case CONNECTION_RESET:
        return "Fault[connection reset]";
      case CLOCK_DELAY:
        return "Fault[clock delay " + clockDelay + "]";
      case TIMEOUT_AFTER_WRITE:
        return realDelay.isZero()
            ? "Fault[timeout after write, never answers]"
            : "Fault[timeout after write, " + realDelay.toMillis() + " ms]";
      default:
        return "Fault["
            + status
            + (headers.isEmpty() ? "" : ", " + headers)
            + (realDelay.isZero() ? "" : ", after " + realDelay.toMillis() + " ms")
            + "]";
    }
  }
}
