package dev.procoresync.benchmarks.bc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.procoresync.benchmarks.bc.BcStreamingMemoryFigure.Measurement;
import org.junit.jupiter.api.Test;

/**
 * The flat-memory figure of issue 13 (see {@link BcStreamingMemoryFigure}): the fake Business
 * Central in one forked JVM, the reader in another capped at {@code -Xmx256m}. The full figure
 * (100,000 and 1,000,000 planning lines, peak heap after GC within 1.2 times) runs only with {@code
 * -Dprocoresync.figures=true}:
 *
 * <pre>
 * ./mvnw -B -pl procore-sync-benchmarks -am test -Dtest=BcStreamingMemoryFigureTest \
 *     -Dprocoresync.figures=true -Dsurefire.failIfNoSpecifiedTests=false | grep FIGURE
 * </pre>
 */
class BcStreamingMemoryFigureTest {
  private static final String CLASS_PATH = System.getProperty("java.class.path");

  @Test
  void aMillionPlanningLinesStreamWithinOnePointTwoTimesTheHeapOfOneHundredThousand() {
    assumeTrue(Boolean.getBoolean("procoresync.figures"), "figures: -Dprocoresync.figures=true");
    Measurement small = BcStreamingMemoryFigure.measure(100_000, CLASS_PATH);
    Measurement large = BcStreamingMemoryFigure.measure(1_000_000, CLASS_PATH);

    assertEquals(BcStreamingMemoryFigure.PROJECTS, small.projects());
    assertEquals(100_000, small.linesRead());
    assertEquals(BcStreamingMemoryFigure.PROJECTS, large.projects());
    assertEquals(1_000_000, large.linesRead());
    double ratio = BcStreamingMemoryFigure.ratio(small, large);
    assertTrue(ratio <= 1.2, "peak heap after GC grew " + ratio + " times");
  }
}
