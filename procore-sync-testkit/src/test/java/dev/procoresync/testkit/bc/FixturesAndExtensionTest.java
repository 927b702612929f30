package dev.procoresync.testkit.bc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.bc.contract.BcApi;
import dev.procoresync.testkit.bc.contract.BcContract;
import dev.procoresync.testkit.bc.contract.BcEntitySet;
import dev.procoresync.testkit.http.FakeLifecycle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Every fixture method seeds a record the contract's sets show; the extension per test and per
 * class.
 */
class FixturesAndExtensionTest {
  static final List<String> URLS = new ArrayList<>();

  /** One record (at least) for every custom entity set. */
  static BcCompanyFixture wholeCompany() {
    return BcCompanyFixture.builder()
        .customer("C1", "Adatum")
        .vendor("V1", "Fabrikam")
        .resource("R1", "Ann Crew", r -> r.put("useCrewTimeSheet", true))
        .accountingPeriod(LocalDate.of(2025, 1, 1), true)
        .accountingPeriod(LocalDate.of(2025, 2, 1), false)
        .project("JOB1", "Tower", p -> p.put("billToCustomerNumber", "C1"))
        .segmentCode("JOB1", "01", "Site")
        .jobTask("JOB1", "1000", "Concrete", t -> t.put("segmentCode", "01"))
        .planningLine("JOB1", "1000", 10000, l -> l.put("quantity", 3))
        .purchaseOrder("PO1", "V1", "JOB1", po -> po.put("sendToProcore", true))
        .purchaseOrderLine("PO1", 10000, l -> l.put("costType", "M").put("segmentCode", "01"))
        .postedInvoice("PPI1", "PO1", i -> i.put("amount", 100))
        .postedInvoiceLine("PPI1", 10000, l -> l.put("jobNo", "JOB1"))
        .jobJournalLine(10000, "JOB1", l -> l.put("lineType", "Budget"))
        .jobLedgerEntry(1, "JOB1", e -> e.put("totalCost", 5))
        .changeOrder("JOB1", "CO1", c -> c.put("procoreChangeOrderId", 5))
        .changeOrderLine("CO1", 10000, new BigDecimal("12.5"), l -> {})
        .crewTimeSheetEntry(
            1000000001L, 1000000001L, e -> e.put("resourceNumber", "R1").put("hours", 8))
        .build();
  }

  @Test
  void aWholeCompanySeedsAndLinesFindTheirHeaders() {
    try (FakeBusinessCentral bc = FakeBusinessCentral.start()) {
      bc.given(wholeCompany());
      for (BcEntitySet set : BcContract.load().entitySets(BcApi.CUSTOM)) {
        assertTrue(bc.count(set.api(), set.name()) >= 1, set.name());
      }
      JsonNode po = bc.all(BcApi.CUSTOM, "purchaseOrders").get(0);
      JsonNode line = bc.all(BcApi.CUSTOM, "purchaseOrderLines").get(0);
      assertEquals(po.path("id").asText(), line.path("documentId").asText());
      JsonNode co = bc.all(BcApi.CUSTOM, "changeOrders").get(0);
      assertEquals(
          co.path("id").asText(),
          bc.all(BcApi.CUSTOM, "changeOrderLines").get(0).path("documentId").asText());
      assertEquals(1, bc.count(BcApi.STANDARD, "projects"));
      assertEquals(1, bc.count(BcApi.STANDARD, "purchaseOrders"));
      IllegalArgumentException orphan =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  bc.given(
                      BcCompanyFixture.builder().purchaseOrderLine("PO-NONE", 1, l -> {}).build()));
      assertTrue(orphan.getMessage().contains("PO-NONE"), orphan.getMessage());
      IllegalArgumentException duplicate =
          assertThrows(
              IllegalArgumentException.class,
              () -> bc.given(BcCompanyFixture.builder().project("JOB1", "again", p -> {}).build()));
      assertTrue(
          duplicate.getMessage().contains("Internal_EntityWithSameKeyExists"),
          duplicate.getMessage());
      String other = bc.addCompany("Second Company");
      bc.given(
          other,
          BcCompanyFixture.builder()
              .project("JOB1", "same number, other company", p -> {})
              .build());
      assertEquals(1, bc.count(BcApi.CUSTOM, "projects"), "the default company is unchanged");
    }
  }

  @Test
  void uniqueKeysStayRightThroughUpdatesAndDeletesAtVolume() {
    try (FakeBusinessCentral bc = FakeBusinessCentral.builder().rateLimit(false).start()) {
      BcCompanyFixture.Builder many = BcCompanyFixture.builder();
      for (int i = 0; i < 3000; i++) {
        many.vendor(String.format("V%05d", i), "Vendor " + i);
      }
      bc.given(many.build());
      assertEquals(3000, bc.count(BcApi.STANDARD, "vendors"));
      BcHttp http = new BcHttp(bc);
      String first = bc.all(BcApi.STANDARD, "vendors").get(0).path("id").asText();
      String url = http.url(BcApi.STANDARD, "vendors(" + first + ")");
      BcHttp.Answer clash = http.patch(url, "{\"number\":\"V00001\"}", "*");
      assertEquals(400, clash.status());
      assertEquals("Internal_EntityWithSameKeyExists", clash.errorCode());
      assertEquals(200, http.patch(url, "{\"number\":\"X00000\"}", "*").status());
      assertEquals(
          201, http.post(http.url(BcApi.STANDARD, "vendors"), "{\"number\":\"V00000\"}").status());
      String second = bc.all(BcApi.STANDARD, "vendors").get(1).path("id").asText();
      assertEquals(
          204, http.delete(http.url(BcApi.STANDARD, "vendors(" + second + ")"), "*").status());
      assertEquals(
          201, http.post(http.url(BcApi.STANDARD, "vendors"), "{\"number\":\"V00001\"}").status());
    }
  }

  /** Run by EngineTestKit only. */
  @FakeBusinessCentralTest
  static class PerTestCase {
    @Test
    void first(FakeBusinessCentral bc, FakeClock clock) {
      assertSame(bc.clock(), clock);
      bc.given(BcCompanyFixture.builder().vendor("V1", "Acme").build());
      URLS.add(bc.baseUrl());
    }

    @Test
    void second(FakeBusinessCentral bc) {
      assertEquals(0, bc.count(BcApi.STANDARD, "vendors"));
      URLS.add(bc.baseUrl());
    }
  }

  /** Run by EngineTestKit only. */
  static class PerClassCase {
    @RegisterExtension
    static FakeBusinessCentralExtension ext =
        new FakeBusinessCentralExtension(FakeLifecycle.PER_CLASS);

    @BeforeAll
    static void seed(FakeBusinessCentral bc) {
      bc.given(BcCompanyFixture.builder().vendor("V1", "Acme").build());
    }

    @Test
    void first(FakeBusinessCentral bc) {
      assertSame(ext.fake(), bc);
      assertEquals(1, bc.count(BcApi.STANDARD, "vendors"));
      URLS.add(bc.baseUrl());
    }

    @Test
    void second(FakeBusinessCentral bc) {
      assertEquals(1, bc.count(BcApi.STANDARD, "vendors"));
      URLS.add(bc.baseUrl());
    }
  }

  @Test
  void perTestAndPerClassLifecycles() {
    URLS.clear();
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(PerTestCase.class))
        .execute()
        .testEvents()
        .assertStatistics(s -> s.started(2).succeeded(2));
    assertNotEquals(URLS.get(0), URLS.get(1));
    URLS.clear();
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(PerClassCase.class))
        .execute()
        .testEvents()
        .assertStatistics(s -> s.started(2).succeeded(2));
    assertEquals(URLS.get(0), URLS.get(1));
  }

  @Test
  void builderRefusesBadRouteSegments() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> FakeBusinessCentral.builder().customRoute("pro/ject", "g", "v1.0"));
    assertTrue(e.getMessage().contains("pro/ject"));
    try (FakeBusinessCentral bc =
        FakeBusinessCentral.builder()
            .customRoute("acme", "sync", "beta")
            .environment("sandbox")
            .start()) {
      assertTrue(
          bc.customApiUrl().endsWith("/v2.0/" + bc.tenant() + "/sandbox/api/acme/sync/beta"));
      assertEquals(200, new BcHttp(bc).get(bc.entitySetUrl(BcApi.CUSTOM, "jobTasks")).status());
    }
  }
}
