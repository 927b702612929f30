package dev.procoresync.core.error;

import org.jspecify.annotations.Nullable;

/**
 * A service answered with a success status, but the body could not be read as what the call expects
 * (not JSON or XML, a value out of range, an empty body where a record was expected).
 *
 * <pre>{@code
 * try {
 *   Project p = company.projects().get(id);
 * } catch (DecodingException e) {
 *   log.error("unreadable answer: {}", e.getMessage());
 * }
 * }</pre>
 */
public class DecodingException extends ClientException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates a decoding failure.
   *
   * @param service the service that answered
   * @param message which call and what could not be read, never a secret
   * @param cause the parser's failure, or {@code null}
   */
  public DecodingException(String service, String message, @Nullable Throwable cause) {
    super(service, message, cause);
  }
}
