package dev.procoresync.it.client;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.procoresync.core.client.internal.EndpointCatalogue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every method and path the client can call exists in Procore's own API description (the reference
 * catalogue {@code procore-endpoints.tsv}, in the folder named by {@code PROCORE_SYNC_REFERENCE}).
 */
class EndpointCatalogueCheckTest {

  @Test
  void everyEndpointOfTheClientIsInProcoresCatalogue() throws IOException {
    String folder = System.getenv("PROCORE_SYNC_REFERENCE");
    assumeTrue(
        folder != null && !folder.isBlank(),
        "PROCORE_SYNC_REFERENCE is not set: skipping the endpoint check against"
            + " procore-endpoints.tsv (set it to the folder that holds that file)");
    Path tsv = Path.of(folder, "procore-endpoints.tsv");
    assertTrue(Files.isRegularFile(tsv), "not found: " + tsv);
    Set<String> known = new TreeSet<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t");
      if (cols.length >= 2 && !cols[0].equals("method")) {
        known.add(cols[0].trim() + " " + cols[1].trim());
      }
    }
    Set<String> missing = new TreeSet<>(EndpointCatalogue.endpoints());
    missing.removeAll(known);
    assertTrue(missing.isEmpty(), "not in Procore's catalogue: " + missing);
    assertTrue(
        EndpointCatalogue.endpoints().size() > 20, "the catalogue scan found the interfaces");
  }
}
