package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A budget code of a project: one item per segment, such as {@code 01-011.L} ({@code
 * work_breakdown_structure/wbs_codes}). Procore composes {@code flat_code} itself: prefer it to
 * composing one.
 */
@Value.Immutable
@JsonSerialize(as = WbsCodeBuilder.ImmutableWbsCode.class)
@JsonDeserialize(as = WbsCodeBuilder.ImmutableWbsCode.class)
public abstract class WbsCode {

  WbsCode() {}

  /**
   * Returns a new, empty builder of {@code WbsCode} values.
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
   * The segments' codes joined by their delimiters, such as {@code 06-200.L}.
   *
   * @return the segments' codes joined by their delimiters, such as {@code 06-200.L}, or empty when
   *     Procore leaves it out
   */
  public abstract Optional<String> flatCode();

  /**
   * The segments' names joined by their delimiters.
   *
   * @return the segments' names joined by their delimiters, or empty when Procore leaves it out
   */
  public abstract Optional<String> flatName();

  /**
   * The budget code's description.
   *
   * @return the budget code's description, or empty when Procore leaves it out
   */
  public abstract Optional<String> description();

  /**
   * The status, {@code active} or {@code inactive}.
   *
   * @return the status, {@code active} or {@code inactive}, or empty when Procore leaves it out
   */
  public abstract Optional<String> status();

  /**
   * The segment items making up the code.
   *
   * @return the segment items making up the code (empty when none)
   */
  public abstract List<WbsCodeSegmentItem> segmentItems();

  /**
   * The pattern the code follows.
   *
   * @return the pattern the code follows, or empty when Procore leaves it out
   */
  public abstract Optional<Long> wbsPatternId();

  /**
   * When the record was created.
   *
   * @return When the record was created, or empty when Procore leaves it out
   */
  public abstract Optional<Instant> createdAt();

  /**
   * When the record was last updated.
   *
   * @return When the record was last updated, or empty when Procore leaves it out
   */
  public abstract Optional<Instant> updatedAt();

  /**
   * Builds {@code WbsCode} values: a setter per attribute (plus {@code add*}/{@code addAll*} for
   * lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a value,
   * and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder is not
   * thread safe.
   */
  public static final class Builder extends WbsCodeBuilder {
    Builder() {}
  }
}
