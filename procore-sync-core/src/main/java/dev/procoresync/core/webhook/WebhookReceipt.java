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
   * Returns a new, empty builder of {@code WebhookReceipt} values.
   *
   * <p>Its {@code build()} throws {@link IllegalStateException} naming every required attribute
   * left unset; a setter given {@code null} for a required attribute throws {@link
   * NullPointerException} naming it ({@code null} for an optional attribute leaves it empty).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a value of the given attributes.
   *
   * @param event the value of {@link #event()}
   * @param verdict the value of {@link #verdict()}
   * @return the value
   * @throws NullPointerException when an argument is {@code null}
   */
  public static WebhookReceipt of(WebhookEvent event, WebhookVerdict verdict) {
    return WebhookReceiptBuilder.ImmutableWebhookReceipt.of(event, verdict);
  }

  /**
   * Returns a new builder holding this value's attributes, to make a changed copy; this value is
   * left as it is.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

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

  /**
   * Builds {@code WebhookReceipt} values: a setter per attribute (plus {@code add*}/{@code addAll*}
   * for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a
   * value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder
   * is not thread safe.
   */
  public static final class Builder extends WebhookReceiptBuilder {
    Builder() {}
  }
}
