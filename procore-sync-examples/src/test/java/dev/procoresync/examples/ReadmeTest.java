package dev.procoresync.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Keeps the README honest: its quickstart is the compiled one, its commands are the real ones. */
class ReadmeTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static String readme() throws IOException {
    return Files.readString(ROOT.resolve("README.md"));
  }

  /** Returns the lines between the two {@code // [marker]} lines of a file, dedented. */
  private static String region(String file, String marker) throws IOException {
    List<String> lines = Files.readAllLines(ROOT.resolve(file));
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
        .collect(Collectors.joining("\n"))
        .strip();
  }

  private static void assertReadmeShows(String file, String marker) throws IOException {
    String snippet = region(file, marker);
    assertTrue(
        readme().contains(snippet),
        "README.md must show the [" + marker + "] region of " + file + " exactly:\n" + snippet);
  }

  @Test
  void quickstartInReadmeIsTheCompiledOne() throws IOException {
    assertReadmeShows(
        "procore-sync-examples/src/main/java/dev/procoresync/examples/Quickstart.java",
        "quickstart");
  }

  @Test
  void redactedLoggingRecipeInReadmeIsTheCompiledOne() throws IOException {
    assertReadmeShows(
        "procore-sync-examples/src/main/java/dev/procoresync/examples/RedactedLogging.java",
        "redacted-logging");
    assertTrue(
        !RedactedLogging.redact(okhttp3.Headers.of("Authorization", "Bearer t0k3n"))
            .contains("t0k3n"));
  }

  @Test
  void testkitSectionShowsTheCompiledTest() throws IOException {
    String test = "procore-sync-examples/src/test/java/dev/procoresync/examples/FirstSyncTest.java";
    assertReadmeShows(test, "testkit-imports");
    assertReadmeShows(test, "testkit");
  }

  @Test
  void readmeNamesTheTwoCommands() throws IOException {
    String readme = readme();
    assertTrue(readme.contains("`./mvnw -B verify`"), "test command missing from README");
    assertTrue(
        readme.contains("`./mvnw -B -q -Pdemo -pl procore-sync-examples -am package`"),
        "demo command missing from README");
    String ci = Files.readString(ROOT.resolve(".ci/run"));
    assertTrue(ci.contains("exec ./mvnw -B verify"), ".ci/run must run the README's test command");
  }

  @Test
  void readmeVersionIsTheProjectVersion() throws IOException {
    String pom = Files.readString(ROOT.resolve("pom.xml"));
    int start = pom.indexOf("<version>") + "<version>".length();
    String version = pom.substring(start, pom.indexOf("</version>", start));
    assertTrue(
        readme().contains("<version>" + version + "</version>"),
        "README's dependency snippet must use version " + version);
    assertEquals("0.1.0-SNAPSHOT", version);
  }
}
