package dev.procoresync.it.soak;

import java.util.stream.LongStream;

/**
 * The seeds of the fault soak. {@code -Dprocoresync.soak.seed=N} replays one seed; {@code
 * -Dprocoresync.soak.seeds=N} runs seeds 1..N of every flow; without either, each flow runs its CI
 * share (100 seeds in all).
 */
final class SoakSeeds {
  private SoakSeeds() {}

  static LongStream seeds(int ciSeeds) {
    String one = System.getProperty("procoresync.soak.seed", "").trim();
    if (!one.isEmpty()) {
      return LongStream.of(Long.parseLong(one));
    }
    String count = System.getProperty("procoresync.soak.seeds", "").trim();
    int n = count.isEmpty() ? ciSeeds : Integer.parseInt(count);
    return LongStream.rangeClosed(1, n);
  }

  static String replay(long seed) {
    return "seed " + seed + " (replay: -Dprocoresync.soak.seed=" + seed + ")";
  }
}
