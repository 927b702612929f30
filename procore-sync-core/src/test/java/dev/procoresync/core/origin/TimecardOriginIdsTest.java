package dev.procoresync.core.origin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.state.InMemorySyncStateStore;
import dev.procoresync.core.state.SyncStateStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class TimecardOriginIdsTest {
  private static final int THREADS = 16;
  private static final OriginId ENTRY = OriginId.of("busybusy", "time_entry", "9f2c");

  private final SyncStateStore store = InMemorySyncStateStore.create();
  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

  @AfterEach
  void shutdown() {
    pool.shutdownNow();
  }

  private List<Long> race(IntFunction<OriginId> idOf, TimecardOriginIds ids) throws Exception {
    CyclicBarrier barrier = new CyclicBarrier(THREADS);
    List<Future<Long>> futures = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      OriginId id = idOf.apply(i);
      futures.add(
          pool.submit(
              () -> {
                barrier.await();
                return ids.allocate(id);
              }));
    }
    List<Long> out = new ArrayList<>();
    for (Future<Long> f : futures) {
      out.add(f.get());
    }
    return out;
  }

  @Test
  void allocationIsStableAndReadsBack() {
    TimecardOriginIds ids = TimecardOriginIds.using(store);
    assertEquals(Optional.empty(), ids.lookup(ENTRY));

    long n = ids.allocate(ENTRY);

    assertTrue(n >= 1 && n <= TimecardOriginIds.MAX, "in range: " + n);
    assertEquals(n, ids.allocate(ENTRY));
    assertEquals(n, TimecardOriginIds.using(store).allocate(ENTRY));
    assertEquals(Optional.of(n), ids.lookup(ENTRY));
    assertEquals(Optional.of(ENTRY), ids.originIdOf(n));
    assertEquals(Optional.empty(), ids.originIdOf(n == 1 ? 2 : n - 1));
  }

  @Test
  void theIntegerIsDerivedSoALostStoreGivesItAgain() {
    long first = TimecardOriginIds.using(store).allocate(ENTRY);
    long again = TimecardOriginIds.using(InMemorySyncStateStore.create()).allocate(ENTRY);
    assertEquals(first, again);
  }

  @Test
  void collisionsProbeToTheNextFreeIntegerAndWrapAround() {
    TimecardOriginIds ids = new TimecardOriginIds(store, id -> TimecardOriginIds.MAX - 2);
    assertEquals(TimecardOriginIds.MAX - 1, ids.allocate(OriginId.of("a", "b", "1")));
    assertEquals(TimecardOriginIds.MAX, ids.allocate(OriginId.of("a", "b", "2")));
    assertEquals(1, ids.allocate(OriginId.of("a", "b", "3")));
    assertEquals(Optional.of(OriginId.of("a", "b", "3")), ids.originIdOf(1));
  }

  @Test
  void anExistingMappingIsRespected() {
    store.putCrossReference(TimecardOriginIds.BY_ORIGIN_ID, ENTRY.format(), "77");
    assertEquals(77, TimecardOriginIds.using(store).allocate(ENTRY));
  }

  @RepeatedTest(20)
  void concurrentCallersForOneOriginIdAllGetTheSameInteger() throws Exception {
    TimecardOriginIds ids = TimecardOriginIds.using(InMemorySyncStateStore.create());
    List<Long> got = race(i -> ENTRY, ids);
    assertEquals(1, new HashSet<>(got).size(), got.toString());
  }

  @RepeatedTest(20)
  void concurrentCallersForCollidingOriginIdsGetDistinctIntegers() throws Exception {
    SyncStateStore fresh = InMemorySyncStateStore.create();
    TimecardOriginIds ids = new TimecardOriginIds(fresh, id -> 1000);
    List<Long> got = race(i -> OriginId.of("busybusy", "time_entry", "e" + i), ids);

    assertEquals(THREADS, new HashSet<>(got).size(), got.toString());
    for (int i = 0; i < THREADS; i++) {
      OriginId id = OriginId.of("busybusy", "time_entry", "e" + i);
      assertEquals(Optional.of(id), ids.originIdOf(got.get(i)));
      assertTrue(got.get(i) >= 1001 && got.get(i) < 1001 + THREADS, got.toString());
    }
  }
}
