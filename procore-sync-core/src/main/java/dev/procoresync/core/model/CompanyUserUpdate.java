package dev.procoresync.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The writable attributes of a company user: the body of a create or update (wrapped as {@code
 * user}) and one item of {@code PATCH /rest/v1.3/companies/{company_id}/users/sync}.
 */
@Value.Immutable
@JsonSerialize(as = CompanyUserUpdateBuilder.ImmutableCompanyUserUpdate.class)
@JsonDeserialize(as = CompanyUserUpdateBuilder.ImmutableCompanyUserUpdate.class)
public abstract class CompanyUserUpdate {

  CompanyUserUpdate() {}

  /**
   * Returns a new, empty builder of {@code CompanyUserUpdate} values.
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
   * The id of the user to update; empty to create one (or to match by origin id in a sync).
   *
   * @return the id of the user to update; empty to create one (or to match by origin id in a sync),
   *     or empty when Procore leaves it out
   */
  public abstract Optional<Long> id();

  /**
   * The email address (required to create).
   *
   * @return the email address (required to create), or empty when Procore leaves it out
   */
  public abstract Optional<String> emailAddress();

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
   * The company's employee number.
   *
   * @return the company's employee number, or empty when Procore leaves it out
   */
  public abstract Optional<String> employeeId();

  /**
   * Whether the user is an employee of the company.
   *
   * @return Whether the user is an employee of the company, or empty when Procore leaves it out
   */
  @JsonProperty("is_employee")
  public abstract Optional<Boolean> isEmployee();

  /**
   * Whether the user is active.
   *
   * @return Whether the user is active, or empty when Procore leaves it out
   */
  @JsonProperty("is_active")
  public abstract Optional<Boolean> isActive();

  /**
   * The job title.
   *
   * @return the job title, or empty when Procore leaves it out
   */
  public abstract Optional<String> jobTitle();

  /**
   * The vendor the user works for.
   *
   * @return the vendor the user works for, or empty when Procore leaves it out
   */
  public abstract Optional<Long> vendorId();

  /**
   * The user's work classification.
   *
   * @return the user's work classification, or empty when Procore leaves it out
   */
  public abstract Optional<Long> workClassificationId();

  /**
   * The other system's key kept by Procore.
   *
   * @return the other system's key kept by Procore, or empty when Procore leaves it out
   */
  public abstract Optional<String> originId();

  /**
   * Free text for the integration, never shown to users.
   *
   * @return Free text for the integration, never shown to users, or empty when Procore leaves it
   *     out
   */
  public abstract Optional<String> originData();

  /**
   * Builds {@code CompanyUserUpdate} values: a setter per attribute (plus {@code add*}/{@code
   * addAll*} for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start
   * from a value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a
   * builder is not thread safe.
   */
  public static final class Builder extends CompanyUserUpdateBuilder {
    Builder() {}
  }
}
