package dev.procoresync.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A member or lead of a crew, as nested in the crew. */
@Value.Immutable
@JsonSerialize(as = ImmutableCrewMember.class)
@JsonDeserialize(as = ImmutableCrewMember.class)
public abstract class CrewMember {

  CrewMember() {}

  /**
   * Returns a new, empty builder of {@code CrewMember} values.
   *
   * <p>Its {@code build()} throws {@link IllegalStateException} naming every required attribute
   * left unset; a setter given {@code null} for a required attribute throws {@link
   * NullPointerException} naming it ({@code null} for an optional attribute leaves it empty).
   *
   * @return a new builder
   */
  public static ImmutableCrewMember.Builder builder() {
    return ImmutableCrewMember.builder();
  }

  /**
   * Returns a new builder holding this value's attributes, to make a changed copy; this value is
   * left as it is.
   *
   * @return a new builder that starts from this value
   */
  public ImmutableCrewMember.Builder toBuilder() {
    return ImmutableCrewMember.builder().from(this);
  }

  /**
   * Procore's id of the record.
   *
   * @return Procore's id of the record, or empty when Procore leaves it out
   */
  public abstract Optional<Long> id();

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
   * Whether the person is active.
   *
   * @return Whether the person is active, or empty when Procore leaves it out
   */
  @JsonProperty("is_active")
  public abstract Optional<Boolean> isActive();
}
