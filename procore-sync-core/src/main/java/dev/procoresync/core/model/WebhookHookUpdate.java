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
 * WebhookHookUpdate hook = ImmutableWebhookHookUpdate.builder()
 *     .apiVersion("v2")
 *     .namespace("procore-sync")
 *     .destinationUrl("https://hooks.example.com/procore")
 *     .putDestinationHeader("Authorization", "Bearer ...")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWebhookHookUpdate.class)
@JsonDeserialize(as = ImmutableWebhookHookUpdate.class)
public abstract class WebhookHookUpdate {

  WebhookHookUpdate() {}

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
}
