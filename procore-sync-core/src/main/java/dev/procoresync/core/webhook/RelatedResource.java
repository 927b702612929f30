package dev.procoresync.core.webhook;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A record related to the one a webhook event is about (payload v3.0), such as the direct cost of a
 * direct cost line item.
 */
@Value.Immutable
@JsonSerialize(as = RelatedResourceBuilder.ImmutableRelatedResource.class)
@JsonDeserialize(as = RelatedResourceBuilder.ImmutableRelatedResource.class)
public abstract class RelatedResource {

  RelatedResource() {}

  /**
   * Returns a new, empty builder of {@code RelatedResource} values.
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

  /**
   * Builds {@code RelatedResource} values: a setter per attribute (plus {@code add*}/{@code
   * addAll*} for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start
   * from a value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a
   * builder is not thread safe.
   */
  public static final class Builder extends RelatedResourceBuilder {
    Builder() {}
  }
}
