package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Procore project, as {@code /rest/v1.0/projects} shows it.
 *
 * <pre>{@code
 * Project project = Project.builder().id(42L).name("Harbor Tower").originId("bc:job:JOB000042").build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ProjectBuilder.ImmutableProject.class)
@JsonDeserialize(as = ProjectBuilder.ImmutableProject.class)
public abstract class Project {

  Project() {}

  /**
   * Returns a new, empty builder of {@code Project} values.
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
   * The project's name.
   *
   * @return the project's name
   */
  public abstract String name();

  /**
   * The name with the project number, as Procore displays it.
   *
   * @return the name with the project number, as Procore displays it, or empty when Procore leaves
   *     it out
   */
  public abstract Optional<String> displayName();

  /**
   * The project number.
   *
   * @return the project number, or empty when Procore leaves it out
   */
  public abstract Optional<String> projectNumber();

  /**
   * The street address.
   *
   * @return the street address, or empty when Procore leaves it out
   */
  public abstract Optional<String> address();

  /**
   * The city.
   *
   * @return the city, or empty when Procore leaves it out
   */
  public abstract Optional<String> city();

  /**
   * The ISO-3166 state or province code.
   *
   * @return the ISO-3166 state or province code, or empty when Procore leaves it out
   */
  public abstract Optional<String> stateCode();

  /**
   * The ISO-3166 alpha-2 country code.
   *
   * @return the ISO-3166 alpha-2 country code, or empty when Procore leaves it out
   */
  public abstract Optional<String> countryCode();

  /**
   * The postal code.
   *
   * @return the postal code, or empty when Procore leaves it out
   */
  public abstract Optional<String> zip();

  /**
   * The project's time zone, as Procore names it.
   *
   * @return the project's time zone, as Procore names it, or empty when Procore leaves it out
   */
  public abstract Optional<String> timeZone();

  /**
   * Whether the project is active.
   *
   * @return Whether the project is active, or empty when Procore leaves it out
   */
  public abstract Optional<Boolean> active();

  /**
   * The start date.
   *
   * @return the start date, or empty when Procore leaves it out
   */
  public abstract Optional<LocalDate> startDate();

  /**
   * The completion date.
   *
   * @return the completion date, or empty when Procore leaves it out
   */
  public abstract Optional<LocalDate> completionDate();

  /**
   * The total value of the project.
   *
   * @return the total value of the project, or empty when Procore leaves it out
   */
  public abstract Optional<BigDecimal> totalValue();

  /**
   * The project's stage.
   *
   * @return the project's stage, or empty when Procore leaves it out
   */
  public abstract Optional<NamedRef> projectStage();

  /**
   * The company owning the project.
   *
   * @return the company owning the project, or empty when Procore leaves it out
   */
  public abstract Optional<NamedRef> company();

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
   * The other system's code, shown to users.
   *
   * @return the other system's code, shown to users, or empty when Procore leaves it out
   */
  public abstract Optional<String> originCode();

  /**
   * The number of the project in the accounting system.
   *
   * @return the number of the project in the accounting system, or empty when Procore leaves it out
   */
  public abstract Optional<String> accountingProjectNumber();

  /**
   * The id of the parent job, for sub projects.
   *
   * @return the id of the parent job, for sub projects, or empty when Procore leaves it out
   */
  public abstract Optional<Long> parentJobId();

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
   * Builds {@code Project} values: a setter per attribute (plus {@code add*}/{@code addAll*} for
   * lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a value,
   * and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder is not
   * thread safe.
   */
  public static final class Builder extends ProjectBuilder {
    Builder() {}
  }
}
