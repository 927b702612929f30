package dev.procoresync.timekeeping.model;

import dev.procoresync.core.error.ConfigurationException;
import dev.procoresync.core.model.RoundingConfiguration;
import dev.procoresync.core.model.RoundingRule;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The company's rule for rounding clock times, checked and ready to apply: Procore's rounding
 * configuration (one per company, off by default) as the time rules use it.
 *
 * <p>When {@link #enabled()} the increment is one of 5, 6, 10 or 15 minutes and the rule one of
 * {@link RoundingRule#UP}, {@link RoundingRule#DOWN}, {@link RoundingRule#NEAREST} and {@link
 * RoundingRule#FAVOR_EMPLOYEE}. How each rule rounds is described on {@code
 * dev.procoresync.timekeeping.mapping.TimeRounding} (docs/decisions/0300).
 *
 * <pre>{@code
 * RoundingPolicy quarter = RoundingPolicy.of(15, RoundingRule.NEAREST);
 * RoundingPolicy fromProcore = RoundingPolicy.fromProcore(client.timesheetRounding().find());
 * }</pre>
 */
@Value.Immutable
public abstract class RoundingPolicy {
  private static final RoundingPolicy OFF =
      builder().enabled(false).incrementMinutes(1).rule(RoundingRule.DOWN).build();

  RoundingPolicy() {}

  /**
   * Returns a new, empty builder; {@code build()} throws {@link IllegalStateException} naming every
   * required attribute left unset and {@link IllegalArgumentException} naming the increment or rule
   * when an enabled policy has an increment other than 5, 6, 10 or 15 or the rule {@link
   * RoundingRule#UNKNOWN}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this value's attributes, to make a changed copy.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Tells whether times are rounded at all; Procore's "Rounding on Timecards" toggle.
   *
   * @return {@code true} when rounding is on
   */
  @Value.Default
  public boolean enabled() {
    return true;
  }

  /**
   * Returns the increment in minutes.
   *
   * @return 5, 6, 10 or 15 when enabled
   */
  public abstract int incrementMinutes();

  /**
   * Returns the direction of rounding.
   *
   * @return the rule, never {@link RoundingRule#UNKNOWN} when enabled
   */
  public abstract RoundingRule rule();

  /**
   * Returns the policy that leaves every time as it is.
   *
   * @return rounding off
   */
  public static RoundingPolicy off() {
    return OFF;
  }

  /**
   * Creates an enabled policy.
   *
   * @param incrementMinutes 5, 6, 10 or 15
   * @param rule the direction
   * @return the policy
   * @throws IllegalArgumentException naming the value when the increment is not 5, 6, 10 or 15 or
   *     the rule is {@link RoundingRule#UNKNOWN}
   */
  public static RoundingPolicy of(int incrementMinutes, RoundingRule rule) {
    return builder().incrementMinutes(incrementMinutes).rule(rule).build();
  }

  /**
   * Reads Procore's company rounding configuration: none means rounding is off.
   *
   * @param configuration what {@code GET /rest/v1.0/companies/{id}/rounding_configuration} gave, or
   *     empty when the company has none
   * @return the policy
   * @throws ConfigurationException naming the field and value when the configuration lacks the
   *     increment or rule, or holds an increment or rule this library cannot apply
   */
  public static RoundingPolicy fromProcore(Optional<RoundingConfiguration> configuration) {
    if (configuration.isEmpty()) {
      return OFF;
    }
    RoundingConfiguration c = configuration.get();
    Integer increment =
        c.timeIncrement()
            .orElseThrow(
                () ->
                    new ConfigurationException(
                        "procore",
                        "rounding_configuration.time_increment is missing; expected 5, 6, 10 or 15",
                        null));
    RoundingRule rule =
        c.rule()
            .orElseThrow(
                () ->
                    new ConfigurationException(
                        "procore",
                        "rounding_configuration.rule is missing; expected up, down, nearest or"
                            + " favor_employee",
                        null));
    try {
      return of(increment, rule);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("procore", "rounding_configuration." + e.getMessage(), e);
    }
  }

  @Value.Check
  void check() {
    if (!enabled()) {
      return;
    }
    int n = incrementMinutes();
    if (n != 5 && n != 6 && n != 10 && n != 15) {
      throw new IllegalArgumentException("time_increment must be 5, 6, 10 or 15 minutes, got " + n);
    }
    if (rule() == RoundingRule.UNKNOWN) {
      throw new IllegalArgumentException(
          "rule must be up, down, nearest or favor_employee, got an unknown rule");
    }
  }

  /**
   * Builds {@link RoundingPolicy} values: a setter per attribute, {@code from(value)} and {@code
   * build()}. Not thread safe.
   */
  public static final class Builder extends RoundingPolicyBuilder {
    Builder() {}
  }
}
