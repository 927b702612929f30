package dev.procoresync.core.testing;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.LongStream;

/**
 * Runs a parser over generated inputs and holds it to its contract: every input ends in a result or
 * in one of the exceptions the parser documents; anything else, or an input that takes longer than
 * {@link #HANG}, fails the test with the seed, the input and the command that replays it.
 *
 * <p>A plain build runs a modest number of inputs per parser; {@code
 * -Dprocoresync.fuzz.iterations=N} runs N, {@code -Dprocoresync.seed=S} replays one input.
 */
public final class Fuzz {
  /** How many inputs each parser is given. */
  public static final String ITERATIONS = "procoresync.fuzz.iterations";

  /**
   * The hang detector: no single input may take longer. Wall time, so it is generous (60 s, or
   * {@code -Dprocoresync.fuzz.hangSeconds=N}): a real hang never ends, while a build sharing two
   * cores with several others can stall a trivial input (its first, with class loading) for over 10
   * s.
   */
  public static final Duration HANG =
      Duration.ofSeconds(Long.getLong("procoresync.fuzz.hangSeconds", 60));

  /** Inputs run by every parser in this JVM, per parser name (for the README's figures). */
  private static final Map<String, AtomicLong> RUN = new LinkedHashMap<>();

  private Fuzz() {}

  /** What the parser does with one input; may throw anything. */
  @FunctionalInterface
  public interface Parser<T> {
    /** Parses, checks what came out and throws what it throws. */
    void parse(T input) throws Throwable;
  }

  /** The number of inputs for a parser whose plain-build count is {@code ciDefault}. */
  public static int iterations(int ciDefault) {
    return Integer.getInteger(ITERATIONS, ciDefault);
  }

  /**
   * Runs {@code parser} over inputs made by {@code generator}, one seed per input.
   *
   * @param name the parser's name, printed in failures
   * @param ciDefault how many inputs a plain build runs
   * @param generator makes one input from a seeded random source
   * @param parser parses one input and asserts on what comes out
   * @param allowed the documented exceptions
   */
  public static <T> void run(
      String name,
      int ciDefault,
      Function<SplittableRandom, T> generator,
      Parser<T> parser,
      Predicate<Throwable> allowed) {
    LongStream seeds = Seeds.seeds("fuzz:" + name, iterations(ciDefault));
    Map<String, String> crashes = new LinkedHashMap<>();
    long count = 0;
    for (long seed : (Iterable<Long>) seeds.boxed()::iterator) {
      count++;
      T input = generator.apply(new SplittableRandom(seed));
      Throwable thrown = null;
      try {
        assertTimeoutPreemptively(
            HANG,
            () -> {
              try {
                parser.parse(input);
              } catch (Throwable t) {
                if (!allowed.test(t)) {
                  throw new Escaped(t);
                }
              }
            },
            () -> "hang: " + name + " took over " + HANG + describe(seed, input));
      } catch (Escaped e) {
        thrown = e.getCause();
      } catch (AssertionError hang) {
        thrown = hang;
      }
      if (thrown != null) {
        String kind = kind(thrown);
        crashes.putIfAbsent(kind, describe(seed, input) + "\n  " + thrown);
        if (crashes.size() >= 8) {
          break;
        }
      }
    }
    synchronized (RUN) {
      RUN.computeIfAbsent(name, k -> new AtomicLong()).addAndGet(count);
    }
    if (!crashes.isEmpty()) {
      StringBuilder b = new StringBuilder();
      b.append(name)
          .append(": ")
          .append(crashes.size())
          .append(" kind(s) of failure in ")
          .append(count)
          .append(" inputs");
      crashes.forEach((k, v) -> b.append("\n- ").append(k).append(v));
      fail(b.toString());
    }
  }

  /** The inputs each parser ran in this JVM. */
  public static Map<String, Long> counts() {
    Map<String, Long> out = new LinkedHashMap<>();
    synchronized (RUN) {
      RUN.forEach((k, v) -> out.put(k, v.get()));
    }
    return out;
  }

  /** Failures other than the allowed ones: wrapped so that the runner can tell them apart. */
  private static final class Escaped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Escaped(Throwable cause) {
      super(cause);
    }
  }

  private static String kind(Throwable t) {
    StackTraceElement[] trace = t.getStackTrace();
    String where = trace.length == 0 ? "?" : trace[0].toString();
    return t.getClass().getName() + " at " + where;
  }

  private static String describe(long seed, Object input) {
    return "\n  seed "
        + seed
        + " (replay: -Dprocoresync.seed="
        + seed
        + ")\n  input: "
        + quote(String.valueOf(input));
  }

  /** The input, Java-escaped and cut at 2,000 characters. */
  public static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    int limit = Math.min(s.length(), 2_000);
    for (int i = 0; i < limit; i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    b.append('"');
    if (s.length() > limit) {
      b.append("... (").append(s.length()).append(" chars)");
    }
    return b.toString();
  }
}
