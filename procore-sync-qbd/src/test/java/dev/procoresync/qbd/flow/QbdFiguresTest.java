package dev.procoresync.qbd.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.model.Project;
import dev.procoresync.core.model.Vendor;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.qbd.model.CostCodeExport;
import dev.procoresync.qbd.model.JobSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The README's figures: qbXML requests, messages and SOAP round trips per N records for each export
 * flow, batched (50 requests a message) against one request a message, and the rerun. Skipped in a
 * plain build (minutes of loopback HTTP); {@code -Dqbd.figures.records=1000} gives the README's
 * numbers.
 *
 * <p>SOAP round trips = per session 4 (serverVersion, clientVersion, authenticate, closeConnection)
 * + 2 per message (sendRequestXML, receiveResponseXML).
 */
class QbdFiguresTest extends FlowHarness {
  static final int N = Integer.getInteger("qbd.figures.records", 0);

  @org.junit.jupiter.api.BeforeEach
  void onlyWhenAsked() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        N > 0, "skipped: the figures run with -Dqbd.figures.records=N (the README uses 1000)");
  }

  record Figures(long qbxmlRequests, int messages, int sessions) {
    long soap() {
      return 4L * sessions + 2L * messages;
    }
  }

  Figures measure(Runnable run) {
    int s0 = sessions;
    int m0 = messages;
    long q0 = qb.journal().size();
    run.run();
    return new Figures(qb.journal().size() - q0, messages - m0, sessions - s0);
  }

  void print(String flow, Figures batched, Figures single, Figures rerun, long rerunWrites) {
    System.out.printf(
        Locale.ROOT,
        "FIGURE %s per %d records: batched %d qbXML requests in %d messages, %d SOAP round trips"
            + " | one per message: %d messages, %d SOAP round trips | rerun: %d requests, %d round trips, %d Add/Mod%n",
        flow,
        N,
        batched.qbxmlRequests(),
        batched.messages(),
        batched.soap(),
        single.messages(),
        single.soap(),
        rerun.qbxmlRequests(),
        rerun.soap(),
        rerunWrites);
  }

  void figure(
      String flow, Function<QbdConnection, Function<String, SyncReport>> runWith, Runnable reset) {
    Figures batched =
        measure(() -> assertEquals(N, runWith.apply(qbd).apply("b").count(Outcome.CREATED)));
    long writes = qb.writes();
    Figures rerun =
        measure(() -> assertEquals(N, runWith.apply(qbd).apply("r").count(Outcome.UNCHANGED)));
    long rerunWrites = qb.writes() - writes;
    assertEquals(0, rerunWrites, "a rerun sends no Add or Mod");
    reset.run();
    Figures single =
        measure(
            () ->
                assertEquals(
                    N,
                    runWith
                        .apply(qbd.withMaxRequestsPerMessage(1))
                        .apply("s")
                        .count(Outcome.CREATED)));
    assertTrue(batched.soap() * 10 < single.soap(), batched + " vs " + single);
    print(flow, batched, single, rerun, rerunWrites);
  }

  @Test
  void costCodes() {
    List<CostCodeExport> codes = codes(N);
    figure(
        "cost codes -> items",
        c ->
            id -> {
              CostCodesToItemsFlow f = CostCodesToItemsFlow.create(c, ACCOUNTS);
              return drive(f.start("cc-" + id, codes), f::advance);
            },
        this::freshCompanyFile);
  }

  @Test
  void vendors() {
    List<Vendor> vendors = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      vendors.add(vendor(i, "Vendor " + i, "512-555-" + i));
    }
    figure(
        "companies -> vendors",
        c ->
            id -> {
              CompaniesToVendorsFlow f = CompaniesToVendorsFlow.create(c);
              return drive(f.start("v-" + id, vendors), f::advance);
            },
        this::freshCompanyFile);
  }

  @Test
  void jobs() {
    List<Project> projects = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      projects.add(Project.builder().id(i).name("Project " + i).city("Austin").build());
    }
    qb.addCustomer("Acme Corp", null, null, null);
    figure(
        "projects -> jobs",
        c ->
            id -> {
              ProjectsToCustomersFlow f =
                  ProjectsToCustomersFlow.create(
                      c, JobSettings.builder().parentCustomer("Acme Corp").build());
              return drive(f.start("p-" + id, projects), f::advance);
            },
        () -> {
          freshCompanyFile();
          qb.addCustomer("Acme Corp", null, null, null);
        });
  }

  void freshCompanyFile() {
    dev.procoresync.testkit.qbd.company.SimulatedCompanyFile fresh =
        dev.procoresync.testkit.qbd.company.SimulatedCompanyFile.create(clock);
    fresh.addAccount("Construction Income").addAccount("Job Expenses");
    qb = fresh;
    endpoint = fresh;
  }
}
