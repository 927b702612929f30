package dev.procoresync.testkit.procore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every route the fake serves must be one of Procore's own operations, as listed in
 * procore-endpoints.tsv (method, path, operation_id, summary, required_params) in the folder named
 * by the environment variable PROCORE_SYNC_REFERENCE. Skipped when the variable is absent.
 */
class RouteCatalogueTest {

  static String normalize(String methodAndPath) {
    return methodAndPath.replaceAll("\\{[^}]*}", "{}");
  }

  @Test
  void everyServedRouteIsInProcoresCatalogue() throws IOException {
    String reference = System.getenv("PROCORE_SYNC_REFERENCE");
    assumeTrue(
        reference != null && !reference.isBlank(),
        "PROCORE_SYNC_REFERENCE is not set: skipping the check of the fake's routes against"
            + " procore-endpoints.tsv (set it to the folder holding that file to run it)");
    Path tsv = Path.of(reference, "procore-endpoints.tsv");
    assertTrue(
        Files.isRegularFile(tsv), "PROCORE_SYNC_REFERENCE has no procore-endpoints.tsv: " + tsv);
    Set<String> catalogue = new HashSet<>();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = line.split("\t");
      if (cols.length >= 2) {
        catalogue.add(normalize(cols[0] + " " + cols[1]));
      }
    }
    assertTrue(catalogue.contains(normalize("GET /rest/v1.0/vendors/{vendor_id}")));
    assertFalse(catalogue.contains(normalize("GET /rest/v1.0/not_a_resource")));
    List<String> served;
    try (FakeProcore procore = FakeProcore.start()) {
      served = procore.routes();
    }
    assertFalse(served.isEmpty());
    List<String> unknown =
        served.stream().filter(r -> !catalogue.contains(normalize(r))).collect(Collectors.toList());
    assertEquals(List.of(), unknown, "routes served by the fake that Procore does not have");
  }

  @Test
  void routesAreExposedAsMethodAndTemplate() {
    try (FakeProcore procore = FakeProcore.start()) {
      assertTrue(procore.routes().contains("PATCH /rest/v1.0/vendors/sync"));
      assertTrue(procore.routes().contains("POST /oauth/token"));
      assertTrue(procore.routes().contains("GET /rest/v1.0/vendors/{id}"));
    }
  }
}
