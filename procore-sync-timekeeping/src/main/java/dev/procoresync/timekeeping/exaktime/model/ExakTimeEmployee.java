package dev.procoresync.timekeeping.exaktime.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An ExakTime employee (unverified route {@code /v1/Time/Employees}), as SyncLinx fills it from a
 * Procore worker.
 */
@Value.Immutable
@JsonSerialize(as = ExakTimeEmployeeBuilder.ImmutableExakTimeEmployee.class)
@JsonDeserialize(as = ExakTimeEmployeeBuilder.ImmutableExakTimeEmployee.class)
public abstract class ExakTimeEmployee {

  ExakTimeEmployee() {}

  /**
   * Returns a new, empty builder.
   *
   * <p>Its {@code build()} throws {@link IllegalStateException} naming every required attribute
   * left unset; a setter given {@code null} for a required attribute throws {@link
   * NullPointerException} naming it.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a new builder holding this value's attributes, to make a changed copy.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * The employee ID (the Procore {@code employee_id}).
   *
   * @return the employee ID (the Procore {@code employee_id})
   */
  public abstract String identifier();

  /**
   * The first name.
   *
   * @return the first name, or empty when not set
   */
  public abstract Optional<String> firstName();

  /**
   * The last name.
   *
   * @return the last name
   */
  public abstract String lastName();

  /**
   * The e-mail address.
   *
   * @return the e-mail address, or empty when not set
   */
  public abstract Optional<String> email();

  /**
   * The first address line.
   *
   * @return the first address line, or empty when not set
   */
  public abstract Optional<String> address1();

  /**
   * The city.
   *
   * @return the city, or empty when not set
   */
  public abstract Optional<String> city();

  /**
   * The state code.
   *
   * @return the state code, or empty when not set
   */
  public abstract Optional<String> state();

  /**
   * The zip code.
   *
   * @return the zip code, or empty when not set
   */
  public abstract Optional<String> zip();

  /**
   * The mobile phone.
   *
   * @return the mobile phone, or empty when not set
   */
  public abstract Optional<String> phone();

  /**
   * The AccountLinx work classification (the Procore {@code work_classification_id}).
   *
   * @return the AccountLinx work classification (the Procore {@code work_classification_id}), or
   *     empty when not set
   */
  public abstract Optional<String> workClassification();

  /**
   * Whether the employee is active.
   *
   * @return whether the employee is active, or empty when not set
   */
  @JsonProperty("is_active")
  public abstract Optional<Boolean> isActive();

  /**
   * The employee groups (crews) the employee belongs to.
   *
   * @return the employee groups (crews) the employee belongs to (empty when none)
   */
  public abstract List<String> mobileGroups();

  /**
   * Builds {@code ExakTimeEmployee} values: a setter per attribute, {@code from(value)} and {@code
   * build()}. Not thread safe.
   */
  public static final class Builder extends ExakTimeEmployeeBuilder {
    Builder() {}
  }
}
