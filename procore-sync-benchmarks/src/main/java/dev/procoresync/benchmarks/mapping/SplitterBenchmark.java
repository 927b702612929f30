package dev.procoresync.benchmarks.mapping;

import dev.procoresync.core.mapping.budgetcode.BudgetCodeFormat;
import dev.procoresync.core.mapping.budgetcode.BudgetCodeSplitter;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Budget-code splitter (Procore's default pattern, with and without sub job) against the baseline
 * {@code String.split("\\.")} plus picking the parts by count.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SplitterBenchmark {

  static final int N = 4096;

  String[] codes = new String[N];
  BudgetCodeSplitter splitter = BudgetCodeSplitter.of(BudgetCodeFormat.procoreDefault());

  /** Builds realistic codes: half with a sub job, tiered cost codes, a few cost types. */
  @Setup
  public void setUp() {
    Random random = new Random(42);
    String[] types = {"LAB", "MAT", "EQP", "SUB", "OTH"};
    for (int i = 0; i < N; i++) {
      String costCode =
          String.format("%02d-%03d", random.nextInt(50), random.nextInt(1000) / 10 * 10);
      String type = types[random.nextInt(types.length)];
      codes[i] =
          random.nextBoolean()
              ? "SJ" + random.nextInt(100) + "." + costCode + "." + type
              : costCode + "." + type;
    }
  }

  /**
   * The library's splitter.
   *
   * @param bh the blackhole
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void splitter(Blackhole bh) {
    for (String code : codes) {
      bh.consume(splitter.split(code));
    }
  }

  /**
   * Baseline: {@code String.split} and pick the parts by count (no validation, no violations).
   *
   * @param bh the blackhole
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void baselineStringSplit(Blackhole bh) {
    for (String code : codes) {
      String[] parts = code.split("\\.");
      if (parts.length == 3) {
        bh.consume(parts[0]);
        bh.consume(parts[1]);
        bh.consume(parts[2]);
      } else {
        bh.consume(parts[0]);
        bh.consume(parts[1]);
      }
    }
  }
}
