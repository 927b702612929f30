package dev.procoresync.core.error;

import org.jspecify.annotations.Nullable;

/**
 * A request that got no answer: the connection failed, was reset, or timed out. For a write the
 * outcome is unknown (the service may have stored it): flows find out what the target holds before
 * they report.
 *
 * <pre>{@code
 * try {
 *   company.projects().list().forEach(System.out::println);
 * } catch (TransportException e) {
 *   log.warn("unreachable, will retry next run: {}", e.getMessage());
 * }
 * }</pre>
 */
public class TransportException extends ClientException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates a transport failure.
   *
   * @param service the service the call was for
   * @param message what was attempted (method and path), never a secret
   * @param cause the I/O failure, or {@code null}
   */
  public TransportException(String service, String message, @Nullable Throwable cause) {
    super(service, message, cause);
  }
}
