package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One segment's value in a budget code: the pair a budget code is created from.
 *
 * <pre>{@code
 * WbsCodeSegmentItem costCode = ImmutableWbsCodeSegmentItem.builder().segmentId(2L).segmentItemId(501L).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWbsCodeSegmentItem.class)
@JsonDeserialize(as = ImmutableWbsCodeSegmentItem.class)
public abstract class WbsCodeSegmentItem {

  WbsCodeSegmentItem() {}

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
}
