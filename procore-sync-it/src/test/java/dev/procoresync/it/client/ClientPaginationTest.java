package dev.procoresync.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ListOptions;
import dev.procoresync.core.http.Page;
import dev.procoresync.core.http.PagePosition;
import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.core.model.Vendor;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.FakeProcoreTest;
import dev.procoresync.testkit.procore.Fixtures;
import dev.procoresync.testkit.procore.RecordedRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@FakeProcoreTest
class ClientPaginationTest {

  @Test
  void followsLinkAcrossPagesWithTheLargestPageSize(FakeProcore fake) {
    for (int i = 0; i < 2345; i++) {
      fake.givenVendor(Fixtures.vendor("Vendor " + i));
    }
    CompanyClient company = FakeClients.client(fake).forCompany(fake.companyId());
    PagedIterable<Vendor> vendors = company.vendors().list();
    assertEquals(0, fake.requestCount("GET /rest/v1.0/vendors"), "nothing fetched before use");

    List<Vendor> all = vendors.stream().collect(Collectors.toList());

    assertEquals(2345, all.size());
    Set<Long> ids = all.stream().map(v -> v.id()).collect(Collectors.toSet());
    assertEquals(2345, ids.size(), "no duplicates across pages");
    List<RecordedRequest> gets = fake.requests("GET /rest/v1.0/vendors");
    assertEquals(3, gets.size());
    for (RecordedRequest r : gets) {
      assertEquals("1000", r.queryParam("per_page").orElseThrow());
      assertEquals(Long.toString(fake.companyId()), r.header("Procore-Company-Id").orElseThrow());
    }
    assertEquals("3", gets.get(2).queryParam("page").orElseThrow());
  }

  @Test
  void pagesAreLazyAndResumable(FakeProcore fake) {
    for (int i = 0; i < 25; i++) {
      fake.givenVendor(Fixtures.vendor("V" + i));
    }
    CompanyClient company = FakeClients.client(fake).forCompany(fake.companyId());
    // the client asks for 1,000 a page, so all 25 come in one page; a checkpoint saved by a listing
    // of 10 a page (as Procore's Link would give it) resumes from its second page
    PagedIterable<Vendor> listing = company.vendors().list(ListOptions.none());
    Page<Vendor> first = listing.byPage().iterator().next();
    assertEquals(25, first.items().size());
    assertTrue(first.next().isEmpty(), "one page: no next link");
    assertEquals(25, first.total().orElseThrow());

    String base = fake.apiBaseUrl() + "/rest/v1.0/vendors?company_id=" + fake.companyId();
    PagePosition second = PagePosition.of(base + "&page=2&per_page=10");
    List<Vendor> rest = new ArrayList<>();
    listing.resumeFrom(second).forEach(rest::add);
    assertEquals(15, rest.size(), "pages 2 and 3 of 10");
    Set<Long> seen = new HashSet<>();
    rest.forEach(v -> seen.add(v.id()));
    assertEquals(15, seen.size());
  }
}
