package dev.procoresync.core.mapping.budgetcode;

import org.immutables.value.Value;

/**
 * One segment of a project's WBS pattern, as Procore's segment resource describes it ({@code name,
 * type, position, delimiter, required, structure}). A flow adapts a Procore segment in one line:
 *
 * <pre>{@code
 * WbsSegment.of(s.name(), SegmentType.fromWire(s.type()), s.position(), s.delimiter(),
 *     s.required(), SegmentStructure.fromWire(s.structure()));
 * }</pre>
 */
@Value.Immutable
public abstract class WbsSegment {

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
   * Returns the segment's name, unique within the pattern, such as {@code "Cost Code"}.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the segment's type.
   *
   * @return the type
   */
  @Value.Parameter
  public abstract SegmentType type();

  /**
   * Returns the segment's position in the pattern (lower comes first).
   *
   * @return the position
   */
  @Value.Parameter
  public abstract int position();

  /**
   * Returns the delimiter between this segment and the next present one ({@code "."} in all of
   * Procore's examples); unused on the last segment.
   *
   * @return the delimiter
   */
  @Value.Parameter
  public abstract String delimiter();

  /**
   * Tells whether every budget code must have a value for this segment.
   *
   * @return {@code true} when required
   */
  @Value.Parameter
  public abstract boolean required();

  /**
   * Returns whether the segment's items are flat or tiered.
   *
   * @return the structure
   */
  @Value.Parameter
  public abstract SegmentStructure structure();

  /**
   * Creates a segment.
   *
   * @param name the name
   * @param type the type
   * @param position the position
   * @param delimiter the delimiter to the next present segment
   * @param required whether a value is required
   * @param structure flat or tiered
   * @return the segment
   * @throws NullPointerException when an object argument is {@code null}
   */
  public static WbsSegment of(
      String name,
      SegmentType type,
      int position,
      String delimiter,
      boolean required,
      SegmentStructure structure) {
    return WbsSegmentBuilder.ImmutableWbsSegment.of(
        name, type, position, delimiter, required, structure);
  }

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
