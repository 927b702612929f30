package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A segment of the work breakdown structure, such as Sub Job, Cost Code or Cost Type ({@code
 * work_breakdown_structure/segments}). Budget codes join the segments' values with each segment's
 * {@code delimiter}, in {@code position} order.
 */
@Value.Immutable
@JsonSerialize(as = WbsSegmentBuilder.ImmutableWbsSegment.class)
@JsonDeserialize(as = WbsSegmentBuilder.ImmutableWbsSegment.class)
public abstract class WbsSegment {

  WbsSegment() {}

  /**
   * Returns a new, empty builder of {@code WbsSegment} values.
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
   * What the segment holds.
   *
   * @return What the segment holds, or empty when Procore leaves it out
   */
  public abstract Optional<WbsSegmentType> type();

  /**
   * The segment's name.
   *
   * @return the segment's name, or empty when Procore leaves it out
   */
  public abstract Optional<String> name();

  /**
   * The segment's place in budget codes, from 0.
   *
   * @return the segment's place in budget codes, from 0, or empty when Procore leaves it out
   */
  public abstract Optional<Integer> position();

  /**
   * The text between this segment's value and the next one's in a budget code.
   *
   * @return the text between this segment's value and the next one's in a budget code, or empty
   *     when Procore leaves it out
   */
  public abstract Optional<String> delimiter();

  /**
   * Whether a budget code must have a value for this segment.
   *
   * @return Whether a budget code must have a value for this segment, or empty when Procore leaves
   *     it out
   */
  public abstract Optional<Boolean> required();

  /**
   * How many items the segment has.
   *
   * @return How many items the segment has, or empty when Procore leaves it out
   */
  public abstract Optional<Long> segmentItemsCount();

  /**
   * Whether the items form a tree.
   *
   * @return Whether the items form a tree, or empty when Procore leaves it out
   */
  public abstract Optional<WbsSegmentStructure> structure();

  /**
   * Whether projects may change items created in the project.
   *
   * @return Whether projects may change items created in the project, or empty when Procore leaves
   *     it out
   */
  public abstract Optional<Boolean> projectCanModifyOriginProject();

  /**
   * Whether projects may delete items created at company level.
   *
   * @return Whether projects may delete items created at company level, or empty when Procore
   *     leaves it out
   */
  public abstract Optional<Boolean> projectCanDeleteOriginCompany();

  /**
   * The pattern the segment belongs to.
   *
   * @return the pattern the segment belongs to, or empty when Procore leaves it out
   */
  public abstract Optional<Long> wbsPatternId();

  /**
   * Builds {@code WbsSegment} values: a setter per attribute (plus {@code add*}/{@code addAll*} for
   * lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a value,
   * and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder is not
   * thread safe.
   */
  public static final class Builder extends WbsSegmentBuilder {
    Builder() {}
  }
}
