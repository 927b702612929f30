package dev.procoresync.core.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.procoresync.core.testing.Seeded;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

class SyncReportPropertiesTest {
  private static final Instant T0 = Instant.parse("2026-11-23T12:00:00Z");

  @Seeded(tries = 300)
  void countsAddUpWhateverIsRecorded(long seed) {
    List<RecordOutcome> outcomes = Generators.outcomes(new SplittableRandom(seed), 60);
    SyncReport.Recorder recorder = SyncReport.recorder("f", "s", false, T0);
    recorder.expect(outcomes.size());
    for (int i = 0; i < outcomes.size(); i++) {
      assertEquals(i + 1, recorder.record(outcomes.get(i)));
    }
    SyncReport report = recorder.complete(T0);

    assertEquals(outcomes.size(), report.totalInputs());
    assertEquals(
        outcomes.size(), report.counts().values().stream().mapToLong(Long::longValue).sum());
    for (Outcome o : Outcome.values()) {
      assertEquals(
          outcomes.stream().filter(r -> r.outcome() == o).count(), report.count(o), o.name());
    }
    assertEquals(only(outcomes, Outcome.SKIPPED), report.skips());
    assertEquals(only(outcomes, Outcome.FAILED), report.failures());
  }

  @Seeded(tries = 200)
  void countsAddUpWhenOnlySomeAreListed(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<RecordOutcome> outcomes = Generators.outcomes(random, 60);
    int limit = random.nextInt(6);
    SyncReport.Recorder recorder = SyncReport.recorder("f", "s", false, T0).listAtMost(limit);
    outcomes.forEach(recorder::record);
    SyncReport report = recorder.complete(T0);

    List<RecordOutcome> skips = only(outcomes, Outcome.SKIPPED);
    List<RecordOutcome> failures = only(outcomes, Outcome.FAILED);
    assertEquals(outcomes.size(), report.totalInputs());
    assertEquals(skips.subList(0, Math.min(limit, skips.size())), report.skips());
    assertEquals(failures.subList(0, Math.min(limit, failures.size())), report.failures());
    assertEquals(skips.size(), report.skips().size() + report.omittedSkips());
    assertEquals(failures.size(), report.failures().size() + report.omittedFailures());
  }

  @Seeded(tries = 50)
  void countsAddUpWhenRecordedFromSeveralThreads(long seed) throws Exception {
    List<RecordOutcome> outcomes = Generators.outcomes(new SplittableRandom(seed), 60);
    int threads = 4;
    SyncReport.Recorder recorder = SyncReport.recorder("f", "s", false, T0);
    recorder.expect(outcomes.size());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        done.add(
            pool.submit(
                () -> {
                  go.await();
                  for (int i = first; i < outcomes.size(); i += threads) {
                    recorder.record(outcomes.get(i));
                  }
                  return null;
                }));
      }
      go.countDown();
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    SyncReport report = recorder.complete(T0);

    assertEquals(outcomes.size(), report.totalInputs());
    for (Outcome o : Outcome.values()) {
      assertEquals(outcomes.stream().filter(r -> r.outcome() == o).count(), report.count(o));
    }
    assertEquals(sorted(only(outcomes, Outcome.SKIPPED)), sorted(report.skips()));
    assertEquals(sorted(only(outcomes, Outcome.FAILED)), sorted(report.failures()));
  }

  @Seeded(tries = 300)
  void jsonRoundTripsExactly(long seed) {
    SyncReport report = Generators.report(new SplittableRandom(seed));
    String json = report.toJson();
    SyncReport back = SyncReport.fromJson(json);

    assertEquals(report, back);
    assertEquals(json, back.toJson());
  }

  @Seeded(tries = 100)
  void jsonWhoseCountsDoNotAddUpIsRefused(long seed) {
    SyncReport report = Generators.report(new SplittableRandom(seed));
    String json = report.toJson();
    String tampered =
        json.replace(
            "\"total_inputs\":" + report.totalInputs(),
            "\"total_inputs\":" + (report.totalInputs() + 1));

    assertThrows(IllegalArgumentException.class, () -> SyncReport.fromJson(tampered));
  }

  private static List<RecordOutcome> only(List<RecordOutcome> all, Outcome o) {
    return all.stream().filter(r -> r.outcome() == o).collect(Collectors.toList());
  }

  private static List<String> sorted(List<RecordOutcome> list) {
    return list.stream().map(RecordOutcome::toString).sorted().collect(Collectors.toList());
  }
}
