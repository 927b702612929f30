package dev.procoresync.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Streams timecard entries from a page generator in one process into a client in another JVM capped
 * at {@code -Xmx64m}, at two sizes, and checks that the heap stays flat: the peak heap after GC
 * while streaming 100,000 entries exceeds the peak for 20,000 by less than 8 MB. A client that
 * buffered the pages would hold 80,000 more entries (over 25 MB) at the larger size, or run out of
 * its heap. Set {@code PROCORE_SYNC_MEMORY_ENTRIES=1000000} for the full figure (the larger size;
 * the smaller stays a fifth of it).
 */
class ClientStreamingMemoryTest {

  /** How much more the peak heap may be at the larger size. */
  static final long FLAT = 8L * 1024 * 1024;

  @Test
  void streamingKeepsTheHeapFlat() throws Exception {
    String env = System.getenv("PROCORE_SYNC_MEMORY_ENTRIES");
    long large = env == null || env.isBlank() ? 100_000 : Long.parseLong(env.trim());
    long small = large / 5;

    long smallPeak = peakHeap(small);
    long largePeak = peakHeap(large);

    System.out.printf(
        "peak heap after GC with -Xmx64m: %.1f MB for %d entries, %.1f MB for %d entries%n",
        smallPeak / 1048576.0, small, largePeak / 1048576.0, large);
    assertTrue(
        largePeak - smallPeak < FLAT,
        "the heap grew with the number of entries streamed: "
            + smallPeak
            + " bytes for "
            + small
            + ", "
            + largePeak
            + " bytes for "
            + large);
  }

  /** Streams {@code entries} in a fresh client JVM and returns its peak heap after GC. */
  private static long peakHeap(long entries) throws Exception {
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    String cp = System.getProperty("java.class.path");
    Process server =
        new ProcessBuilder(
                java,
                "-Xmx256m",
                "-cp",
                cp,
                PageGeneratorServer.class.getName(),
                Long.toString(entries))
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader serverOut =
          new BufferedReader(
              new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
      String portLine = serverOut.readLine();
      assertTrue(portLine != null && portLine.startsWith("PORT "), "server said: " + portLine);
      String port = portLine.substring(5).trim();

      Process client =
          new ProcessBuilder(
                  List.of(
                      java,
                      "-Xmx64m",
                      "-cp",
                      cp,
                      "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                      StreamingMemoryProbe.class.getName(),
                      port))
              .redirectErrorStream(true)
              .start();
      String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(client.waitFor(10, TimeUnit.MINUTES), "client finished");
      assertEquals(0, client.exitValue(), output);
      Matcher m =
          Pattern.compile("COUNT (\\d+) PEAK_AFTER_GC (\\d+) MILLIS (\\d+)").matcher(output);
      assertTrue(m.find(), output);
      assertEquals(entries, Long.parseLong(m.group(1)));
      return Long.parseLong(m.group(2));
    } finally {
      server.destroy();
      server.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
