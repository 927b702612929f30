package dev.procoresync.it.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.flow.CostCodeUpsertFlow;
import dev.procoresync.core.flow.TimecardAudit;
import dev.procoresync.core.flow.TimecardAuditFlow;
import dev.procoresync.core.flow.TimecardAuditRules;
import dev.procoresync.core.flow.VendorUpsertFlow;
import dev.procoresync.core.state.InMemorySyncStateStore;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.it.flow.VendorUpsertFlowTest.ErpVendor;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.FakeProcoreTest;
import dev.procoresync.testkit.procore.Fixtures;
import dev.procoresync.testkit.procore.RateLimit;
import dev.procoresync.testkit.procore.RecordedRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The figures of issue 7, measured on the fake's request journal (printed as {@code FIGURE} lines).
 */
@FakeProcoreTest
class FlowFiguresTest {
  private static final String VENDOR_SYNC = "PATCH /rest/v1.0/vendors/sync";
  private static final String VENDOR_LIST = "GET /rest/v1.0/vendors";
  private static final String TOKEN = "POST /oauth/token";

  private static void figure(String text) {
    System.out.println("FIGURE " + text);
  }

  @Test
  void vendorUpsertOf10000VendorsSpendsTenSyncCallsOnePagedReadAndOneToken(FakeProcore fake) {
    List<ErpVendor> erp = VendorUpsertFlowTest.vendors(1, 10_000);

    SyncReport created =
        VendorUpsertFlow.create(FlowHarness.company(fake), fake.clock())
            .run(erp, VendorUpsertFlowTest.MAPPING, RunOptions.defaults());

    assertEquals(10_000, created.count(Outcome.CREATED));
    int syncCalls = fake.requestCount(VENDOR_SYNC);
    assertTrue(syncCalls <= 10, "sync calls: " + syncCalls);
    assertEquals(1, fake.requestCount(VENDOR_LIST), "an empty directory is one page");
    assertEquals(1, fake.requestCount(TOKEN));
    assertEquals(syncCalls + 1 + 1, fake.requestCount(), "nothing else: " + fake.requests());
    figure(
        "vendor upsert, 10,000 new vendors: "
            + syncCalls
            + " sync calls + 1 read + 1 token = "
            + fake.requestCount()
            + " requests");

    // every vendor changed: the read of the target is 10 pages at per_page=1000
    fake.clearRequests();
    SyncReport updated =
        VendorUpsertFlow.create(FlowHarness.company(fake), fake.clock())
            .run(
                erp,
                v ->
                    VendorUpsertFlowTest.MAPPING.apply(
                        new ErpVendor(v.number(), v.name() + " Ltd", null)),
                RunOptions.defaults());

    assertEquals(10_000, updated.count(Outcome.UPDATED));
    List<RecordedRequest> reads = fake.requests(VENDOR_LIST);
    assertEquals(10, reads.size());
    reads.forEach(r -> assertEquals("1000", r.queryParam("per_page").orElseThrow()));
    int updateCalls = fake.requestCount(VENDOR_SYNC);
    assertTrue(updateCalls <= 10, "sync calls: " + updateCalls);
    assertEquals(updateCalls + 10 + 1, fake.requestCount());
    figure(
        "vendor upsert, 10,000 changed vendors: "
            + updateCalls
            + " sync calls + 10 reads (per_page=1000) + 1 token = "
            + fake.requestCount()
            + " requests");

    // nothing changed: zero write requests
    fake.clearRequests();
    SyncReport rerun =
        VendorUpsertFlow.create(FlowHarness.company(fake), fake.clock())
            .run(
                erp,
                v ->
                    VendorUpsertFlowTest.MAPPING.apply(
                        new ErpVendor(v.number(), v.name() + " Ltd", null)),
                RunOptions.defaults());

    assertEquals(10_000, rerun.count(Outcome.UNCHANGED));
    assertEquals(List.of(), FlowHarness.writes(fake));
    assertEquals(11, fake.requestCount());
    figure(
        "vendor upsert, 10,000 unchanged vendors: 0 writes + 10 reads + 1 token = "
            + fake.requestCount()
            + " requests");
  }

  @Test
  void underTheSpikeLimitTheFlowsEarnAtMostOne429PerThousandRequestsAndWaitNoMoreThanNeeded(
      FakeProcore fake) {
    long project = fake.givenProject(Fixtures.project("Tower"));
    long pat =
        fake.givenPerson(
            Fixtures.person("Pat", "Worker").with("is_employee", true).with("employee_id", "E-1"));
    LocalDate monday = LocalDate.of(2026, 1, 5);
    for (int i = 0; i < 2_500; i++) {
      fake.givenTimecardEntry(
          project,
          Fixtures.timecardEntry(monday.plusDays(i % 5), new BigDecimal("0.1"), pat)
              .with("approval_status", "approved"));
    }
    fake.rateLimit(RateLimit.of(1_000_000, 25));
    fake.clearRequests();
    // small sync chunks, so that the run spends about a thousand requests
    CompanyClient company =
        FlowHarness.builder(fake).syncChunkSize(10).build().forCompany(fake.companyId());
    Instant start = fake.clock().instant();

    SyncReport vendors =
        VendorUpsertFlow.create(company, fake.clock())
            .run(
                VendorUpsertFlowTest.vendors(1, 10_000),
                VendorUpsertFlowTest.MAPPING,
                RunOptions.defaults());
    SyncReport codes =
        CostCodeUpsertFlow.create(company, fake.clock())
            .run(
                project,
                CostCodeUpsertFlowTest.largeList(499),
                CostCodeUpsertFlowTest.MAPPING,
                RunOptions.defaults());
    TimecardAudit audit =
        TimecardAuditFlow.create(company, InMemorySyncStateStore.create(fake.clock()), fake.clock())
            .run(
                project,
                monday,
                monday.plusDays(4),
                TimecardAuditRules.defaults(),
                RunOptions.defaults());

    Duration spent = Duration.between(start, fake.clock().instant());
    assertEquals(10_000, vendors.count(Outcome.CREATED));
    assertEquals(500, codes.count(Outcome.CREATED));
    assertEquals(2_500, audit.report().count(Outcome.UNCHANGED));
    List<RecordedRequest> api =
        fake.requests().stream().filter(r -> r.path().startsWith("/rest/")).toList();
    long refused = api.stream().filter(r -> r.status() == 429).count();
    long served = api.size() - refused;
    long windows = (served + 24) / 25;
    Duration minimum = Duration.ofSeconds(10 * (windows - 1));
    double ratio = minimum.isZero() ? 1.0 : (double) spent.toMillis() / minimum.toMillis();
    figure(
        String.format(
            "rate limit 25 requests / 10 s: %d API requests, %d answered 429 (%.2f per 1,000),"
                + " fake-clock time %d s, minimum %d s, ratio %.3f",
            api.size(),
            refused,
            refused * 1000.0 / api.size(),
            spent.toSeconds(),
            minimum.toSeconds(),
            ratio));
    assertTrue(api.size() >= 1_000, "about a thousand requests: " + api.size());
    assertTrue(refused * 1_000 <= api.size(), "at most one 429 per 1,000 requests: " + refused);
    assertTrue(spent.compareTo(minimum) >= 0, "the fake enforces the limit: " + spent);
    assertTrue(ratio <= 1.10, "within 10% of the minimum: " + spent + " vs " + minimum);
  }
}
