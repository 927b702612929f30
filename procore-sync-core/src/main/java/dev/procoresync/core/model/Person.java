package dev.procoresync.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person of the company directory, whether or not they have a Procore login ({@code
 * /rest/v1.0/companies/{company_id}/people}); timecard entries name people as their {@code party}.
 *
 * <pre>{@code
 * Person worker = Person.builder().id(77L).firstName("Ada").lastName("Okafor").employeeId("E-104").build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = PersonBuilder.ImmutablePerson.class)
@JsonDeserialize(as = PersonBuilder.ImmutablePerson.class)
public abstract class Person {

  Person() {}

  /**
   * Returns a new, empty builder of {@code Person} values.
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
   * The first name.
   *
   * @return the first name, or empty when Procore leaves it out
   */
  public abstract Optional<String> firstName();

  /**
   * The last name.
   *
   * @return the last name, or empty when Procore leaves it out
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
   * The person's login, empty for people without one.
   *
   * @return the person's login, empty for people without one, or empty when Procore leaves it out
   */
  public abstract Optional<Long> userId();

  /**
   * The person's work classification.
   *
   * @return the person's work classification, or empty when Procore leaves it out
   */
  public abstract Optional<Long> workClassificationId();

  /**
   * The other system's key.
   *
   * @return the other system's key, or empty when Procore leaves it out
   */
  public abstract Optional<String> originId();

  /**
   * Whether the person is active.
   *
   * @return Whether the person is active, or empty when Procore leaves it out
   */
  public abstract Optional<Boolean> active();

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
   * Builds {@code Person} values: a setter per attribute (plus {@code add*}/{@code addAll*} for
   * lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a value,
   * and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder is not
   * thread safe.
   */
  public static final class Builder extends PersonBuilder {
    Builder() {}
  }
}
