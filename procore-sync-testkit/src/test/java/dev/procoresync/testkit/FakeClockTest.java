package dev.procoresync.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class FakeClockTest {

  @Test
  void startsAtTheGivenInstantAndOnlyMovesWhenTold() {
    FakeClock clock = FakeClock.at(Instant.parse("2026-03-01T00:00:00Z"));
    assertEquals(Instant.parse("2026-03-01T00:00:00Z"), clock.instant());
    assertEquals(Instant.parse("2026-03-01T00:00:00Z"), clock.instant());
    clock.advance(Duration.ofMinutes(90));
    assertEquals(Instant.parse("2026-03-01T01:30:00Z"), clock.instant());
    clock.set(Instant.parse("2025-01-01T00:00:00Z"));
    assertEquals(Instant.parse("2025-01-01T00:00:00Z"), clock.instant());
  }

  @Test
  void defaultStartIsFixed() {
    assertEquals(FakeClock.DEFAULT_START, FakeClock.create().instant());
  }

  @Test
  void sleeperAdvancesTheClockInsteadOfBlocking() throws InterruptedException {
    FakeClock clock = FakeClock.create();
    clock.sleeper().sleep(Duration.ofHours(2));
    clock.sleeper().sleep(Duration.ZERO);
    clock.sleeper().sleep(Duration.ofSeconds(-5));
    assertEquals(FakeClock.DEFAULT_START.plus(Duration.ofHours(2)), clock.instant());
  }

  @Test
  void negativeAdvanceIsRefusedWithTheValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> FakeClock.create().advance(Duration.ofSeconds(-1)));
    assertEquals("duration must not be negative: PT-1S", e.getMessage());
  }

  @Test
  void zoneViewsShareTheInstant() {
    FakeClock clock = FakeClock.create();
    FakeClock stJohns = clock.withZone(ZoneId.of("America/St_Johns"));
    clock.advance(Duration.ofSeconds(7));
    assertEquals(clock.instant(), stJohns.instant());
    assertEquals(ZoneId.of("America/St_Johns"), stJohns.getZone());
  }

  @Test
  void concurrentAdvancesAddUp() throws InterruptedException {
    FakeClock clock = FakeClock.create();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Thread t =
          new Thread(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                for (int j = 0; j < 1000; j++) {
                  clock.advance(Duration.ofMillis(1));
                }
              });
      t.start();
      threads.add(t);
    }
    start.countDown();
    for (Thread t : threads) {
      t.join();
    }
    assertEquals(FakeClock.DEFAULT_START.plusSeconds(8), clock.instant());
  }
}
