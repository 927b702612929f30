package dev.procoresync.testkit.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Enforces a {@link RatePolicy} as a {@link Filter}: counts each request against the fixed windows
 * of its key on the clock, refuses it when a window is full (a refused request counts nothing) and
 * adds the policy's rate headers to every answer, describing the window with fewest requests left
 * (a tie goes to the one that resets sooner) or, on a refusal, the full window that closes last.
 * Thread safe; the policy can change while the server runs ({@link #policy(RatePolicy)} restarts
 * every window).
 *
 * <pre>{@code
 * RateWindows limits = RateWindows.on(clock);
 * RouteSet api = routes -> routes.filter(authentication).filter(limits).get("/items", ...);
 * limits.policy(RatePolicy.builder().window(10, Duration.ofSeconds(1)).build());
 * }</pre>
 */
public final class RateWindows implements Filter {
  private final Clock clock;
  private RatePolicy policy = RatePolicy.off();
  private final Map<String, Instant[]> starts = new HashMap<>();
  private final Map<String, int[]> used = new HashMap<>();

  private RateWindows(Clock clock) {
    this.clock = clock;
  }

  /**
   * Creates rate windows on a clock, with no limit until {@link #policy(RatePolicy)}.
   *
   * @param clock the clock windows open and close on (the fake's)
   * @return the windows
   */
  public static RateWindows on(Clock clock) {
    return new RateWindows(Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Sets the policy and restarts every window.
   *
   * @param policy the policy; {@link RatePolicy#off()} lets everything through
   */
  public synchronized void policy(RatePolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
    starts.clear();
    used.clear();
  }

  /**
   * Returns the policy in force.
   *
   * @return the policy
   */
  public synchronized RatePolicy policy() {
    return policy;
  }

  @Override
  public Reply filter(Exchange exchange, Handler next) {
    Objects.requireNonNull(exchange, "exchange");
    Objects.requireNonNull(next, "next");
    RatePolicy current;
    Decision decision;
    synchronized (this) {
      current = policy;
      decision = current.enabled() ? acquire(current, current.key().apply(exchange)) : null;
    }
    if (decision == null) {
      return next.handle(exchange);
    }
    if (decision.refused) {
      Reply refusal = current.refusal().handle(exchange);
      if (current.retryAfter()) {
        refusal = refusal.withHeader("Retry-After", Long.toString(decision.retryAfterSeconds));
      }
      return current.headers().addTo(refusal, decision.state);
    }
    return current.headers().addTo(next.handle(exchange), decision.state);
  }

  private Decision acquire(RatePolicy current, String key) {
    List<RatePolicy.Window> windows = current.windows();
    Instant now = clock.instant();
    Instant[] start = starts.computeIfAbsent(key, k -> new Instant[windows.size()]);
    int[] count = used.computeIfAbsent(key, k -> new int[windows.size()]);
    int blocking = -1;
    for (int i = 0; i < windows.size(); i++) {
      Duration length = windows.get(i).length();
      if (start[i] == null || !now.isBefore(start[i].plus(length))) {
        start[i] = now;
        count[i] = 0;
      }
      if (count[i] >= windows.get(i).limit()
          && (blocking < 0 || !end(start, windows, i).isBefore(end(start, windows, blocking)))) {
        blocking = i;
      }
    }
    if (blocking >= 0) {
      Instant reset = end(start, windows, blocking);
      long wait = Math.max(1, (Duration.between(now, reset).toMillis() + 999) / 1000);
      return new Decision(true, new RateWindowState(windows.get(blocking).limit(), 0, reset), wait);
    }
    int tightest = 0;
    for (int i = 0; i < windows.size(); i++) {
      count[i]++;
    }
    for (int i = 1; i < windows.size(); i++) {
      int left = windows.get(i).limit() - count[i];
      int best = windows.get(tightest).limit() - count[tightest];
      if (left < best
          || (left == best && !end(start, windows, tightest).isBefore(end(start, windows, i)))) {
        tightest = i;
      }
    }
    return new Decision(
        false,
        new RateWindowState(
            windows.get(tightest).limit(),
            windows.get(tightest).limit() - count[tightest],
            end(start, windows, tightest)),
        0);
  }

  private static Instant end(Instant[] start, List<RatePolicy.Window> windows, int i) {
    return start[i].plus(windows.get(i).length());
  }

  @Override
  public synchronized String toString() {
    return "RateWindows[" + policy + ", " + starts.size() + " key(s)]";
  }

  private static final class Decision {
    final boolean refused;
    final RateWindowState state;
    final long retryAfterSeconds;

    Decision(boolean refused, RateWindowState state, long retryAfterSeconds) {
      this.refused = refused;
      this.state = state;
      this.retryAfterSeconds = retryAfterSeconds;
    }
  }
}
