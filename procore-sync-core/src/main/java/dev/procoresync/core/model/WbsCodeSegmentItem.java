package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One segment's value in a budget code: the pair a budget code is created from.
 *
 * <pre>{@code
 * WbsCodeSegmentItem costCode = WbsCodeSegmentItem.builder().segmentId(2L).segmentItemId(501L).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = WbsCodeSegmentItemBuilder.ImmutableWbsCodeSegmentItem.class)
@JsonDeserialize(as = WbsCodeSegmentItemBuilder.ImmutableWbsCodeSegmentItem.class)
public abstract class WbsCodeSegmentItem {

  WbsCodeSegmentItem() {}

  /**
   * Returns a new, empty builder of {@code WbsCodeSegmentItem} values.
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
   * The segment.
   *
   * @return the segment, or empty when Procore leaves it out
   */
  public abstract Optional<Long> segmentId();

  /**
   * The segment's item.
   *
   * @return the segment's item, or empty when Procore leaves it out
   */
  public abstract Optional<Long> segmentItemId();

  /**
   * The item's code, in responses.
   *
   * @return the item's code, in responses, or empty when Procore leaves it out
   */
  public abstract Optional<String> code();

  /**
   * The item's name, in responses.
   *
   * @return the item's name, in responses, or empty when Procore leaves it out
   */
  public abstract Optional<String> name();

  /**
   * Builds {@code WbsCodeSegmentItem} values: a setter per attribute (plus {@code add*}/{@code
   * addAll*} for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start
   * from a value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a
   * builder is not thread safe.
   */
  public static final class Builder extends WbsCodeSegmentItemBuilder {
    Builder() {}
  }
}
