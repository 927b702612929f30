package dev.procoresync.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.state.InMemorySyncStateStore;
import dev.procoresync.core.testing.Seeded;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SharedRateLimitBudgetTest {
  private static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");

  /** The shared budget paces exactly like the in-memory one, step for step. */
  @Seeded(tries = 200)
  void pacesLikeTheInMemoryBudget(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    RateLimitBudget memory = RateLimitBudget.inMemory();
    RateLimitBudget shared = SharedRateLimitBudget.on(InMemorySyncStateStore.create());
    Instant now = T0;
    for (int step = 0; step < 200; step++) {
      String key = "app|company:" + random.nextInt(2);
      int op = random.nextInt(10);
      if (op < 6) {
        Duration a = memory.reserve(key, now);
        Duration b = shared.reserve(key, now);
        assertEquals(a, b, "seed " + seed + " step " + step);
        now = now.plus(a);
      } else if (op < 9) {
        long limit = 1 + random.nextInt(20);
        RateLimitSnapshot s =
            new RateLimitSnapshot(
                limit, random.nextLong(limit + 1), now.plusSeconds(random.nextInt(1, 12)));
        memory.record(key, s);
        shared.record(key, s);
      } else {
        Instant until = now.plusSeconds(random.nextInt(0, 5));
        memory.blockUntil(key, until);
        shared.blockUntil(key, until);
      }
      now = now.plusMillis(random.nextInt(0, 400));
    }
  }

  @Test
  void twoClientsOnOneStoreSpendOneWindow() {
    InMemorySyncStateStore store = InMemorySyncStateStore.create();
    RateLimitBudget a = SharedRateLimitBudget.on(store);
    RateLimitBudget b = SharedRateLimitBudget.on(store);
    a.record("k", new RateLimitSnapshot(10, 2, T0.plusSeconds(10)));
    assertEquals(Duration.ZERO, a.reserve("k", T0));
    assertEquals(Duration.ZERO, b.reserve("k", T0));
    // the window is spent for both: the third request waits for the reset, whoever sends it
    assertEquals(Duration.ofSeconds(10), b.reserve("k", T0));
  }

  @Test
  void aDamagedValueReadsAsAnEmptyWindow() {
    InMemorySyncStateStore store = InMemorySyncStateStore.create();
    for (String bad :
        new String[] {
          "",
          "w2",
          "w2;x",
          "w2;-;5,5,99999999999999999999,-,-,-1",
          "w9;-;1,1,-,-,-,-1",
          "w2;-;-7,1,-,-,-,-1",
          "w2;-;1,1,-,-",
          "w1;5;5;-;-"
        }) {
      String key = "budget:k" + bad.hashCode();
      store.compareAndSetSharedValue(key, null, bad, Duration.ofMinutes(1));
      Duration wait = SharedRateLimitBudget.on(store).reserve("k" + bad.hashCode(), T0);
      assertEquals(Duration.ZERO, wait, bad);
      assertTrue(store.sharedValue(key).orElseThrow().startsWith("w3;"), bad);
    }
  }
}
