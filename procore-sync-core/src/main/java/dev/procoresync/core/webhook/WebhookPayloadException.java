package dev.procoresync.core.webhook;

import dev.procoresync.core.error.ProcoreSyncException;

/**
 * Thrown when a webhook body is not a Procore event: not JSON, not an object, or missing the id,
 * the event type or the resource. The message names what is missing; the body itself is not
 * repeated.
 */
public class WebhookPayloadException extends ProcoreSyncException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong with the payload
   */
  public WebhookPayloadException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what is wrong with the payload
   * @param cause the parse failure
   */
  public WebhookPayloadException(String message, Throwable cause) {
    super(message, cause);
  }
}
