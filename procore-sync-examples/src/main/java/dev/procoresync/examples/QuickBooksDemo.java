package dev.procoresync.examples;

import dev.procoresync.core.state.InMemoryWebConnectorQueue;
import dev.procoresync.core.state.QueueProgress;
import dev.procoresync.core.state.QueuedRequest;
import dev.procoresync.core.state.WebConnectorQueue;
import dev.procoresync.qbd.webconnector.QwcFile;
import dev.procoresync.qbd.webconnector.WebConnectorAccount;
import dev.procoresync.qbd.webconnector.WebConnectorCredentials;
import dev.procoresync.qbd.webconnector.WebConnectorHttpServer;
import dev.procoresync.qbd.webconnector.WebConnectorService;
import dev.procoresync.testkit.FakeClock;
import dev.procoresync.testkit.qbd.QbXmlEndpoint;
import dev.procoresync.testkit.qbd.SimulatedSession;
import dev.procoresync.testkit.qbd.WebConnectorSimulator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * The QuickBooks Desktop part of the demo: the Web Connector service on the JDK's HTTP server, a
 * queue of qbXML requests, and the testkit's Web Connector simulator polling it over real HTTP.
 *
 * <p>It prints the {@code .qwc} file a user would load, queues a run of requests, lets the
 * simulated Web Connector drain them (with the percent done it reports after each answer), shows
 * the run becoming final when the session closes, and polls again to show that an empty queue
 * answers {@code none}. The requests are vendor queries made with StAX, answered by a tiny stand-in
 * for QuickBooks; the QuickBooks flows of {@code dev.procoresync.qbd.flow} queue theirs the same
 * way.
 *
 * <pre>
 * ./mvnw -B -q -Pdemo -pl procore-sync-examples -am package -Ddemo.main=dev.procoresync.examples.QuickBooksDemo
 * </pre>
 */
public final class QuickBooksDemo {
  private final PrintStream out;

  private QuickBooksDemo(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the demo.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    new QuickBooksDemo(System.out).run();
  }

  /**
   * Runs the demo, printing to {@code out}.
   *
   * @param out where to print
   * @return the run's progress after the first session closed
   */
  static QueueProgress run(PrintStream out) {
    return new QuickBooksDemo(out).run();
  }

  private QueueProgress run() {
    FakeClock clock = FakeClock.at(Instant.parse("2026-01-17T06:00:00Z"));
    WebConnectorQueue queue = InMemoryWebConnectorQueue.create(clock);
    WebConnectorAccount account =
        WebConnectorAccount.builder()
            .userName("acme-qb")
            .password("demo-password") // in a host: from its secret store
            .companyKey("acme")
            .build();
    // [qbwc-service]
    WebConnectorService service =
        WebConnectorService.builder()
            .queue(queue) // the same queue the QuickBooks flows enqueue into
            .credentials(WebConnectorCredentials.of(List.of(account)))
            .clock(clock)
            .build();
    // [qbwc-service]
    try (WebConnectorHttpServer server =
        WebConnectorHttpServer.start(service, "localhost", 0, "/qbwc")) {
      out.println("procore-sync QuickBooks Desktop demo");
      out.println("  Web Connector service at " + server.url() + " (WSDL at ?wsdl)");
      out.println();
      out.println("-- the .qwc file the user adds to the Web Connector");
      QwcFile qwc =
          QwcFile.builder()
              .appName("Procore Sync (Acme)")
              .appUrl(server.url())
              .appSupport(server.url().resolve("/support"))
              .userName(account.userName())
              .ownerId(QwcFile.stableId("procore-sync-demo"))
              .fileId(QwcFile.stableId("procore-sync-demo/acme"))
              .runEveryMinutes(15)
              .build();
      out.println(qwc.toXml().strip());

      String run = "vendors-" + clock.instant();
      for (String name : List.of("Acme Concrete", "Baker Electric", "Cole & Sons Drywall")) {
        queue.enqueue("acme", run, name, vendorQuery(name));
      }
      out.println();
      out.println("-- run " + run + ": 3 requests queued; the Web Connector polls later");
      clock.advance(Duration.ofMinutes(15));
      WebConnectorSimulator qbwc =
          WebConnectorSimulator.builder()
              .url(server.url())
              .userName(account.userName())
              .password("demo-password") // what the user typed into the Web Connector
              .endpoint(new TinyQuickBooks())
              .build();
      SimulatedSession session = qbwc.run();
      out.println(
          "  session: "
              + session.requests().size()
              + " requests, percent done after each answer "
              + session.percents()
              + ", closed with \""
              + session.closeMessage()
              + "\"");
      for (QueuedRequest r : queue.requests(run)) {
        out.println("  " + r.key() + ": " + r.state() + " " + statusOf(r));
      }
      QueueProgress progress = queue.runProgress(run);
      out.println(
          "  run final at "
              + progress.finalAt().map(Instant::toString).orElse("(not yet)")
              + ": "
              + progress.answered()
              + " answered, "
              + progress.failed()
              + " failed");

      out.println();
      out.println("-- the next poll, with nothing queued");
      out.println("  authenticate answered \"" + qbwc.run().authenticateStatus() + "\"");
      return progress;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the Web Connector service", e);
    }
  }

  private static String statusOf(QueuedRequest r) {
    String response = r.response().orElse("");
    int at = response.indexOf("statusMessage=\"");
    return at < 0 ? "" : response.substring(at, response.indexOf('"', at + 15) + 1);
  }

  /** A qbXML VendorQuery by name, written with StAX. */
  private static String vendorQuery(String name) {
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
      w.writeStartDocument("utf-8", "1.0");
      w.writeProcessingInstruction("qbxml", "version=\"13.0\"");
      w.writeStartElement("QBXML");
      w.writeStartElement("QBXMLMsgsRq");
      w.writeAttribute("onError", "continueOnError");
      w.writeStartElement("VendorQueryRq");
      w.writeAttribute("requestID", "1");
      w.writeStartElement("FullName");
      w.writeCharacters(name);
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return text.toString();
  }

  /**
   * Stands in for QuickBooks: answers every {@code ...Rq} of a request with an empty {@code ...Rs}
   * of status 1 ("no match"). The testkit's simulated company file does the real thing.
   */
  private static final class TinyQuickBooks implements QbXmlEndpoint {
    @Override
    public String process(String request) {
      StringWriter text = new StringWriter();
      try {
        XMLInputFactory in = XMLInputFactory.newDefaultFactory();
        in.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XMLStreamReader r = in.createXMLStreamReader(new StringReader(request));
        XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
        w.writeStartDocument("1.0");
        w.writeStartElement("QBXML");
        w.writeStartElement("QBXMLMsgsRs");
        while (r.hasNext()) {
          if (r.next() == XMLStreamConstants.START_ELEMENT
              && r.getLocalName().endsWith("Rq")
              && !r.getLocalName().equals("QBXMLMsgsRq")) {
            String name = r.getLocalName();
            w.writeEmptyElement(name.substring(0, name.length() - 2) + "Rs");
            String id = r.getAttributeValue(null, "requestID");
            if (id != null) {
              w.writeAttribute("requestID", id);
            }
            w.writeAttribute("statusCode", "1");
            w.writeAttribute("statusSeverity", "Info");
            w.writeAttribute(
                "statusMessage", "A query request did not find a matching object in QuickBooks");
          }
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndDocument();
        w.close();
      } catch (XMLStreamException e) {
        throw new IllegalStateException(e);
      }
      return text.toString();
    }
  }
}
