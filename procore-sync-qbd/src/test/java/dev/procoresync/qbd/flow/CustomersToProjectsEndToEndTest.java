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
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.qbd.model.JobSettings;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.Fixtures;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** QuickBooks customers/jobs -> Procore projects end to end (simulator + fake Procore). */
class CustomersToProjectsEndToEndTest extends FlowHarness {
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

  private Map<String, ObjectNode> projects() {
    return procore.all("projects").stream()
        .collect(Collectors.toMap(n -> n.path("name").asText(), Function.identity()));
  }

  @Test
  void jobsUnderTheParentBecomeProjectsWithShipToElseBillToAndARerunWritesNothing() {
    qb.addCustomer("Acme Corp", null, null, "1 Bill St");
    qb.addCustomer("Tower A", "Acme Corp", "9 Ship Rd", "1 Bill St");
    qb.addCustomer("Tower B", "Acme Corp", null, "2 Bill Ave");
    qb.addCustomer("Other Co", null, null, null);
    long existing = procore.givenProject(Fixtures.project("tower b"));
    CustomersToProjectsFlow flow =
        CustomersToProjectsFlow.create(
            qbd, company, JobSettings.builder().parentCustomer("Acme Corp").build());

    SyncReport first = drive(flow.start("pi-1"), flow::advance);

    assertEquals(2, first.count(Outcome.CREATED), first.toText());
    assertEquals(2, first.count(Outcome.SKIPPED), first.toText());
    assertEquals("customer.not_a_project", first.skips().get(0).reason().orElseThrow());
    Map<String, ObjectNode> p = projects();
    assertEquals(2, p.size(), p.keySet().toString());
    assertEquals("9 Ship Rd", p.get("Tower A").path("address").asText());
    assertEquals(
        "2 Bill Ave", p.get("Tower B").path("address").asText(), "Bill To when no Ship To");
    assertEquals(existing, p.get("Tower B").path("id").asLong(), "linked, not duplicated");
    int requests = procore.requestCount("PATCH /rest/v1.0/projects/sync");

    SyncReport rerun = drive(flow.start("pi-2"), flow::advance);
    assertEquals(2, rerun.count(Outcome.UNCHANGED), rerun.toText());
    assertEquals(requests, procore.requestCount("PATCH /rest/v1.0/projects/sync"));
    assertEquals(2, procore.all("projects").size());
  }

  @Test
  void customersAsJobsTakesTopLevelCustomers() {
    qb.addCustomer("Acme Corp", null, "5 Main St", null);
    qb.addCustomer("Tower A", "Acme Corp", null, null);
    procore.givenProject(Fixtures.project("Acme Corp").originId("erp:job:7"));
    CustomersToProjectsFlow flow =
        CustomersToProjectsFlow.create(qbd, company, JobSettings.builder().build());
    SyncReport report = drive(flow.start("pi-1"), flow::advance);
    assertEquals(2, report.count(Outcome.SKIPPED), report.toText());
    assertTrue(report.toText().contains("name.in_use"), report.toText());
    assertEquals(1, procore.all("projects").size());
  }
}
