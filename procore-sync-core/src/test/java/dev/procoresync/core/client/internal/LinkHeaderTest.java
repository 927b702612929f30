package dev.procoresync.core.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LinkHeaderTest {

  @Test
  void findsNextAmongOthers() {
    String h =
        "<https://api.procore.com/rest/v1.0/vendors?company_id=1&page=1&per_page=2>; rel=\"first\", "
            + "<https://api.procore.com/rest/v1.0/vendors?company_id=1&page=3&per_page=2>; rel=\"next\", "
            + "<https://api.procore.com/rest/v1.0/vendors?company_id=1&page=9&per_page=2>; rel=\"last\"";
    assertEquals(
        "https://api.procore.com/rest/v1.0/vendors?company_id=1&page=3&per_page=2",
        LinkHeader.next(h).orElseThrow());
  }

  @Test
  void noNextOnLastPage() {
    assertTrue(
        LinkHeader.next("<https://x/p?page=1>; rel=\"first\", <https://x/p?page=1>; rel=\"prev\"")
            .isEmpty());
    assertTrue(LinkHeader.next(null).isEmpty());
    assertTrue(LinkHeader.next("").isEmpty());
  }

  @Test
  void unquotedAndMultipleRels() {
    assertEquals(
        "https://x/p?page=2", LinkHeader.next("<https://x/p?page=2>; rel=next").orElseThrow());
    assertEquals(
        "https://x/p?page=2",
        LinkHeader.next("<https://x/p?page=2>; rel=\"last next\"").orElseThrow());
  }
}
