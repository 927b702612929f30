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
