package dev.procoresync.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class InMemorySyncStateStoreTest {
  private static final int THREADS = 16;
  private static final Instant T0 = Instant.parse("2026-11-23T12:00:00Z");

  private final MutableClock clock = new MutableClock(T0);
  private final InMemorySyncStateStore store = InMemorySyncStateStore.create(clock);
  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

  @AfterEach
  void shutdown() {
    pool.shutdownNow();
  }

  /** Runs {@code task(i)} on THREADS threads released together by a barrier; returns results. */
  private <T> List<T> race(IntFunction<Callable<T>> task) throws Exception {
    CyclicBarrier barrier = new CyclicBarrier(THREADS);
    List<Future<T>> futures = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      Callable<T> body = task.apply(i);
      futures.add(
          pool.submit(
              () -> {
                barrier.await();
                return body.call();
              }));
    }
    List<T> results = new ArrayList<>();
    for (Future<T> f : futures) {
      results.add(f.get());
    }
    return results;
  }

  private static TokenPair pair(String access, String refresh) {
    return TokenPair.of(access, Optional.of(refresh), T0.plusSeconds(5400));
  }

  @RepeatedTest(25)
  void compareAndSetLetsExactlyOneOfSixteenRefreshersWin() throws Exception {
    TokenPair old = pair("a0", "r0");
    assertTrue(store.compareAndSet("client", null, old));

    List<Boolean> won =
        race(i -> () -> store.compareAndSet("client", old, pair("new-a" + i, "new-r" + i)));

    assertEquals(1, won.stream().filter(w -> w).count(), "exactly one refresher wins");
    int winner = won.indexOf(Boolean.TRUE);
    assertEquals(Optional.of(pair("new-a" + winner, "new-r" + winner)), store.token("client"));
    assertFalse(store.compareAndSet("client", old, pair("late", "late")), "stale pair refused");
  }

  @RepeatedTest(25)
  void compareAndSetFromNothingLetsExactlyOneWin() throws Exception {
    List<Boolean> won = race(i -> () -> store.compareAndSet("client", null, pair("a" + i, "r")));

    assertEquals(1, won.stream().filter(w -> w).count());
  }

  @Test
  void compareAndSetKeepsCredentialsApart() {
    assertTrue(store.compareAndSet("one", null, pair("a", "r")));
    assertTrue(store.compareAndSet("two", null, pair("b", "s")));
    assertFalse(store.compareAndSet("one", pair("b", "s"), pair("c", "t")));
    assertEquals(Optional.of(pair("a", "r")), store.token("one"));
  }

  @Test
  void cursorNeverMovesBackwards() {
    store.putCursor("vendors", "company:7", T0);
    store.putCursor("vendors", "company:7", T0.minusSeconds(1));
    assertEquals(Optional.of(T0), store.cursor("vendors", "company:7"));
    store.putCursor("vendors", "company:7", T0.plusSeconds(1));
    assertEquals(Optional.of(T0.plusSeconds(1)), store.cursor("vendors", "company:7"));
    assertEquals(Optional.empty(), store.cursor("vendors", "company:8"));
  }

  @RepeatedTest(10)
  void concurrentCursorWritesKeepTheNewest() throws Exception {
    race(
        i ->
            () -> {
              store.putCursor("f", "s", T0.plusSeconds(i));
              return null;
            });
    assertEquals(Optional.of(T0.plusSeconds(THREADS - 1)), store.cursor("f", "s"));
  }

  @Test
  void markSeenDedupesUntilExpiryOnTheInjectedClock() {
    Instant expiry = T0.plus(Duration.ofHours(12));
    assertTrue(store.markSeen("webhook", "01HX", expiry));
    assertFalse(store.markSeen("webhook", "01HX", expiry));
    assertTrue(store.markSeen("other", "01HX", expiry), "namespaces are apart");

    clock.advance(Duration.ofHours(12).minusSeconds(1));
    assertFalse(store.markSeen("webhook", "01HX", expiry.plusSeconds(60)), "still remembered");

    clock.advance(Duration.ofSeconds(1));
    assertTrue(store.markSeen("webhook", "01HX", clock.instant().plusSeconds(60)), "forgotten");
    assertFalse(store.markSeen("webhook", "01HX", clock.instant().plusSeconds(60)));
  }

  @Test
  void expiredMarksAreSweptSoMemoryStaysBounded() {
    for (int i = 0; i < 600; i++) {
      store.markSeen("webhook", "d" + i, T0.plusSeconds(1));
    }
    clock.advance(Duration.ofSeconds(2));
    for (int i = 0; i < 600; i++) {
      store.markSeen("webhook", "e" + i, clock.instant().plusSeconds(1));
    }
    int seen = Integer.parseInt(store.toString().replaceAll(".*seen=(\\d+).*", "$1"));
    assertTrue(seen < 1200, "expired marks swept, " + seen + " left");
  }

  @RepeatedTest(10)
  void concurrentMarkSeenAcceptsExactlyOne() throws Exception {
    List<Boolean> fresh = race(i -> () -> store.markSeen("webhook", "k", T0.plusSeconds(60)));
    assertEquals(1, fresh.stream().filter(f -> f).count());
  }

  @Test
  void crossReferencesReplaceOrKeep() {
    assertEquals(Optional.empty(), store.crossReference("ns", "k"));
    store.putCrossReference("ns", "k", "1");
    store.putCrossReference("ns", "k", "2");
    assertEquals(Optional.of("2"), store.crossReference("ns", "k"));
    assertEquals("2", store.putCrossReferenceIfAbsent("ns", "k", "3"));
    assertEquals("4", store.putCrossReferenceIfAbsent("ns", "other", "4"));
    assertEquals(Optional.empty(), store.crossReference("ns2", "k"));
  }

  @Test
  void keysThatWouldJoinAlikeStayApart() {
    store.putCrossReference("a\u0000b", "c", "1");
    store.putCrossReference("a", "b\u0000c", "2");
    assertEquals(Optional.of("1"), store.crossReference("a\u0000b", "c"));
    assertEquals(Optional.of("2"), store.crossReference("a", "b\u0000c"));
  }

  @RepeatedTest(10)
  void putCrossReferenceIfAbsentHasOneWinnerAndEveryoneSeesIt() throws Exception {
    List<String> seen = race(i -> () -> store.putCrossReferenceIfAbsent("ns", "k", "v" + i));
    Set<String> distinct = new HashSet<>(seen);
    assertEquals(1, distinct.size(), "all callers agree");
    assertEquals(Optional.of(seen.get(0)), store.crossReference("ns", "k"));
  }

  @Test
  void nullArgumentsAreNamed() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> store.cursor(null, "scope"));
    assertEquals("flow", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> store.markSeen("ns", "k", null));
    assertEquals("expiresAt", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> store.compareAndSet("c", null, null));
    assertEquals("replacement", e.getMessage());
  }
}
