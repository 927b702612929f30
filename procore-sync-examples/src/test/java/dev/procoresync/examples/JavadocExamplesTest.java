package dev.procoresync.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Keeps the Javadoc's code examples compiled: each {@code <pre>{@code ...}</pre>} example named
 * here is the text of a region of a class in {@code dev.procoresync.examples.javadoc}, which this
 * module compiles against the real API.
 */
class JavadocExamplesTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String CORE = "procore-sync-core/src/main/java/dev/procoresync/core/";
  private static final String EXAMPLES =
      "procore-sync-examples/src/main/java/dev/procoresync/examples/javadoc/";

  /** The code examples of a Java file's comments, in order, without the comment's stars. */
  static List<String> examples(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    List<String> examples = new ArrayList<>();
    List<String> current = null;
    for (String line : lines) {
      String text = line.strip();
      if (text.equals("* <pre>{@code")) {
        current = new ArrayList<>();
      } else if (current != null && text.equals("* }</pre>")) {
        examples.add(String.join("\n", current).replace("&#64;", "@"));
        current = null;
      } else if (current != null) {
        current.add(text.equals("*") ? "" : text.substring(text.startsWith("* ") ? 2 : 1));
      }
    }
    return examples;
  }

  /** The lines between the two {@code // [marker]} lines of a file, dedented. */
  static String region(Path file, String marker) throws IOException {
    List<String> lines = Files.readAllLines(file);
    int first = -1;
    int last = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("// [" + marker + "]")) {
        if (first < 0) {
          first = i;
        } else {
          last = i;
        }
      }
    }
    assertTrue(first >= 0 && last > first, file + " lost its [" + marker + "] markers");
    String indent = lines.get(first).substring(0, lines.get(first).indexOf("//"));
    return lines.subList(first + 1, last).stream()
        .map(l -> l.startsWith(indent) ? l.substring(indent.length()) : l.strip())
        .collect(Collectors.joining("\n"));
  }

  @ParameterizedTest(name = "{0} example {1} = {2} [{3}]")
  @CsvSource({
    "http/PagedIterable.java, 0, PagedIterableExample.java, paged-iterable",
    "sync/SyncRun.java, 0, SyncRunExample.java, sync-run",
    "sync/package-info.java, 0, SyncRunExample.java, sync-run",
    "error/ProcoreSyncException.java, 0, ProcoreSyncExceptionExample.java, procore-sync-exception",
    "sync/CancellationToken.java, 0, CancellationTokenExample.java, cancellation-token",
  })
  void javadocExampleIsTheCompiledOne(String source, int index, String example, String marker)
      throws IOException {
    List<String> found = examples(ROOT.resolve(CORE + source));
    assertTrue(found.size() > index, source + " has no code example #" + index);
    assertEquals(
        region(ROOT.resolve(EXAMPLES + example), marker),
        found.get(index),
        source + "'s example must be the compiled [" + marker + "] region of " + example);
  }
}
