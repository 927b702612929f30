package dev.procoresync.timekeeping.servicetrade;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.core.model.RoundingConfiguration;
import dev.procoresync.core.model.RoundingRule;
import dev.procoresync.core.state.InMemorySyncStateStore;
import dev.procoresync.core.state.SyncStateStore;
import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.Fixtures;
import dev.procoresync.testkit.servicetrade.FakeServiceTrade;
import dev.procoresync.timekeeping.servicetrade.client.ServiceTradeClient;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** A fake Procore and a fake ServiceTrade on one fake clock, with clients wired to them. */
final class ServiceTradeWorld implements AutoCloseable {
  static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  final FakeClock clock = FakeClock.create();
  final FakeProcore procore = FakeProcore.builder().clock(clock).start();
  final FakeServiceTrade serviceTrade = FakeServiceTrade.start(clock);
  final SyncStateStore state = InMemorySyncStateStore.create();
  final ProcoreClient procoreClient =
      procore
          .clientBuilder()
          .retryPolicy(RetryPolicy.defaults().withJitter(0))
          .readTimeout(Duration.ofSeconds(10))
          .build();
  final CompanyClient company = procoreClient.forCompany(procore.companyId());
  final ServiceTradeClient st =
      ServiceTradeClient.builder()
          .baseUrl(serviceTrade.apiBaseUrl())
          .username(serviceTrade.username())
          .password(serviceTrade.password())
          .clock(clock)
          .sleeper(clock.sleeper())
          .retryPolicy(RetryPolicy.defaults().withJitter(0))
          .readTimeout(Duration.ofSeconds(10))
          .build();

  long projectId;
  long laborCode;
  long materialCode;
  long labor;
  long material;

  /** A project with a budget: cost code 01-100 with Labor, 02-200 with Materials only. */
  ServiceTradeWorld withBudget() {
    projectId =
        procore.givenProject(
            Fixtures.project("Tower")
                .with("project_number", "200")
                .with("address", "1 Main St")
                .with("city", "Springfield")
                .with("state_code", "IL")
                .with("zip", "62701"));
    laborCode =
        procore.givenCostCode(
            projectId, Fixtures.costCode("100", "Labor").with("full_code", "01-100"));
    materialCode =
        procore.givenCostCode(
            projectId, Fixtures.costCode("200", "Concrete").with("full_code", "02-200"));
    labor =
        procore
            .given(Fixtures.lineItemType("L", "Labor").with("base_type", "labor"))
            .get("id")
            .asLong();
    material =
        procore
            .given(Fixtures.lineItemType("M", "Materials").with("base_type", "materials"))
            .get("id")
            .asLong();
    budgetLine(laborCode, labor);
    budgetLine(materialCode, material);
    budgetLine(materialCode, labor);
    return this;
  }

  void budgetLine(long costCodeId, long typeId) {
    procore.given(
        Fixtures.of("budget_line_items")
            .in(projectId)
            .with("cost_code_id", costCodeId)
            .with("line_item_type_id", typeId)
            .with("original_budget_amount", new BigDecimal("1000.00")));
  }

  long givenEmployee(String first, String employeeId) {
    return procore.givenPerson(
        Fixtures.person(first, "Tech").with("is_employee", true).with("employee_id", employeeId));
  }

  void rounding(int increment, RoundingRule rule) {
    company
        .timesheetRounding()
        .create(RoundingConfiguration.builder().timeIncrement(increment).rule(rule).build());
  }

  List<ObjectNode> entries() {
    return procore.all("timecard_entries");
  }

  long procoreWrites() {
    return procore.requests().stream()
        .filter(r -> r.path().startsWith("/rest/") && WRITES.contains(r.method()))
        .count();
  }

  long serviceTradeWrites() {
    return serviceTrade.requests().stream()
        .filter(r -> WRITES.contains(r.method()) && !r.path().endsWith("/auth"))
        .count();
  }

  @Override
  public void close() {
    st.close();
    procoreClient.close();
    serviceTrade.close();
    procore.close();
  }
}
