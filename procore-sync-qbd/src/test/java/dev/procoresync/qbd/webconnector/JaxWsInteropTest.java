package dev.procoresync.qbd.webconnector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.state.InMemoryWebConnectorQueue;
import dev.procoresync.core.state.QueuedRequest;
import dev.procoresync.qbd.webconnector.jaxws.ArrayOfString;
import dev.procoresync.qbd.webconnector.jaxws.QBWebConnectorSvc;
import dev.procoresync.qbd.webconnector.jaxws.QBWebConnectorSvcSoap;
import dev.procoresync.testkit.FakeClock;
import jakarta.xml.ws.BindingProvider;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Interoperability with a SOAP stack that is not ours: Apache CXF's JAX-WS client, generated at
 * build time (cxf-codegen-plugin) from the WSDL the service serves, reads the served WSDL at run
 * time and calls the embedded service through the whole Web Connector session.
 */
class JaxWsInteropTest {
  private final FakeClock clock = FakeClock.create();
  private final InMemoryWebConnectorQueue queue = InMemoryWebConnectorQueue.create(clock);
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
                            .userName("acme-qb")
                            .password("pw")
                            .companyKey("acme")
                            .build())))
            .clock(clock)
            .build();
    server = WebConnectorHttpServer.start(service, "localhost", 0, "/qbwc");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void theClientGeneratedFromTheCommittedWsdlIsTheOneTheServiceServes() throws Exception {
    String committed = Files.readString(Path.of("src/test/resources/qbwc/QBWebConnectorSvc.wsdl"));
    assertTrue(
        WebConnectorService.wsdl("http://localhost:8085/qbwc").equals(committed),
        "regenerate src/test/resources/qbwc/QBWebConnectorSvc.wsdl from WebConnectorService.wsdl");
  }

  @Test
  void aGeneratedJaxWsClientRunsAWholeSession() throws Exception {
    queue.enqueue("acme", "run-1", "a", "<?xml version=\"1.0\"?><QBXML><A>&amp;</A></QBXML>");
    queue.enqueue("acme", "run-1", "b", "<?xml version=\"1.0\"?><QBXML><B/></QBXML>");
    QBWebConnectorSvc svc = new QBWebConnectorSvc(URI.create(server.url() + "?wsdl").toURL());
    QBWebConnectorSvcSoap port = svc.getQBWebConnectorSvcSoap();
    ((BindingProvider) port)
        .getRequestContext()
        .put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, server.url().toString());

    assertEquals("procore-sync", port.serverVersion(null));
    assertEquals("", port.clientVersion("2.3.0.215"));
    ArrayOfString auth = port.authenticate("acme-qb", "pw");
    assertEquals(2, auth.getString().size());
    String ticket = auth.getString().get(0);
    assertEquals("", auth.getString().get(1));

    String first = port.sendRequestXML(ticket, "", "", "US", 13, 0);
    assertEquals("<?xml version=\"1.0\"?><QBXML><A>&amp;</A></QBXML>", first);
    assertEquals(50, port.receiveResponseXML(ticket, "<QBXML><ARs/></QBXML>", "", ""));
    String second = port.sendRequestXML(ticket, "", "", "US", 13, 0);
    assertTrue(second.contains("<B/>"));
    assertEquals(100, port.receiveResponseXML(ticket, "", "0x80040400", "parse error"));
    assertTrue(port.getLastError(ticket).contains("0x80040400"));
    assertTrue(port.closeConnection(ticket).startsWith("OK: 1 answered, 1 failed"));

    List<QueuedRequest> run = queue.requests("run-1");
    assertEquals(QueuedRequest.State.ANSWERED, run.get(0).state());
    assertEquals(QueuedRequest.State.FAILED, run.get(1).state());
    assertTrue(queue.runProgress("run-1").finalAt().isPresent());

    assertEquals("nvu", port.authenticate("acme-qb", "wrong").getString().get(1));
    assertEquals(
        "done", port.connectionError("unknown", "0x80040408", "Could not start QuickBooks"));
  }
}
