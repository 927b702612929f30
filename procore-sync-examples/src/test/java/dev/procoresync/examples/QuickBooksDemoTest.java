package dev.procoresync.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.state.QueueProgress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QuickBooksDemoTest {
  @Test
  void theDemoDrainsItsRunAndTheNextPollFindsNothing() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    QueueProgress progress =
        QuickBooksDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(3, progress.answered());
    assertTrue(progress.finalAt().isPresent());
    assertTrue(out.contains("percent done after each answer [33, 66, 100]"), out);
    assertTrue(out.contains("authenticate answered \"none\""), out);
    assertTrue(out.contains("<AppURL>http://localhost:"), out);
  }

  @Test
  void theReadmeShowsTheCompiledServiceSnippet() throws Exception {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<String> lines =
        Files.readAllLines(
            root.resolve(
                "procore-sync-examples/src/main/java/dev/procoresync/examples/QuickBooksDemo.java"));
    int first = -1;
    int last = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("// [qbwc-service]")) {
        if (first < 0) {
          first = i;
        } else {
          last = i;
        }
      }
    }
    assertTrue(first >= 0 && last > first, "QuickBooksDemo lost its [qbwc-service] markers");
    String snippet =
        lines.subList(first + 1, last).stream()
            .map(l -> l.length() >= 4 ? l.substring(4) : l.strip())
            .map(l -> "   " + l)
            .collect(Collectors.joining("\n"));
    String readme = Files.readString(root.resolve("README.md"));
    assertTrue(readme.contains(snippet), "README.md must show, indented 3 more:\n" + snippet);
  }
}
