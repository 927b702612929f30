package dev.procoresync.bc.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.procoresync.bc.client.BcClient;
import dev.procoresync.bc.mapping.BcChangeOrderRules;
import dev.procoresync.bc.mapping.ChangeOrderSource;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.mapping.changeorder.IneligibleReason;
import dev.procoresync.core.model.ChangeOrderUpdate;
import dev.procoresync.core.state.InMemorySyncStateStore;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.core.webhook.WebhookEvent;
import dev.procoresync.core.webhook.WebhookInbox;
import dev.procoresync.testkit.bc.BcCompanyFixture;
import dev.procoresync.testkit.bc.FakeBusinessCentral;
import dev.procoresync.testkit.bc.FakeBusinessCentralTest;
import dev.procoresync.testkit.bc.contract.BcApi;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.FakeProcoreTest;
import dev.procoresync.testkit.procore.Fault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Flow 5, approved regular change orders Procore -> Business Central, between the two fakes. */
@FakeProcoreTest
@FakeBusinessCentralTest
class ApprovedChangeOrderFlowTest {
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

  private ApprovedChangeOrderFlow flow() {
    return flow(ProcoreHarness.company(procore));
  }

  private ApprovedChangeOrderFlow flow(CompanyClient company) {
    BcClient client = BcHarness.client(bc);
    return ApprovedChangeOrderFlow.create(client, company, state, procore.clock());
  }

  private SyncReport run() {
    return flow().run(RunOptions.defaults());
  }

  private void clearJournals() {
    procore.clearRequests();
    bc.clearRequests();
  }

  @Test
  void anApprovedChangeOrderBecomesABcChangeOrderWithItsLinesAndTheProjectClassMoves() {
    long co = ChangeOrderFixtures.changeOrder(procore, project, "Extra footing", "approved", 3);
    ChangeOrderFixtures.changeOrder(procore, project, "Draft work", "draft", 1);
    ChangeOrderFixtures.changeOrder(procore, project, "NPC canopy", "approved", 1);

    SyncReport report = run();

    assertEquals(1, report.count(Outcome.CREATED), report.toText());
    assertEquals(2, report.count(Outcome.SKIPPED), report.toText());
    assertEquals(3, report.totalInputs());
    JsonNode header = ChangeOrderFixtures.changeOrders(bc).get(0);
    assertEquals(co, header.path("procoreChangeOrderId").asLong());
    assertEquals("PC" + co, header.path("number").asText());
    assertEquals(ChangeOrderFixtures.JOB, header.path("jobNo").asText());
    assertEquals("Extra footing", header.path("title").asText());
    assertTrue(header.path("synced").asBoolean(), "marked synced");
    List<? extends JsonNode> lines = ChangeOrderFixtures.lines(bc);
    assertEquals(3, lines.size());
    JsonNode second =
        lines.stream().filter(l -> l.path("lineNo").asInt() == 20000).findFirst().orElseThrow();
    assertEquals("2000", second.path("jobTaskNo").asText(), "cost code 7002 -> job task 2000");
    assertEquals("02", second.path("segmentCode").asText());
    assertEquals(0, new BigDecimal("2").compareTo(second.path("quantity").decimalValue()));
    assertEquals(0, new BigDecimal("200").compareTo(second.path("amount").decimalValue()));
    assertEquals(
        "Project with Change Order",
        ChangeOrderFixtures.project(bc, ChangeOrderFixtures.JOB).path("projectClass").asText());
    assertEquals(0, ProcoreHarness.writes(procore).size(), "nothing is written to Procore");
  }

  @Test
  void everyRuleSkipsTheChangeOrderWithItsMessage() {
    long other = procore.givenProject(dev.procoresync.testkit.procore.Fixtures.project("NPC job"));
    bc.given(
        BcCompanyFixture.builder()
            .project(
                "NPC000001",
                "NPC job",
                p -> p.put("procoreProjectId", other).put("projectClass", "Warranty"))
            .build());
    long draft = ChangeOrderFixtures.changeOrder(procore, project, "Draft", "draft", 1);
    long npc = ChangeOrderFixtures.changeOrder(procore, project, "NPC canopy", "approved", 1);
    long unmapped = ChangeOrderFixtures.changeOrder(procore, project, "Unmapped", "approved", 0);
    procore.given(
        dev.procoresync.testkit.procore.Fixtures.of("potential_change_order_line_items")
            .with("cost_code_id", 9999L)
            .with("amount", BigDecimal.TEN)
            .in(unmapped));
    long wrongClass = ChangeOrderFixtures.changeOrder(procore, other, "Elsewhere", "approved", 1);
    CompanyClient company = ProcoreHarness.company(procore);
    List<ChangeOrderSource> sources = new ArrayList<>();
    for (long id : List.of(draft, npc, unmapped)) {
      sources.add(
          new ChangeOrderSource(
              project, company.changeManagement().getPotentialChangeOrder(project, id)));
    }
    sources.add(
        new ChangeOrderSource(
            other, company.changeManagement().getPotentialChangeOrder(other, wrongClass)));
    sources.add(
        new ChangeOrderSource(
            424242L, company.changeManagement().getPotentialChangeOrder(project, draft)));

    SyncReport report = flow().run(sources, RunOptions.defaults());

    assertEquals(5, report.count(Outcome.SKIPPED), report.toText());
    Map<String, List<RecordOutcome>> byKey =
        report.skips().stream().collect(Collectors.groupingBy(RecordOutcome::key));
    assertSkip(
        byKey.get(BcChangeOrderRules.key(draft)).get(0),
        IneligibleReason.NOT_APPROVED.code(),
        "has status 'draft'");
    assertSkip(
        byKey.get(BcChangeOrderRules.key(npc)).get(0),
        BcChangeOrderRules.IS_NPC,
        "is an NPC change order");
    assertSkip(
        byKey.get(BcChangeOrderRules.key(unmapped)).get(0),
        BcChangeOrderRules.COST_CODE_NOT_MAPPED,
        "cost code 9999 is not linked to a job task of JOB000042");
    assertSkip(
        byKey.get(BcChangeOrderRules.key(wrongClass)).get(0),
        BcChangeOrderRules.PROJECT_CLASS,
        "project NPC000001 has Project Class 'Warranty'");
    RecordOutcome unlinked = byKey.get(BcChangeOrderRules.key(draft)).get(1);
    assertTrue(
        unlinked.violations().stream()
            .anyMatch(
                v ->
                    v.code().equals(BcChangeOrderRules.PROJECT_NOT_LINKED)
                        && v.message().contains("Procore project 424242 is not linked")),
        unlinked.toString());
    assertEquals(0, BcHarness.writes(bc).size());
  }

  @Test
  void aRerunWritesNothingOnEitherSideAndReadsOnlyFromTheCursor() {
    ChangeOrderFixtures.changeOrder(procore, project, "First", "approved", 2);
    procore.clock().advance(Duration.ofMinutes(1));
    ChangeOrderFixtures.changeOrder(procore, project, "Second", "approved", 1);
    procore.clock().advance(Duration.ofMinutes(1));
    assertEquals(2, run().count(Outcome.CREATED));
    clearJournals();

    SyncReport rerun = run();

    assertEquals(0, BcHarness.writes(bc).size(), "no BC writes");
    assertEquals(0, ProcoreHarness.writes(procore).size(), "no Procore writes");
    assertEquals(1, rerun.totalInputs(), "only the newest change is read again: " + rerun.toText());
    assertEquals(1, rerun.count(Outcome.UNCHANGED), rerun.toText());
    assertTrue(
        procore.requests().stream()
            .anyMatch(r -> r.queryParams().containsKey("filters[updated_at]")),
        "the list is filtered on updated_at");
    assertEquals(
        0,
        procore.requests().stream().filter(r -> r.path().endsWith("/line_items")).count(),
        "no line items are read for change orders already in BC");
  }

  @Test
  void aRerunAfterOneChangeWritesThatChangeOnly() {
    long a = ChangeOrderFixtures.changeOrder(procore, project, "Alpha", "approved", 1);
    procore.clock().advance(Duration.ofMinutes(1));
    ChangeOrderFixtures.changeOrder(procore, project, "Beta", "approved", 1);
    run();
    procore.clock().advance(Duration.ofMinutes(5));
    ProcoreHarness.company(procore)
        .changeManagement()
        .syncPotentialChangeOrders(
            project, 1L, List.of(ChangeOrderUpdate.builder().id(a).title("Alpha revised").build()));
    procore.clock().advance(Duration.ofMinutes(5));
    clearJournals();

    SyncReport rerun = run();

    // read again: the change, and the newest change of the last run (the cursor's bound is
    // inclusive, so a change stamped in the same instant is never missed)
    assertEquals(2, rerun.totalInputs(), rerun.toText());
    assertEquals(1, rerun.count(Outcome.UPDATED), rerun.toText());
    assertEquals(1, rerun.count(Outcome.UNCHANGED), rerun.toText());
    assertEquals(1, BcHarness.writes(bc).size(), "one $batch with one PATCH");
    assertEquals(
        "Alpha revised",
        ChangeOrderFixtures.changeOrders(bc).stream()
            .filter(h -> h.path("procoreChangeOrderId").asLong() == a)
            .findFirst()
            .orElseThrow()
            .path("title")
            .asText());
    assertEquals(2, ChangeOrderFixtures.changeOrders(bc).size());
  }

  @Test
  void aStaleEtagIsReadAgainOnceAndTheChangeIsWritten() {
    long a = ChangeOrderFixtures.changeOrder(procore, project, "Alpha", "approved", 1);
    run();
    procore.clock().advance(Duration.ofMinutes(1));
    ProcoreHarness.company(procore)
        .changeManagement()
        .syncPotentialChangeOrders(
            project, 1L, List.of(ChangeOrderUpdate.builder().id(a).title("Alpha v2").build()));
    JsonNode header = ChangeOrderFixtures.changeOrders(bc).get(0);
    AtomicBoolean edited = new AtomicBoolean();
    // a BC user edits the header after the flow read it (while it reads Procore)
    CompanyClient company =
        ChangeOrderFixtures.company(
            procore,
            event -> {
              if (event.path().contains("potential_change_orders") && !edited.getAndSet(true)) {
                bc.update(
                    BcApi.CUSTOM,
                    "changeOrders",
                    header.path("id").asText(),
                    JsonNodeFactory.instance.objectNode().put("description", "edited in BC"));
              }
            });

    SyncReport report = flow(company).run(RunOptions.defaults());

    assertTrue(edited.get());
    assertEquals(1, report.count(Outcome.UPDATED), report.toText());
    JsonNode after = ChangeOrderFixtures.changeOrders(bc).get(0);
    assertEquals("Alpha v2", after.path("title").asText());
    assertTrue(
        bc.requests().stream().anyMatch(r -> r.method().equals("PATCH")),
        "the stale write was read again and patched once");
  }

  @Test
  void a429OnEitherSideIsWaitedOut() {
    ChangeOrderFixtures.changeOrder(procore, project, "Alpha", "approved", 2);
    procore.failNext("GET /rest/v1.0/potential_change_orders", 1, Fault.tooManyRequests());
    bc.failNext(
        "POST /v2.0/*/*/api/*/*/*/$batch", 1, dev.procoresync.testkit.http.Fault.status(429));

    SyncReport report = run();

    assertEquals(1, report.count(Outcome.CREATED), report.toText());
    assertEquals(1, ChangeOrderFixtures.changeOrders(bc).size());
  }

  @Test
  void aFailureHalfWayThenARerunFinishesWithoutDuplicates() {
    // change orders 1-2 are in BC; in the next run over 1-4 the write of 3-4 fails beyond retries
    for (int i = 1; i <= 2; i++) {
      ChangeOrderFixtures.changeOrder(procore, project, "CO " + i, "approved", 2);
    }
    ApprovedChangeOrderFlow flow = flow().withWindowSize(2);
    assertEquals(2, flow.run(RunOptions.defaults()).count(Outcome.CREATED));
    procore.clock().advance(Duration.ofMinutes(1));
    for (int i = 3; i <= 4; i++) {
      ChangeOrderFixtures.changeOrder(procore, project, "CO " + i, "approved", 2);
    }
    bc.failNext(
        "POST /v2.0/*/*/api/*/*/*/$batch", 5, dev.procoresync.testkit.http.Fault.status(503));
    SyncReport broken = flow.run(RunOptions.defaults());
    assertEquals(2, broken.count(Outcome.FAILED), broken.toText());
    bc.clearFaults();

    SyncReport rerun = flow.run(RunOptions.defaults());

    assertEquals(0, rerun.count(Outcome.FAILED), rerun.toText());
    assertEquals(2, rerun.count(Outcome.CREATED), rerun.toText());
    assertEquals(
        2, rerun.totalInputs(), "the cursor was held at the failed ones: " + rerun.toText());
    assertEquals(4, ChangeOrderFixtures.changeOrders(bc).size());
    assertEquals(8, ChangeOrderFixtures.lines(bc).size());
    assertEquals(
        4,
        ChangeOrderFixtures.changeOrders(bc).stream()
            .map(h -> h.path("procoreChangeOrderId").asLong())
            .collect(Collectors.toSet())
            .size(),
        "no duplicate");
  }

  @Test
  void oneWebhookEventSyncsThatChangeOrderOnly() {
    ChangeOrderFixtures.changeOrder(procore, project, "Polled later", "approved", 1);
    long pushed = ChangeOrderFixtures.changeOrder(procore, project, "Pushed now", "approved", 2);
    WebhookInbox inbox = WebhookInbox.create(state, procore.clock(), Set.of());
    WebhookEvent event =
        WebhookEvent.builder()
            .payloadVersion("v4.0")
            .id("evt-1")
            .reason("update")
            .resourceName("Potential Change Orders")
            .resourceId(String.valueOf(pushed))
            .projectId(String.valueOf(project))
            .companyId(String.valueOf(procore.companyId()))
            .build();
    assertTrue(inbox.receive(event).accepted());

    SyncReport report = flow().runForEvent(event, RunOptions.defaults());

    assertEquals(1, report.totalInputs(), report.toText());
    assertEquals(1, report.count(Outcome.CREATED), report.toText());
    assertEquals(
        pushed, ChangeOrderFixtures.changeOrders(bc).get(0).path("procoreChangeOrderId").asLong());
    assertTrue(!inbox.receive(event).accepted(), "a redelivery is dropped by the inbox");
    SyncReport again = flow().runForEvent(event, RunOptions.defaults());
    assertEquals(
        1, again.count(Outcome.UNCHANGED), "an event for a synced change order writes nothing");
    SyncReport polled = run();
    assertEquals(1, polled.count(Outcome.CREATED), polled.toText());
    assertEquals(1, polled.count(Outcome.UNCHANGED), polled.toText());
  }

  @Test
  void requestsPerThousandChangeOrdersAgainstOneRequestPerRecord() {
    // 1,000 line-item reads: measured in the figures run only
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Boolean.getBoolean("procoresync.figures"), "figures: -Dprocoresync.figures=true");
    for (int i = 0; i < 1000; i++) {
      ChangeOrderFixtures.changeOrder(procore, project, "CO " + i, "approved", 1);
    }
    clearJournals();
    SyncReport first = run();
    assertEquals(1000, first.count(Outcome.CREATED), first.toText());
    long procoreRequests = ProcoreHarness.apiRequests(procore).size();
    long bcRequests = bc.requests().stream().filter(r -> r.path().contains("/api/")).count();
    long bcWrites = BcHarness.writes(bc).size();
    System.out.println(
        "FIGURE bc-approved-change-orders: 1000 change orders -> "
            + procoreRequests
            + " Procore requests (1 list page + 1 line-item list per new change order), "
            + bcRequests
            + " BC requests ("
            + bcWrites
            + " writes: $batch of 100 with deep-inserted lines + 1 project class); one request per"
            + " record: 2000 Procore (show + lines) + 1000 BC");
    assertTrue(bcWrites <= 11, "bc writes " + bcWrites);
    clearJournals();
    SyncReport rerun = run();
    System.out.println(
        "FIGURE bc-approved-change-orders rerun: 1000 unchanged -> "
            + ProcoreHarness.apiRequests(procore).size()
            + " Procore requests, "
            + bc.requests().stream().filter(r -> r.path().contains("/api/")).count()
            + " BC requests, "
            + (BcHarness.writes(bc).size() + ProcoreHarness.writes(procore).size())
            + " writes");
    assertEquals(0, BcHarness.writes(bc).size());
    assertEquals(1000, rerun.count(Outcome.UNCHANGED), rerun.toText());
  }

  private static void assertSkip(RecordOutcome skip, String code, String text) {
    assertTrue(
        skip.violations().stream()
            .anyMatch(v -> v.code().equals(code) && v.message().contains(text)),
        "expected " + code + " '" + text + "' in " + skip.violations());
  }
}
