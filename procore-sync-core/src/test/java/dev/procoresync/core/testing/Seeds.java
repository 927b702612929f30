package dev.procoresync.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * Seeds for randomised tests and small generators over {@link SplittableRandom}.
 *
 * <p>Every seed is printed in the test's display name and replays alone with {@code
 * -Dprocoresync.seed=N}. The series a plain build runs is fixed ({@code -Dprocoresync.seedBase}
 * changes it), so a red build is red again on the next run.
 */
public final class Seeds {
  /** Replays one seed. */
  public static final String SEED = "procoresync.seed";

  /** Draws another series of seeds. */
  public static final String SEED_BASE = "procoresync.seedBase";

  private static final long DEFAULT_BASE = 0x5EED_2026_1202L;

  private Seeds() {}

  /** The seeds of a test that runs {@code tries} of them, or only the replayed one. */
  public static LongStream seeds(String name, int tries) {
    String one = System.getProperty(SEED);
    if (one != null && !one.isBlank()) {
      return LongStream.of(Long.parseLong(one.trim()));
    }
    long base = Long.getLong(SEED_BASE, DEFAULT_BASE);
    SplittableRandom series = new SplittableRandom(base ^ name.hashCode());
    return LongStream.generate(series::nextLong).limit(tries);
  }

  /** Feeds {@link Seeded} tests. */
  public static final class Provider implements ArgumentsProvider, AnnotationConsumer<Seeded> {
    private int tries;

    @Override
    public void accept(Seeded seeded) {
      this.tries = seeded.tries();
    }

    @Override
    public Stream<? extends Arguments> provideArguments(
        ParameterDeclarations parameters, ExtensionContext context) {
      String name = context.getRequiredTestClass().getName() + "#" + context.getDisplayName();
      return seeds(name, tries).mapToObj(Arguments::of);
    }
  }

  /** Puts the seed of a failed {@link Seeded} invocation at the start of its message. */
  public static final class Reporter implements TestExecutionExceptionHandler {
    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure)
        throws Throwable {
      String name = context.getDisplayName();
      if (!name.startsWith("seed ")) {
        throw failure;
      }
      String seed = name.substring("seed ".length());
      AssertionError withSeed =
          new AssertionError(name + " (replay: -D" + SEED + "=" + seed + "): " + failure, failure);
      throw withSeed;
    }
  }

  // ---- generators ----

  /** An int in [min, max], both inclusive. */
  public static int between(SplittableRandom r, int min, int max) {
    return (int) r.nextLong(min, (long) max + 1);
  }

  /** A long in [min, max], both inclusive; one draw in 16 is one of the two bounds. */
  public static long between(SplittableRandom r, long min, long max) {
    if (r.nextInt(16) == 0) {
      return r.nextBoolean() ? min : max;
    }
    return max == Long.MAX_VALUE ? r.nextLong(min, max) : r.nextLong(min, max + 1);
  }

  /** true with the given probability. */
  public static boolean chance(SplittableRandom r, double probability) {
    return r.nextDouble() < probability;
  }

  /** One of the values. */
  @SafeVarargs
  public static <T> T oneOf(SplittableRandom r, T... values) {
    return values[r.nextInt(values.length)];
  }

  /** One of the values. */
  public static <T> T oneOf(SplittableRandom r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

  /** A list of min..max elements. */
  public static <T> List<T> list(
      SplittableRandom r, int min, int max, Function<SplittableRandom, T> element) {
    int n = between(r, min, max);
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(element.apply(r));
    }
    return out;
  }

  /** A string of min..max characters drawn from {@code alphabet}. */
  public static String string(SplittableRandom r, int min, int max, String alphabet) {
    int n = between(r, min, max);
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  /**
   * A string of min..max characters, each from one of the inclusive ranges {@code {from, to}}
   * (chosen in proportion to the ranges' sizes).
   */
  public static String string(SplittableRandom r, int min, int max, char[]... ranges) {
    int total = 0;
    for (char[] range : ranges) {
      total += range[1] - range[0] + 1;
    }
    int n = between(r, min, max);
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      int pick = r.nextInt(total);
      for (char[] range : ranges) {
        int size = range[1] - range[0] + 1;
        if (pick < size) {
          b.append((char) (range[0] + pick));
          break;
        }
        pick -= size;
      }
    }
    return b.toString();
  }

  /** Any UTF-16 string of min..max chars, lone surrogates and control characters included. */
  public static String anyString(SplittableRandom r, int min, int max) {
    return string(r, min, max, new char[] {'\u0000', '\uffff'});
  }

  /** A range of characters, for {@link #string(SplittableRandom, int, int, char[]...)}. */
  public static char[] range(char from, char to) {
    return new char[] {from, to};
  }
}
