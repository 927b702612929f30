package dev.procoresync.qbd.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.model.Vendor;
import dev.procoresync.core.state.InMemoryWebConnectorQueue;
import dev.procoresync.core.state.WebConnectorQueue;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.qbd.model.CostCodeExport;
import dev.procoresync.qbd.model.ItemSettings;
import dev.procoresync.qbd.webconnector.WebConnectorAccount;
import dev.procoresync.qbd.webconnector.WebConnectorCredentials;
import dev.procoresync.qbd.webconnector.WebConnectorHttpServer;
import dev.procoresync.qbd.webconnector.WebConnectorService;
import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.qbd.QbXmlEndpoint;
import dev.procoresync.testkit.qbd.SimulatedSession;
import dev.procoresync.testkit.qbd.WebConnectorSimulator;
import dev.procoresync.testkit.qbd.company.SimulatedCompanyFile;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Web Connector simulator -> service over HTTP -> simulated company file, for the flow tests. */
abstract class FlowHarness {
  static final ItemSettings ACCOUNTS =
      ItemSettings.builder()
          .incomeAccount("Construction Income")
          .expenseAccount("Job Expenses")
          .build();

  FakeClock clock;
  WebConnectorQueue queue;
  SimulatedCompanyFile qb;
  WebConnectorHttpServer server;
  URI url;
  QbdConnection qbd;
  QbXmlEndpoint endpoint;
  int sessions;
  int messages;

  @BeforeEach
  void start() throws Exception {
    clock = FakeClock.at(Instant.parse("2024-06-01T12:00:00Z"));
    queue = InMemoryWebConnectorQueue.create(clock);
    qb = SimulatedCompanyFile.create(clock);
    qb.addAccount("Construction Income").addAccount("Job Expenses");
    endpoint = qb;
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
    url = mount(service);
    qbd = QbdConnection.of(queue, "acme", clock);
  }

  /**
   * Mounts the service in an HTTP server and returns the URL the simulator calls: the embedded JDK
   * server here; a subclass may mount it elsewhere (and close that server itself).
   */
  URI mount(WebConnectorService service) throws Exception {
    server = WebConnectorHttpServer.start(service, "localhost", 0, "/qbwc");
    return server.url();
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  SimulatedSession session() {
    SimulatedSession s =
        WebConnectorSimulator.builder()
            .url(url)
            .userName("acme-qb")
            .password("pw")
            .endpoint(endpoint)
            .maxRequests(100_000)
            .build()
            .run();
    sessions++;
    messages += s.requests().size();
    return s;
  }

  SyncReport drive(QbdFlowRun run, UnaryOperator<QbdFlowRun> advance) {
    for (int i = 0; i < 20 && !run.isFinal(); i++) {
      session();
      run = advance.apply(run);
    }
    assertTrue(run.isFinal(), run.toString());
    SyncReport report = run.report().orElseThrow();
    assertEquals(
        report.inputs(),
        report.counts().values().stream().mapToLong(Long::longValue).sum(),
        report.toText());
    return report;
  }

  static List<CostCodeExport> codes(int n) {
    List<CostCodeExport> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(
          CostCodeExport.builder()
              .procoreId(i)
              .code(String.format("%02d-%03d", i / 100, i % 100))
              .description("Work package " + i)
              .build());
    }
    return out;
  }

  static Vendor vendor(long id, String name, String phone) {
    return Vendor.builder().id(id).name(name).city("Austin").businessPhone(phone).build();
  }
}
