package dev.procoresync.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.procoresync.bc.client.BcClient;
import dev.procoresync.bc.flow.ApprovedChangeOrderFlow;
import dev.procoresync.bc.flow.NpcChangeOrderFlow;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.state.InMemorySyncStateStore;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.core.webhook.WebhookEvent;
import dev.procoresync.core.webhook.WebhookInbox;
import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.bc.BcCompanyFixture;
import dev.procoresync.testkit.bc.FakeBusinessCentral;
import dev.procoresync.testkit.bc.contract.BcApi;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.Fixtures;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The change-order part of the Business Central demo (guide flows 5 and 6): approved change orders
 * of the fake Procore become change orders of the fake Business Central ({@link
 * ApprovedChangeOrderFlow}), an NPC change order becomes a new linked project ({@link
 * NpcChangeOrderFlow}); both run again (nothing is written), then one webhook event syncs a new
 * change order on its own.
 */
final class BcChangeOrderDemo {
  private BcChangeOrderDemo() {}

  /**
   * Seeds the change orders into the fakes {@code BusinessCentralDemo} started and runs flows 5 and
   * 6, printing their reports.
   *
   * @param out where to print
   * @param options the demo's flags ({@code --dry-run})
   * @param procore the fake Procore
   * @param bc the fake Business Central
   * @param client the Business Central client
   * @param company the Procore company
   * @param clock the fakes' clock
   * @param project the Procore project linked to JOB000042
   * @return the reports, in order
   */
  static List<SyncReport> run(
      PrintStream out,
      DemoOptions options,
      FakeProcore procore,
      FakeBusinessCentral bc,
      BcClient client,
      CompanyClient company,
      FakeClock clock,
      long project) {
    seed(procore, bc, project);
    InMemorySyncStateStore state = InMemorySyncStateStore.create(clock);
    ApprovedChangeOrderFlow regular = ApprovedChangeOrderFlow.create(client, company, state, clock);
    NpcChangeOrderFlow npc = NpcChangeOrderFlow.create(client, company, state, clock);
    RunOptions run = RunOptions.builder().dryRun(options.dryRun()).build();
    List<SyncReport> reports = new ArrayList<>();
    out.println(
        "== BC change orders (flows 5 and 6): approved change orders of Procore project "
            + project);
    for (int pass = 1; pass <= 2; pass++) {
      clock.advance(Duration.ofMinutes(1));
      out.println(pass == 1 ? "-- run 1" : "-- run 2 (incremental: nothing new, nothing written)");
      reports.add(print(out, regular.run(run)));
      reports.add(print(out, npc.run(run)));
    }
    long pushed = changeOrder(procore, project, "Late extra", 2);
    WebhookEvent event =
        WebhookEvent.builder()
            .payloadVersion("v4.0")
            .id("demo-event-1")
            .reason("create")
            .resourceName("Potential Change Orders")
            .resourceId(String.valueOf(pushed))
            .projectId(String.valueOf(project))
            .build();
    if (WebhookInbox.create(state, clock, Set.of()).receive(event).accepted()) {
      out.println("-- webhook event for change order " + pushed);
      reports.add(print(out, regular.runForEvent(event, run)));
    }
    JsonNode job =
        bc.all(BcApi.CUSTOM, "projects").stream()
            .filter(p -> "JOB000042".equals(p.path("number").asText()))
            .findFirst()
            .orElseThrow();
    out.println(
        "  BC now holds "
            + bc.count(BcApi.CUSTOM, "changeOrders")
            + " change orders with "
            + bc.count(BcApi.CUSTOM, "changeOrderLines")
            + " lines; JOB000042 is '"
            + job.path("projectClass").asText()
            + "'");
    return reports;
  }

  private static SyncReport print(PrintStream out, SyncReport report) {
    out.print(Demo.indent(report.toText(3)));
    return report;
  }

  private static void seed(FakeProcore procore, FakeBusinessCentral bc, long project) {
    String id =
        bc.all(BcApi.CUSTOM, "projects").stream()
            .filter(p -> "JOB000042".equals(p.path("number").asText()))
            .findFirst()
            .orElseThrow()
            .path("id")
            .asText();
    bc.update(
        BcApi.CUSTOM,
        "projects",
        id,
        JsonNodeFactory.instance
            .objectNode()
            .put("projectClass", "Base Project")
            .put("billToCustomerNumber", "C0001"));
    bc.given(
        BcCompanyFixture.builder()
            .customer("C0001", "Owner & Co")
            .jobTask(
                "JOB000042",
                "1000",
                "Concrete",
                t -> t.put("procoreCostCodeId", 7001).put("segmentCode", "01"))
            .jobTask(
                "JOB000042",
                "2000",
                "Framing",
                t -> t.put("procoreCostCodeId", 7002).put("segmentCode", "01"))
            .build());
    changeOrder(procore, project, "Extra footing", 3);
    changeOrder(procore, project, "Stair change", 1);
    changeOrder(procore, project, "NPC canopy for the owner", 1);
    procore.given(
        Fixtures.of("potential_change_orders")
            .with("title", "Still being priced")
            .with("status", "pricing")
            .with("contract_id", 1L)
            .in(project));
  }

  private static long changeOrder(FakeProcore procore, long project, String title, int lines) {
    long id =
        procore
            .given(
                Fixtures.of("potential_change_orders")
                    .with("title", title)
                    .with("description", "Scope: " + title)
                    .with("status", "approved")
                    .with("contract_id", 1L)
                    .with("grand_total", new BigDecimal(250 * lines))
                    .in(project))
            .path("id")
            .asLong();
    for (int i = 1; i <= lines; i++) {
      procore.given(
          Fixtures.of("potential_change_order_line_items")
              .with("description", title + " " + i)
              .with("cost_code_id", i % 2 == 1 ? 7001L : 7002L)
              .with("quantity", BigDecimal.ONE)
              .with("uom", "LS")
              .with("unit_cost", new BigDecimal(250))
              .with("amount", new BigDecimal(250))
              .in(id));
    }
    return id;
  }
}
