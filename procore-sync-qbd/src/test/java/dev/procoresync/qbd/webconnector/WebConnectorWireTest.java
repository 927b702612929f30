package dev.procoresync.qbd.webconnector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.state.InMemoryWebConnectorQueue;
import dev.procoresync.testkit.FakeClock;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Wire details other SOAP stacks depend on, checked on raw HTTP. */
class WebConnectorWireTest {
  private static final String NS = "http://developer.intuit.com/";
  private final FakeClock clock = FakeClock.create();
  private final InMemoryWebConnectorQueue queue = InMemoryWebConnectorQueue.create(clock);
  private final HttpClient http = HttpClient.newHttpClient();
  private WebConnectorHttpServer server;

  @BeforeEach
  void start() throws Exception {
    WebConnectorService service =
        WebConnectorService.builder()
            .queue(queue)
            .credentials(
                WebConnectorCredentials.of(
                    List.of(
                        WebConnectorAccount.builder()
                            .userName("u")
                            .password("p")
                            .companyKey("acme")
                            .companyFile("C:\\Company\\Acme.QBW")
                            .build())))
            .clock(clock)
            .ticketTtl(Duration.ofMinutes(10))
            .build();
    server = WebConnectorHttpServer.start(service, "localhost", 0, "/qbwc");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> post(String action, String body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(server.url())
            .timeout(Duration.ofSeconds(5))
            .header("Content-Type", "text/xml; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (action != null) {
      b.header("SOAPAction", action);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String envelope(String operation, String children) {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
        + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
        + "<"
        + operation
        + " xmlns=\""
        + NS
        + "\">"
        + children
        + "</"
        + operation
        + "></soap:Body></soap:Envelope>";
  }

  private static Document dom(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private static List<Element> qualified(Document d, String local) {
    NodeList list = d.getElementsByTagNameNS(NS, local);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  private String authenticateTicket() throws Exception {
    HttpResponse<String> r =
        post(
            "\"" + NS + "authenticate\"",
            envelope("authenticate", "<strUserName>u</strUserName><strPassword>p</strPassword>"));
    return qualified(dom(r.body()), "string").get(0).getTextContent();
  }

  @Test
  void authenticateAnswersAQualifiedArrayOfStringWithTicketAndCompanyFile() throws Exception {
    queue.enqueue("acme", "run", "k", "<QBXML/>");
    HttpResponse<String> r =
        post(
            "\"" + NS + "authenticate\"",
            envelope("authenticate", "<strUserName>u</strUserName><strPassword>p</strPassword>"));
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/xml"));
    Document d = dom(r.body());
    assertEquals(1, qualified(d, "authenticateResponse").size());
    assertEquals(1, qualified(d, "authenticateResult").size());
    List<Element> strings = qualified(d, "string");
    assertEquals(2, strings.size());
    assertTrue(strings.get(0).getTextContent().length() >= 40, "256-bit ticket");
    assertEquals("C:\\Company\\Acme.QBW", strings.get(1).getTextContent());
    assertNotEquals(
        strings.get(0).getTextContent(), authenticateTicket(), "a new ticket each time");
  }

  @Test
  void serverVersionWithAndWithoutItsParameterAndWithoutSoapAction() throws Exception {
    for (String children : List.of("", "<strVersion>x</strVersion>")) {
      HttpResponse<String> r = post(null, envelope("serverVersion", children));
      assertEquals(200, r.statusCode(), r.body());
      assertEquals(
          "procore-sync", qualified(dom(r.body()), "serverVersionResult").get(0).getTextContent());
    }
    HttpResponse<String> unquoted = post(NS + "clientVersion", envelope("clientVersion", ""));
    assertEquals(1, qualified(dom(unquoted.body()), "clientVersionResult").size());
  }

  @Test
  void qbxmlTravelsEscapedAndReceiveResultIsAlwaysAnInt() throws Exception {
    queue.enqueue("acme", "run", "k", "<?xml version=\"1.0\"?><QBXML>&amp; é</QBXML>");
    String ticket = authenticateTicket();
    HttpResponse<String> send =
        post(
            "\"" + NS + "sendRequestXML\"",
            envelope(
                "sendRequestXML",
                "<ticket>"
                    + ticket
                    + "</ticket><strHCPResponse/><strCompanyFileName/><qbXMLCountry>US</qbXMLCountry>"
                    + "<qbXMLMajorVers>13</qbXMLMajorVers><qbXMLMinorVers>0</qbXMLMinorVers>"));
    assertTrue(send.body().contains("&lt;QBXML>") || send.body().contains("&lt;QBXML&gt;"));
    assertEquals(
        "<?xml version=\"1.0\"?><QBXML>&amp; é</QBXML>",
        qualified(dom(send.body()), "sendRequestXMLResult").get(0).getTextContent());
    HttpResponse<String> receive =
        post(
            "\"" + NS + "receiveResponseXML\"",
            envelope(
                "receiveResponseXML",
                "<ticket>"
                    + ticket
                    + "</ticket><response>&lt;QBXML/&gt;</response><hresult/><message/>"));
    assertEquals(
        "100", qualified(dom(receive.body()), "receiveResponseXMLResult").get(0).getTextContent());
    assertEquals("<QBXML/>", queue.requests("run").get(0).response().orElseThrow());
    HttpResponse<String> unknown =
        post(
            null,
            envelope("receiveResponseXML", "<ticket>nope</ticket><response/><hresult/><message/>"));
    assertEquals(
        "-1", qualified(dom(unknown.body()), "receiveResponseXMLResult").get(0).getTextContent());
  }

  @Test
  void anExpiredTicketGetsNothingAndItsHeldRequestFailsSoTheQueueMovesOn() throws Exception {
    queue.enqueue("acme", "run", "k", "<QBXML/>");
    queue.enqueue("acme", "run", "k2", "<QBXML2/>");
    String ticket = authenticateTicket();
    String send =
        envelope(
            "sendRequestXML",
            "<ticket>"
                + ticket
                + "</ticket><qbXMLMajorVers>13</qbXMLMajorVers><qbXMLMinorVers>0</qbXMLMinorVers>");
    assertTrue(post(null, send).body().contains("QBXML"));
    clock.advance(Duration.ofMinutes(11));
    HttpResponse<String> late = post(null, send);
    assertEquals("", qualified(dom(late.body()), "sendRequestXMLResult").get(0).getTextContent());
    HttpResponse<String> error =
        post(null, envelope("getLastError", "<ticket>" + ticket + "</ticket>"));
    assertTrue(
        qualified(dom(error.body()), "getLastErrorResult")
            .get(0)
            .getTextContent()
            .contains("expired"));
    post(null, envelope("closeConnection", "<ticket>" + ticket + "</ticket>"));
    assertEquals("session.closed", queue.requests("run").get(0).status().orElseThrow());
    assertEquals(1, queue.pendingCount("acme"));
  }

  @Test
  void hostileOrBrokenRequestsGetASoapFaultAndNeverReadAFile() throws Exception {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
            + envelope("authenticate", "<strUserName>&x;</strUserName>").substring(38);
    String laughs =
        "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
            + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
            + envelope("authenticate", "<strUserName>&d;</strUserName>").substring(38);
    for (String body :
        List.of(
            xxe,
            laughs,
            "not xml",
            "<a/>",
            envelope("dropTables", ""),
            "<html><body>oops</body></html>")) {
      HttpResponse<String> r = post(null, body);
      assertEquals(500, r.statusCode(), body);
      Document d = dom(r.body());
      assertEquals(
          1,
          d.getElementsByTagNameNS("http://schemas.xmlsoap.org/soap/envelope/", "Fault")
              .getLength());
      assertFalse(r.body().contains(System.getenv().getOrDefault("HOSTNAME", "\u0000")));
    }
    HttpResponse<String> mismatch =
        post("\"" + NS + "closeConnection\"", envelope("authenticate", ""));
    assertEquals(500, mismatch.statusCode());
  }

  @Test
  void theServedWsdlDescribesTheEightOperations() throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(server.url() + "?wsdl")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    Document d = dom(r.body());
    NodeList ops = d.getElementsByTagNameNS("http://schemas.xmlsoap.org/wsdl/soap/", "operation");
    List<String> actions = new ArrayList<>();
    for (int i = 0; i < ops.getLength(); i++) {
      actions.add(((Element) ops.item(i)).getAttribute("soapAction"));
    }
    assertEquals(
        List.of(
            NS + "authenticate",
            NS + "serverVersion",
            NS + "clientVersion",
            NS + "sendRequestXML",
            NS + "receiveResponseXML",
            NS + "connectionError",
            NS + "getLastError",
            NS + "closeConnection"),
        actions);
    Matcher m = Pattern.compile("location=\"([^\"]+)\"").matcher(r.body());
    assertTrue(m.find());
    assertEquals(server.url().toString(), m.group(1));
    assertTrue(r.body().contains("name=\"receiveResponseXMLResult\" type=\"s:int\""));
    assertTrue(
        r.body().contains("minOccurs=\"1\" maxOccurs=\"1\" name=\"receiveResponseXMLResult\""));
  }
}
