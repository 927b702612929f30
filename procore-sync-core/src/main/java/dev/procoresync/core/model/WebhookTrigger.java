package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What makes a hook fire: a resource and an event ({@code …/hooks/{hook_id}/triggers}).
 *
 * <pre>{@code
 * WebhookTrigger trigger = WebhookTrigger.builder().resourceName("Projects").eventType("update").build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = WebhookTriggerBuilder.ImmutableWebhookTrigger.class)
@JsonDeserialize(as = WebhookTriggerBuilder.ImmutableWebhookTrigger.class)
public abstract class WebhookTrigger {

  WebhookTrigger() {}

  /**
   * Returns a new, empty builder of {@code WebhookTrigger} values.
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
   * Procore's id of the trigger.
   *
   * @return Procore's id of the trigger, or empty when Procore leaves it out
   */
  public abstract Optional<String> id();

  /**
   * The resource, such as {@code Timecard Entries}.
   *
   * @return the resource, such as {@code Timecard Entries}, or empty when Procore leaves it out
   */
  public abstract Optional<String> resourceName();

  /**
   * The event: {@code create}, {@code update} or {@code delete}.
   *
   * @return the event: {@code create}, {@code update} or {@code delete}, or empty when Procore
   *     leaves it out
   */
  public abstract Optional<String> eventType();

  /**
   * The payload version.
   *
   * @return the payload version, or empty when Procore leaves it out
   */
  public abstract Optional<String> apiVersion();

  /**
   * Builds {@code WebhookTrigger} values: a setter per attribute (plus {@code add*}/{@code addAll*}
   * for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a
   * value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder
   * is not thread safe.
   */
  public static final class Builder extends WebhookTriggerBuilder {
    Builder() {}
  }
}
