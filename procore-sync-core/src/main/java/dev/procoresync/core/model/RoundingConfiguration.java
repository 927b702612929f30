package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The company's one timesheet rounding rule ({@code
 * /rest/v1.0/companies/{company_id}/rounding_configuration}); it applies to every project.
 *
 * <pre>{@code
 * RoundingConfiguration rounding = RoundingConfiguration.builder().timeIncrement(15).rule(RoundingRule.NEAREST).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = RoundingConfigurationBuilder.ImmutableRoundingConfiguration.class)
@JsonDeserialize(as = RoundingConfigurationBuilder.ImmutableRoundingConfiguration.class)
public abstract class RoundingConfiguration {

  RoundingConfiguration() {}

  /**
   * Returns a new, empty builder of {@code RoundingConfiguration} values.
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
   * @return Procore's id of the record, or empty when Procore leaves it out
   */
  public abstract Optional<Long> id();

  /**
   * The company.
   *
   * @return the company, or empty when Procore leaves it out
   */
  public abstract Optional<Long> companyId();

  /**
   * The increment in minutes: 5, 6, 10 or 15.
   *
   * @return the increment in minutes: 5, 6, 10 or 15, or empty when Procore leaves it out
   */
  public abstract Optional<Integer> timeIncrement();

  /**
   * The rounding direction.
   *
   * @return the rounding direction, or empty when Procore leaves it out
   */
  public abstract Optional<RoundingRule> rule();

  /**
   * Builds {@code RoundingConfiguration} values: a setter per attribute (plus {@code add*}/{@code
   * addAll*} for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start
   * from a value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a
   * builder is not thread safe.
   */
  public static final class Builder extends RoundingConfigurationBuilder {
    Builder() {}
  }
}
