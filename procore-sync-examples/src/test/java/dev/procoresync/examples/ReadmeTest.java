package dev.procoresync.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    String quickstart =
        "procore-sync-examples/src/main/java/dev/procoresync/examples/Quickstart.java";
    assertReadmeShows(quickstart, "quickstart");
    assertReadmeShows(quickstart, "quickstart-imports");
  }

  private static final String CHECKED_ONCE = "<!-- checked once, not on every build";

  /**
   * The README's {@code xml} blocks, each with its lines stripped of indentation; without those
   * after a {@code <!-- checked once, not on every build ... -->} line when {@code built} is set.
   */
  private static List<String> xmlBlocks(String markdown, boolean built) {
    List<String> blocks = new ArrayList<>();
    Matcher m =
        Pattern.compile("(<!--[^\\n]*-->\\n)?```xml\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
    while (m.find()) {
      boolean checkedOnce = m.group(1) != null && m.group(1).startsWith(CHECKED_ONCE);
      if (!(built && checkedOnce)) {
        blocks.add(normalised(m.group(2)));
      }
    }
    return blocks;
  }

  private static String normalised(String xml) {
    return xml.lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .collect(Collectors.joining("\n"));
  }

  @Test
  void everyPomSnippetIsPartOfAProjectTheBuildTests() throws IOException {
    // procore-sync-it/consumer and procore-sync-it/spring-boot-host are built as users' projects
    // (BOM only, dependencyConvergence, a first sync): a snippet the README shows must be in one.
    String consumer =
        normalised(Files.readString(ROOT.resolve("procore-sync-it/consumer/pom.xml")));
    String host =
        normalised(Files.readString(ROOT.resolve("procore-sync-it/spring-boot-host/pom.xml")));
    List<String> blocks = xmlBlocks(readme(), true);
    assertTrue(blocks.size() >= 2, "README lost its pom snippets");
    for (String block : blocks) {
      assertTrue(
          consumer.contains(block) || host.contains(block),
          "README.md shows a pom snippet that no tested project contains:\n" + block);
    }
  }

  @Test
  void readmeDeclaresEachArtifactOnce() throws IOException {
    // pasting every snippet into one pom must not declare the testkit (or anything) twice
    List<String> blocks = xmlBlocks(readme(), false);
    long testkit =
        blocks.stream()
            .filter(b -> !b.contains("<parent>"))
            .mapToLong(b -> b.split("<artifactId>procore-sync-testkit</artifactId>", -1).length - 1)
            .sum();
    assertEquals(1, testkit, "README must declare procore-sync-testkit exactly once");
  }

  @Test
  void micrometerRecipeLinksTheCompiledListener() throws IOException {
    String file =
        "procore-sync-examples/src/main/java/dev/procoresync/examples/"
            + "MicrometerRequestListener.java";
    assertTrue(Files.exists(ROOT.resolve(file)), file);
    assertTrue(readme().contains("](" + file + ")"), "README must link " + file);
    assertTrue(readme().contains(".requestListener(new MicrometerRequestListener("));
  }

  @Test
  void readmeSaysHowToGetTheArtifactsBeforeMavenCentral() throws IOException {
    assertTrue(readme().contains("./mvnw -B install -DskipTests"));
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
