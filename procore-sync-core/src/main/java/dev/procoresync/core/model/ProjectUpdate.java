package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The writable attributes of a project: the body of a create or update (wrapped by the client as
 * {@code project}) and one item of {@code PATCH /rest/v1.0/projects/sync}. Only the attributes set
 * are sent.
 *
 * <pre>{@code
 * ProjectUpdate body = ProjectUpdate.builder().name("Harbor Tower").originId("bc:job:JOB000042").build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ProjectUpdateBuilder.ImmutableProjectUpdate.class)
@JsonDeserialize(as = ProjectUpdateBuilder.ImmutableProjectUpdate.class)
public abstract class ProjectUpdate {

  ProjectUpdate() {}

  /**
   * Returns a new, empty builder of {@code ProjectUpdate} values.
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
   * The id of the project to update; empty to create one (or to match by origin id in a sync).
   *
   * @return the id of the project to update; empty to create one (or to match by origin id in a
   *     sync), or empty when Procore leaves it out
   */
  public abstract Optional<Long> id();

  /**
   * The project's name (required to create).
   *
   * @return the project's name (required to create), or empty when Procore leaves it out
   */
  public abstract Optional<String> name();

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
   * The id of the project's stage.
   *
   * @return the id of the project's stage, or empty when Procore leaves it out
   */
  public abstract Optional<Long> projectStageId();

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
   * Builds {@code ProjectUpdate} values: a setter per attribute (plus {@code add*}/{@code addAll*}
   * for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a
   * value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder
   * is not thread safe.
   */
  public static final class Builder extends ProjectUpdateBuilder {
    Builder() {}
  }
}
