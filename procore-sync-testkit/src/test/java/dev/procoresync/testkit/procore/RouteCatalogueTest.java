package dev.procoresync.testkit.procore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
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
 * procore-endpoints.tsv: the one in the folder named by the environment variable
 * PROCORE_SYNC_REFERENCE, or else the copy of its method, path and operation id columns in this
 * module's test resources.
 */
class RouteCatalogueTest {

  static String normalize(String methodAndPath) {
    return methodAndPath.replaceAll("\\{[^}]*}", "{}");
  }

  @Test
  void everyServedRouteIsInProcoresCatalogue() throws IOException {
    Set<String> catalogue = new HashSet<>();
    for (String line : catalogueLines()) {
      String[] cols = line.split("\t");
      if (cols.length >= 2 && !line.startsWith("#") && !cols[0].equals("method")) {
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

  /**
   * The catalogue's lines: from {@code PROCORE_SYNC_REFERENCE/procore-endpoints.tsv} when that is
   * set, else from the copy in this module's test resources, so the check runs in every build.
   */
  static List<String> catalogueLines() throws IOException {
    String reference = System.getenv("PROCORE_SYNC_REFERENCE");
    if (reference != null && !reference.isBlank()) {
      Path tsv = Path.of(reference, "procore-endpoints.tsv");
      assertTrue(
          Files.isRegularFile(tsv), "PROCORE_SYNC_REFERENCE has no procore-endpoints.tsv: " + tsv);
      return Files.readAllLines(tsv, StandardCharsets.UTF_8);
    }
    try (InputStream in =
        RouteCatalogueTest.class.getResourceAsStream("/reference/procore-endpoints.tsv")) {
      assertNotNull(in, "the copy of the catalogue in src/test/resources/reference");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
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
