package dev.procoresync.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.SyncReport;
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
  void theFlowsWriteTheCompanyFileAndTheRerunWritesNothing() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<SyncReport> reports =
        QuickBooksDemo.run(
            new PrintStream(bytes, true, StandardCharsets.UTF_8), DemoOptions.parse(List.of()));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(6, reports.size(), out);
    SyncReport vendors = reports.get(0);
    assertEquals(3, vendors.count(Outcome.CREATED), vendors.toText());
    assertEquals(1, vendors.count(Outcome.UPDATED), vendors.toText());
    SyncReport items = reports.get(1);
    assertEquals(40, items.count(Outcome.CREATED), items.toText());
    assertEquals(1, items.count(Outcome.SKIPPED), items.toText());
    assertEquals(4, reports.get(2).count(Outcome.UNCHANGED), reports.get(2).toText());
    assertEquals(40, reports.get(3).count(Outcome.UNCHANGED), reports.get(3).toText());
    assertEquals(3, reports.get(4).count(Outcome.CREATED), reports.get(4).toText());
    assertEquals(3, reports.get(5).count(Outcome.UNCHANGED), reports.get(5).toText());
    assertTrue(out.contains("Procore direct costs held: 3"), out);
    assertTrue(out.contains("<AppURL>http://localhost:"), out);
    assertTrue(out.contains("percent done ["), out);
    String rerun = out.substring(out.indexOf("run 2"));
    // the two export reruns, and both runs of the costs import (an import never writes QuickBooks)
    assertEquals(4, rerun.split("writes: 0 Add/Mod", -1).length - 1, out);
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
