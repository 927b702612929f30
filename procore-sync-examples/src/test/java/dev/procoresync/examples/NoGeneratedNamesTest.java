package dev.procoresync.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Users build values with {@code X.builder()}: the classes Immutables generates are package-private
 * and their names appear nowhere a user reads (decision 0150). Scans the README, the examples, the
 * public sources of every published module (their Javadoc is written from them) and, when the build
 * produced it, the generated Javadoc HTML.
 */
class NoGeneratedNamesTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** A generated implementation's name: the prefix then the value's name. */
  private static final Pattern GENERATED = Pattern.compile("\\bImmutable[A-Z]\\w*");

  /** The one place a public source names a generated class: Jackson's target of a value. */
  private static final Pattern JACKSON_TARGET =
      Pattern.compile(
          "^\\s*@Json(?:Serialize|Deserialize)\\(as = \\w+Builder\\.Immutable\\w+\\.class\\)$");

  private static final List<String> PUBLISHED =
      List.of(
          "procore-sync-core",
          "procore-sync-testkit",
          "procore-sync-bc",
          "procore-sync-timekeeping",
          "procore-sync-qbd");

  @Test
  void theReadmeNamesNoGeneratedClass() throws IOException {
    assertEquals(List.of(), hits(ROOT.resolve("README.md")));
  }

  @Test
  void theExamplesNameNoGeneratedClass() throws IOException {
    List<String> hits = new ArrayList<>();
    for (Path file : files(ROOT.resolve("procore-sync-examples/src"), ".java")) {
      hits.addAll(hits(file));
    }
    assertEquals(List.of(), hits);
  }

  /**
   * Javadoc is written from the comments and the public declarations of the sources; method bodies
   * (where {@code X.of(..)} calls the generated factory) and Jackson's targets never reach it.
   */
  @Test
  void publicSourcesNameNoGeneratedClassInTheirJavadocOrSignatures() throws IOException {
    List<String> hits = new ArrayList<>();
    int scanned = 0;
    for (String module : PUBLISHED) {
      for (Path file : files(ROOT.resolve(module).resolve("src/main/java"), ".java")) {
        if (file.toString().contains("/internal/")) {
          continue;
        }
        scanned++;
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i).strip();
          boolean documented =
              line.startsWith("*")
                  || line.startsWith("/*")
                  || line.startsWith("//")
                  || line.startsWith("public ")
                  || line.startsWith("protected ")
                  || line.startsWith("@");
          if (documented
              && GENERATED.matcher(line).find()
              && !JACKSON_TARGET.matcher(line).matches()) {
            hits.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertTrue(scanned > 100, "scanned only " + scanned + " files");
    assertEquals(List.of(), hits);
  }

  /** Scans the Javadoc jars the build made before this module's tests (none with -DskipJavadoc). */
  @Test
  void theGeneratedJavadocNamesNoGeneratedClass() throws IOException {
    List<String> hits = new ArrayList<>();
    for (String module : PUBLISHED) {
      for (Path jar : files(ROOT.resolve(module).resolve("target"), "-javadoc.jar")) {
        try (FileSystem zip = FileSystems.newFileSystem(jar)) {
          for (Path page : files(zip.getPath("/"), ".html")) {
            String html = Files.readString(page);
            Matcher found = GENERATED.matcher(html);
            if (found.find()) {
              hits.add(ROOT.relativize(jar) + "!" + page + ": " + found.group());
            }
          }
        }
      }
    }
    assertEquals(List.of(), hits);
  }

  @Test
  void theScanFindsAGeneratedName() {
    assertTrue(GENERATED.matcher("Immutable" + "Vendor.builder()").find());
    assertTrue(
        JACKSON_TARGET
            .matcher("@JsonSerialize(as = VendorBuilder." + "Immutable" + "Vendor.class)")
            .matches());
  }

  private static List<String> hits(Path file) throws IOException {
    List<String> hits = new ArrayList<>();
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (GENERATED.matcher(lines.get(i)).find()) {
        hits.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
      }
    }
    return hits;
  }

  private static List<Path> files(Path dir, String suffix) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir, Integer.MAX_VALUE)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
