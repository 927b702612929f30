package dev.procoresync.core.validation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One broken business rule: a machine-readable code, the field it concerns, the rejected value and
 * a message a user can act on.
 *
 * <pre>{@code
 * Violation v = Violation.of("name.too_long", "name", name,
 *     "name is 300 characters; Procore accepts at most 255");
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ViolationBuilder.ImmutableViolation.class)
@JsonDeserialize(as = ViolationBuilder.ImmutableViolation.class)
public abstract class Violation {
  Violation() {}

  /**
   * Returns a new, empty builder of {@code Violation} values.
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
   * Returns the stable, machine-readable rule code, such as {@code "hours.negative"}.
   *
   * @return the code, never blank
   */
  public abstract String code();

  /**
   * Returns the field the rule concerns, such as {@code "hours"} or {@code "segments[1]"}.
   *
   * @return the field name, never blank
   */
  public abstract String field();

  /**
   * Returns the rejected value as text, or {@code null} when the value was absent.
   *
   * @return the rejected value, or {@code null}
   */
  @Nullable
  public abstract String rejectedValue();

  /**
   * Returns the message for a person: it names the field and the value and says what would make it
   * valid.
   *
   * @return the message, never blank
   */
  public abstract String message();

  /**
   * Creates a violation.
   *
   * @param code machine-readable rule code
   * @param field the field the rule concerns
   * @param rejectedValue the rejected value, or {@code null} when absent (any object; its {@code
   *     toString()} is kept)
   * @param message what is wrong and what would make it valid
   * @return the violation
   * @throws IllegalArgumentException when code, field or message is blank
   * @throws NullPointerException when code, field or message is {@code null}
   */
  public static Violation of(
      String code, String field, @Nullable Object rejectedValue, String message) {
    return Violation.builder()
        .code(code)
        .field(field)
        .rejectedValue(rejectedValue == null ? null : rejectedValue.toString())
        .message(message)
        .build();
  }

  @Value.Check
  void check() {
    if (code().isBlank() || field().isBlank() || message().isBlank()) {
      throw new IllegalArgumentException(
          "Violation code, field and message must not be blank: code='"
              + code()
              + "', field='"
              + field()
              + "'");
    }
  }

  /**
   * Builds {@code Violation} values: a setter per attribute (plus {@code add*}/{@code addAll*} for
   * lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a value,
   * and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder is not
   * thread safe.
   */
  public static final class Builder extends ViolationBuilder {
    Builder() {}
  }
}
