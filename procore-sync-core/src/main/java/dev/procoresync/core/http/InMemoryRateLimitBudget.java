package dev.procoresync.core.http;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The default {@link RateLimitBudget}: one window per key, held in memory, thread safe.
 *
 * <p>Each reservation spends one request of the last reported window; when the window is spent, the
 * next reservations wait for its reset (so the client paces itself instead of earning a 429). After
 * a reset the window is assumed full again until the next response reports otherwise. A refusal
 * ({@link #blockUntil}) holds every reservation until its instant.
 */
public final class InMemoryRateLimitBudget implements RateLimitBudget {
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  /** Creates an empty budget; prefer {@link RateLimitBudget#inMemory()}. */
  public InMemoryRateLimitBudget() {}

  private Window window(String key) {
    return windows.computeIfAbsent(Objects.requireNonNull(key, "key"), k -> new Window());
  }

  @Override
  public Duration reserve(String key, Instant now) {
    Objects.requireNonNull(now, "now");
    return window(key).reserve(now);
  }

  @Override
  public void record(String key, RateLimitSnapshot snapshot) {
    window(key).record(Objects.requireNonNull(snapshot, "snapshot"));
  }

  @Override
  public void blockUntil(String key, Instant until) {
    window(key).blockUntil(Objects.requireNonNull(until, "until"));
  }

  @Override
  public String toString() {
    return "InMemoryRateLimitBudget{keys=" + windows.size() + "}";
  }

  /** One key's window; every method holds the window's monitor. */
  private static final class Window {
    private long limit = -1;
    private long remaining = -1;
    private @Nullable Instant reset;
    private Instant notBefore = Instant.MIN;

    synchronized Duration reserve(Instant now) {
      Instant start = now.isAfter(notBefore) ? now : notBefore;
      if (reset != null && !start.isBefore(reset)) {
        // the reported window is over: assume a full new one until a response says otherwise
        remaining = limit;
        reset = null;
      }
      if (remaining == 0) {
        if (reset != null) {
          start = reset;
          notBefore = reset;
          reset = null;
        }
        remaining = limit;
      }
      if (remaining > 0) {
        remaining--;
      }
      return start.isAfter(now) ? Duration.between(now, start) : Duration.ZERO;
    }

    synchronized void record(RateLimitSnapshot snapshot) {
      if (snapshot.reset().equals(reset) && remaining >= 0) {
        // same window: answers may arrive out of order, keep the smaller count
        remaining = Math.min(remaining, snapshot.remaining());
      } else if (reset != null && snapshot.reset().isBefore(notBefore)) {
        return; // a stale answer from before a refusal
      } else {
        remaining = snapshot.remaining();
        reset = snapshot.reset();
      }
      limit = snapshot.limit();
    }

    synchronized void blockUntil(Instant until) {
      if (until.isAfter(notBefore)) {
        notBefore = until;
      }
    }
  }
}
