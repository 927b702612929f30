package dev.procoresync.qbd.webconnector;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procoresync.core.state.InMemoryWebConnectorQueue;
import dev.procoresync.core.testing.Fuzz;
import dev.procoresync.core.testing.Mutate;
import dev.procoresync.core.testing.Seeds;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seeded damage to valid Web Connector envelopes: the service always answers a SOAP response (200)
 * or a SOAP fault (500), never throws and never hangs.
 */
class SoapParsingFuzzTest {
  private static final String NS = "http://developer.intuit.com/";
  private static final List<String> SAMPLES =
      List.of(
          envelope("authenticate", "<strUserName>u</strUserName><strPassword>p</strPassword>"),
          envelope("serverVersion", ""),
          envelope(
              "sendRequestXML",
              "<ticket>t</ticket><strHCPResponse>&lt;QBXML/&gt;</strHCPResponse>"
                  + "<qbXMLMajorVers>13</qbXMLMajorVers><qbXMLMinorVers>0</qbXMLMinorVers>"),
          envelope(
              "receiveResponseXML",
              "<ticket>t</ticket><response><![CDATA[<QBXML/>]]></response><hresult/><message/>"),
          envelope("closeConnection", "<ticket>t</ticket>"));

  private static String envelope(String op, String children) {
    return "<?xml version=\"1.0\"?><s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\">"
        + "<s:Body><"
        + op
        + " xmlns=\""
        + NS
        + "\">"
        + children
        + "</"
        + op
        + "></s:Body></s:Envelope>";
  }

  private final WebConnectorService service =
      WebConnectorService.builder()
          .queue(InMemoryWebConnectorQueue.create())
          .credentials(
              WebConnectorCredentials.of(
                  List.of(
                      WebConnectorAccount.builder()
                          .userName("u")
                          .password("p")
                          .companyKey("c")
                          .build())))
          .build();

  @Test
  void damagedEnvelopesEndInAResponseOrAFault() {
    Fuzz.run(
        "qbwc-soap",
        1000,
        r -> {
          String s = Seeds.oneOf(r, SAMPLES);
          int rounds = 1 + r.nextInt(3);
          for (int i = 0; i < rounds; i++) {
            s = Mutate.text(r, s);
          }
          return s;
        },
        body -> {
          SoapReply reply = service.handle(null, body);
          assertTrue(reply.status() == 200 || reply.status() == 500, reply.toString());
          assertTrue(reply.body().contains("Envelope"), reply.body());
        },
        t -> false);
  }
}
