package dev.procoresync.core.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The default {@link RateLimitBudget}: one window per key, held in memory, thread safe.
 *
 * <p>Each reservation spends one request of every window the responses reported (Procore's hourly
 * and 10-second windows, told apart by their limits); when one is spent, the next reservations wait
 * for its reset (so the client paces itself instead of earning a 429). After a reset a window is
 * assumed full again, with its own limit, until a response reports otherwise; answers of a window
 * that already ended are ignored. A refusal ({@link #blockUntil}) holds every reservation until its
 * instant. {@link #acquire} sends the first request into a window no answer has described yet alone
 * (a probe): the other threads wait for its answer.
 */
public final class InMemoryRateLimitBudget implements RateLimitBudget {
  private static final Duration POLL = Duration.ofMillis(1);
  private final Map<String, BudgetWindow> windows = new ConcurrentHashMap<>();

  /** Creates an empty budget; prefer {@link RateLimitBudget#inMemory()}. */
  public InMemoryRateLimitBudget() {}

  private BudgetWindow change(String key, UnaryOperator<BudgetWindow> change) {
    return windows.compute(
        Objects.requireNonNull(key, "key"),
        (k, w) -> change.apply(w == null ? BudgetWindow.EMPTY : w));
  }

  @Override
  public Duration reserve(String key, Instant now) {
    Objects.requireNonNull(now, "now");
    Duration[] wait = {Duration.ZERO};
    change(
        key,
        w -> {
          BudgetWindow.Reserved r = w.reserve(now);
          wait[0] = r.delay();
          return r.next();
        });
    return wait[0];
  }

  /** Probes a window no answer described yet (see {@link RateLimitBudget#acquire}). */
  @Override
  public RateLimitPermit acquire(String key, Clock clock) throws InterruptedException {
    return BudgetProbes.acquire((k, c) -> change(k, c), key, clock, POLL);
  }

  @Override
  public void record(String key, RateLimitSnapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    change(key, w -> w.record(snapshot));
  }

  @Override
  public void blockUntil(String key, Instant until) {
    Objects.requireNonNull(until, "until");
    change(key, w -> w.blockUntil(until));
  }

  @Override
  public String toString() {
    return "InMemoryRateLimitBudget{keys=" + windows.size() + "}";
  }
}
