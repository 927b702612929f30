package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** The writable attributes of a segment item: the body of a create or update. */
@Value.Immutable
@JsonSerialize(as = WbsSegmentItemUpdateBuilder.ImmutableWbsSegmentItemUpdate.class)
@JsonDeserialize(as = WbsSegmentItemUpdateBuilder.ImmutableWbsSegmentItemUpdate.class)
public abstract class WbsSegmentItemUpdate {

  WbsSegmentItemUpdate() {}

  /**
   * Returns a new, empty builder of {@code WbsSegmentItemUpdate} values.
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
   * The item's own code (required to create).
   *
   * @return the item's own code (required to create), or empty when Procore leaves it out
   */
  public abstract Optional<String> code();

  /**
   * The item's name (required to create).
   *
   * @return the item's name (required to create), or empty when Procore leaves it out
   */
  public abstract Optional<String> name();

  /**
   * The list the item goes in (required for cost codes).
   *
   * @return the list the item goes in (required for cost codes), or empty when Procore leaves it
   *     out
   */
  public abstract Optional<Long> segmentItemListId();

  /**
   * The parent item, in a tiered segment.
   *
   * @return the parent item, in a tiered segment, or empty when Procore leaves it out
   */
  public abstract Optional<Long> parentId();

  /**
   * Builds {@code WbsSegmentItemUpdate} values: a setter per attribute (plus {@code add*}/{@code
   * addAll*} for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start
   * from a value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a
   * builder is not thread safe.
   */
  public static final class Builder extends WbsSegmentItemUpdateBuilder {
    Builder() {}
  }
}
