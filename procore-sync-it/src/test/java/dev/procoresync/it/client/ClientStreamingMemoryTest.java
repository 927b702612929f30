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
 * at {@code -Xmx128m}, and checks that the heap stays flat. CI streams 50,000; set {@code
 * PROCORE_SYNC_MEMORY_ENTRIES=1000000} for the full figure.
 */
class ClientStreamingMemoryTest {

  @Test
  void streamingKeepsTheHeapFlat() throws Exception {
    String env = System.getenv("PROCORE_SYNC_MEMORY_ENTRIES");
    long entries = env == null || env.isBlank() ? 50_000 : Long.parseLong(env.trim());
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
                      "-Xmx128m",
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
      long peak = Long.parseLong(m.group(2));
      System.out.printf(
          "streamed %d timecard entries with -Xmx128m: peak heap after GC %.1f MB in %s ms%n",
          entries, peak / 1048576.0, m.group(3));
      assertTrue(peak < 48L * 1024 * 1024, "peak heap after GC " + peak + " bytes");
    } finally {
      server.destroy();
      server.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
