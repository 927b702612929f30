package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body that creates a budget code from one item per segment; Procore updates the existing code
 * when the same combination exists.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWbsCodeCreate.class)
@JsonDeserialize(as = ImmutableWbsCodeCreate.class)
public abstract class WbsCodeCreate {

  WbsCodeCreate() {}

  /**
   * The budget code's description.
   *
   * @return the budget code's description, or empty when Procore leaves it out
   */
  public abstract Optional<String> description();

  /**
   * The segment and item pairs (at least the required segments).
   *
   * @return the segment and item pairs (at least the required segments) (empty when none)
   */
  public abstract List<WbsCodeSegmentItem> segmentItems();
}
