package dev.procoresync.qbd.webconnector;

import dev.procoresync.core.state.QueuedRequest;
import dev.procoresync.core.state.WebConnectorQueue;
import dev.procoresync.qbd.webconnector.internal.SoapCodec;
import dev.procoresync.qbd.webconnector.internal.SoapFormatException;
import dev.procoresync.qbd.webconnector.internal.SoapRequest;
import dev.procoresync.qbd.webconnector.internal.Tickets;
import dev.procoresync.qbd.webconnector.internal.Wsdl;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The QuickBooks Web Connector's SOAP service, independent of any HTTP server: give {@link #handle}
 * the SOAPAction header and the body of a POST, write back the {@link SoapReply}. Thread safe.
 *
 * <p>What it does per operation (SOAP 1.1 document/literal, namespace {@code
 * http://developer.intuit.com/}):
 *
 * <ul>
 *   <li>{@code serverVersion} (with or without its parameter): the version string configured.
 *   <li>{@code clientVersion}: {@code ""}, which accepts every Web Connector version.
 *   <li>{@code authenticate}: the password is compared in constant time; a wrong user or password
 *       gets {@code ["", "nvu"]}; while another session of the same company key is still open (not
 *       closed and used within {@code ticketTtl}) the answer is {@code ["", "busy"]} and the Web
 *       Connector tries again at its next scheduled update; an empty queue gets {@code [ticket,
 *       "none"]}; otherwise {@code [ticket, companyFile]} with a new unguessable ticket that
 *       expires {@code ticketTtl} after its last use.
 *   <li>{@code sendRequestXML}: the session's next request from the queue; {@code ""} (and a
 *       message for {@code getLastError}) when there is none or the ticket is not valid.
 *   <li>{@code receiveResponseXML}: stores the answer, or the failure when the Web Connector sent
 *       an HRESULT, tells the {@link AnswerListener}, and returns the session's percent done (100
 *       when nothing is left); -1 for an unknown ticket or when no request was outstanding.
 *   <li>{@code connectionError}: fails what the session held, closes it and returns {@code "done"}.
 *   <li>{@code getLastError}: the session's last error, or {@code ""}.
 *   <li>{@code closeConnection}: closes the session in the queue (runs drained by it become final)
 *       and returns a summary for the Web Connector's window.
 * </ul>
 *
 * <p>A request that is not a SOAP envelope, holds a DOCTYPE or names an unknown operation gets a
 * SOAP fault with HTTP status 500; the service never answers with anything but SOAP.
 *
 * <pre>{@code
 * WebConnectorService service = WebConnectorService.builder()
 *     .queue(queue)
 *     .credentials(WebConnectorCredentials.of(List.of(account)))
 *     .clock(clock)
 *     .build();
 * SoapReply reply = service.handle("\"http://developer.intuit.com/authenticate\"", body);
 * }</pre>
 */
public final class WebConnectorService {
  private static final Logger LOG = LoggerFactory.getLogger(WebConnectorService.class);

  /** The content type of every SOAP reply. */
  public static final String SOAP_CONTENT_TYPE = "text/xml; charset=utf-8";

  private static final byte[] DUMMY_PASSWORD = new byte[32];

  private final WebConnectorQueue queue;
  private final WebConnectorCredentials credentials;
  private final AnswerListener answerListener;
  private final String serverVersion;
  private final Tickets tickets;

  private WebConnectorService(Builder b) {
    this.queue = Objects.requireNonNull(b.queue, "queue");
    this.credentials = Objects.requireNonNull(b.credentials, "credentials");
    this.answerListener = b.answerListener;
    this.serverVersion = b.serverVersion;
    this.tickets = new Tickets(b.clock, b.ticketTtl, b.random);
  }

  /**
   * Returns a new builder; {@code queue} and {@code credentials} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the WSDL of the service, with {@code endpointUrl} as the address of its port: what
   * {@code ?wsdl} serves, and what SOAP client generators read.
   *
   * @param endpointUrl the URL the service is reached at
   * @return the WSDL document
   */
  public static String wsdl(String endpointUrl) {
    return Wsdl.text(Objects.requireNonNull(endpointUrl, "endpointUrl"));
  }

  /**
   * Handles one SOAP request.
   *
   * @param soapAction the {@code SOAPAction} header (quoted or not), or {@code null} when absent;
   *     when present it must name the same operation as the body
   * @param body the request body
   * @return the reply: a SOAP response with status 200, or a SOAP fault with status 500
   */
  public SoapReply handle(@Nullable String soapAction, String body) {
    Objects.requireNonNull(body, "body");
    SoapRequest request;
    try {
      request = SoapCodec.parse(body);
    } catch (SoapFormatException e) {
      return fault(true, "not a Web Connector SOAP request: " + e.getMessage());
    }
    String operation = request.operation();
    if (soapAction != null && !soapAction.isBlank()) {
      String action = soapAction.strip();
      if (action.length() >= 2 && action.startsWith("\"") && action.endsWith("\"")) {
        action = action.substring(1, action.length() - 1);
      }
      if (!action.isEmpty() && !action.equals(SoapCodec.QBWC_NS + operation)) {
        return fault(
            true, "SOAPAction " + action + " does not match the body's operation " + operation);
      }
    }
    try {
      String xml =
          switch (operation) {
            case "serverVersion" -> SoapCodec.stringResponse(operation, serverVersion);
            case "clientVersion" -> SoapCodec.emptyResponse(operation);
            case "authenticate" -> SoapCodec.arrayResponse(operation, authenticate(request));
            case "sendRequestXML" -> SoapCodec.stringResponse(operation, sendRequestXml(request));
            case "receiveResponseXML" ->
                SoapCodec.intResponse(operation, receiveResponseXml(request));
            case "connectionError" -> SoapCodec.stringResponse(operation, connectionError(request));
            case "getLastError" -> SoapCodec.stringResponse(operation, lastError(request));
            case "closeConnection" -> SoapCodec.stringResponse(operation, closeConnection(request));
            default -> null;
          };
      if (xml == null) {
        return fault(true, "unknown operation " + operation);
      }
      return SoapReply.of(200, SOAP_CONTENT_TYPE, xml);
    } catch (RuntimeException e) {
      LOG.warn("Web Connector operation {} failed", operation, e);
      return fault(false, "the service failed on " + operation + "; see the host's log");
    }
  }

  private static SoapReply fault(boolean client, String message) {
    return SoapReply.of(500, SOAP_CONTENT_TYPE, SoapCodec.fault(client, message));
  }

  private List<String> authenticate(SoapRequest request) {
    expireSessions();
    String userName = request.text("strUserName");
    byte[] given = request.text("strPassword").getBytes(StandardCharsets.UTF_8);
    Optional<WebConnectorAccount> account = credentials.account(userName);
    byte[] expected =
        account.map(a -> a.password().getBytes(StandardCharsets.UTF_8)).orElse(DUMMY_PASSWORD);
    boolean ok = MessageDigest.isEqual(expected, given) && account.isPresent();
    if (!ok) {
      LOG.info("Web Connector authentication refused for user {}", printable(userName));
      return List.of("", "nvu");
    }
    WebConnectorAccount a = account.get();
    Optional<Tickets.Session> opened = tickets.openUnlessBusy(a.companyKey());
    if (opened.isEmpty()) {
      LOG.info(
          "Web Connector session for company {} refused as busy: another one is still open",
          a.companyKey());
      return List.of("", "busy");
    }
    Tickets.Session session = opened.get();
    if (queue.pendingCount(a.companyKey()) == 0) {
      return List.of(session.ticket(), "none");
    }
    return List.of(session.ticket(), a.companyFile());
  }

  private String sendRequestXml(SoapRequest request) {
    Optional<Tickets.Session> session = tickets.use(request.text("ticket"));
    if (session.isEmpty()) {
      return "";
    }
    Tickets.Session s = session.get();
    Optional<QueuedRequest> next = queue.claimNext(s.companyKey(), s.ticket());
    if (next.isEmpty()) {
      s.lastError("Nothing left to send.");
      return "";
    }
    return next.get().request();
  }

  private int receiveResponseXml(SoapRequest request) {
    Optional<Tickets.Session> session = tickets.use(request.text("ticket"));
    if (session.isEmpty()) {
      return -1;
    }
    Tickets.Session s = session.get();
    Optional<QueuedRequest> held = held(s);
    if (held.isEmpty()) {
      s.lastError("No request was waiting for this response.");
      return -1;
    }
    String hresult = request.text("hresult").strip();
    QueuedRequest settled;
    if (!hresult.isEmpty()) {
      String message = request.text("message");
      settled = queue.recordFailure(held.get().id(), s.ticket(), hresult, message);
      s.lastError("QuickBooks reported " + hresult + ": " + message);
    } else {
      settled = queue.recordResponse(held.get().id(), s.ticket(), request.text("response"));
    }
    try {
      answerListener.onSettled(settled, queue);
    } catch (RuntimeException e) {
      LOG.warn(
          "the answer listener failed on request {} of run {}", settled.id(), settled.runId(), e);
    }
    return queue.sessionProgress(s.companyKey(), s.ticket()).percentDone();
  }

  private Optional<QueuedRequest> held(Tickets.Session s) {
    // claimNext returns the request the session already holds; a session holds one only between
    // sendRequestXML and receiveResponseXML, so look at what is claimed first.
    if (queue.sessionProgress(s.companyKey(), s.ticket()).claimed() == 0) {
      return Optional.empty();
    }
    return queue.claimNext(s.companyKey(), s.ticket());
  }

  private String connectionError(SoapRequest request) {
    String ticket = request.text("ticket");
    Optional<Tickets.Session> session = tickets.use(ticket);
    session.ifPresent(
        s -> {
          String hresult = request.text("hresult").strip();
          held(s)
              .ifPresent(
                  r ->
                      queue.recordFailure(
                          r.id(),
                          s.ticket(),
                          hresult.isEmpty() ? "connection.error" : hresult,
                          request.text("message")));
          close(s);
        });
    return "done";
  }

  private String lastError(SoapRequest request) {
    return tickets
        .use(request.text("ticket"))
        .map(Tickets.Session::lastError)
        .orElse("The session ticket is unknown or expired: authenticate again.");
  }

  private String closeConnection(SoapRequest request) {
    String ticket = request.text("ticket");
    Optional<Tickets.Session> session = tickets.use(ticket);
    if (session.isEmpty()) {
      // an expired session is still registered: release what it held now rather than at the next
      // authenticate
      tickets.close(ticket).ifPresent(expired -> queue.closeSession(expired.ticket()));
      return "OK";
    }
    Tickets.Session s = session.get();
    var progress = queue.sessionProgress(s.companyKey(), s.ticket());
    close(s);
    return "OK: " + progress.answered() + " answered, " + progress.failed() + " failed.";
  }

  private void close(Tickets.Session s) {
    tickets.close(s.ticket());
    List<String> finalRuns = queue.closeSession(s.ticket());
    if (!finalRuns.isEmpty()) {
      LOG.info(
          "Web Connector session for company {} made runs final: {}", s.companyKey(), finalRuns);
    }
  }

  private void expireSessions() {
    for (Tickets.Session s : tickets.sweepExpired()) {
      queue.closeSession(s.ticket());
    }
  }

  private static String printable(String s) {
    String cut = s.length() > 64 ? s.substring(0, 64) : s;
    return cut.replaceAll("[^\\x20-\\x7e]", "?");
  }

  /** Builds a {@link WebConnectorService}; not thread safe. */
  public static final class Builder {
    private @Nullable WebConnectorQueue queue;
    private @Nullable WebConnectorCredentials credentials;
    private AnswerListener answerListener = AnswerListener.NONE;
    private String serverVersion = "procore-sync";
    private Clock clock = Clock.systemUTC();
    private Duration ticketTtl = Duration.ofMinutes(30);
    private SecureRandom random = new SecureRandom();

    private Builder() {}

    /**
     * Sets the queue the service drains (required).
     *
     * @param queue the queue
     * @return this builder
     */
    public Builder queue(WebConnectorQueue queue) {
      this.queue = Objects.requireNonNull(queue, "queue");
      return this;
    }

    /**
     * Sets where accounts are looked up (required).
     *
     * @param credentials the credentials
     * @return this builder
     */
    public Builder credentials(WebConnectorCredentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    /**
     * Sets the listener told of every settled request (default: none).
     *
     * @param answerListener the listener
     * @return this builder
     */
    public Builder answerListener(AnswerListener answerListener) {
      this.answerListener = Objects.requireNonNull(answerListener, "answerListener");
      return this;
    }

    /**
     * Sets what {@code serverVersion} returns (default {@code "procore-sync"}).
     *
     * @param serverVersion the version text
     * @return this builder
     */
    public Builder serverVersion(String serverVersion) {
      this.serverVersion = Objects.requireNonNull(serverVersion, "serverVersion");
      return this;
    }

    /**
     * Sets the clock tickets expire on (default: the system clock).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets how long a ticket lives after its last use (default 30 minutes).
     *
     * @param ticketTtl the time to live, positive
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder ticketTtl(Duration ticketTtl) {
      if (ticketTtl.isNegative() || ticketTtl.isZero()) {
        throw new IllegalArgumentException("ticketTtl must be positive, was " + ticketTtl);
      }
      this.ticketTtl = ticketTtl;
      return this;
    }

    /**
     * Sets the source of ticket bits (default: a new {@link SecureRandom}).
     *
     * @param random the source
     * @return this builder
     */
    public Builder random(SecureRandom random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * Builds the service.
     *
     * @return the service
     * @throws NullPointerException when the queue or the credentials were not set
     */
    public WebConnectorService build() {
      return new WebConnectorService(this);
    }
  }
}
