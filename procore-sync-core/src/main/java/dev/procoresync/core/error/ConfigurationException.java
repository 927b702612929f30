package dev.procoresync.core.error;

import org.jspecify.annotations.Nullable;

/**
 * The client cannot work as set up: a credential the flow needs is missing, an authorization code
 * was already spent, a base URL is not HTTPS. The message names the setting to change.
 *
 * <pre>{@code
 * try {
 *   client.forCompany(companyId).vendors().list().iterator().hasNext();
 * } catch (ConfigurationException e) {
 *   System.err.println("fix the setup: " + e.getMessage());
 * }
 * }</pre>
 */
public class ConfigurationException extends ClientException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates a configuration failure.
   *
   * @param service the service concerned
   * @param message the setting that is wrong and what to do, never a secret
   * @param cause the underlying failure, or {@code null}
   */
  public ConfigurationException(String service, String message, @Nullable Throwable cause) {
    super(service, message, cause);
  }
}
