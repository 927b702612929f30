package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The writable attributes of a company segment: the body of a create or update (wrapped as {@code
 * segment}).
 */
@Value.Immutable
@JsonSerialize(as = WbsSegmentUpdateBuilder.ImmutableWbsSegmentUpdate.class)
@JsonDeserialize(as = WbsSegmentUpdateBuilder.ImmutableWbsSegmentUpdate.class)
public abstract class WbsSegmentUpdate {

  WbsSegmentUpdate() {}

  /**
   * Returns a new, empty builder of {@code WbsSegmentUpdate} values.
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
   * The segment's name (required to create).
   *
   * @return the segment's name (required to create), or empty when Procore leaves it out
   */
  public abstract Optional<String> name();

  /**
   * Whether the items form a tree (required to create).
   *
   * @return Whether the items form a tree (required to create), or empty when Procore leaves it out
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
   * Builds {@code WbsSegmentUpdate} values: a setter per attribute (plus {@code add*}/{@code
   * addAll*} for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start
   * from a value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a
   * builder is not thread safe.
   */
  public static final class Builder extends WbsSegmentUpdateBuilder {
    Builder() {}
  }
}
