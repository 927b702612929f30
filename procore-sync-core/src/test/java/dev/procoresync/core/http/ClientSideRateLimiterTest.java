package dev.procoresync.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientSideRateLimiterTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void twentyPerSecondThenTheNextWindow() throws Exception {
    ClientSideRateLimiter limiter = ClientSideRateLimiter.businessCentral();
    List<Duration> waits = new ArrayList<>();
    for (int i = 0; i < 41; i++) {
      RateLimitPermit p = limiter.acquire("tenant|client", T0);
      waits.add(p.waitTime());
      p.release();
    }
    for (int i = 0; i < 20; i++) {
      assertEquals(Duration.ZERO, waits.get(i), "request " + i);
    }
    for (int i = 20; i < 40; i++) {
      assertEquals(Duration.ofSeconds(1), waits.get(i), "request " + i);
    }
    assertEquals(Duration.ofSeconds(2), waits.get(40));
  }

  @Test
  void theLongerWindowHoldsWhenTheShortOneHasRoom() throws Exception {
    ClientSideRateLimiter limiter =
        ClientSideRateLimiter.builder()
            .window(20, Duration.ofSeconds(1))
            .window(30, Duration.ofMinutes(5))
            .build();
    Instant now = T0;
    Duration last = Duration.ZERO;
    for (int i = 0; i < 31; i++) {
      RateLimitPermit p = limiter.acquire("k", now);
      last = p.waitTime();
      now = now.plus(last).plusMillis(100);
      p.release();
    }
    // the 31st request waits for the 5-minute window that began with the first
    assertEquals(T0.plus(Duration.ofMinutes(5)), now.minusMillis(100));
    assertEquals(true, last.compareTo(Duration.ofMinutes(4)) > 0, last.toString());
  }

  @Test
  void keysAreIndependentAndRefusalsHoldTheKey() throws Exception {
    ClientSideRateLimiter limiter =
        ClientSideRateLimiter.builder().window(1, Duration.ofSeconds(1)).build();
    assertEquals(Duration.ZERO, limiter.acquire("a", T0).waitTime());
    assertEquals(Duration.ZERO, limiter.acquire("b", T0).waitTime());
    assertEquals(Duration.ofSeconds(1), limiter.acquire("a", T0).waitTime());
    limiter.blockUntil("b", T0.plusSeconds(30));
    assertEquals(Duration.ofSeconds(30), limiter.acquire("b", T0).waitTime());
  }

  @Test
  void inFlightSlotsAreCountedAndReleasedOnce() throws Exception {
    ClientSideRateLimiter limiter = ClientSideRateLimiter.builder().maxInFlight(2).build();
    RateLimitPermit a = limiter.acquire("k", T0);
    RateLimitPermit b = limiter.acquire("k", T0);
    assertEquals(2, limiter.inFlight("k"));
    a.release();
    a.release();
    assertEquals(1, limiter.inFlight("k"));
    b.release();
    assertEquals(0, limiter.inFlight("k"));
  }

  @Test
  void badSettingsAreNamed() {
    assertThrows(
        IllegalArgumentException.class, () -> ClientSideRateLimiter.builder().maxInFlight(0));
    assertThrows(
        IllegalArgumentException.class,
        () -> ClientSideRateLimiter.builder().window(0, Duration.ofSeconds(1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> ClientSideRateLimiter.builder().window(1, Duration.ZERO));
  }
}
