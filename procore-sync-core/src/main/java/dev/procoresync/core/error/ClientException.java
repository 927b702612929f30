package dev.procoresync.core.error;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A failure on the library's side of a call: no answer arrived ({@link TransportException}), an
 * answer could not be read ({@link DecodingException}), or the client is set up wrong ({@link
 * ConfigurationException}).
 *
 * <pre>{@code
 * try {
 *   company.vendors().list().forEach(this::index);
 * } catch (ClientException e) {
 *   log.warn("{}: {}", e.service(), e.getMessage());
 * }
 * }</pre>
 */
public class ClientException extends ProcoreSyncException {
  private static final long serialVersionUID = 1L;

  /** The service concerned. */
  private final String service;

  /**
   * Creates a client exception.
   *
   * @param service the service the call was for, such as {@code "procore"}
   * @param message what went wrong, never a secret
   * @param cause the underlying failure, or {@code null}
   */
  public ClientException(String service, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.service = Objects.requireNonNull(service, "service");
  }

  /**
   * Returns the name of the service the call was for.
   *
   * @return the service's name
   */
  public String service() {
    return service;
  }
}
