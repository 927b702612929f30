package dev.procoresync.benchmarks.bc;

import dev.procoresync.testkit.bc.FakeBusinessCentralServer;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The flat-memory figure of issue 13: a Business Central company of 5,000 projects and {@code N}
 * job planning lines, generated and served by the fake Business Central in a process of its own
 * ({@link FakeBusinessCentralServer}), streamed by {@code BcClient}'s paged read in another JVM
 * capped at {@code -Xmx256m} ({@link BcStreamingProbe}), at two sizes. It prints each forked
 * command, the peak heap after GC at each size and their ratio as {@code FIGURE} lines; the issue
 * asks for the peak at 1,000,000 lines to be within 1.2 times the peak at 100,000.
 *
 * <pre>
 * ./mvnw -B -pl procore-sync-benchmarks -am package -DskipTests
 * java -cp procore-sync-benchmarks/target/benchmarks.jar \
 *     dev.procoresync.benchmarks.bc.BcStreamingMemoryFigure 100000 1000000
 * </pre>
 *
 * <p>The same runs from the benchmarks' tests with {@code -Dprocoresync.figures=true} ({@code
 * BcStreamingMemoryFigureTest}), which also checks the ratio.
 */
public final class BcStreamingMemoryFigure {
  /** Projects in the generated company. */
  public static final int PROJECTS = 5_000;

  /** The reader's heap cap. */
  public static final String READER_HEAP = "-Xmx256m";

  private static final Pattern RESULT =
      Pattern.compile(
          "PROJECTS (\\d+) LINES (\\d+) PEAK_AFTER_GC (\\d+) MILLIS (\\d+) QUANTITY (\\S+)");

  private BcStreamingMemoryFigure() {}

  /**
   * What one reader measured.
   *
   * @param lines the planning lines the company had
   * @param projects the projects read
   * @param linesRead the planning lines read
   * @param peakAfterGc the largest heap occupancy after a collection, in bytes
   * @param millis the time the reading took, collections included
   */
  public record Measurement(
      long lines, long projects, long linesRead, long peakAfterGc, long millis) {
    /**
     * Returns the peak in MiB.
     *
     * @return the peak
     */
    public double peakMib() {
      return peakAfterGc / 1048576.0;
    }
  }

  /**
   * Measures each size and prints the figures.
   *
   * @param args the numbers of planning lines, each a multiple of 5,000 (default {@code 100000
   *     1000000})
   * @throws IllegalArgumentException when a size is not a positive multiple of 5,000
   * @throws IllegalStateException when a forked process fails
   */
  public static void main(String[] args) {
    List<Long> sizes = new ArrayList<>();
    for (String a : args) {
      sizes.add(Long.parseLong(a.replace("_", "").replace(",", "")));
    }
    if (sizes.isEmpty()) {
      sizes = List.of(100_000L, 1_000_000L);
    }
    List<Measurement> all = new ArrayList<>();
    for (long n : sizes) {
      all.add(measure(n, System.getProperty("java.class.path")));
    }
    if (all.size() >= 2) {
      ratio(all.get(0), all.get(all.size() - 1));
    }
  }

  /**
   * Prints and returns the ratio of the larger size's peak to the smaller's.
   *
   * @param small the measurement at the smaller size
   * @param large the measurement at the larger size
   * @return {@code large.peakAfterGc / small.peakAfterGc}
   */
  public static double ratio(Measurement small, Measurement large) {
    double ratio = (double) large.peakAfterGc() / small.peakAfterGc();
    System.out.printf(
        Locale.ROOT,
        "FIGURE bc-streaming-memory: peak heap after GC %.1f MiB at %,d planning lines, %.1f MiB"
            + " at %,d: ratio %.3f (issue 13 asks <= 1.2)%n",
        small.peakMib(),
        small.lines(),
        large.peakMib(),
        large.lines(),
        ratio);
    return ratio;
  }

  /**
   * Serves a generated company of {@value #PROJECTS} projects and {@code lines} planning lines from
   * a forked fake, streams it in a forked reader capped at {@value #READER_HEAP}, and prints the
   * commands and what the reader measured.
   *
   * @param lines planning lines, a positive multiple of {@value #PROJECTS}
   * @param classPath the class path of both forked JVMs (the benchmarks' own)
   * @return the measurement
   * @throws IllegalArgumentException when {@code lines} is out of range
   * @throws IllegalStateException when a forked process fails
   */
  public static Measurement measure(long lines, String classPath) {
    if (lines <= 0 || lines % PROJECTS != 0) {
      throw new IllegalArgumentException(
          "lines must be a positive multiple of " + PROJECTS + ", got: " + lines);
    }
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<String> serverCommand =
        List.of(
            java,
            "-Xmx512m",
            "-cp",
            classPath,
            FakeBusinessCentralServer.class.getName(),
            "--projects",
            Integer.toString(PROJECTS),
            "--planning-lines",
            Long.toString(lines),
            "--no-rate-limit");
    System.out.println("FIGURE bc-streaming-memory command (fake): " + shown(serverCommand));
    Process server = start(serverCommand);
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
      String description = null;
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("{")) {
          description = line;
          break;
        }
      }
      if (description == null) {
        throw new IllegalStateException("the fake ended without describing itself");
      }
      drain(out);
      List<String> readerCommand =
          List.of(
              java, READER_HEAP, "-cp", classPath, BcStreamingProbe.class.getName(), description);
      System.out.println(
          "FIGURE bc-streaming-memory command (reader): "
              + shown(readerCommand.subList(0, readerCommand.size() - 1))
              + " '<the fake's JSON line>'");
      Process reader = start(readerCommand);
      String output =
          new String(reader.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (!reader.waitFor(30, TimeUnit.MINUTES) || reader.exitValue() != 0) {
        throw new IllegalStateException("the reader failed: " + output);
      }
      Matcher m = RESULT.matcher(output);
      if (!m.find()) {
        throw new IllegalStateException("the reader said: " + output);
      }
      Measurement result =
          new Measurement(
              lines,
              Long.parseLong(m.group(1)),
              Long.parseLong(m.group(2)),
              Long.parseLong(m.group(3)),
              Long.parseLong(m.group(4)));
      System.out.printf(
          Locale.ROOT,
          "FIGURE bc-streaming-memory: %,d projects and %,d planning lines streamed in a %s JVM"
              + " from a fake in another process: peak heap after GC %.1f MiB, %,d ms%n",
          result.projects(),
          result.linesRead(),
          READER_HEAP,
          result.peakMib(),
          result.millis());
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      try {
        server.getOutputStream().close(); // the fake stops when its input closes
        if (!server.waitFor(30, TimeUnit.SECONDS)) {
          server.destroy();
        }
      } catch (IOException e) {
        server.destroy();
      } catch (InterruptedException e) {
        server.destroy();
        Thread.currentThread().interrupt();
      }
    }
  }

  private static Process start(List<String> command) {
    try {
      return new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the rest of the fake's output on a daemon thread, so that it never blocks on a pipe. */
  private static void drain(BufferedReader out) {
    Thread t =
        new Thread(
            () -> {
              try {
                while (out.readLine() != null) {
                  // discard
                }
              } catch (IOException e) {
                // the fake has stopped
              }
            },
            "fake-bc-output");
    t.setDaemon(true);
    t.start();
  }

  private static String shown(List<String> command) {
    List<String> shown = new ArrayList<>(command);
    int cp = shown.indexOf("-cp");
    if (cp >= 0 && cp + 1 < shown.size()) {
      shown.set(cp + 1, "<the benchmarks' class path>");
    }
    return String.join(" ", shown);
  }
}
