package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One attempt of Procore to deliver an event to a hook ({@code …/hooks/{hook_id}/deliveries});
 * parse its {@code event} with {@code dev.procoresync.core.webhook.WebhookEvents}.
 */
@Value.Immutable
@JsonSerialize(as = WebhookDeliveryBuilder.ImmutableWebhookDelivery.class)
@JsonDeserialize(as = WebhookDeliveryBuilder.ImmutableWebhookDelivery.class)
public abstract class WebhookDelivery {

  WebhookDelivery() {}

  /**
   * Returns a new, empty builder of {@code WebhookDelivery} values.
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
   * Returns a new builder holding this value's attributes, to make a changed copy; this value is
   * left as it is.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Procore's id of the delivery.
   *
   * @return Procore's id of the delivery (Procore always sends it)
   */
  public abstract String id();

  /**
   * The HTTP status the destination answered.
   *
   * @return the HTTP status the destination answered, or empty when Procore leaves it out
   */
  public abstract Optional<Integer> responseStatus();

  /**
   * The headers the destination answered.
   *
   * @return the headers the destination answered
   */
  public abstract Map<String, JsonNode> responseHeaders();

  /**
   * The error met, such as a timeout.
   *
   * @return the error met, such as a timeout, or empty when Procore leaves it out
   */
  public abstract Optional<String> responseError();

  /**
   * The body the destination answered.
   *
   * @return the body the destination answered, or empty when Procore leaves it out
   */
  public abstract Optional<String> responseBody();

  /**
   * What became of the delivery.
   *
   * @return What became of the delivery, or empty when Procore leaves it out
   */
  public abstract Optional<DeliveryOutcome> outcome();

  /**
   * The event payload as it was sent.
   *
   * @return the event payload as it was sent, or empty when Procore leaves it out
   */
  public abstract Optional<JsonNode> event();

  /**
   * When the delivery started.
   *
   * @return When the delivery started, or empty when Procore leaves it out
   */
  public abstract Optional<Instant> startedAt();

  /**
   * When the delivery ended.
   *
   * @return When the delivery ended, or empty when Procore leaves it out
   */
  public abstract Optional<Instant> completedAt();

  /**
   * When the record was created.
   *
   * @return When the record was created, or empty when Procore leaves it out
   */
  public abstract Optional<Instant> createdAt();

  /**
   * When the record was last updated.
   *
   * @return When the record was last updated, or empty when Procore leaves it out
   */
  public abstract Optional<Instant> updatedAt();

  /**
   * Builds {@code WebhookDelivery} values: a setter per attribute (plus {@code add*}/{@code
   * addAll*} for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start
   * from a value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a
   * builder is not thread safe.
   */
  public static final class Builder extends WebhookDeliveryBuilder {
    Builder() {}
  }
}
