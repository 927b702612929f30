package dev.procoresync.testkit.procore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PaginationTest {
  private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");
  private final FakeProcore procore = FakeProcore.start();
  private final Http http = new Http(procore);

  @AfterEach
  void stop() {
    procore.close();
  }

  @Test
  void pagesCarryLinkTotalAndPerPage() {
    for (int i = 1; i <= 25; i++) {
      procore.givenVendor(Fixtures.vendor("Vendor " + i));
    }
    Http.Response first =
        http.get("/rest/v1.0/vendors?company_id=" + procore.companyId() + "&per_page=10");
    assertEquals(200, first.status());
    assertEquals(10, first.json().size());
    assertEquals("25", first.header("Total"));
    assertEquals("10", first.header("Per-Page"));
    String link = first.header("Link");
    assertTrue(link.contains("page=2&per_page=10>; rel=\"next\""), link);
    assertTrue(link.contains("page=3&per_page=10>; rel=\"last\""), link);
    assertTrue(link.contains("company_id=" + procore.companyId()), link);
    assertFalse(link.contains("rel=\"prev\""), link);

    Http.Response last = http.get("/rest/v1.0/vendors?per_page=10&page=3");
    assertEquals(5, last.json().size());
    assertFalse(last.header("Link").contains("rel=\"next\""));
    assertTrue(last.header("Link").contains("rel=\"prev\""));
  }

  @Test
  void followingNextLinksVisitsEveryRecordOnce() {
    for (int i = 1; i <= 23; i++) {
      procore.givenVendor(Fixtures.vendor("Vendor " + i));
    }
    List<String> names = new ArrayList<>();
    String url = "/rest/v1.0/vendors?per_page=7";
    while (url != null) {
      Http.Response page = http.get(url);
      page.json().forEach(v -> names.add(v.get("name").asText()));
      Matcher m = NEXT.matcher(page.header("Link"));
      url = m.find() ? m.group(1) : null;
    }
    assertEquals(23, names.size());
    assertEquals(23, names.stream().distinct().count());
  }

  @Test
  void defaultAndMaximumPageSizes() {
    for (int i = 1; i <= 3; i++) {
      procore.givenVendor(Fixtures.vendor("V" + i));
    }
    assertEquals("100", http.get("/rest/v1.0/vendors").header("Per-Page"));
    assertEquals("1000", http.get("/rest/v1.0/vendors?per_page=5000").header("Per-Page"));
    assertEquals(0, http.get("/rest/v1.0/vendors?page=9").json().size());
  }
}
