package dev.procoresync.timekeeping.servicetrade.mapping;

import dev.procoresync.core.model.Project;
import dev.procoresync.core.origin.OriginId;
import dev.procoresync.core.validation.Violation;
import dev.procoresync.timekeeping.servicetrade.model.ServiceTradeAddress;
import dev.procoresync.timekeeping.servicetrade.model.ServiceTradeCustomer;
import dev.procoresync.timekeeping.servicetrade.model.ServiceTradeJob;
import dev.procoresync.timekeeping.servicetrade.model.ServiceTradeLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Procore project as the customer, location and job ServiceTrade's integration creates for it,
 * each related to the project through {@code externalIds.procore_project} (decision 0321).
 *
 * <pre>{@code
 * List<Violation> missing = ProjectJobMapping.violations(project); // name, address, city, state, zip
 * }</pre>
 */
public final class ProjectJobMapping {
  /** The {@code externalIds} entry that relates a ServiceTrade record to a Procore project. */
  public static final String EXTERNAL_ID = "procore_project";

  private ProjectJobMapping() {}

  /**
   * Returns the key of a project in the sync: {@code procore:project:<id>}.
   *
   * @param projectId the Procore project
   * @return the key
   */
  public static String key(long projectId) {
    return OriginId.of("procore", "project", Long.toString(projectId)).format();
  }

  /**
   * Returns what keeps a project from being synced: one violation per missing field among name,
   * address, city, state and zip, as ServiceTrade's guide requires them.
   *
   * @param project the project
   * @return the violations; empty when the project can be synced
   */
  public static List<Violation> violations(Project project) {
    Objects.requireNonNull(project, "project");
    List<Violation> out = new ArrayList<>(5);
    missing(out, "name", Optional.of(project.name()));
    missing(out, "address", project.address());
    missing(out, "city", project.city());
    missing(out, "state_code", project.stateCode());
    missing(out, "zip", project.zip());
    return out;
  }

  private static void missing(List<Violation> out, String field, Optional<String> value) {
    if (value.filter(v -> !v.isBlank()).isEmpty()) {
      out.add(
          Violation.of(
              "servicetrade.project." + field + ".missing",
              field,
              value.orElse(null),
              "the Procore project has no "
                  + field
                  + "; ServiceTrade needs a name, address, city, state and zip: add it to the"
                  + " project in Procore"));
    }
  }

  /**
   * Returns the customer of a project: its name, related to the project.
   *
   * @param project the project
   * @return the customer to create
   */
  public static ServiceTradeCustomer customer(Project project) {
    return ServiceTradeCustomer.builder()
        .name(project.name())
        .externalIds(Map.of(EXTERNAL_ID, Long.toString(project.id())))
        .build();
  }

  /**
   * Returns the location of a project: its name and street address, under the customer.
   *
   * @param project the project
   * @param customerId the customer's ServiceTrade id
   * @return the location to create or update
   */
  public static ServiceTradeLocation location(Project project, long customerId) {
    return ServiceTradeLocation.builder()
        .name(project.name())
        .companyId(customerId)
        .address(
            ServiceTradeAddress.builder()
                .street(project.address())
                .city(project.city())
                .state(project.stateCode())
                .postalCode(project.zip())
                .build())
        .externalIds(Map.of(EXTERNAL_ID, Long.toString(project.id())))
        .build();
  }

  /**
   * Returns the job of a project at its location.
   *
   * @param project the project
   * @param jobType the job type the user chose, such as {@code construction}
   * @param locationId the location's ServiceTrade id
   * @return the job to create or update
   */
  public static ServiceTradeJob job(Project project, String jobType, long locationId) {
    return ServiceTradeJob.builder()
        .name(project.name())
        .type(jobType)
        .locationId(locationId)
        .externalIds(Map.of(EXTERNAL_ID, Long.toString(project.id())))
        .build();
  }

  /**
   * Returns the Procore project a ServiceTrade record is related to.
   *
   * @param externalIds the record's external ids
   * @return the project id, or empty when the record is not related to one (or the id is not a
   *     number)
   */
  public static Optional<Long> projectOf(Map<String, String> externalIds) {
    String text = externalIds.get(EXTERNAL_ID);
    if (text == null || !text.trim().matches("\\d{1,18}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(text.trim()));
  }
}
