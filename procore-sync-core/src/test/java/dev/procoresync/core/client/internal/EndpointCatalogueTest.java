package dev.procoresync.core.client.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class EndpointCatalogueTest {

  @Test
  void listsEveryFamilyWithAbsoluteTemplates() {
    Set<String> all = EndpointCatalogue.endpoints();
    assertTrue(all.contains("POST /oauth/token"), all.toString());
    assertTrue(all.contains("PATCH /rest/v1.0/vendors/sync"), all.toString());
    assertTrue(
        all.contains("GET /rest/v1.0/projects/{project_id}/timecard_entries"), all.toString());
    for (String e : all) {
      assertTrue(e.matches("(GET|POST|PATCH|PUT|DELETE) /(rest|oauth)/\\S+"), e);
    }
  }
}
