package dev.procoresync.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One value of a segment, such as a cost code or a cost type ({@code
 * segments/{segment_id}/segment_items}).
 */
@Value.Immutable
@JsonSerialize(as = WbsSegmentItemBuilder.ImmutableWbsSegmentItem.class)
@JsonDeserialize(as = WbsSegmentItemBuilder.ImmutableWbsSegmentItem.class)
public abstract class WbsSegmentItem {

  WbsSegmentItem() {}

  /**
   * Returns a new, empty builder of {@code WbsSegmentItem} values.
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
   * Procore's id of the record.
   *
   * @return Procore's id of the record (Procore always sends it)
   */
  public abstract long id();

  /**
   * The item's own code.
   *
   * @return the item's own code, or empty when Procore leaves it out
   */
  public abstract Optional<String> code();

  /**
   * The item's name.
   *
   * @return the item's name, or empty when Procore leaves it out
   */
  public abstract Optional<String> name();

  /**
   * The parent item, in a tiered segment.
   *
   * @return the parent item, in a tiered segment, or empty when Procore leaves it out
   */
  public abstract Optional<Long> parentId();

  /**
   * The ids from the root down to this item.
   *
   * @return the ids from the root down to this item (empty when none)
   */
  public abstract List<Long> pathIds();

  /**
   * The codes from the root down to this item, joined, such as {@code 06-200}.
   *
   * @return the codes from the root down to this item, joined, such as {@code 06-200}, or empty
   *     when Procore leaves it out
   */
  public abstract Optional<String> pathCode();

  /**
   * The codes from the root down to this item.
   *
   * @return the codes from the root down to this item (empty when none)
   */
  public abstract List<String> pathCodes();

  /**
   * The names from the root down to this item.
   *
   * @return the names from the root down to this item (empty when none)
   */
  public abstract List<String> pathNames();

  /**
   * Whether the item has children.
   *
   * @return Whether the item has children, or empty when Procore leaves it out
   */
  @JsonProperty("is_parent")
  public abstract Optional<Boolean> isParent();

  /**
   * Whether a budget code uses the item.
   *
   * @return Whether a budget code uses the item, or empty when Procore leaves it out
   */
  public abstract Optional<Boolean> inUse();

  /**
   * The item's status, such as {@code active}.
   *
   * @return the item's status, such as {@code active}, or empty when Procore leaves it out
   */
  public abstract Optional<String> status();

  /**
   * The segment the item belongs to.
   *
   * @return the segment the item belongs to, or empty when Procore leaves it out
   */
  public abstract Optional<WbsSegment> segment();

  /**
   * Builds {@code WbsSegmentItem} values: a setter per attribute (plus {@code add*}/{@code addAll*}
   * for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a
   * value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder
   * is not thread safe.
   */
  public static final class Builder extends WbsSegmentItemBuilder {
    Builder() {}
  }
}
