package dev.procoresync.timekeeping.exaktime;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.client.ProcoreClient;
import dev.procoresync.core.http.RetryPolicy;
import dev.procoresync.core.state.InMemorySyncStateStore;
import dev.procoresync.core.state.SyncStateStore;
import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.exaktime.FakeExakTime;
import dev.procoresync.testkit.procore.FakeProcore;
import dev.procoresync.testkit.procore.Fixtures;
import dev.procoresync.timekeeping.exaktime.client.ExakTimeClient;
import dev.procoresync.timekeeping.exaktime.flow.AccountLinxExportFlow;
import java.time.Duration;
import java.util.Set;

/** A fake Procore and a fake ExakTime on one fake clock, with clients wired to them. */
final class ExakTimeWorld implements AutoCloseable {
  static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  final FakeClock clock = FakeClock.create();
  final FakeProcore procore = FakeProcore.builder().clock(clock).start();
  final FakeExakTime exakTime = FakeExakTime.start(clock);
  final SyncStateStore state = InMemorySyncStateStore.create();
  final ProcoreClient procoreClient;
  final CompanyClient company;
  final ExakTimeClient exak;

  ExakTimeWorld() {
    this(Duration.ofSeconds(10));
  }

  ExakTimeWorld(Duration procoreReadTimeout) {
    procoreClient =
        procore
            .clientBuilder()
            .retryPolicy(AccountLinxExportFlow.retryPolicy())
            .readTimeout(procoreReadTimeout)
            .build();
    company = procoreClient.forCompany(procore.companyId());
    exak =
        ExakTimeClient.builder()
            .baseUrl(exakTime.baseUrl())
            .subscriptionKey(exakTime.key())
            .clock(clock)
            .sleeper(clock.sleeper())
            .retryPolicy(RetryPolicy.defaults().withJitter(0))
            .readTimeout(Duration.ofSeconds(10))
            .build();
  }

  long projectId;
  long subJobId;
  long costCodeId;
  long personId;

  /** Project PJA numbered 200 with sub job SJB 005, cost code 01-100, employee E-100. */
  ExakTimeWorld withProject() {
    projectId =
        procore.givenProject(
            Fixtures.project("PJA")
                .with("project_number", "200")
                .with("address", "1 Main St")
                .with("city", "Springfield")
                .with("state_code", "IL")
                .with("zip", "62701")
                .with("active", true));
    subJobId = procore.given(Fixtures.subJob("005", "SJB").in(projectId)).get("id").asLong();
    costCodeId =
        procore.givenCostCode(
            projectId, Fixtures.costCode("100", "Labor").with("full_code", "01-100"));
    personId =
        procore.givenPerson(
            Fixtures.person("Ada", "Lovelace")
                .with("is_employee", true)
                .with("employee_id", "E-100"));
    return this;
  }

  long procoreWrites() {
    return procore.requests().stream()
        .filter(r -> r.path().startsWith("/rest/") && WRITES.contains(r.method()))
        .count();
  }

  long exakWrites() {
    return exakTime.requests().stream().filter(r -> WRITES.contains(r.method())).count();
  }

  @Override
  public void close() {
    exak.close();
    procoreClient.close();
    exakTime.close();
    procore.close();
  }
}
