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
@JsonSerialize(as = WbsPatternBuilder.ImmutableWbsPattern.class)
@JsonDeserialize(as = WbsPatternBuilder.ImmutableWbsPattern.class)
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

  /**
   * Builds {@code WbsPattern} values: a setter per attribute (plus {@code add*}/{@code addAll*} for
   * lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a value,
   * and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder is not
   * thread safe.
   */
  public static final class Builder extends WbsPatternBuilder {
    Builder() {}
  }
}
