package dev.procoresync.benchmarks.timekeeping;

import dev.procoresync.core.model.RoundingRule;
import dev.procoresync.timekeeping.mapping.AggregationOptions;
import dev.procoresync.timekeeping.mapping.ClockPairing;
import dev.procoresync.timekeeping.mapping.TimeRounding;
import dev.procoresync.timekeeping.mapping.TimecardAggregation;
import dev.procoresync.timekeeping.model.ClockEvent;
import dev.procoresync.timekeeping.model.ClockEventType;
import dev.procoresync.timekeeping.model.RoundingPolicy;
import dev.procoresync.timekeeping.model.TimeEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The time rules on 1,000,000 entries (2,000,000 punches for pairing) of 2,000 workers on 50
 * projects and 20 cost codes over 60 days in Denver, records per second, each beside a hand-written
 * baseline in the same run:
 *
 * <ul>
 *   <li>pairing: {@link ClockPairing#pair} against sorting each worker's punch instants as {@code
 *       long}s and pairing neighbours (no duplicate, project or order checks, no model objects);
 *   <li>rounding: {@link TimeRounding#round} of clock-in and clock-out against modular arithmetic
 *       on epoch seconds with a fixed offset (no zone rules, no 23:59 rule, no result object);
 *   <li>aggregation: {@link TimecardAggregation#plan} (checks, rounding, keys, lines) against a
 *       {@code HashMap} sum of seconds per worker, project, cost code and UTC day.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(jvmArgsAppend = "-Xmx4g")
public class TimeRulesBenchmark {
  static final int N = 1_000_000;
  static final ZoneId DENVER = ZoneId.of("America/Denver");
  static final RoundingPolicy POLICY = RoundingPolicy.of(15, RoundingRule.NEAREST);

  List<TimeEntry> entries;
  List<ClockEvent> events;
  long[] starts;
  long[] ends;
  String[] workers;
  String[] projects;
  String[] costCodes;

  /** Builds the entries and punches. */
  @Setup
  public void setUp() {
    SplittableRandom r = new SplittableRandom(14);
    entries = new ArrayList<>(N);
    events = new ArrayList<>(2 * N);
    starts = new long[N];
    ends = new long[N];
    workers = new String[N];
    projects = new String[N];
    costCodes = new String[N];
    long day0 = LocalDate.of(2026, 3, 1).atStartOfDay(DENVER).toEpochSecond();
    int perWorker = N / 2000;
    int i = 0;
    for (int w = 0; w < 2000; w++) {
      long t = day0 + r.nextInt(3600);
      for (int k = 0; k < perWorker; k++, i++) {
        long start = t + r.nextInt(1800);
        long end = start + 1800 + r.nextInt(4 * 3600);
        t = end + 600 + r.nextInt(14 * 3600);
        starts[i] = start;
        ends[i] = end;
        workers[i] = "w" + w;
        projects[i] = "p" + r.nextInt(50);
        costCodes[i] = "c" + r.nextInt(20);
        entries.add(
            TimeEntry.builder()
                .id("e" + i)
                .workerId(workers[i])
                .projectId(projects[i])
                .costCodeId(costCodes[i])
                .zone(DENVER)
                .start(Instant.ofEpochSecond(start))
                .end(Instant.ofEpochSecond(end))
                .build());
        events.add(event("i" + i, workers[i], ClockEventType.IN, start, projects[i]));
        events.add(event("o" + i, workers[i], ClockEventType.OUT, end, projects[i]));
      }
    }
  }

  private static ClockEvent event(
      String id, String worker, ClockEventType type, long at, String p) {
    return ClockEvent.builder()
        .id(id)
        .workerId(worker)
        .type(type)
        .at(Instant.ofEpochSecond(at))
        .zone(DENVER)
        .projectId(p)
        .build();
  }

  /**
   * The library's pairing.
   *
   * @return the result
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public Object pairing() {
    return ClockPairing.pair(events);
  }

  /**
   * Baseline: sort each worker's instants and pair neighbours.
   *
   * @return the pairs' total seconds
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public long pairingBaseline() {
    Map<String, long[]> byWorker = new HashMap<>();
    Map<String, Integer> fill = new HashMap<>();
    int per = N / 2000 * 2;
    for (ClockEvent e : events) {
      long[] a = byWorker.computeIfAbsent(e.workerId(), k -> new long[per]);
      int n = fill.merge(e.workerId(), 1, Integer::sum) - 1;
      a[n] = e.at().getEpochSecond() * 2 + (e.type() == ClockEventType.IN ? 1 : 0);
    }
    long total = 0;
    for (long[] a : byWorker.values()) {
      Arrays.sort(a);
      for (int k = 0; k + 1 < a.length; k += 2) {
        total += (a[k + 1] >> 1) - (a[k] >> 1);
      }
    }
    return total;
  }

  /**
   * The library's rounding of clock-in and clock-out.
   *
   * @return a checksum
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public long rounding() {
    long sum = 0;
    for (TimeEntry e : entries) {
      sum +=
          TimeRounding.round(e.start().get(), e.end().get(), e.zone(), POLICY)
              .roundedDuration()
              .getSeconds();
    }
    return sum;
  }

  /**
   * Baseline: modular arithmetic with a fixed offset.
   *
   * @return a checksum
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public long roundingBaseline() {
    long offset = ZoneOffset.ofHours(-7).getTotalSeconds();
    long inc = 900;
    long sum = 0;
    for (int i = 0; i < N; i++) {
      long in = starts[i] + offset;
      long out = ends[i] + offset;
      long rin = in - Math.floorMod(in, inc);
      if (Math.floorMod(in, inc) >= 420) {
        rin += inc;
      }
      long rout = out - Math.floorMod(out, inc);
      if (Math.floorMod(out, inc) >= 420) {
        rout += inc;
      }
      sum += rout - rin;
    }
    return sum;
  }

  /**
   * The library's aggregation into timecard lines (with rounding).
   *
   * @return the plan
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public Object aggregation() {
    return TimecardAggregation.plan(entries, AggregationOptions.builder().rounding(POLICY).build());
  }

  /**
   * Baseline: a {@code HashMap} sum of seconds per worker, project, cost code and UTC day.
   *
   * @return the totals
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public Object aggregationBaseline() {
    Map<String, Long> totals = new HashMap<>();
    for (int i = 0; i < N; i++) {
      String key = workers[i] + "|" + projects[i] + "|" + costCodes[i] + "|" + (starts[i] / 86_400);
      totals.merge(key, ends[i] - starts[i], Long::sum);
    }
    return totals;
  }
}
