package dev.procoresync.testkit.qbd;

import java.util.List;
import java.util.Objects;

/**
 * What one simulated Web Connector session saw: the answer to {@code authenticate}, every qbXML
 * request the service sent, every percent it returned, the errors it reported and the closing
 * message.
 *
 * <pre>{@code
 * SimulatedSession s = simulator.run();
 * assertEquals(List.of(50, 100), s.percents());
 * }</pre>
 */
public final class SimulatedSession {
  private final String serverVersion;
  private final List<String> authenticate;
  private final List<String> requests;
  private final List<Integer> percents;
  private final List<String> lastErrors;
  private final String closeMessage;

  SimulatedSession(
      String serverVersion,
      List<String> authenticate,
      List<String> requests,
      List<Integer> percents,
      List<String> lastErrors,
      String closeMessage) {
    this.serverVersion = serverVersion;
    this.authenticate = List.copyOf(authenticate);
    this.requests = List.copyOf(requests);
    this.percents = List.copyOf(percents);
    this.lastErrors = List.copyOf(lastErrors);
    this.closeMessage = Objects.requireNonNull(closeMessage);
  }

  /**
   * Returns what {@code serverVersion} answered.
   *
   * @return the server's version text
   */
  public String serverVersion() {
    return serverVersion;
  }

  /**
   * Returns the strings {@code authenticate} answered (ticket first, then the status or company
   * file).
   *
   * @return the strings
   */
  public List<String> authenticate() {
    return authenticate;
  }

  /**
   * Returns the second string of {@code authenticate}: {@code "none"}, {@code "nvu"}, {@code
   * "busy"}, {@code ""} or a company file path.
   *
   * @return the status
   */
  public String authenticateStatus() {
    return authenticate.size() > 1 ? authenticate.get(1) : "";
  }

  /**
   * Returns the qbXML requests the service sent, in order.
   *
   * @return the requests
   */
  public List<String> requests() {
    return requests;
  }

  /**
   * Returns what each {@code receiveResponseXML} returned, in order.
   *
   * @return the percents (negative for errors)
   */
  public List<Integer> percents() {
    return percents;
  }

  /**
   * Returns what each {@code getLastError} returned, in order.
   *
   * @return the messages
   */
  public List<String> lastErrors() {
    return lastErrors;
  }

  /**
   * Returns what {@code closeConnection} (or {@code connectionError}) returned; {@code ""} when the
   * session ended without either (the service refused the user or had nothing to do and the
   * simulator closed anyway).
   *
   * @return the message
   */
  public String closeMessage() {
    return closeMessage;
  }

  @Override
  public String toString() {
    return "SimulatedSession[status="
        + authenticateStatus()
        + ", requests="
        + requests.size()
        + ", percents="
        + percents
        + ", lastErrors="
        + lastErrors
        + ", close="
        + closeMessage
        + "]";
  }
}
