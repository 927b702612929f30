package dev.procoresync.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.procoresync.core.state.InMemorySyncStateStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Procore reports whichever of its two windows has fewer requests left: after one window's reset
 * the budget must not assume the last reported window's limit for the other one.
 */
class BudgetWindowResetTest {
  private static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");

  private static List<RateLimitBudget> budgets() {
    return List.of(
        RateLimitBudget.inMemory(), SharedRateLimitBudget.on(InMemorySyncStateStore.create()));
  }

  @Test
  void afterTheHourlyResetTheSpikeWindowStillPaces() {
    for (RateLimitBudget b : budgets()) {
      // the spike window (20 per 10 s) is seen once from its start, so its length is known
      b.record("k", new RateLimitSnapshot(20, 18, T0.plusSeconds(10)));
      assertEquals(Duration.ZERO, b.reserve("k", T0.plusSeconds(10)), b.toString());
      b.record("k", new RateLimitSnapshot(20, 19, T0.plusSeconds(20)));
      // then the hourly window (100 per hour) becomes the tighter one and is spent
      b.record("k", new RateLimitSnapshot(100, 2, T0.plusSeconds(3600)));
      Instant now = T0.plusSeconds(12);
      assertEquals(Duration.ZERO, b.reserve("k", now), b.toString());
      assertEquals(Duration.ZERO, b.reserve("k", now), b.toString());
      assertEquals(Duration.ofSeconds(3588), b.reserve("k", now), b.toString());
      // a new hour: 20 requests go at once (the spike window), the 21st waits for its reset
      Instant hour = T0.plusSeconds(3600);
      for (int i = 1; i < 20; i++) {
        assertEquals(Duration.ZERO, b.reserve("k", hour), b + " request " + i);
      }
      assertEquals(Duration.ofSeconds(10), b.reserve("k", hour), b.toString());
    }
  }

  @Test
  void lateAnswersDoNotGiveBackRequestsOfTheNewWindow() {
    for (RateLimitBudget b : budgets()) {
      b.record("k", new RateLimitSnapshot(3, 1, T0.plusSeconds(10)));
      assertEquals(Duration.ZERO, b.reserve("k", T0), b.toString());
      Instant later = T0.plusSeconds(10);
      assertEquals(Duration.ZERO, b.reserve("k", later), b.toString());
      assertEquals(Duration.ZERO, b.reserve("k", later), b.toString());
      // the old window's last answer arrives late, then the new window's first answer, which
      // counted only the first of the two requests already reserved in it
      b.record("k", new RateLimitSnapshot(3, 0, T0.plusSeconds(10)));
      b.record("k", new RateLimitSnapshot(3, 2, T0.plusSeconds(20)));
      assertEquals(Duration.ZERO, b.reserve("k", later), b.toString());
      assertEquals(Duration.ofSeconds(10), b.reserve("k", later), b.toString());
    }
  }
}
