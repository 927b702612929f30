package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The writable attributes of a webhook hook: the body of a create or update (wrapped as {@code
 * hook}). A create needs {@code namespace} and {@code destination_url}; an update sends only the
 * attributes set.
 *
 * <pre>{@code
 * WebhookHookUpdate hook = WebhookHookUpdate.builder()
 *     .apiVersion("v2")
 *     .namespace("procore-sync")
 *     .destinationUrl("https://hooks.example.com/procore")
 *     .putDestinationHeader("Authorization", "Bearer ...")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = WebhookHookUpdateBuilder.ImmutableWebhookHookUpdate.class)
@JsonDeserialize(as = WebhookHookUpdateBuilder.ImmutableWebhookHookUpdate.class)
public abstract class WebhookHookUpdate {

  WebhookHookUpdate() {}

  /**
   * Returns a new, empty builder of {@code WebhookHookUpdate} values.
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
   * The payload version of the events, such as {@code v2}.
   *
   * @return the payload version, or empty to leave it to Procore (or unchanged)
   */
  public abstract Optional<String> apiVersion();

  /**
   * The namespace, one per integration ({@code [a-z0-9-]}).
   *
   * @return the namespace, or empty to leave it unchanged
   */
  public abstract Optional<String> namespace();

  /**
   * The HTTPS address events are posted to.
   *
   * @return the address, or empty to leave it unchanged
   */
  public abstract Optional<String> destinationUrl();

  /**
   * The headers sent with each delivery (such as {@code Authorization}); never printed.
   *
   * @return the headers (empty: none sent, or unchanged)
   */
  @Value.Redacted
  public abstract Map<String, String> destinationHeaders();

  /**
   * Builds {@code WebhookHookUpdate} values: a setter per attribute (plus {@code add*}/{@code
   * addAll*} for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start
   * from a value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a
   * builder is not thread safe.
   */
  public static final class Builder extends WebhookHookUpdateBuilder {
    Builder() {}
  }
}
