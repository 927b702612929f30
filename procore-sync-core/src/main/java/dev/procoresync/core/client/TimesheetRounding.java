package dev.procoresync.core.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.client.internal.Envelope;
import dev.procoresync.core.client.internal.TimesheetRoundingApi;
import dev.procoresync.core.error.ProcoreNotFoundException;
import dev.procoresync.core.model.RoundingConfiguration;
import dev.procoresync.core.model.RoundingRule;
import java.util.Objects;
import java.util.Optional;

/**
 * The company's timesheet rounding configuration ({@code
 * /rest/v1.0/companies/{company_id}/rounding_configuration}): the one rule, applied to every
 * project, by which clock-in and clock-out times are rounded. Read, create, update and delete.
 *
 * <p>Only {@code time_increment} and {@code rule} are sent; the {@code id} and {@code company_id}
 * of the value given are ignored.
 *
 * <pre>{@code
 * TimesheetRounding rounding = client.forCompany(42L).timesheetRounding();
 * if (rounding.find().isEmpty()) {
 *   rounding.create(RoundingConfiguration.builder().timeIncrement(15).rule(RoundingRule.NEAREST).build());
 * }
 * }</pre>
 */
public final class TimesheetRounding {
  private final Scope scope;
  private final TimesheetRoundingApi api;

  TimesheetRounding(Scope scope) {
    this.scope = scope;
    this.api = scope.service(TimesheetRoundingApi.class);
  }

  /**
   * Reads the company's rounding configuration.
   *
   * <pre>{@code
   * Optional<RoundingConfiguration> current = rounding.find();
   * }</pre>
   *
   * @return the configuration, or empty when the company has none (Procore answers 404)
   */
  public Optional<RoundingConfiguration> find() {
    try {
      return Optional.of(
          scope
              .transport()
              .execute(api.get(scope.companyId()), RoundingConfiguration.class, Envelope.NONE));
    } catch (ProcoreNotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * Creates the company's rounding configuration (a company has at most one). A create whose
   * outcome is unknown (timeout, 5xx) is resent only when {@link #find()} shows it did not land.
   *
   * <pre>{@code
   * rounding.create(RoundingConfiguration.builder().timeIncrement(15).rule(RoundingRule.UP).build());
   * }</pre>
   *
   * @param configuration the increment (5, 6, 10 or 15 minutes) and the rule
   * @return the stored configuration
   * @throws IllegalArgumentException when the rule is {@link RoundingRule#UNKNOWN}
   * @throws dev.procoresync.core.error.ProcoreValidationException when the company already has one
   */
  public RoundingConfiguration create(RoundingConfiguration configuration) {
    ObjectNode body = body(configuration);
    return scope.createSafely(
        headers -> api.create(scope.companyId(), body, headers),
        RoundingConfiguration.class,
        this::find);
  }

  /**
   * Updates the company's rounding configuration.
   *
   * <pre>{@code
   * rounding.update(RoundingConfiguration.builder().timeIncrement(6).build());
   * }</pre>
   *
   * @param configuration the attributes to change (only those set are sent)
   * @return the stored configuration
   * @throws IllegalArgumentException when the rule is {@link RoundingRule#UNKNOWN}
   * @throws ProcoreNotFoundException when the company has none
   */
  public RoundingConfiguration update(RoundingConfiguration configuration) {
    return scope
        .transport()
        .execute(
            api.update(scope.companyId(), body(configuration)),
            RoundingConfiguration.class,
            Envelope.NONE);
  }

  /**
   * Deletes the company's rounding configuration: times are no longer rounded.
   *
   * <pre>{@code
   * rounding.delete();
   * }</pre>
   *
   * @throws ProcoreNotFoundException when the company has none
   */
  public void delete() {
    scope.transport().executeDiscarding(api.delete(scope.companyId()));
  }

  private ObjectNode body(RoundingConfiguration configuration) {
    Objects.requireNonNull(configuration, "configuration");
    if (configuration.rule().filter(r -> r == RoundingRule.UNKNOWN).isPresent()) {
      throw new IllegalArgumentException(
          "configuration.rule must be a known rule (up, down, nearest, favor_employee), not "
              + RoundingRule.UNKNOWN);
    }
    ObjectNode attributes = scope.tree(configuration);
    attributes.remove("id");
    attributes.remove("company_id");
    ObjectNode body = scope.object();
    body.set("rounding_configuration", attributes);
    return body;
  }

  @Override
  public String toString() {
    return "TimesheetRounding{" + scope + "}";
  }
}
