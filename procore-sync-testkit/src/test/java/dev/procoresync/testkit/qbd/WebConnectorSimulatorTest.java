package dev.procoresync.testkit.qbd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The simulator's own behaviour against a scripted Web Connector service on loopback HTTP: which
 * operations it calls, in which order, for each answer the real Web Connector distinguishes ({@code
 * nvu}, {@code busy}, {@code none}, a company file, {@code NoOp}, a negative percent, an hresult, a
 * DOCTYPE).
 */
class WebConnectorSimulatorTest {
  private static final String NS = "http://developer.intuit.com/";

  private HttpServer server;
  private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
  private final List<String> bodies = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, Deque<String>> script = new ConcurrentHashMap<>();
  private final List<String> processed = new ArrayList<>();
  private final List<String> sessionEvents = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/qbwc",
        ex -> {
          String action = ex.getRequestHeaders().getFirst("SOAPAction").replace("\"", "");
          String op = action.substring(NS.length());
          calls.add(op);
          bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          Deque<String> answers = script.getOrDefault(op, new ArrayDeque<>());
          String answer = answers.size() > 1 ? answers.poll() : answers.peek();
          byte[] out =
              (answer == null ? envelope(op, "<" + op + "Result/>") : answer)
                  .getBytes(StandardCharsets.UTF_8);
          ex.getResponseHeaders().add("Content-Type", "text/xml; charset=utf-8");
          ex.sendResponseHeaders(200, out.length);
          try (OutputStream os = ex.getResponseBody()) {
            os.write(out);
          }
        });
    server.start();
    answer("serverVersion", result("serverVersion", "test"));
    answer("clientVersion", result("clientVersion", ""));
    answer("closeConnection", result("closeConnection", "OK"));
    answer("getLastError", result("getLastError", "broken"));
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static String envelope(String op, String inner) {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?><soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
        + "<"
        + op
        + "Response xmlns=\""
        + NS
        + "\">"
        + inner
        + "</"
        + op
        + "Response></soap:Body></soap:Envelope>";
  }

  private static String result(String op, String text) {
    return envelope(op, "<" + op + "Result>" + text + "</" + op + "Result>");
  }

  private static String auth(String ticket, String status) {
    return envelope(
        "authenticate",
        "<authenticateResult><string>"
            + ticket
            + "</string><string>"
            + status
            + "</string></authenticateResult>");
  }

  /** Queues answers for one operation; the last one repeats. */
  private void answer(String op, String... answers) {
    script.put(op, new ArrayDeque<>(List.of(answers)));
  }

  private SimulatedSession run(QbXmlEndpoint endpoint) {
    return WebConnectorSimulator.builder()
        .url(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/qbwc"))
        .userName("u")
        .password("p")
        .endpoint(endpoint)
        .maxRequests(10)
        .build()
        .run();
  }

  private QbXmlEndpoint recording() {
    return new QbXmlEndpoint() {
      @Override
      public void beginSession(String companyFile) {
        sessionEvents.add("begin " + companyFile);
      }

      @Override
      public String process(String qbxmlRequest) {
        processed.add(qbxmlRequest);
        return "<?xml version=\"1.0\" ?><QBXML><QBXMLMsgsRs/></QBXML>";
      }

      @Override
      public void endSession() {
        sessionEvents.add("end");
      }
    };
  }

  @Test
  void nvuAndBusyEndTheUpdateAfterAuthenticateWithoutASessionOrCloseConnection() {
    for (String status : List.of("nvu", "busy")) {
      calls.clear();
      answer("authenticate", auth(status.equals("nvu") ? "" : "t-1", status));
      SimulatedSession s = run(recording());
      assertEquals(status, s.authenticateStatus());
      assertEquals(List.of("serverVersion", "clientVersion", "authenticate"), calls, status);
      assertTrue(sessionEvents.isEmpty(), "QuickBooks was not opened: " + sessionEvents);
    }
  }

  @Test
  void noneClosesTheConnectionWithoutOpeningQuickBooks() {
    answer("authenticate", auth("t-1", "none"));
    SimulatedSession s = run(recording());
    assertEquals(
        List.of("serverVersion", "clientVersion", "authenticate", "closeConnection"), calls);
    assertEquals("OK", s.closeMessage());
    assertTrue(sessionEvents.isEmpty());
  }

  @Test
  void aCompanyFileOpensASessionAndRequestsFlowUntil100() {
    answer("authenticate", auth("t-1", ""));
    answer(
        "sendRequestXML",
        result("sendRequestXML", "&lt;QBXML&gt;one&lt;/QBXML&gt;"),
        result("sendRequestXML", "&lt;QBXML&gt;two&lt;/QBXML&gt;"));
    answer(
        "receiveResponseXML",
        result("receiveResponseXML", "50"),
        result("receiveResponseXML", "100"));
    SimulatedSession s = run(recording());
    assertEquals(
        List.of(
            "serverVersion",
            "clientVersion",
            "authenticate",
            "sendRequestXML",
            "receiveResponseXML",
            "sendRequestXML",
            "receiveResponseXML",
            "closeConnection"),
        calls);
    assertEquals(List.of("<QBXML>one</QBXML>", "<QBXML>two</QBXML>"), processed);
    assertEquals(List.of(50, 100), s.percents());
    assertEquals(List.of("begin ", "end"), sessionEvents);
    assertTrue(bodies.get(3).contains("<qbXMLMajorVers>13</qbXMLMajorVers>"), bodies.get(3));
    assertTrue(bodies.get(3).contains("HostQueryRs"), "the first sendRequestXML carries HCP");
    assertTrue(!bodies.get(5).contains("HostQueryRs"), "only the first one");
  }

  @Test
  void noOpMakesItAskAgainAtMostThreeTimesThenAnotherErrorEndsTheSession() {
    answer("authenticate", auth("t-1", ""));
    answer("sendRequestXML", result("sendRequestXML", ""));
    answer("getLastError", result("getLastError", "NoOp"));
    SimulatedSession s = run(recording());
    assertEquals(List.of("NoOp", "NoOp", "NoOp", "NoOp"), s.lastErrors());
    assertEquals(4, calls.stream().filter("sendRequestXML"::equals).count(), calls.toString());
    assertEquals("closeConnection", calls.get(calls.size() - 1));

    calls.clear();
    answer("getLastError", result("getLastError", "NoOp"), result("getLastError", "Queue broken"));
    s = run(recording());
    assertEquals(List.of("NoOp", "Queue broken"), s.lastErrors());
    assertEquals(2, calls.stream().filter("sendRequestXML"::equals).count(), calls.toString());
  }

  @Test
  void aNegativePercentCallsGetLastErrorAndAnHresultTravelsInReceiveResponseXml() {
    answer("authenticate", auth("t-1", "C:\\\\Company.QBW"));
    answer("sendRequestXML", result("sendRequestXML", "&lt;QBXML/&gt;"));
    answer("receiveResponseXML", result("receiveResponseXML", "-1"));
    SimulatedSession s =
        run(
            q -> {
              throw new QbXmlEndpointException("0x80040400", "parse error");
            });
    assertEquals(List.of(-1), s.percents());
    assertEquals(List.of("broken"), s.lastErrors());
    String receive = bodies.get(calls.indexOf("receiveResponseXML"));
    assertTrue(receive.contains("<hresult>0x80040400</hresult>"), receive);
    assertTrue(receive.contains("<message>parse error</message>"), receive);
    assertEquals("closeConnection", calls.get(calls.size() - 1));
  }

  @Test
  void quickBooksThatCannotStartBecomesConnectionError() {
    answer("authenticate", auth("t-1", ""));
    answer("connectionError", result("connectionError", "done"));
    SimulatedSession s =
        run(
            new QbXmlEndpoint() {
              @Override
              public void beginSession(String companyFile) {
                throw new QbXmlEndpointException("0x80040408", "Could not start QuickBooks");
              }

              @Override
              public String process(String qbxmlRequest) {
                throw new AssertionError("never");
              }
            });
    assertEquals(
        List.of("serverVersion", "clientVersion", "authenticate", "connectionError"), calls);
    assertEquals("done", s.closeMessage());
  }

  @Test
  void aServiceThatNeverFinishesOrAnswersADoctypeFailsTheRun() {
    answer("authenticate", auth("t-1", ""));
    answer("sendRequestXML", result("sendRequestXML", "&lt;QBXML/&gt;"));
    answer("receiveResponseXML", result("receiveResponseXML", "10"));
    assertThrows(IllegalStateException.class, () -> run(recording()));

    answer(
        "serverVersion",
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]>"
            + result("serverVersion", "x").substring(21));
    assertThrows(IllegalStateException.class, () -> run(recording()));
  }
}
