package dev.procoresync.qbd.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.state.WebConnectorQueue;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.qbd.webconnector.WebConnectorAccount;
import dev.procoresync.qbd.webconnector.WebConnectorCredentials;
import dev.procoresync.qbd.webconnector.WebConnectorHttpServer;
import dev.procoresync.qbd.webconnector.WebConnectorService;
import dev.procoresync.state.jdbc.JdbcWebConnectorQueue;
import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.qbd.SimulatedSession;
import dev.procoresync.testkit.qbd.WebConnectorSimulator;
import dev.procoresync.testkit.qbd.company.SimulatedCompanyFile;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Web Connector side of a host restarting between sessions: the queue lives in a database (the
 * JDBC queue on H2), so a new service instance on a new HTTP server, with a new queue object on the
 * same database, hands out the writes the old instance queued and takes their answers, and the
 * run's report in progress (held by the host's {@link QbdFlowRun}) becomes final with every record
 * accounted for and nothing written twice.
 */
class WebConnectorRestartTest {
  private final FakeClock clock = FakeClock.at(Instant.parse("2024-06-01T12:00:00Z"));
  private final String url = "jdbc:h2:mem:qbd-restart-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  private SimulatedCompanyFile qb;
  private WebConnectorHttpServer server;

  @BeforeEach
  void companyFile() {
    qb = SimulatedCompanyFile.create(clock);
    qb.addAccount("Construction Income").addAccount("Job Expenses");
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private WebConnectorQueue host() throws java.io.IOException {
    if (server != null) {
      server.close();
    }
    WebConnectorQueue queue = JdbcWebConnectorQueue.connect(url, clock);
    WebConnectorService service =
        WebConnectorService.builder()
            .queue(queue)
            .credentials(
                WebConnectorCredentials.of(
                    List.of(
                        WebConnectorAccount.builder()
                            .userName("acme-qb")
                            .password("pw")
                            .companyKey("acme")
                            .build())))
            .answerListener(IteratorContinuations.INSTANCE)
            .clock(clock)
            .ticketTtl(Duration.ofMinutes(10))
            .build();
    server = WebConnectorHttpServer.start(service, "localhost", 0, "/qbwc");
    return queue;
  }

  private SimulatedSession session() {
    return WebConnectorSimulator.builder()
        .url(server.url())
        .userName("acme-qb")
        .password("pw")
        .endpoint(qb)
        .maxRequests(10_000)
        .build()
        .run();
  }

  @Test
  void queuedWritesAndTheReportInProgressSurviveANewServiceOnTheSameDatabase() throws Exception {
    WebConnectorQueue first = host();
    CostCodesToItemsFlow flow =
        CostCodesToItemsFlow.create(
            QbdConnection.of(first, "acme", clock).withMaxRequestsPerMessage(10),
            FlowHarness.ACCOUNTS);
    QbdFlowRun run = flow.start("cc-1", FlowHarness.codes(40));
    session();
    run = flow.advance(run);
    assertEquals(QbdFlowRun.Phase.WRITING, run.phase(), run.toString());
    assertTrue(run.report().isPresent(), "a report in progress");
    assertTrue(qb.records("ItemService").isEmpty(), "nothing written yet");

    // the host restarts its Web Connector side: new queue object, new service, new port
    WebConnectorQueue second = host();
    assertEquals(4, second.pendingCount("acme"), "the four write messages are still queued");
    SimulatedSession drained = session();
    assertEquals(4, drained.requests().size());
    assertEquals(100, drained.percents().get(drained.percents().size() - 1));
    for (int i = 0; i < 5 && !run.isFinal(); i++) {
      run = flow.advance(run);
      if (!run.isFinal()) {
        session();
      }
    }

    assertTrue(run.isFinal(), run.toString());
    SyncReport report = run.report().orElseThrow();
    assertEquals(40, report.count(Outcome.CREATED), report.toText());
    assertEquals(40, qb.records("ItemService").size(), "nothing added twice");
    assertFalse(second.runProgress(run.writeRuns().get(0)).finalAt().isEmpty());
  }
}
