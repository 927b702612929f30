package dev.procoresync.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The writable attributes of a person of the company directory: the body of a create or update
 * (wrapped by the client as {@code person}).
 *
 * <pre>{@code
 * PersonUpdate body = PersonUpdate.builder().firstName("Bo").lastName("Lin").isEmployee(true).employeeId("E-105").build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = PersonUpdateBuilder.ImmutablePersonUpdate.class)
@JsonDeserialize(as = PersonUpdateBuilder.ImmutablePersonUpdate.class)
public abstract class PersonUpdate {

  PersonUpdate() {}

  /**
   * Returns a new, empty builder of {@code PersonUpdate} values.
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
   * The first name.
   *
   * @return the first name, or empty when Procore leaves it out
   */
  public abstract Optional<String> firstName();

  /**
   * The last name (required to create).
   *
   * @return the last name (required to create), or empty when Procore leaves it out
   */
  public abstract Optional<String> lastName();

  /**
   * Whether the person is an employee of the company.
   *
   * @return Whether the person is an employee of the company, or empty when Procore leaves it out
   */
  @JsonProperty("is_employee")
  public abstract Optional<Boolean> isEmployee();

  /**
   * The company's employee number.
   *
   * @return the company's employee number, or empty when Procore leaves it out
   */
  public abstract Optional<String> employeeId();

  /**
   * The person's work classification.
   *
   * @return the person's work classification, or empty when Procore leaves it out
   */
  public abstract Optional<Long> workClassificationId();

  /**
   * The other system's key, such as {@code busybusy:member:b0}.
   *
   * @return the other system's key, such as {@code busybusy:member:b0}, or empty when Procore
   *     leaves it out
   */
  public abstract Optional<String> originId();

  /**
   * Whether the person is active.
   *
   * @return Whether the person is active, or empty when Procore leaves it out
   */
  public abstract Optional<Boolean> active();

  /**
   * Builds {@code PersonUpdate} values: a setter per attribute (plus {@code add*}/{@code addAll*}
   * for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a
   * value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder
   * is not thread safe.
   */
  public static final class Builder extends PersonUpdateBuilder {
    Builder() {}
  }
}
