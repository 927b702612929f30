package dev.procoresync.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A user of the company directory ({@code /rest/v1.3/companies/{company_id}/users}). */
@Value.Immutable
@JsonSerialize(as = CompanyUserBuilder.ImmutableCompanyUser.class)
@JsonDeserialize(as = CompanyUserBuilder.ImmutableCompanyUser.class)
public abstract class CompanyUser {

  CompanyUser() {}

  /**
   * Returns a new, empty builder of {@code CompanyUser} values.
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
   * The email address (required to create).
   *
   * @return the email address (required to create), or empty when Procore leaves it out
   */
  public abstract Optional<String> emailAddress();

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
   * The other system's key kept by Procore, such as {@code bc:vendor:V0042}.
   *
   * @return the other system's key kept by Procore, such as {@code bc:vendor:V0042}, or empty when
   *     Procore leaves it out
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
   * The vendor the user works for.
   *
   * @return the vendor the user works for, or empty when Procore leaves it out
   */
  public abstract Optional<NamedRef> vendor();

  /**
   * The user's work classification.
   *
   * @return the user's work classification, or empty when Procore leaves it out
   */
  public abstract Optional<Long> workClassificationId();

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
   * Builds {@code CompanyUser} values: a setter per attribute (plus {@code add*}/{@code addAll*}
   * for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a
   * value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder
   * is not thread safe.
   */
  public static final class Builder extends CompanyUserBuilder {
    Builder() {}
  }
}
