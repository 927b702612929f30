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
@JsonSerialize(as = ImmutableWebhookMetadata.class)
@JsonDeserialize(as = ImmutableWebhookMetadata.class)
public abstract class WebhookMetadata {

  WebhookMetadata() {}

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
}
