package dev.procoresync.core.webhook;

import org.immutables.value.Value;

/**
 * A parsed webhook event and what the {@link WebhookInbox} decided about it.
 *
 * <pre>{@code
 * WebhookReceipt receipt = inbox.receive(body);
 * if (receipt.accepted()) {
 *   queue.add(receipt.event());
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class WebhookReceipt {

  WebhookReceipt() {}

  /**
   * The event received.
   *
   * @return the event
   */
  @Value.Parameter
  public abstract WebhookEvent event();

  /**
   * What the inbox decided.
   *
   * @return the verdict
   */
  @Value.Parameter
  public abstract WebhookVerdict verdict();

  /**
   * Tells whether the event should be processed.
   *
   * @return {@code true} when the verdict is {@link WebhookVerdict#ACCEPTED}
   */
  public boolean accepted() {
    return verdict() == WebhookVerdict.ACCEPTED;
  }
}
