package dev.procoresync.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.procoresync.core.state.Lease;
import dev.procoresync.core.state.LeaseStore;
import dev.procoresync.core.state.RunAttempt;
import dev.procoresync.core.state.RunGuard;
import dev.procoresync.core.state.SharedValueStore;
import dev.procoresync.core.state.SyncStateStore;
import dev.procoresync.core.state.TokenPair;
import dev.procoresync.core.state.TokenStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every state store promises, run against each implementation (in memory, JDBC on H2 and
 * PostgreSQL, Redis): a subclass returns a fresh store; tests for parts a store does not implement
 * are skipped. Each test uses names of its own (a random suffix), so a store on a shared server
 * needs no cleaning between tests.
 */
public abstract class StateStoreContract {
  /** An instant every test starts from. */
  protected static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  /**
   * Returns the store under test (may implement any of the state interfaces).
   *
   * @return the store
   */
  protected abstract Object store();

  /** A name unique to this test instance. */
  protected String unique(String name) {
    return name + "-" + run;
  }

  private <T> T as(Class<T> type) {
    Object store = store();
    assumeTrue(type.isInstance(store), store + " does not implement " + type.getSimpleName());
    return type.cast(store);
  }

  private static <T> List<T> race(int n, Callable<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return task.call();
                }));
      }
      start.countDown();
      List<T> out = new ArrayList<>();
      for (Future<T> f : futures) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void leaseIsExclusiveUntilItsExpiryOnTheCallersClock() {
    LeaseStore s = as(LeaseStore.class);
    String name = unique("lease");
    Optional<Lease> a = s.tryAcquireLease(name, "a", T0, Duration.ofSeconds(30));
    assertTrue(a.isPresent());
    assertEquals(T0.plusSeconds(30), a.get().expiresAt());
    assertTrue(s.tryAcquireLease(name, "b", T0.plusSeconds(29), Duration.ofSeconds(30)).isEmpty());
    assertEquals("a", s.currentLease(name, T0.plusSeconds(29)).orElseThrow().holder());
    // the holder may extend it
    assertTrue(
        s.tryAcquireLease(name, "a", T0.plusSeconds(10), Duration.ofSeconds(30)).isPresent());
    assertTrue(s.tryAcquireLease(name, "b", T0.plusSeconds(39), Duration.ofSeconds(30)).isEmpty());
    // once lapsed, another takes over; the old holder's release leaves the new lease alone
    Optional<Lease> b = s.tryAcquireLease(name, "b", T0.plusSeconds(40), Duration.ofSeconds(30));
    assertTrue(b.isPresent());
    assertFalse(s.releaseLease(a.get()));
    assertEquals("b", s.currentLease(name, T0.plusSeconds(41)).orElseThrow().holder());
    assertTrue(s.releaseLease(b.get()));
    assertTrue(s.currentLease(name, T0.plusSeconds(41)).isEmpty());
    assertTrue(s.tryAcquireLease(name, "c", T0.plusSeconds(41), Duration.ofSeconds(1)).isPresent());
  }

  @Test
  void leaseArgumentsAreChecked() {
    LeaseStore s = as(LeaseStore.class);
    assertThrows(
        IllegalArgumentException.class,
        () -> s.tryAcquireLease(unique("x"), "a", T0, Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class,
        () -> s.tryAcquireLease(unique("x"), " ", T0, Duration.ofSeconds(1)));
  }

  @Test
  void exactlyOneOfManyRacingCallersGetsAFreeLease() throws Exception {
    LeaseStore s = as(LeaseStore.class);
    String name = unique("race");
    int[] holder = {0};
    List<Boolean> won =
        race(
            8,
            () -> {
              String me;
              synchronized (holder) {
                me = "h" + holder[0]++;
              }
              return s.tryAcquireLease(name, me, T0, Duration.ofSeconds(30)).isPresent();
            });
    assertEquals(1, won.stream().filter(w -> w).count(), won.toString());
  }

  @Test
  void runGuardRunsOnceAndTellsTheOtherWorkerItIsAlreadyRunning() {
    LeaseStore s = as(LeaseStore.class);
    Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    String flow = unique("vendors");
    RunGuard one = RunGuard.of(s, clock).holder("worker-1");
    RunGuard two = RunGuard.of(s, clock).holder("worker-2");
    RunAttempt<RunAttempt<String>> outer =
        one.tryRun(flow, "company:7", () -> two.tryRun(flow, "company:7", () -> "ran twice"));
    RunAttempt<String> inner = outer.result().orElseThrow();
    assertTrue(inner.alreadyRunning());
    assertTrue(inner.result().isEmpty());
    assertEquals(
        flow
            + " (company:7) is already running: worker-1 holds it until "
            + T0.plus(RunGuard.DEFAULT_LEASE_TIME),
        inner.message());
    // released after the run: the next worker runs
    assertEquals("ok", two.tryRun(flow, "company:7", () -> "ok").result().orElseThrow());
  }

  @Test
  void tokenPairIsReplacedOnlyByCompareAndSet() throws Exception {
    TokenStore s = as(TokenStore.class);
    String key = unique("cred");
    TokenPair first = TokenPair.of("a1", Optional.of("r1"), T0.plusSeconds(5400));
    TokenPair second = TokenPair.of("a2", Optional.of("r2"), T0.plusSeconds(10800));
    assertTrue(s.token(key).isEmpty());
    assertTrue(s.compareAndSet(key, null, first));
    assertFalse(s.compareAndSet(key, null, second));
    assertEquals(first, s.token(key).orElseThrow());
    List<Boolean> won = race(6, () -> s.compareAndSet(key, first, second));
    assertEquals(1, won.stream().filter(w -> w).count());
    assertEquals(second, s.token(key).orElseThrow());
    assertFalse(s.compareAndSet(key, first, first));
    TokenPair noRefresh = TokenPair.of("a3", Optional.empty(), T0.plusSeconds(60));
    assertTrue(s.compareAndSet(key, second, noRefresh));
    assertEquals(noRefresh, s.token(key).orElseThrow());
    assertFalse(s.toString().contains("a3"));
  }

  @Test
  void sharedValuesChangeOnlyByCompareAndSet() throws Exception {
    SharedValueStore s = as(SharedValueStore.class);
    String key = unique("budget");
    assertTrue(s.sharedValue(key).isEmpty());
    assertTrue(s.compareAndSetSharedValue(key, null, "v1", Duration.ofMinutes(5)));
    assertFalse(s.compareAndSetSharedValue(key, null, "v2", Duration.ofMinutes(5)));
    List<Boolean> won =
        race(6, () -> s.compareAndSetSharedValue(key, "v1", "v2", Duration.ofMinutes(5)));
    assertEquals(1, won.stream().filter(w -> w).count());
    assertEquals("v2", s.sharedValue(key).orElseThrow());
    assertThrows(
        IllegalArgumentException.class,
        () -> s.compareAndSetSharedValue(key, "v2", "v3", Duration.ZERO));
  }

  @Test
  void crossReferencesCursorsAndResumePositions() throws Exception {
    SyncStateStore s = as(SyncStateStore.class);
    String ns = unique("procore:timecard_entry");
    assertTrue(s.crossReference(ns, "k1").isEmpty());
    s.putCrossReference(ns, "k1", "101");
    s.putCrossReference(ns, "k1", "102");
    assertEquals("102", s.crossReference(ns, "k1").orElseThrow());
    List<String> linked =
        race(6, () -> s.putCrossReferenceIfAbsent(ns, "k2", Thread.currentThread().getName()));
    assertEquals(1, linked.stream().distinct().count(), linked.toString());
    assertEquals(linked.get(0), s.crossReference(ns, "k2").orElseThrow());

    String flow = unique("timecard-audit");
    assertTrue(s.cursor(flow, "project:1").isEmpty());
    s.putCursor(flow, "project:1", T0.plusSeconds(10));
    s.putCursor(flow, "project:1", T0.plusSeconds(5));
    assertEquals(T0.plusSeconds(10), s.cursor(flow, "project:1").orElseThrow());
    s.putCursor(flow, "project:1", T0.plusMillis(10_001));
    assertEquals(T0.plusMillis(10_001), s.cursor(flow, "project:1").orElseThrow());

    assertTrue(s.resumePosition(flow, "project:1").isEmpty());
    s.putResumePosition(flow, "project:1", "1000");
    s.putResumePosition(flow, "project:1", "2000");
    assertEquals("2000", s.resumePosition(flow, "project:1").orElseThrow());
    assertTrue(s.resumePosition(flow, "project:2").isEmpty());
    s.clearResumePosition(flow, "project:1");
    assertTrue(s.resumePosition(flow, "project:1").isEmpty());
  }

  @Test
  void keysAreKeptApartWhateverCharactersTheyHold() {
    SyncStateStore s = as(SyncStateStore.class);
    String ns = unique("n");
    s.putCrossReference(ns + "|a", "b", "1");
    s.putCrossReference(ns, "a|b", "2");
    s.putCrossReference(ns, "ключ 'quoted' \"x\" %_", "3");
    assertEquals("1", s.crossReference(ns + "|a", "b").orElseThrow());
    assertEquals("2", s.crossReference(ns, "a|b").orElseThrow());
    assertEquals("3", s.crossReference(ns, "ключ 'quoted' \"x\" %_").orElseThrow());
  }

  @Test
  void aSeenKeyIsADuplicateUntilItsExpiry() {
    SyncStateStore s = as(SyncStateStore.class);
    String ns = unique("webhook");
    Instant far = Instant.now().plus(Duration.ofDays(1));
    assertTrue(s.markSeen(ns, "ulid-1", far));
    assertFalse(s.markSeen(ns, "ulid-1", far));
    assertTrue(s.markSeen(ns, "ulid-2", far));
  }
}
