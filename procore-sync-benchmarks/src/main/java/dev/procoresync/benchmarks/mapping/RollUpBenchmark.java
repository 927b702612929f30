package dev.procoresync.benchmarks.mapping;

import dev.procoresync.core.mapping.hierarchy.Hierarchy;
import dev.procoresync.core.mapping.hierarchy.RollUp;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Roll-up of time entries onto their top-level project (busybusy sub-projects) against the
 * baseline: a precomputed root map and a {@code HashMap} group-by.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RollUpBenchmark {

  static final int PROJECTS = 2_000;
  static final int ENTRIES = 10_000;

  /** A project with an optional parent. */
  public static final class Project {
    final long id;
    final @Nullable Long parent;

    Project(long id, @Nullable Long parent) {
      this.id = id;
      this.parent = parent;
    }
  }

  /** A time entry on a (sub-)project. */
  public static final class Entry {
    final long project;
    final BigDecimal hours;

    Entry(long project, BigDecimal hours) {
      this.project = project;
      this.hours = hours;
    }
  }

  Hierarchy<Long, Project> hierarchy;
  Map<Long, Long> rootOf = new HashMap<>();
  List<Entry> entries = new ArrayList<>();

  /** Builds 2,000 projects up to 7 levels deep and 10,000 entries. */
  @Setup
  public void setUp() {
    Random random = new Random(7);
    List<Project> projects = new ArrayList<>();
    Map<Long, Integer> depth = new HashMap<>();
    for (long id = 0; id < PROJECTS; id++) {
      Long parent = null;
      if (id >= 200) {
        long candidate = random.nextInt((int) id);
        if (depth.get(candidate) < 7) {
          parent = candidate;
        }
      }
      depth.put(id, parent == null ? 1 : depth.get(parent) + 1);
      projects.add(new Project(id, parent));
      rootOf.put(id, parent == null ? id : rootOf.get(parent));
    }
    hierarchy = Hierarchy.build(projects, p -> p.id, p -> p.parent, 7).hierarchy();
    for (int i = 0; i < ENTRIES; i++) {
      entries.add(new Entry(random.nextInt(PROJECTS), BigDecimal.valueOf(random.nextInt(1000), 2)));
    }
  }

  /**
   * The library's roll-up.
   *
   * @return the totals
   */
  @Benchmark
  @OperationsPerInvocation(ENTRIES)
  public Object rollUp() {
    return RollUp.toTopAncestor(hierarchy, entries, e -> e.project, e -> e.hours);
  }

  /**
   * Baseline: root lookup in a {@code HashMap} and a {@code HashMap} group-by.
   *
   * @return the totals
   */
  @Benchmark
  @OperationsPerInvocation(ENTRIES)
  public Object baselineHashMapGroupBy() {
    Map<Long, BigDecimal> totals = new HashMap<>();
    for (Entry e : entries) {
      totals.merge(rootOf.get(e.project), e.hours, BigDecimal::add);
    }
    return totals;
  }
}
