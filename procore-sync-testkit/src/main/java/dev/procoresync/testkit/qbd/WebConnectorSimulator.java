package dev.procoresync.testkit.qbd;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * Drives a QuickBooks Web Connector service over real HTTP the way the Web Connector does, handing
 * each qbXML request to a {@link QbXmlEndpoint} (a simulated company file).
 *
 * <p>One {@link #run()} is one scheduled update: {@code serverVersion}, {@code clientVersion},
 * {@code authenticate}; unless the answer is {@code "nvu"}, {@code "none"} or {@code "busy"}, the
 * endpoint's {@link QbXmlEndpoint#beginSession} (an {@link QbXmlEndpointException} there becomes
 * {@code connectionError}), then {@code sendRequestXML} and {@code receiveResponseXML} until the
 * service returns 100; an empty request or a negative percent makes it call {@code getLastError}
 * (and try again after {@code "NoOp"}, as the Web Connector does after its pause) and stop; it ends
 * with {@code closeConnection}. SOAP responses are parsed with DTDs refused. Every call has a
 * 5-second timeout; a service that keeps the session going beyond {@code maxRequests} fails the run
 * with {@link IllegalStateException}.
 *
 * <pre>{@code
 * WebConnectorSimulator qbwc = WebConnectorSimulator.builder()
 *     .url(server.url())
 *     .userName("acme-qb")
 *     .password("secret")
 *     .endpoint(companyFile)
 *     .build();
 * SimulatedSession session = qbwc.run();
 * }</pre>
 */
public final class WebConnectorSimulator {
  private static final String NS = "http://developer.intuit.com/";
  private static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";
  private static final XMLInputFactory INPUT = hardened();
  private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

  private final URI url;
  private final String userName;
  private final String password;
  private final QbXmlEndpoint endpoint;
  private final int maxRequests;
  private final String clientVersion;
  private final HttpClient http;

  private WebConnectorSimulator(Builder b) {
    this.url = Objects.requireNonNull(b.url, "url");
    this.userName = Objects.requireNonNull(b.userName, "userName");
    this.password = Objects.requireNonNull(b.password, "password");
    this.endpoint = Objects.requireNonNull(b.endpoint, "endpoint");
    this.maxRequests = b.maxRequests;
    this.clientVersion = b.clientVersion;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  /**
   * Returns a new builder; {@code url}, {@code userName}, {@code password} and {@code endpoint} are
   * required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs one scheduled update against the service.
   *
   * @return what the session saw
   * @throws IllegalStateException when the service answers something that is not a SOAP response of
   *     the operation called (the real Web Connector would report QBWC1042), or keeps the session
   *     going beyond {@code maxRequests}
   * @throws UncheckedIOException when the service cannot be reached
   */
  public SimulatedSession run() {
    String version = call("serverVersion", params()).get(0);
    String client = call("clientVersion", params("strVersion", clientVersion)).get(0);
    if (client.startsWith("E:")) {
      return new SimulatedSession(version, List.of(), List.of(), List.of(), List.of(client), "");
    }
    List<String> auth =
        call("authenticate", params("strUserName", userName, "strPassword", password));
    if (auth.size() < 2) {
      throw new IllegalStateException("authenticate answered fewer than 2 strings: " + auth.size());
    }
    String ticket = auth.get(0);
    String status = auth.get(1);
    List<String> requests = new ArrayList<>();
    List<Integer> percents = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    if (status.equals("nvu") || status.equals("busy")) {
      return new SimulatedSession(version, auth, requests, percents, errors, "");
    }
    if (status.equals("none")) {
      String closed = call("closeConnection", params("ticket", ticket)).get(0);
      return new SimulatedSession(version, auth, requests, percents, errors, closed);
    }
    try {
      endpoint.beginSession(status);
    } catch (QbXmlEndpointException e) {
      String done =
          call(
                  "connectionError",
                  params("ticket", ticket, "hresult", e.hresult(), "message", e.getMessage()))
              .get(0);
      endpoint.endSession();
      return new SimulatedSession(version, auth, requests, percents, errors, done);
    }
    try {
      boolean first = true;
      int noOps = 0;
      while (true) {
        if (requests.size() >= maxRequests) {
          throw new IllegalStateException(
              "the service kept the session going beyond " + maxRequests + " requests");
        }
        String request =
            call(
                    "sendRequestXML",
                    params(
                        "ticket",
                        ticket,
                        "strHCPResponse",
                        first ? hostCompanyPreferences() : "",
                        "strCompanyFileName",
                        status,
                        "qbXMLCountry",
                        "US",
                        "qbXMLMajorVers",
                        "13",
                        "qbXMLMinorVers",
                        "0"))
                .get(0);
        first = false;
        if (request.isEmpty()) {
          String error = call("getLastError", params("ticket", ticket)).get(0);
          errors.add(error);
          if (error.equals("NoOp") && noOps++ < 3) {
            continue;
          }
          break;
        }
        requests.add(request);
        String response = "";
        String hresult = "";
        String message = "";
        try {
          response = endpoint.process(request);
        } catch (QbXmlEndpointException e) {
          hresult = e.hresult();
          message = e.getMessage();
        }
        String percentText =
            call(
                    "receiveResponseXML",
                    params(
                        "ticket",
                        ticket,
                        "response",
                        response,
                        "hresult",
                        hresult,
                        "message",
                        message))
                .get(0);
        int percent;
        try {
          percent = Integer.parseInt(percentText.strip());
        } catch (NumberFormatException e) {
          throw new IllegalStateException(
              "receiveResponseXMLResult is not an int: '" + percentText + "'", e);
        }
        percents.add(percent);
        if (percent < 0) {
          errors.add(call("getLastError", params("ticket", ticket)).get(0));
          break;
        }
        if (percent >= 100) {
          break;
        }
      }
      String closed = call("closeConnection", params("ticket", ticket)).get(0);
      return new SimulatedSession(version, auth, requests, percents, errors, closed);
    } finally {
      endpoint.endSession();
    }
  }

  private static String hostCompanyPreferences() {
    return "<?xml version=\"1.0\" ?><QBXML><QBXMLMsgsRs>"
        + "<HostQueryRs statusCode=\"0\" statusSeverity=\"Info\" statusMessage=\"Status OK\">"
        + "<HostRet><ProductName>QuickBooks Enterprise Solutions 23.0 (simulated)</ProductName>"
        + "<SupportedQBXMLVersion>13.0</SupportedQBXMLVersion><QBFileMode>SingleUser</QBFileMode>"
        + "</HostRet></HostQueryRs></QBXMLMsgsRs></QBXML>";
  }

  private static Map<String, String> params(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  /** Calls an operation; returns the result's text, or the strings of an ArrayOfString. */
  private List<String> call(String operation, Map<String, String> parameters) {
    String body = envelope(operation, parameters);
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(Duration.ofSeconds(5))
            .header("Content-Type", "text/xml; charset=utf-8")
            .header("SOAPAction", "\"" + NS + operation + "\"")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach the Web Connector service at " + url, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while calling " + operation, e);
    }
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          operation + " answered HTTP " + response.statusCode() + ": " + cut(response.body()));
    }
    return result(operation, response.body());
  }

  private static String cut(String s) {
    return s.length() > 500 ? s.substring(0, 500) + "..." : s;
  }

  private static String envelope(String operation, Map<String, String> parameters) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter w = OUTPUT.createXMLStreamWriter(out);
      w.writeStartDocument("utf-8", "1.0");
      w.writeStartElement("soap", "Envelope", SOAP_NS);
      w.writeNamespace("soap", SOAP_NS);
      w.writeStartElement("soap", "Body", SOAP_NS);
      w.setDefaultNamespace(NS);
      w.writeStartElement(NS, operation);
      w.writeDefaultNamespace(NS);
      for (Map.Entry<String, String> p : parameters.entrySet()) {
        w.writeStartElement(NS, p.getKey());
        w.writeCharacters(p.getValue());
        w.writeEndElement();
      }
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the SOAP request " + operation, e);
    }
    return out.toString();
  }

  /**
   * Reads {@code <opResponse xmlns=NS><opResult>...}: the result's text, or its {@code string}
   * children; checks that both elements are in the Web Connector's namespace.
   */
  private static List<String> result(String operation, String xml) {
    XMLStreamReader r = null;
    try {
      r = INPUT.createXMLStreamReader(new StringReader(xml));
      List<String> strings = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      boolean inResponse = false;
      boolean inResult = false;
      boolean inString = false;
      boolean sawResult = false;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.DTD) {
          throw new IllegalStateException(operation + " answered with a DOCTYPE");
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          String local = r.getLocalName();
          if (local.equals(operation + "Response")) {
            requireNs(operation, r);
            inResponse = true;
          } else if (inResponse && local.equals(operation + "Result")) {
            requireNs(operation, r);
            inResult = true;
            sawResult = true;
            text.setLength(0);
          } else if (inResult && local.equals("string")) {
            requireNs(operation, r);
            inString = true;
            text.setLength(0);
          }
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
          if (inResult) {
            text.append(r.getText());
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String local = r.getLocalName();
          if (inString && local.equals("string")) {
            strings.add(text.toString());
            text.setLength(0);
            inString = false;
          } else if (inResult && local.equals(operation + "Result")) {
            if (strings.isEmpty()) {
              strings.add(text.toString());
            }
            inResult = false;
          } else if (local.equals(operation + "Response")) {
            inResponse = false;
          }
        }
      }
      if (!sawResult) {
        if (operation.equals("receiveResponseXML")) {
          throw new IllegalStateException("receiveResponseXMLResult is missing");
        }
        strings.add("");
      }
      return strings;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(operation + " answered malformed XML: " + e.getMessage(), e);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing to release
        }
      }
    }
  }

  private static void requireNs(String operation, XMLStreamReader r) {
    if (!NS.equals(r.getNamespaceURI())) {
      throw new IllegalStateException(
          operation + ": element " + r.getLocalName() + " is not in namespace " + NS);
    }
  }

  private static XMLInputFactory hardened() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return f;
  }

  /** Builds a {@link WebConnectorSimulator}; not thread safe. */
  public static final class Builder {
    private @Nullable URI url;
    private @Nullable String userName;
    private @Nullable String password;
    private @Nullable QbXmlEndpoint endpoint;
    private int maxRequests = 100_000;
    private String clientVersion = "2.3.0.215";

    private Builder() {}

    /**
     * Sets the service's URL (the {@code .qwc} file's {@code AppURL}).
     *
     * @param url the URL
     * @return this builder
     */
    public Builder url(URI url) {
      this.url = Objects.requireNonNull(url, "url");
      return this;
    }

    /**
     * Sets the user name sent to {@code authenticate}.
     *
     * @param userName the user name
     * @return this builder
     */
    public Builder userName(String userName) {
      this.userName = Objects.requireNonNull(userName, "userName");
      return this;
    }

    /**
     * Sets the password sent to {@code authenticate}.
     *
     * @param password the password
     * @return this builder
     */
    public Builder password(String password) {
      this.password = Objects.requireNonNull(password, "password");
      return this;
    }

    /**
     * Sets what answers the qbXML requests (the simulated company file).
     *
     * @param endpoint the endpoint
     * @return this builder
     */
    public Builder endpoint(QbXmlEndpoint endpoint) {
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
      return this;
    }

    /**
     * Sets the most requests one session may carry before the run fails (default 100,000), to catch
     * a service that never returns 100.
     *
     * @param maxRequests the limit, positive
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder maxRequests(int maxRequests) {
      if (maxRequests < 1) {
        throw new IllegalArgumentException("maxRequests must be positive, was " + maxRequests);
      }
      this.maxRequests = maxRequests;
      return this;
    }

    /**
     * Sets the version sent to {@code clientVersion} (default {@code "2.3.0.215"}).
     *
     * @param clientVersion the version
     * @return this builder
     */
    public Builder clientVersion(String clientVersion) {
      this.clientVersion = Objects.requireNonNull(clientVersion, "clientVersion");
      return this;
    }

    /**
     * Builds the simulator.
     *
     * @return the simulator
     * @throws NullPointerException when a required attribute is unset
     */
    public WebConnectorSimulator build() {
      return new WebConnectorSimulator(this);
    }
  }
}
