package dev.procoresync.it.client;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.client.internal.EndpointCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every method and path the client can call exists in Procore's own API description (the reference
 * catalogue {@code procore-endpoints.tsv}: the folder named by {@code PROCORE_SYNC_REFERENCE}, or
 * the copy of its method, path and operation id columns in this module's test resources).
 */
class EndpointCatalogueCheckTest {

  @Test
  void everyEndpointOfTheClientIsInProcoresCatalogue() throws IOException {
    Set<String> known = new TreeSet<>();
    for (String line : catalogue()) {
      String[] cols = line.split("\t");
      if (cols.length >= 2 && !cols[0].equals("method") && !line.startsWith("#")) {
        known.add(cols[0].trim() + " " + cols[1].trim());
      }
    }
    Set<String> missing = new TreeSet<>(EndpointCatalogue.endpoints());
    missing.removeAll(known);
    assertTrue(missing.isEmpty(), "not in Procore's catalogue: " + missing);
    assertTrue(
        EndpointCatalogue.endpoints().size() > 20, "the catalogue scan found the interfaces");
    assertTrue(known.size() > 2_000, "the catalogue was read: " + known.size());
  }

  /**
   * The catalogue's lines: from {@code PROCORE_SYNC_REFERENCE/procore-endpoints.tsv} when that is
   * set, else from the copy in this module's test resources, so the check runs in every build.
   */
  static List<String> catalogue() throws IOException {
    String folder = System.getenv("PROCORE_SYNC_REFERENCE");
    if (folder != null && !folder.isBlank()) {
      Path tsv = Path.of(folder, "procore-endpoints.tsv");
      assertTrue(Files.isRegularFile(tsv), "not found: " + tsv);
      return Files.readAllLines(tsv, StandardCharsets.UTF_8);
    }
    try (InputStream in =
        EndpointCatalogueCheckTest.class.getResourceAsStream("/reference/procore-endpoints.tsv")) {
      assertNotNull(in, "the copy of the catalogue in src/test/resources/reference");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
