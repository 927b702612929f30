package dev.procoresync.qbd.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.model.Project;
import dev.procoresync.core.model.Vendor;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.qbd.model.CostCodeExport;
import dev.procoresync.qbd.model.JobSettings;
import dev.procoresync.testkit.qbd.QbXmlEndpoint;
import dev.procoresync.testkit.qbd.company.CompanyRecord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The QuickBooks flows driven end to end: Web Connector simulator -> service over HTTP -> simulated
 * company file.
 */
class QbdFlowsEndToEndTest extends FlowHarness {
  @Test
  void costCodesBecomeItemsAndARerunWritesNothing() {
    List<CostCodeExport> codes = new ArrayList<>(codes(60));
    codes.add(CostCodeExport.builder().procoreId(900).code("99-900").customSegment(true).build());
    codes.add(
        CostCodeExport.builder()
            .procoreId(901)
            .code("20-100.Sitework.Excavation.Trench-A")
            .description("long")
            .build());
    CostCodesToItemsFlow flow = CostCodesToItemsFlow.create(qbd.withPageSize(25), ACCOUNTS);
    SyncReport first = drive(flow.start("cc-1", codes), flow::advance);
    assertEquals(61, first.count(Outcome.CREATED), first.toText());
    assertEquals(1, first.count(Outcome.SKIPPED), first.toText());
    assertTrue(first.skips().get(0).toString().contains("custom WBS"), first.skips().toString());
    assertEquals(61, qb.records("ItemService").size());
    assertTrue(
        qb.records("ItemService").stream()
            .anyMatch(
                r ->
                    r.fullName().orElse("").matches("20-100\\.Sitework\\.Excavation~[0-9A-Z]{4}")));
    long writes = qb.writes();

    SyncReport rerun = drive(flow.start("cc-2", codes), flow::advance);
    assertEquals(61, rerun.count(Outcome.UNCHANGED), rerun.toText());
    assertEquals(writes, qb.writes(), "a rerun sends no Add or Mod");

    codes.set(5, codes.get(5).toBuilder().description("Changed").build());
    SyncReport third = drive(flow.start("cc-3", codes), flow::advance);
    assertEquals(1, third.count(Outcome.UPDATED), third.toText());
    assertTrue(
        qb.records("ItemService").stream()
            .anyMatch(r -> r.field("SalesAndPurchase/SalesDesc").orElse("").equals("Changed")));
  }

  @Test
  void vendorsNameClashLostAnswerStaleEditSequenceAndLockedRecord() {
    qb.addCustomer("Acme Corp", null, null, null);
    qb.loseAnswerAfterCommit("VendorAddRq", 1);
    List<Vendor> companies =
        List.of(
            vendor(1, "Smith Plumbing", "1"),
            vendor(2, "Acme Corp", "2"),
            vendor(3, "Jones Electric", "3"));
    CompaniesToVendorsFlow flow = CompaniesToVendorsFlow.create(qbd);
    SyncReport first = drive(flow.start("v-1", companies), flow::advance);
    assertEquals(2, first.count(Outcome.CREATED), first.toText());
    assertEquals(1, first.count(Outcome.FAILED), first.toText());
    assertTrue(first.failures().get(0).toString().contains("3100"), first.failures().toString());
    assertEquals(2, qb.records("Vendor").size(), "the lost answer did not duplicate a vendor");

    // stale EditSequence: a user edits Smith in QuickBooks after the read; locked: Jones is open
    // elsewhere
    List<Vendor> changed =
        List.of(vendor(1, "Smith Plumbing", "11"), vendor(3, "Jones Electric", "33"));
    QbdFlowRun run = flow.start("v-2", changed);
    session();
    run = flow.advance(run);
    assertEquals(QbdFlowRun.Phase.WRITING, run.phase());
    CompanyRecord smith =
        qb.records("Vendor").stream()
            .filter(r -> r.fullName().orElse("").equals("Smith Plumbing"))
            .findFirst()
            .orElseThrow();
    CompanyRecord jones =
        qb.records("Vendor").stream()
            .filter(r -> r.fullName().orElse("").equals("Jones Electric"))
            .findFirst()
            .orElseThrow();
    qb.touch(smith.id());
    qb.lock(jones.id(), 3170);
    session();
    run = flow.advance(run);
    assertEquals(QbdFlowRun.Phase.CHECKING, run.phase());
    qb.unlock(jones.id());
    SyncReport second = drive(run, flow::advance);
    assertEquals(2, second.count(Outcome.UPDATED), second.toText());
    assertEquals("11", qb.record(smith.id()).orElseThrow().field("Phone").orElseThrow());
    assertEquals("33", qb.record(jones.id()).orElseThrow().field("Phone").orElseThrow());
  }

  @Test
  void anExpiredIteratorRestartsTheRead() {
    for (int i = 0; i < 7; i++) {
      qb.addVendor("Vendor " + i, null);
    }
    boolean[] restarted = {false};
    endpoint =
        new QbXmlEndpoint() {
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
    List<Vendor> companies = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      companies.add(vendor(i, "Vendor " + i, "5"));
    }
    CompaniesToVendorsFlow flow = CompaniesToVendorsFlow.create(qbd.withPageSize(3));
    SyncReport report = drive(flow.start("it-1", companies), flow::advance);
    assertTrue(restarted[0]);
    assertTrue(
        qb.journal().stream().filter(n -> n.equals("VendorQueryRq")).count() > 3,
        qb.journal().toString());
    assertEquals(7, report.count(Outcome.UPDATED), report.toText());
    assertEquals(7, qb.records("Vendor").size());
  }

  @Test
  void projectsBecomeJobsUnderTheCustomerAndAMissingParentIs3140() {
    Project p =
        Project.builder()
            .id(1)
            .name("Tower A")
            .address("1 Main St")
            .city("Austin")
            .stateCode("TX")
            .zip("78701")
            .build();
    ProjectsToCustomersFlow missing =
        ProjectsToCustomersFlow.create(
            qbd, JobSettings.builder().parentCustomer("Acme Corp").build());
    SyncReport failed = drive(missing.start("p-1", List.of(p)), missing::advance);
    assertEquals(1, failed.count(Outcome.FAILED), failed.toText());
    assertTrue(failed.failures().get(0).toString().contains("3140"), failed.failures().toString());
    qb.addCustomer("Acme Corp", null, null, null);
    SyncReport created = drive(missing.start("p-2", List.of(p)), missing::advance);
    assertEquals(1, created.count(Outcome.CREATED), created.toText());
    CompanyRecord job =
        qb.records("Customer").stream()
            .filter(r -> r.fullName().orElse("").equals("Acme Corp:Tower A"))
            .findFirst()
            .orElseThrow();
    assertEquals("Austin", job.field("ShipAddress/City").orElseThrow());
    SyncReport rerun = drive(missing.start("p-3", List.of(p)), missing::advance);
    assertEquals(1, rerun.count(Outcome.UNCHANGED), rerun.toText());
  }
}
