package dev.procoresync.qbd.webconnector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.state.InMemoryWebConnectorQueue;
import dev.procoresync.core.state.QueueProgress;
import dev.procoresync.core.state.QueuedRequest;
import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.qbd.QbXmlEndpoint;
import dev.procoresync.testkit.qbd.QbXmlEndpointException;
import dev.procoresync.testkit.qbd.SimulatedSession;
import dev.procoresync.testkit.qbd.WebConnectorSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service on the embedded server, driven over loopback HTTP by the testkit's simulator. */
class WebConnectorServiceTest {
  private final FakeClock clock = FakeClock.create();
  private final InMemoryWebConnectorQueue queue = InMemoryWebConnectorQueue.create(clock);
  private final List<String> sessionEvents = new ArrayList<>();
  private AnswerListener listener = AnswerListener.NONE;
  private WebConnectorService service;
  private WebConnectorHttpServer server;

  /** Echoes each request back inside a response document, and records session hooks. */
  private final QbXmlEndpoint echo =
      new QbXmlEndpoint() {
        @Override
        public void beginSession(String companyFile) {
          sessionEvents.add("begin:" + companyFile);
        }

        @Override
        public String process(String request) {
          if (request.contains("<Fail/>")) {
            throw new QbXmlEndpointException(
                "0x80040400", "QuickBooks found an error when parsing");
          }
          return "<?xml version=\"1.0\" ?><QBXML><Echo>" + request.length() + "</Echo></QBXML>";
        }

        @Override
        public void endSession() {
          sessionEvents.add("end");
        }
      };

  @BeforeEach
  void start() throws Exception {
    service =
        WebConnectorService.builder()
            .queue(queue)
            .credentials(
                WebConnectorCredentials.of(
                    List.of(
                        WebConnectorAccount.builder()
                            .userName("acme-qb")
                            .password("s3cret & <pass>")
                            .companyKey("acme")
                            .build())))
            .answerListener((settled, q) -> listener.onSettled(settled, q))
            .clock(clock)
            .ticketTtl(Duration.ofMinutes(10))
            .build();
    server = WebConnectorHttpServer.start(service, "localhost", 0, "/qbwc");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private WebConnectorSimulator simulator(String password) {
    return WebConnectorSimulator.builder()
        .url(server.url())
        .userName("acme-qb")
        .password(password)
        .endpoint(echo)
        .maxRequests(100)
        .build();
  }

  private static String qbxml(String body) {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?><?qbxml version=\"13.0\"?><QBXML>"
        + "<QBXMLMsgsRq onError=\"continueOnError\">"
        + body
        + "</QBXMLMsgsRq></QBXML>";
  }

  @Test
  void aSessionDrainsTheQueueAndTheRunBecomesFinalWhenItCloses() {
    for (int i = 0; i < 3; i++) {
      queue.enqueue("acme", "run-1", "w" + i, qbxml("<CustomerQueryRq requestID=\"" + i + "\"/>"));
    }
    SimulatedSession s = simulator("s3cret & <pass>").run();

    assertEquals("", s.authenticateStatus(), "the open company file");
    assertEquals(3, s.requests().size());
    assertTrue(s.requests().get(0).contains("<CustomerQueryRq requestID=\"0\"/>"), "unescaped");
    assertEquals(List.of(33, 66, 100), s.percents());
    assertEquals(List.of("begin:", "end"), sessionEvents);
    assertTrue(s.closeMessage().startsWith("OK: 3 answered, 0 failed"), s.closeMessage());
    QueueProgress run = queue.runProgress("run-1");
    assertEquals(3, run.answered());
    assertEquals(Optional.of(clock.instant()), run.finalAt());
    assertTrue(queue.requests("run-1").get(0).response().orElseThrow().contains("<Echo>"));
  }

  @Test
  void aSecondWebConnectorIsToldBusyWhileTheFirstSessionDrains() {
    for (int i = 0; i < 3; i++) {
      queue.enqueue("acme", "run-1", "w" + i, qbxml("<CustomerQueryRq requestID=\"" + i + "\"/>"));
    }
    List<SimulatedSession> second = new ArrayList<>();
    QbXmlEndpoint startsASecondUpdate =
        new QbXmlEndpoint() {
          @Override
          public void beginSession(String companyFile) {
            echo.beginSession(companyFile);
          }

          @Override
          public String process(String request) {
            if (second.isEmpty()) {
              // a second Web Connector (or a second scheduled update) arrives mid-session
              second.add(simulator("s3cret & <pass>").run());
            }
            return echo.process(request);
          }

          @Override
          public void endSession() {
            echo.endSession();
          }
        };
    SimulatedSession first =
        WebConnectorSimulator.builder()
            .url(server.url())
            .userName("acme-qb")
            .password("s3cret & <pass>")
            .endpoint(startsASecondUpdate)
            .maxRequests(100)
            .build()
            .run();

    assertEquals(List.of("", "busy"), second.get(0).authenticate(), "no ticket while busy");
    assertEquals(List.of(), second.get(0).requests());
    assertEquals(3, first.requests().size(), "the first session drains normally");
    assertEquals(List.of(33, 66, 100), first.percents());
    assertTrue(first.closeMessage().startsWith("OK: 3 answered, 0 failed"), first.closeMessage());
    assertEquals(List.of("begin:", "end"), sessionEvents, "the busy one never opened QuickBooks");
    assertTrue(queue.runProgress("run-1").finalAt().isPresent());
    assertEquals("none", simulator("s3cret & <pass>").run().authenticateStatus(), "free again");
  }

  @Test
  void aSessionLeftOpenIsBusyUntilItsTicketExpires() {
    queue.enqueue("acme", "run-1", "a", qbxml("<CustomerQueryRq/>"));
    // a Web Connector authenticates and then vanishes without closeConnection
    SoapReply dangling =
        service.handle(
            "http://developer.intuit.com/authenticate",
            "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
                + "<authenticate xmlns=\"http://developer.intuit.com/\"><strUserName>acme-qb"
                + "</strUserName><strPassword>s3cret &amp; &lt;pass&gt;</strPassword>"
                + "</authenticate></s:Body></s:Envelope>");
    assertEquals(200, dangling.status());
    assertFalse(dangling.body().contains("busy"), dangling.body());

    assertEquals("busy", simulator("s3cret & <pass>").run().authenticateStatus());
    clock.advance(Duration.ofMinutes(10));
    assertEquals(
        "busy",
        simulator("s3cret & <pass>").run().authenticateStatus(),
        "10 minutes is still live");
    clock.advance(Duration.ofSeconds(1));
    SimulatedSession later = simulator("s3cret & <pass>").run();
    assertEquals("", later.authenticateStatus(), "the expired session no longer blocks");
    assertEquals(1, later.requests().size());
    assertEquals(1, queue.runProgress("run-1").answered());
  }

  @Test
  void nothingQueuedAnswersNone() {
    SimulatedSession s = simulator("s3cret & <pass>").run();
    assertEquals("none", s.authenticateStatus());
    assertFalse(s.authenticate().get(0).isEmpty(), "a ticket even for none");
    assertEquals(List.of(), s.requests());
    assertEquals(List.of(), sessionEvents, "QuickBooks is not opened");
  }

  @Test
  void aWrongPasswordOrUserIsNvuAndGetsNoTicket() {
    queue.enqueue("acme", "run-1", "w", qbxml("<CustomerQueryRq/>"));
    SimulatedSession s = simulator("s3cret & <pasS>").run();
    assertEquals(List.of("", "nvu"), s.authenticate());
    SimulatedSession unknown =
        WebConnectorSimulator.builder()
            .url(server.url())
            .userName("nobody")
            .password("s3cret & <pass>")
            .endpoint(echo)
            .build()
            .run();
    assertEquals(List.of("", "nvu"), unknown.authenticate());
    assertEquals(1, queue.pendingCount("acme"), "nothing was handed out");
  }

  @Test
  void aFailedRequestIsRecordedAndTheQueueMovesOn() {
    queue.enqueue("acme", "run-1", "a", qbxml("<Fail/>"));
    queue.enqueue("acme", "run-1", "b", qbxml("<CustomerQueryRq/>"));
    SimulatedSession s = simulator("s3cret & <pass>").run();
    assertEquals(List.of(50, 100), s.percents());
    List<QueuedRequest> requests = queue.requests("run-1");
    assertEquals(QueuedRequest.State.FAILED, requests.get(0).state());
    assertEquals(Optional.of("0x80040400"), requests.get(0).status());
    assertEquals(QueuedRequest.State.ANSWERED, requests.get(1).state());
    assertTrue(queue.runProgress("run-1").finalAt().isPresent());
    SimulatedSession again = simulator("s3cret & <pass>").run();
    assertEquals("none", again.authenticateStatus(), "never the same request again");
  }

  @Test
  void anIteratorFinishesInsideOneSession() {
    queue.enqueue("acme", "run-1", "page1", qbxml("<ItemQueryRq iterator=\"Start\"/>"));
    queue.enqueue("acme", "run-1", "other", qbxml("<VendorQueryRq/>"));
    listener =
        (settled, q) -> {
          int page =
              Integer.parseInt(
                  settled.key().replaceAll("\\D", "").isEmpty()
                      ? "0"
                      : settled.key().replaceAll("\\D", ""));
          if (settled.key().startsWith("page") && page < 3) {
            q.enqueueContinuation(
                settled.id(), "page" + (page + 1), qbxml("<ItemQueryRq iterator=\"Continue\"/>"));
          }
        };
    SimulatedSession s = simulator("s3cret & <pass>").run();
    assertEquals(4, s.requests().size());
    assertTrue(s.requests().get(1).contains("Continue"), "the next page comes before other work");
    assertTrue(s.requests().get(2).contains("Continue"));
    assertTrue(s.requests().get(3).contains("VendorQueryRq"));
    assertEquals(100, s.percents().get(3));
    assertEquals(4, queue.runProgress("run-1").answered());
  }

  @Test
  void aCompanyFileThatCannotOpenIsAConnectionErrorAndTheWorkWaits() {
    queue.enqueue("acme", "run-1", "a", qbxml("<CustomerQueryRq/>"));
    QbXmlEndpoint closed =
        new QbXmlEndpoint() {
          @Override
          public void beginSession(String companyFile) {
            throw new QbXmlEndpointException("0x80040408", "Could not start QuickBooks.");
          }

          @Override
          public String process(String request) {
            throw new AssertionError("not reached");
          }
        };
    SimulatedSession s =
        WebConnectorSimulator.builder()
            .url(server.url())
            .userName("acme-qb")
            .password("s3cret & <pass>")
            .endpoint(closed)
            .build()
            .run();
    assertEquals("done", s.closeMessage());
    assertEquals(1, queue.pendingCount("acme"), "nothing was claimed, so nothing was lost");
    assertEquals(List.of(100), simulator("s3cret & <pass>").run().percents());
  }
}
