package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A budget code as nested in another record. */
@Value.Immutable
@JsonSerialize(as = WbsCodeRefBuilder.ImmutableWbsCodeRef.class)
@JsonDeserialize(as = WbsCodeRefBuilder.ImmutableWbsCodeRef.class)
public abstract class WbsCodeRef {

  WbsCodeRef() {}

  /**
   * Returns a new, empty builder of {@code WbsCodeRef} values.
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
   * The budget code, such as {@code 06-200.L}.
   *
   * @return the budget code, such as {@code 06-200.L}, or empty when Procore leaves it out
   */
  public abstract Optional<String> flatCode();

  /**
   * The budget code's description.
   *
   * @return the budget code's description, or empty when Procore leaves it out
   */
  public abstract Optional<String> description();

  /**
   * Builds {@code WbsCodeRef} values: a setter per attribute (plus {@code add*}/{@code addAll*} for
   * lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a value,
   * and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder is not
   * thread safe.
   */
  public static final class Builder extends WbsCodeRefBuilder {
    Builder() {}
  }
}
