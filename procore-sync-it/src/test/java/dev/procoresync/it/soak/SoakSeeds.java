package dev.procoresync.it.soak;

import java.util.stream.LongStream;

/**
 * The seeds of the fault soak. {@code -Dprocoresync.soak.seed=N} replays one seed; {@code
 * -Dprocoresync.soak.seeds=N} runs seeds 1..N (default {@value #CI_SEEDS} per flow in CI).
 */
final class SoakSeeds {
  static final int CI_SEEDS = 100;

  private SoakSeeds() {}

  static LongStream seeds() {
    String one = System.getProperty("procoresync.soak.seed", "").trim();
    if (!one.isEmpty()) {
      return LongStream.of(Long.parseLong(one));
    }
    String count = System.getProperty("procoresync.soak.seeds", "").trim();
    int n = count.isEmpty() ? CI_SEEDS : Integer.parseInt(count);
    return LongStream.rangeClosed(1, n);
  }

  static String replay(long seed) {
    return "seed " + seed + " (replay: -Dprocoresync.soak.seed=" + seed + ")";
  }
}
