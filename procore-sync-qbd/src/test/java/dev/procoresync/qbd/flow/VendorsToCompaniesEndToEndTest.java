package dev.procoresync.qbd.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.client.ProcoreCredentials;
import dev.procoresync.core.client.ProcoreEnvironment;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.qbd.model.VendorImportSettings;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.Fixtures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * QuickBooks vendors -> Procore directory end to end: Web Connector simulator -> service over HTTP
 * -> simulated company file for the read, core's vendor client against the fake Procore for the
 * writes.
 */
class VendorsToCompaniesEndToEndTest extends FlowHarness {
  private FakeProcore procore;
  private CompanyClient company;

  @BeforeEach
  void startProcore() {
    procore = FakeProcore.builder().clock(clock).start();
    company =
        ProcoreClient.builder()
            .environment(ProcoreEnvironment.custom(procore.loginBaseUrl(), procore.apiBaseUrl()))
            .credentials(
                ProcoreCredentials.clientCredentials(procore.clientId(), procore.clientSecret()))
            .clock(clock)
            .sleeper(clock.sleeper())
            .retryPolicy(RetryPolicy.defaults().withJitter(0))
            .readTimeout(Duration.ofSeconds(10))
            .build()
            .forCompany(procore.companyId());
  }

  @AfterEach
  void stopProcore() {
    procore.close();
  }

  private Map<String, ObjectNode> directoryByName() {
    return procore.all("vendors").stream()
        .collect(Collectors.toMap(n -> n.path("name").asText(), Function.identity()));
  }

  private long writes() {
    return procore.requests().stream()
        .filter(r -> r.path().startsWith("/rest/") && !r.method().equals("GET"))
        .count();
  }

  @Test
  void importsSelectedTypesAndUntypedLinksExistingAndARerunWritesNothing() {
    qb.addVendor("Smith Plumbing", "Subcontractors");
    qb.addVendor("Jones Electric", null);
    qb.addVendor("Office Depot", "Suppliers");
    qb.addVendor("Acme Concrete", "Subcontractors");
    long acme = procore.givenVendor(Fixtures.vendor("ACME Concrete"));
    VendorImportSettings settings =
        VendorImportSettings.builder().addVendorTypes("subcontractors").build();
    VendorsToCompaniesFlow flow = VendorsToCompaniesFlow.create(qbd, company, settings);

    SyncReport first = drive(flow.start("vi-1"), flow::advance);

    assertEquals(SyncReport.Status.COMPLETED, first.status(), first.toText());
    assertEquals(4, first.inputs(), first.toText());
    assertEquals(3, first.count(Outcome.CREATED), first.toText());
    assertEquals(1, first.count(Outcome.SKIPPED), first.toText());
    RecordOutcome skip = first.skips().get(0);
    assertEquals("vendor_type.not_selected", skip.reason().orElseThrow());
    assertTrue(skip.message().orElseThrow().contains("Office Depot"), skip.toString());
    Map<String, ObjectNode> dir = directoryByName();
    assertEquals(3, dir.size(), dir.keySet().toString());
    assertEquals(acme, dir.get("Acme Concrete").get("id").asLong(), "linked, not duplicated");
    assertTrue(dir.get("Acme Concrete").path("origin_id").asText().startsWith("qbd:vendor:"));
    assertTrue(dir.containsKey("Jones Electric"), "a vendor without a type is imported");
    long written = writes();

    SyncReport rerun = drive(flow.start("vi-2"), flow::advance);
    assertEquals(3, rerun.count(Outcome.UNCHANGED), rerun.toText());
    assertEquals(1, rerun.count(Outcome.SKIPPED), rerun.toText());
    assertEquals(written, writes(), "a rerun writes nothing");
    assertEquals(3, procore.all("vendors").size());
  }

  @Test
  void untypedVendorsCanBeLeftOutAndAChangeInQuickBooksUpdatesTheCompany() {
    qb.addVendor("Jones Electric", null);
    String smith = qb.addVendor("Smith Plumbing", "Subcontractors");
    VendorsToCompaniesFlow flow =
        VendorsToCompaniesFlow.create(
            qbd, company, VendorImportSettings.builder().includeWithoutType(false).build());
    SyncReport first = drive(flow.start("vi-1"), flow::advance);
    assertEquals(1, first.count(Outcome.CREATED), first.toText());
    assertEquals(1, first.count(Outcome.SKIPPED), first.toText());
    assertEquals("qbd:vendor:" + smith, procore.all("vendors").get(0).path("origin_id").asText());
  }

  @Test
  void aNameHeldByACompanyLinkedElsewhereOrByTwoCompaniesIsAClearSkip() {
    qb.addVendor("Smith Plumbing", null);
    qb.addVendor("Twin Builders", null);
    qb.addVendor("Fresh Vendor", null);
    procore.givenVendor(Fixtures.vendor("Smith Plumbing").originId("erp:vendor:V-7"));
    procore.givenVendor(Fixtures.vendor("Twin Builders"));
    procore.givenVendor(Fixtures.vendor("twin builders"));
    VendorsToCompaniesFlow flow =
        VendorsToCompaniesFlow.create(qbd, company, VendorImportSettings.defaults());

    SyncReport report = drive(flow.start("vi-1"), flow::advance);

    assertEquals(1, report.count(Outcome.CREATED), report.toText());
    assertEquals(2, report.count(Outcome.SKIPPED), report.toText());
    Map<String, RecordOutcome> byReason =
        report.skips().stream()
            .collect(Collectors.toMap(o -> o.reason().orElseThrow(), Function.identity()));
    assertTrue(
        byReason.get("name.in_use").message().orElseThrow().contains("erp:vendor:V-7"),
        byReason.toString());
    assertTrue(
        byReason.get("name.ambiguous").message().orElseThrow().contains("2 Procore companies"),
        byReason.toString());
    assertEquals(4, procore.all("vendors").size());
  }

  @Test
  void anExpiredIteratorRestartsTheRead() {
    for (int i = 0; i < 7; i++) {
      qb.addVendor("Vendor " + i, null);
    }
    boolean[] restarted = {false};
    endpoint =
        new dev.procoresync.testkit.qbd.QbXmlEndpoint() {
          @Override
          public void beginSession(String file) {
            qb.beginSession(file);
          }

          @Override
          public String process(String request) {
            String answer = qb.process(request);
            if (!restarted[0] && request.contains("iterator=\"Start\"")) {
              restarted[0] = true;
              qb.endSession(); // QuickBooks restarted: the iterator is gone
            }
            return answer;
          }

          @Override
          public void endSession() {
            qb.endSession();
          }
        };
    VendorsToCompaniesFlow flow =
        VendorsToCompaniesFlow.create(
            qbd.withPageSize(3), company, VendorImportSettings.defaults());
    SyncReport report = drive(flow.start("vi-1"), flow::advance);
    assertTrue(restarted[0]);
    assertEquals(7, report.count(Outcome.CREATED), report.toText());
    assertEquals(List.of(), report.failures());
  }
}
