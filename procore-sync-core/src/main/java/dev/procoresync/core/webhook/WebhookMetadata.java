package dev.procoresync.core.webhook;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a webhook event came from (payloads v2.0 and v3.0 only): the user, project, company,
 * operation and application that caused it. Ids are kept as text.
 */
@Value.Immutable
@JsonSerialize(as = WebhookMetadataBuilder.ImmutableWebhookMetadata.class)
@JsonDeserialize(as = WebhookMetadataBuilder.ImmutableWebhookMetadata.class)
public abstract class WebhookMetadata {

  WebhookMetadata() {}

  /**
   * Returns a new, empty builder of {@code WebhookMetadata} values.
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
   * The user who made the change.
   *
   * @return the user who made the change, or empty when Procore leaves it out
   */
  public abstract Optional<String> sourceUserId();

  /**
   * The project the change was made in.
   *
   * @return the project the change was made in, or empty when Procore leaves it out
   */
  public abstract Optional<String> sourceProjectId();

  /**
   * The operation that made the change.
   *
   * @return the operation that made the change, or empty when Procore leaves it out
   */
  public abstract Optional<String> sourceOperationId();

  /**
   * The company the change was made in.
   *
   * @return the company the change was made in, or empty when Procore leaves it out
   */
  public abstract Optional<String> sourceCompanyId();

  /**
   * The application that made the change; compare it with your own to drop the echoes of your own
   * writes.
   *
   * @return the application that made the change; compare it with your own to drop the echoes of
   *     your own writes, or empty when Procore leaves it out
   */
  public abstract Optional<String> sourceApplicationId();

  /**
   * Builds {@code WebhookMetadata} values: a setter per attribute (plus {@code add*}/{@code
   * addAll*} for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start
   * from a value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a
   * builder is not thread safe.
   */
  public static final class Builder extends WebhookMetadataBuilder {
    Builder() {}
  }
}
