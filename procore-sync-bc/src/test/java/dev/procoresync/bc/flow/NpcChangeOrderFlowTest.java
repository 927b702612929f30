package dev.procoresync.bc.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.procoresync.bc.mapping.BcChangeOrderRules;
import dev.procoresync.bc.mapping.ChangeOrderSource;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.model.ChangeOrderUpdate;
import dev.procoresync.core.state.InMemorySyncStateStore;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.core.webhook.WebhookEvent;
import dev.procoresync.testkit.bc.BcCompanyFixture;
import dev.procoresync.testkit.bc.FakeBusinessCentral;
import dev.procoresync.testkit.bc.FakeBusinessCentralTest;
import dev.procoresync.testkit.bc.contract.BcApi;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.FakeProcoreTest;
import dev.procoresync.testkit.procore.Fixtures;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Flow 6, approved NPC change orders -> new linked BC projects, between the two fakes. */
@FakeProcoreTest
@FakeBusinessCentralTest
class NpcChangeOrderFlowTest {
  private FakeProcore procore;
  private FakeBusinessCentral bc;
  private InMemorySyncStateStore state;
  private long project;

  @BeforeEach
  void setUp(FakeProcore procore, FakeBusinessCentral bc) {
    this.procore = procore;
    this.bc = bc;
    this.state = InMemorySyncStateStore.create(procore.clock());
    project = ChangeOrderFixtures.seed(procore, bc);
  }

  private NpcChangeOrderFlow flow(CompanyClient company) {
    return NpcChangeOrderFlow.create(BcHarness.client(bc), company, state, procore.clock());
  }

  private SyncReport run() {
    return flow(ProcoreHarness.company(procore)).run(RunOptions.defaults());
  }

  private List<ObjectNodeView> npcProjects() {
    return bc.all(BcApi.CUSTOM, "projects").stream()
        .filter(p -> p.path("npcChangeOrderId").asLong() > 0)
        .map(ObjectNodeView::new)
        .toList();
  }

  private record ObjectNodeView(JsonNode node) {}

  @Test
  void anApprovedNpcChangeOrderCreatesOneLinkedProjectAndTheParentClassMoves() {
    long npc = ChangeOrderFixtures.changeOrder(procore, project, "NPC canopy", "approved", 1);
    ChangeOrderFixtures.changeOrder(procore, project, "Regular work", "approved", 1);
    ChangeOrderFixtures.changeOrder(procore, project, "NPC not yet", "pending", 1);

    SyncReport report = run();

    assertEquals(1, report.count(Outcome.CREATED), report.toText());
    assertEquals(2, report.count(Outcome.SKIPPED), report.toText());
    JsonNode created = npcProjects().get(0).node();
    assertEquals("NPC" + npc, created.path("number").asText());
    assertEquals("NPC canopy", created.path("displayName").asText());
    assertEquals("Scope of NPC canopy", created.path("description2").asText());
    assertEquals("C0001", created.path("billToCustomerNumber").asText(), "the parent's customer");
    assertEquals(ChangeOrderFixtures.JOB, created.path("parentProjectNumber").asText());
    assertEquals(project, created.path("procoreProjectId").asLong());
    assertEquals(npc, created.path("npcChangeOrderId").asLong());
    assertEquals("NPC Change Order", created.path("projectClass").asText());
    assertEquals(
        "Project with Change Order",
        ChangeOrderFixtures.project(bc, ChangeOrderFixtures.JOB).path("projectClass").asText());
    assertEquals(0, ProcoreHarness.writes(procore).size());
  }

  @Test
  void everyRuleSkipsTheChangeOrderWithItsMessage() {
    long other = procore.givenProject(Fixtures.project("No customer"));
    bc.given(
        BcCompanyFixture.builder()
            .project(
                "JOB000077",
                "No customer",
                p -> p.put("procoreProjectId", other).put("projectClass", "Master Job"))
            .build());
    long regular = ChangeOrderFixtures.changeOrder(procore, project, "Regular", "approved", 1);
    long noCustomer = ChangeOrderFixtures.changeOrder(procore, other, "NPC gate", "approved", 1);
    CompanyClient company = ProcoreHarness.company(procore);
    SyncReport report =
        flow(company)
            .run(
                List.of(
                    new ChangeOrderSource(
                        project,
                        company.changeManagement().getPotentialChangeOrder(project, regular)),
                    new ChangeOrderSource(
                        other,
                        company.changeManagement().getPotentialChangeOrder(other, noCustomer))),
                RunOptions.defaults());

    assertEquals(2, report.count(Outcome.SKIPPED), report.toText());
    assertSkip(report, regular, BcChangeOrderRules.NOT_NPC, "is a regular change order");
    assertSkip(
        report,
        noCustomer,
        BcChangeOrderRules.NO_CUSTOMER,
        "parent project JOB000077 has no Bill-to Customer No.");
    assertEquals(0, BcHarness.writes(bc).size());
  }

  @Test
  void aRerunWritesNothingAndARenamedChangeOrderRenamesItsProjectOnly() {
    long a = ChangeOrderFixtures.changeOrder(procore, project, "NPC one", "approved", 1);
    procore.clock().advance(Duration.ofMinutes(1));
    ChangeOrderFixtures.changeOrder(procore, project, "NPC two", "approved", 1);
    assertEquals(2, run().count(Outcome.CREATED));
    procore.clearRequests();
    bc.clearRequests();

    SyncReport rerun = run();
    assertEquals(0, BcHarness.writes(bc).size(), rerun.toText());
    assertEquals(0, ProcoreHarness.writes(procore).size());

    procore.clock().advance(Duration.ofMinutes(1));
    ProcoreHarness.company(procore)
        .changeManagement()
        .syncPotentialChangeOrders(
            project, 1L, List.of(ChangeOrderUpdate.builder().id(a).title("NPC one (v2)").build()));
    bc.clearRequests();
    SyncReport changed = run();
    assertEquals(1, changed.count(Outcome.UPDATED), changed.toText());
    assertEquals(1, BcHarness.writes(bc).size());
    assertEquals(2, npcProjects().size());
    assertTrue(
        npcProjects().stream()
            .anyMatch(p -> p.node().path("displayName").asText().equals("NPC one (v2)")));
  }

  @Test
  void twoOverlappingRunsCreateTheProjectOnce() throws Exception {
    long npc = ChangeOrderFixtures.changeOrder(procore, project, "NPC overlap", "approved", 1);
    // both runs have read Business Central (no NPC project yet) before either writes
    CyclicBarrier bothRead = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<SyncReport>> runs =
          List.of(
              pool.submit(() -> overlapping(bothRead)), pool.submit(() -> overlapping(bothRead)));
      SyncReport one = runs.get(0).get(60, TimeUnit.SECONDS);
      SyncReport two = runs.get(1).get(60, TimeUnit.SECONDS);
      assertEquals(
          0, one.count(Outcome.FAILED) + two.count(Outcome.FAILED), one.toText() + two.toText());
      assertEquals(1, npcProjects().size(), "one project for change order " + npc);
      assertEquals(
          "Project with Change Order",
          ChangeOrderFixtures.project(bc, ChangeOrderFixtures.JOB).path("projectClass").asText());
      assertEquals(0, run().count(Outcome.CREATED), "a third run finds it");
    } finally {
      pool.shutdownNow();
    }
  }

  private SyncReport overlapping(CyclicBarrier bothRead) {
    AtomicBoolean waited = new AtomicBoolean();
    CompanyClient company =
        ChangeOrderFixtures.company(
            procore,
            event -> {
              if (event.path().contains("potential_change_orders") && !waited.getAndSet(true)) {
                try {
                  bothRead.await(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              }
            });
    return NpcChangeOrderFlow.create(
            BcHarness.client(bc), company, InMemorySyncStateStore.create(), procore.clock())
        .run(RunOptions.defaults());
  }

  @Test
  void oneWebhookEventCreatesThatProject() {
    long npc = ChangeOrderFixtures.changeOrder(procore, project, "NPC pushed", "approved", 1);
    WebhookEvent event =
        WebhookEvent.builder()
            .payloadVersion("v4.0")
            .id("evt-9")
            .reason("create")
            .resourceName("Potential Change Orders")
            .resourceId(String.valueOf(npc))
            .projectId(String.valueOf(project))
            .build();

    SyncReport report =
        flow(ProcoreHarness.company(procore)).runForEvent(event, RunOptions.defaults());

    assertEquals(1, report.count(Outcome.CREATED), report.toText());
    assertEquals(npc, npcProjects().get(0).node().path("npcChangeOrderId").asLong());
    WebhookEvent deleted = event.toBuilder().id("evt-10").reason("delete").build();
    assertEquals(
        0,
        flow(ProcoreHarness.company(procore))
            .runForEvent(deleted, RunOptions.defaults())
            .totalInputs());
  }

  private static void assertSkip(SyncReport report, long id, String code, String text) {
    RecordOutcome skip =
        report.skips().stream()
            .filter(s -> s.key().equals(BcChangeOrderRules.key(id)))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no skip of " + id + " in " + report.toText()));
    assertTrue(
        skip.violations().stream()
            .anyMatch(v -> v.code().equals(code) && v.message().contains(text)),
        "expected " + code + " '" + text + "' in " + skip.violations());
  }
}
