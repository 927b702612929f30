package dev.procoresync.it.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.examples.Demo;
import dev.procoresync.examples.SharedProcoreDemo;
import dev.procoresync.state.jdbc.JdbcSyncStateStore;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.RateLimit;
import dev.procoresync.testkit.procore.RecordedRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's deployment steps, run: a fake Procore served as by {@code Demo --serve-procore}
 * (here in the test's JVM, so that its journal can be read), and two demo processes started with
 * {@code --procore=URL --state=jdbc:postgresql://...} at once. From the fake's journal: one token
 * refresh in total (the processes share the pair in the database) and no 429 under a tight spike
 * window (they share one budget); from their output: one process ran the vendor sync, the other ran
 * after it (told "already running" while they overlap) and wrote nothing.
 */
class DemoProcessesTest {
  @Test
  void twoDemoProcessesShareOneTokenAndOneBudget() throws Exception {
    String state = Services.postgres();
    try (FakeProcore procore =
        FakeProcore.builder().rateLimit(RateLimit.of(3_600, 2)).threads(16).start()) {
      JdbcSyncStateStore store = JdbcSyncStateStore.connect(state, procore.clock());
      SharedProcoreDemo.seedToken(store, procore); // what --serve-procore does
      List<Process> demos = new ArrayList<>();
      List<Path> outputs = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        Path output = Files.createTempFile("demo-process", ".out");
        outputs.add(output);
        demos.add(
            new ProcessBuilder(
                    command(
                        "--procore=" + procore.apiBaseUrl(),
                        "--state=" + state,
                        "--vendors",
                        "300"))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start());
      }
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        assertTrue(demos.get(i).waitFor(300, TimeUnit.SECONDS), "demo " + i + " ended");
        String text = Files.readString(outputs.get(i));
        texts.add(text);
        Files.deleteIfExists(outputs.get(i));
        assertEquals(0, demos.get(i).exitValue(), text);
      }
      List<RecordedRequest> journal = procore.requests();
      long refreshes = journal.stream().filter(r -> r.path().equals("/oauth/token")).count();
      List<RecordedRequest> api =
          journal.stream().filter(r -> r.path().startsWith("/rest/")).toList();
      long refused = api.stream().filter(r -> r.status() == 429).count();
      System.out.println(
          "[figures] DemoProcessesTest: 2 demo processes, 1 PostgreSQL: "
              + refreshes
              + " token refresh(es), "
              + refused
              + " x 429 in "
              + api.size()
              + " API requests (spike window 2 / 10 s)");
      assertEquals(1, refreshes, "token requests:\n" + String.join("\n", texts));
      assertEquals(0, refused, "429s:\n" + String.join("\n", texts));
      String both = String.join("\n", texts);
      // one process created the vendors (the sample export's invalid few are skipped), the other
      // ran after it and wrote nothing
      assertTrue(
          both.matches("(?s).*: vendors created=[1-9][0-9]* updated=0 unchanged=0 .*"), both);
      assertTrue(
          both.matches("(?s).*: vendors created=0 updated=0 unchanged=[1-9][0-9]* .*"), both);
      assertEquals(
          2,
          both.lines().filter(l -> l.contains(": vendors ")).count(),
          "two vendor runs: " + both);
    }
  }

  private static List<String> command(String... args) throws IOException {
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(classPath);
    command.add(Demo.class.getName());
    command.addAll(List.of(args));
    return command;
  }
}
