package dev.procoresync.core.error;

/**
 * A request that got no answer from the service: the connection failed, was reset, or timed out.
 *
 * <p>For a write this means the outcome is unknown: the service may have stored it. The client only
 * retries such a write after checking that it did not land (by origin id or through the state
 * store).
 *
 * <pre>{@code
 * try {
 *   client.projects().list(companyId);
 * } catch (ProcoreTransportException e) {
 *   log.warn("Procore unreachable, will retry next run: {}", e.getMessage());
 * }
 * }</pre>
 */
public class ProcoreTransportException extends TransportException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates a transport failure.
   *
   * @param message what was attempted (method and path), never a secret
   * @param cause the I/O failure
   */
  public ProcoreTransportException(String message, Throwable cause) {
    super("procore", message, cause);
  }
}
