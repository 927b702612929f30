package dev.procoresync.core.http;

import dev.procoresync.core.error.ClientException;
import dev.procoresync.core.state.SharedValueStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A {@link RateLimitBudget} whose windows live in a {@link SharedValueStore} (a database, Redis),
 * so that every process spending one Procore app's budget for one company paces against the same
 * count.
 *
 * <p>It follows the headers, like {@link RateLimitBudget#inMemory()}: each reservation spends one
 * request of every window the answers reported (Procore reports whichever of its hourly and
 * 10-second windows has fewer requests left; each comes back with its own limit after its reset), a
 * spent window makes every process wait for its reset, and a refusal ({@link #blockUntil}) holds
 * every process until its instant. {@link #acquire} (what the client uses) sends the first request
 * into a window no answer has described yet alone, across processes: the others wait for its
 * answer, so a window the headers never described costs at most one refusal in total (decision
 * 0503). Every change is a compare-and-set of the key's window, retried on a lost race. Thread
 * safe.
 *
 * <pre>{@code
 * RateLimitBudget budget = SharedRateLimitBudget.on(jdbcStore);
 * ProcoreClient client = ProcoreClient.builder()...rateLimitBudget(budget).build();
 * }</pre>
 */
public final class SharedRateLimitBudget implements RateLimitBudget {
  /** How long a window is kept in the store after its last change: 2 hours. */
  static final Duration KEEP_FOR = Duration.ofHours(2);

  private static final int MAX_ATTEMPTS = 1_000;
  private static final Duration POLL = Duration.ofMillis(5);

  private final SharedValueStore store;
  private final String prefix;

  private SharedRateLimitBudget(SharedValueStore store, String prefix) {
    this.store = store;
    this.prefix = prefix;
  }

  /**
   * Returns a budget over a shared store, its keys prefixed with {@code "budget:"}.
   *
   * @param store the store every process shares
   * @return the budget
   * @throws NullPointerException when {@code store} is {@code null}
   */
  public static SharedRateLimitBudget on(SharedValueStore store) {
    return new SharedRateLimitBudget(Objects.requireNonNull(store, "store"), "budget:");
  }

  @Override
  public Duration reserve(String key, Instant now) {
    Objects.requireNonNull(now, "now");
    Duration[] wait = {Duration.ZERO};
    update(
        key,
        w -> {
          BudgetWindow.Reserved r = w.reserve(now);
          wait[0] = r.delay();
          return r.next();
        });
    return wait[0];
  }

  /**
   * Probes a window no answer described yet (see {@link RateLimitBudget#acquire}): every process
   * waits, polling the store every 5 ms, while another process's probe is out.
   */
  @Override
  public RateLimitPermit acquire(String key, Clock clock) throws InterruptedException {
    return BudgetProbes.acquire(this::update, key, clock, POLL);
  }

  @Override
  public void record(String key, RateLimitSnapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    update(key, w -> w.record(snapshot));
  }

  @Override
  public void blockUntil(String key, Instant until) {
    Objects.requireNonNull(until, "until");
    update(key, w -> w.blockUntil(until));
  }

  private void update(String key, UnaryOperator<BudgetWindow> change) {
    String storeKey = prefix + Objects.requireNonNull(key, "key");
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      Optional<String> seen = store.sharedValue(storeKey);
      BudgetWindow next = change.apply(BudgetWindow.decode(seen.orElse(null)));
      String encoded = next.encode();
      if (seen.isPresent() && seen.get().equals(encoded)) {
        return; // nothing changed
      }
      if (store.compareAndSetSharedValue(storeKey, seen.orElse(null), encoded, KEEP_FOR)) {
        return;
      }
    }
    throw new ClientException(
        "rate-limit budget",
        "the shared budget '" + key + "' changed under " + MAX_ATTEMPTS + " attempts in a row",
        null);
  }

  @Override
  public String toString() {
    return "SharedRateLimitBudget{" + store + "}";
  }
}
