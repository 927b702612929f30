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
@JsonSerialize(as = WbsCodeCreateBuilder.ImmutableWbsCodeCreate.class)
@JsonDeserialize(as = WbsCodeCreateBuilder.ImmutableWbsCodeCreate.class)
public abstract class WbsCodeCreate {

  WbsCodeCreate() {}

  /**
   * Returns a new, empty builder of {@code WbsCodeCreate} values.
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

  /**
   * Builds {@code WbsCodeCreate} values: a setter per attribute (plus {@code add*}/{@code addAll*}
   * for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a
   * value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder
   * is not thread safe.
   */
  public static final class Builder extends WbsCodeCreateBuilder {
    Builder() {}
  }
}
