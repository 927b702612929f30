package dev.procoresync.core.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The tracked reservation both budgets share ({@link RateLimitBudget#acquire}): every permit is
 * counted in flight until released, and a reservation into a window no answer has described yet (a
 * probe) waits until none is in flight and then goes alone; the others wait (in real time, polling)
 * until its answer was recorded and its permit released (decision 0503).
 *
 * <p>Permits whose holders died (a process killed while its request was out) are given up after
 * {@link #TAKE_OVER} of real time in which a waiter saw no progress.
 */
final class BudgetProbes {
  /** How long a waiter sees no progress before it gives up on the permits in flight: 10 seconds. */
  static final Duration TAKE_OVER = Duration.ofSeconds(10);

  /** Changes one key's window atomically (a map's compute, a store's compare-and-set loop). */
  @FunctionalInterface
  interface Change {
    void apply(String key, UnaryOperator<BudgetWindow> change);
  }

  private BudgetProbes() {}

  static RateLimitPermit acquire(Change change, String key, Clock clock, Duration poll)
      throws InterruptedException {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(clock, "clock");
    String id = UUID.randomUUID().toString();
    @Nullable String watched = null;
    long since = System.nanoTime();
    while (true) {
      Instant now = clock.instant();
      BudgetWindow.@Nullable Reserved[] granted = {null};
      @Nullable String[] seen = {null};
      change.apply(
          key,
          w -> {
            BudgetWindow.Reserved r = w.reserve(now, id);
            granted[0] = r;
            if (r == null) {
              seen[0] = w.inflightState();
              return w;
            }
            return r.next();
          });
      BudgetWindow.Reserved r = granted[0];
      if (r != null) {
        return new Tracked(change, key, id, r.delay(), r.probing());
      }
      if (!Objects.equals(seen[0], watched)) {
        watched = seen[0];
        since = System.nanoTime();
      } else if (System.nanoTime() - since > TAKE_OVER.toNanos()) {
        change.apply(key, BudgetWindow::abandoned); // their holders died with requests out
        watched = null;
      }
      Thread.sleep(poll.toMillis());
    }
  }

  /** A tracked permit: releasing it (after the pipeline recorded the answer) ends it. */
  private static final class Tracked implements RateLimitPermit {
    private final Change change;
    private final String key;
    private final String id;
    private final Duration wait;
    private final boolean probe;
    private boolean released;

    Tracked(Change change, String key, String id, Duration wait, boolean probe) {
      this.change = change;
      this.key = key;
      this.id = id;
      this.wait = wait;
      this.probe = probe;
    }

    @Override
    public Duration waitTime() {
      return wait;
    }

    @Override
    public synchronized void release() {
      if (!released) {
        released = true;
        change.apply(key, w -> w.release(id));
      }
    }

    @Override
    public String toString() {
      return "RateLimitPermit{wait=" + wait + (probe ? ", probe" : "") + "}";
    }
  }
}
