package dev.procoresync.qbd.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.model.Vendor;
import dev.procoresync.core.state.QueuedRequest;
import dev.procoresync.core.sync.Outcome;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.qbd.webconnector.WebConnectorService;
import dev.procoresync.qbd.webconnector.WebConnectorServlet;
import dev.procoresync.qbd.webconnector.jaxws.ArrayOfString;
import dev.procoresync.qbd.webconnector.jaxws.QBWebConnectorSvc;
import dev.procoresync.qbd.webconnector.jaxws.QBWebConnectorSvcSoap;
import jakarta.xml.ws.BindingProvider;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The servlet adapter in a real servlet container: {@link WebConnectorServlet} mounted in an
 * embedded Apache Tomcat 11 (Jakarta Servlet 6.1) on a free loopback port, driven by the testkit's
 * Web Connector simulator through the vendors export, and by the JAX-WS client (Apache CXF)
 * generated from the WSDL, which it reads from the servlet's own {@code ?wsdl} at run time.
 */
class TomcatServletEndToEndTest extends FlowHarness {
  /** Tomcat logs through java.util.logging; held here so its level stays set. */
  private static final Logger TOMCAT_LOG = Logger.getLogger("org.apache");

  static {
    TOMCAT_LOG.setLevel(Level.WARNING);
  }

  @TempDir Path baseDir;
  private Tomcat tomcat;

  @Override
  URI mount(WebConnectorService service) throws Exception {
    tomcat = new Tomcat();
    tomcat.setBaseDir(baseDir.toString());
    Connector connector = new Connector();
    connector.setPort(0);
    connector.setProperty("address", "127.0.0.1");
    tomcat.setConnector(connector);
    StandardContext context = (StandardContext) tomcat.addContext("/app", baseDir.toString());
    // the leak checks need --add-opens and only warn on stop; nothing here is a web application
    context.setClearReferencesThreadLocals(false);
    context.setClearReferencesRmiTargets(false);
    // registered through the Servlet API, as a host's own initializer (or Spring Boot) does
    context.addServletContainerInitializer(
        (classes, servletContext) ->
            servletContext.addServlet("qbwc", new WebConnectorServlet(service)).addMapping("/qbwc"),
        null);
    tomcat.start();
    return URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/app/qbwc");
  }

  @AfterEach
  void stopTomcat() throws LifecycleException {
    if (tomcat != null) {
      tomcat.stop();
      tomcat.destroy();
    }
  }

  @Test
  void theSimulatorDrivesTheVendorsExportThroughTomcat() {
    List<Vendor> companies =
        List.of(
            vendor(1, "Smith Plumbing", "512-555-0101"),
            vendor(2, "Jones Electric", "512-555-0102"),
            vendor(3, "Müller & Söhne <Drywall>", "512-555-0103"));
    CompaniesToVendorsFlow flow = CompaniesToVendorsFlow.create(qbd);
    SyncReport first = drive(flow.start("v-1", companies), flow::advance);
    assertEquals(3, first.count(Outcome.CREATED), first.toText());
    assertEquals(3, qb.records("Vendor").size());
    assertTrue(
        qb.records("Vendor").stream()
            .anyMatch(r -> r.fullName().orElse("").equals("Müller & Söhne <Drywall>")),
        qb.records("Vendor").toString());
    long writes = qb.writes();

    SyncReport rerun = drive(flow.start("v-2", companies), flow::advance);
    assertEquals(3, rerun.count(Outcome.UNCHANGED), rerun.toText());
    assertEquals(writes, qb.writes(), "a rerun sends no Add or Mod");
  }

  @Test
  void tomcatServesTheWsdlAndRefusesWhatIsNotSoap() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> wsdl =
        http.send(
            HttpRequest.newBuilder(URI.create(url + "?wsdl")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, wsdl.statusCode());
    assertTrue(wsdl.body().contains("location=\"" + url + "\""), wsdl.body());
    HttpResponse<String> garbage =
        http.send(
            HttpRequest.newBuilder(url)
                .header("Content-Type", "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString("garbage"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(500, garbage.statusCode());
    assertTrue(garbage.body().contains("Fault"), garbage.body());
  }

  @Test
  void aJaxWsClientGeneratedFromTheWsdlRunsASessionThroughTomcat() throws Exception {
    qb.addVendor("Smith Plumbing", null);
    queue.enqueue(
        "acme",
        "jaxws-1",
        "q",
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><?qbxml version=\"13.0\"?><QBXML>"
            + "<QBXMLMsgsRq onError=\"continueOnError\"><VendorQueryRq requestID=\"1\">"
            + "<FullName>Smith Plumbing</FullName></VendorQueryRq></QBXMLMsgsRq></QBXML>");
    QBWebConnectorSvc svc = new QBWebConnectorSvc(URI.create(url + "?wsdl").toURL());
    QBWebConnectorSvcSoap port = svc.getQBWebConnectorSvcSoap();
    assertEquals(
        url.toString(),
        ((BindingProvider) port).getRequestContext().get(BindingProvider.ENDPOINT_ADDRESS_PROPERTY),
        "the address comes from the WSDL Tomcat served");

    assertEquals("procore-sync", port.serverVersion(null));
    ArrayOfString auth = port.authenticate("acme-qb", "pw");
    String ticket = auth.getString().get(0);
    assertEquals("", auth.getString().get(1));
    assertEquals(
        List.of("", "busy"),
        port.authenticate("acme-qb", "pw").getString(),
        "a second update while this one is open");

    String request = port.sendRequestXML(ticket, "", "", "US", 13, 0);
    assertTrue(request.contains("<FullName>Smith Plumbing</FullName>"), request);
    qb.beginSession("");
    String answer = qb.process(request);
    qb.endSession();
    assertEquals(100, port.receiveResponseXML(ticket, answer, "", ""));
    assertTrue(port.closeConnection(ticket).startsWith("OK: 1 answered, 0 failed"));

    QueuedRequest settled = queue.requests("jaxws-1").get(0);
    assertEquals(QueuedRequest.State.ANSWERED, settled.state());
    assertTrue(settled.response().orElseThrow().contains("Smith Plumbing"));
    assertTrue(queue.runProgress("jaxws-1").finalAt().isPresent());
  }
}
