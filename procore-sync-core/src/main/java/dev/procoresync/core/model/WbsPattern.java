package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The ordered segments that make up a company's or a project's budget codes ({@code
 * work_breakdown_structure/patterns}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWbsPattern.class)
@JsonDeserialize(as = ImmutableWbsPattern.class)
public abstract class WbsPattern {

  WbsPattern() {}

  /**
   * Returns a new, empty builder of {@code WbsPattern} values.
   *
   * <p>Its {@code build()} throws {@link IllegalStateException} naming every required attribute
   * left unset; a setter given {@code null} for a required attribute throws {@link
   * NullPointerException} naming it ({@code null} for an optional attribute leaves it empty).
   *
   * @return a new builder
   */
  public static ImmutableWbsPattern.Builder builder() {
    return ImmutableWbsPattern.builder();
  }

  /**
   * Returns a new builder holding this value's attributes, to make a changed copy; this value is
   * left as it is.
   *
   * @return a new builder that starts from this value
   */
  public ImmutableWbsPattern.Builder toBuilder() {
    return ImmutableWbsPattern.builder().from(this);
  }

  /**
   * Procore's id of the record.
   *
   * @return Procore's id of the record, or empty when Procore leaves it out
   */
  public abstract Optional<Long> id();

  /**
   * The pattern's name.
   *
   * @return the pattern's name, or empty when Procore leaves it out
   */
  public abstract Optional<String> name();

  /**
   * The segments, in order.
   *
   * @return the segments, in order (empty when none)
   */
  public abstract List<WbsSegment> segments();
}
