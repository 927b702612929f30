package dev.procoresync.bc.flow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.client.ProcoreCredentials;
import dev.procoresync.core.client.ProcoreEnvironment;
import dev.procoresync.core.http.RequestListener;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.testkit.bc.BcCompanyFixture;
import dev.procoresync.testkit.bc.FakeBusinessCentral;
import dev.procoresync.testkit.bc.contract.BcApi;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.Fixtures;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/** A Procore project with change orders and its Business Central project, for flows 5 and 6. */
final class ChangeOrderFixtures {
  static final String JOB = "JOB000042";

  private ChangeOrderFixtures() {}

  /**
   * Seeds the Procore project, and in BC the customer, the linked project (class Base Project) and
   * two job tasks linked to Procore cost codes 7001 (segment 01) and 7002 (segment 02).
   *
   * @return the Procore project id
   */
  static long seed(FakeProcore procore, FakeBusinessCentral bc) {
    long project = procore.givenProject(Fixtures.project("Main St"));
    bc.given(
        BcCompanyFixture.builder()
            .customer("C0001", "Owner & Co")
            .project(
                JOB,
                "Main St",
                p ->
                    p.put("procoreProjectId", project)
                        .put("projectClass", "Base Project")
                        .put("billToCustomerNumber", "C0001"))
            .jobTask(
                JOB,
                "1000",
                "Concrete",
                t -> t.put("procoreCostCodeId", 7001).put("segmentCode", "01"))
            .jobTask(
                JOB,
                "2000",
                "Framing",
                t -> t.put("procoreCostCodeId", 7002).put("segmentCode", "02"))
            .build());
    return project;
  }

  /** Seeds a potential change order with {@code lines} line items (cost codes 7001, 7002, ...). */
  static long changeOrder(
      FakeProcore procore, long project, String title, String status, int lines) {
    JsonNode co =
        procore.given(
            Fixtures.of("potential_change_orders")
                .with("title", title)
                .with("number", "00" + title.length())
                .with("description", "Scope of " + title)
                .with("status", status)
                .with("contract_id", 1L)
                .with("grand_total", new BigDecimal(100 * Math.max(lines, 1)))
                .in(project));
    long id = co.path("id").asLong();
    for (int i = 1; i <= lines; i++) {
      procore.given(
          Fixtures.of("potential_change_order_line_items")
              .with("description", title + " line " + i)
              .with("cost_code_id", i % 2 == 1 ? 7001L : 7002L)
              .with("quantity", new BigDecimal(i))
              .with("uom", "EA")
              .with("unit_cost", new BigDecimal("100.00"))
              .with("amount", new BigDecimal(100 * i))
              .in(id));
    }
    return id;
  }

  static CompanyClient company(FakeProcore fake, RequestListener listener) {
    return ProcoreClient.builder()
        .environment(ProcoreEnvironment.custom(fake.loginBaseUrl(), fake.apiBaseUrl()))
        .credentials(ProcoreCredentials.clientCredentials(fake.clientId(), fake.clientSecret()))
        .clock(fake.clock())
        .sleeper(fake.clock().sleeper())
        .retryPolicy(RetryPolicy.defaults().withJitter(0))
        .readTimeout(Duration.ofSeconds(10))
        .requestListener(listener)
        .build()
        .forCompany(fake.companyId());
  }

  static JsonNode project(FakeBusinessCentral bc, String number) {
    return bc.all(BcApi.CUSTOM, "projects").stream()
        .filter(p -> number.equals(p.path("number").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no BC project " + number));
  }

  static List<? extends JsonNode> changeOrders(FakeBusinessCentral bc) {
    return bc.all(BcApi.CUSTOM, "changeOrders");
  }

  static List<? extends JsonNode> lines(FakeBusinessCentral bc) {
    return bc.all(BcApi.CUSTOM, "changeOrderLines");
  }
}
