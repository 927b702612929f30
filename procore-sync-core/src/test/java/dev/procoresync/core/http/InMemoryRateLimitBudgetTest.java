package dev.procoresync.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryRateLimitBudgetTest {
  private static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");

  @Test
  void unknownWindowSendsAtOnce() {
    RateLimitBudget b = RateLimitBudget.inMemory();
    assertEquals(Duration.ZERO, b.reserve("k", T0));
  }

  @Test
  void waitsForResetOnceTheWindowIsSpent() {
    RateLimitBudget b = RateLimitBudget.inMemory();
    b.record("k", new RateLimitSnapshot(25, 2, T0.plusSeconds(10)));
    assertEquals(Duration.ZERO, b.reserve("k", T0));
    assertEquals(Duration.ZERO, b.reserve("k", T0));
    // third request would exceed the window: wait for its reset
    assertEquals(Duration.ofSeconds(10), b.reserve("k", T0));
    // the next window is assumed full: later reservations in it wait for its start, not more
    assertEquals(Duration.ofSeconds(10), b.reserve("k", T0));
    assertEquals(Duration.ZERO, b.reserve("k", T0.plusSeconds(10)));
  }

  @Test
  void keysAreIndependent() {
    RateLimitBudget b = RateLimitBudget.inMemory();
    b.record("a", new RateLimitSnapshot(600, 0, T0.plusSeconds(3600)));
    assertEquals(Duration.ofSeconds(3600), b.reserve("a", T0));
    assertEquals(Duration.ZERO, b.reserve("b", T0));
  }

  @Test
  void blockHoldsEveryReservation() {
    RateLimitBudget b = RateLimitBudget.inMemory();
    b.blockUntil("k", T0.plusSeconds(30));
    assertEquals(Duration.ofSeconds(30), b.reserve("k", T0));
    assertEquals(Duration.ofSeconds(5), b.reserve("k", T0.plusSeconds(25)));
  }

  @Test
  void outOfOrderAnswersKeepTheSmallerCount() {
    RateLimitBudget b = RateLimitBudget.inMemory();
    b.record("k", new RateLimitSnapshot(25, 1, T0.plusSeconds(10)));
    b.record("k", new RateLimitSnapshot(25, 5, T0.plusSeconds(10)));
    assertEquals(Duration.ZERO, b.reserve("k", T0));
    assertEquals(Duration.ofSeconds(10), b.reserve("k", T0));
  }
}
