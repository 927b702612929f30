package dev.procoresync.core.webhook;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A record related to the one a webhook event is about (payload v3.0), such as the direct cost of a
 * direct cost line item.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRelatedResource.class)
@JsonDeserialize(as = ImmutableRelatedResource.class)
public abstract class RelatedResource {

  RelatedResource() {}

  /**
   * The related record's id, as text.
   *
   * @return the related record's id, as text
   */
  public abstract String id();

  /**
   * The related resource's name, such as {@code Direct Costs}.
   *
   * @return the related resource's name, such as {@code Direct Costs}
   */
  public abstract String name();
}
