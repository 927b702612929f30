package dev.procoresync.timekeeping.exaktime.mapping;

import dev.procoresync.core.model.CompanyUser;
import dev.procoresync.core.model.Project;
import dev.procoresync.core.model.StandardCostCode;
import dev.procoresync.core.model.SubJob;
import dev.procoresync.core.model.TimecardTimeType;
import dev.procoresync.core.model.WorkClassification;
import dev.procoresync.core.validation.Violation;
import dev.procoresync.timekeeping.exaktime.model.ExakTimeCostCode;
import dev.procoresync.timekeeping.exaktime.model.ExakTimeCustomField;
import dev.procoresync.timekeeping.exaktime.model.ExakTimeEmployee;
import dev.procoresync.timekeeping.exaktime.model.ExakTimeLocation;
import dev.procoresync.timekeeping.exaktime.model.ExakTimeTimeType;
import dev.procoresync.timekeeping.exaktime.model.ExakTimeWorkClassification;
import dev.procoresync.timekeeping.exaktime.model.SyncLinxCustomField;
import dev.procoresync.timekeeping.exaktime.model.SyncLinxProjectGrouping;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The SyncLinx mapping tables of the ExakTime guide, field by field.
 *
 * <ul>
 *   <li>Employee: ID = {@code employee_id}, first and last name, e-mail, work classification =
 *       {@code work_classification_id}, active workers only. (Address, city, state, zip and mobile
 *       phone are in the guide's table but not in the core {@code CompanyUser} model: not sent.)
 *   <li>Location: ID = {@code project_number}, name, address, city, state = {@code state_code},
 *       zip, date = {@code start_date}, active projects only; a sub job is {@code PROJECT.SUBJOB}
 *       for both ID ({@code 200.005}) and name ({@code PJA.SJB}).
 *   <li>Cost code: ID = the code's full code ({@code 06-200}, else its code), name; only codes that
 *       belong to a division, never the division itself.
 * </ul>
 *
 * <pre>{@code
 * ExakTimeEmployee e = SyncLinxMapping.employee(procoreUser, List.of("Crew A"));
 * }</pre>
 */
public final class SyncLinxMapping {
  /** The reason of a sub-job source whose project's sub jobs Procore refused to list. */
  public static final String SUB_JOBS_DISABLED = "sub_jobs_disabled";

  private SyncLinxMapping() {}

  /**
   * A project, or one of its sub jobs, to import as a location.
   *
   * @param project the project
   * @param subJob the sub job, or empty for the project itself
   * @param refused why the source cannot be imported ({@link #SUB_JOBS_DISABLED}), or empty
   */
  public record LocationSource(Project project, Optional<SubJob> subJob, Optional<String> refused) {
    /**
     * Checks the components.
     *
     * @param project the project
     * @param subJob the sub job, or empty for the project itself
     * @param refused why the source cannot be imported, or empty
     */
    public LocationSource {
      Objects.requireNonNull(project, "project");
      Objects.requireNonNull(subJob, "subJob");
      Objects.requireNonNull(refused, "refused");
    }
  }

  /**
   * A company cost code to import, with its parent (its division).
   *
   * @param code the cost code, or empty when Procore refused the list ({@code disabled})
   * @param parent its parent code, or empty for a division
   * @param disabled whether Procore refused to list cost codes (the feature is off)
   */
  public record CostCodeSource(
      Optional<StandardCostCode> code, Optional<StandardCostCode> parent, boolean disabled) {
    /**
     * Checks the components.
     *
     * @param code the cost code
     * @param parent its parent code
     * @param disabled whether Procore refused the list
     */
    public CostCodeSource {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(parent, "parent");
    }
  }

  /**
   * Returns why a worker cannot be imported: not marked as an employee, or no Employee ID.
   *
   * @param user the Procore company user
   * @return the violations, each naming the Procore setting to change; empty when it can be
   */
  public static List<Violation> employeeViolations(CompanyUser user) {
    if (!user.isEmployee().orElse(false)) {
      return List.of(
          Violation.of(
              "synclinx.employee.not_employee",
              "is_employee",
              user.isEmployee().orElse(null),
              "the Procore user is not an employee: in Procore, Company Tools > Directory, edit"
                  + " the user and check 'Is Employee of <company>' under Personal Information"));
    }
    if (user.employeeId().filter(s -> !s.isBlank()).isEmpty()) {
      return List.of(
          Violation.of(
              "synclinx.employee.no_employee_id",
              "employee_id",
              user.employeeId().orElse(null),
              "the Procore employee has no Employee ID: enter one in Procore, Company Tools >"
                  + " Directory, Personal Information (it becomes the ExakTime employee ID)"));
    }
    return List.of();
  }

  /**
   * Returns the ExakTime employee of a Procore worker.
   *
   * @param user the worker (an employee with an Employee ID)
   * @param crews the crews the worker belongs to (mobile groups), or empty
   * @return the employee
   * @throws IllegalArgumentException when the worker has no Employee ID
   */
  public static ExakTimeEmployee employee(CompanyUser user, List<String> crews) {
    String id =
        user.employeeId()
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .orElseThrow(
                () -> new IllegalArgumentException("user " + user.id() + " has no employee_id"));
    return ExakTimeEmployee.builder()
        .identifier(id)
        .firstName(user.firstName())
        .lastName(user.lastName().filter(s -> !s.isBlank()).orElse(id))
        .email(user.emailAddress())
        .workClassification(user.workClassificationId().map(String::valueOf))
        .isActive(user.isActive().orElse(true))
        .mobileGroups(crews)
        .build();
  }

  /**
   * Returns the key of a location source: the location ID, or the project's Procore id when it has
   * no project number.
   *
   * @param source the source
   * @return the key
   */
  public static String locationKey(LocationSource source) {
    Optional<String> number = source.project().projectNumber().filter(n -> !n.isBlank());
    if (number.isEmpty()) {
      return "procore:project:" + source.project().id();
    }
    if (source.refused().isPresent()) {
      return number.get().trim() + ".(sub jobs)";
    }
    return source.subJob().isEmpty()
        ? number.get().trim()
        : number.get().trim()
            + "."
            + source.subJob().get().code().orElse("#" + source.subJob().get().id());
  }

  /**
   * Returns why a location source cannot be imported.
   *
   * @param source the source
   * @return the violations; empty when it can be
   */
  public static List<Violation> locationViolations(LocationSource source) {
    Project p = source.project();
    if (source.refused().isPresent()) {
      return List.of(
          Violation.of(
              "synclinx.location.sub_jobs_disabled",
              "sub_jobs",
              p.name(),
              "Procore refused the sub jobs of project "
                  + p.name()
                  + ": enable 'Enable the usage of Sub Jobs on projects' in Procore, Company Tools"
                  + " > Admin > Work Breakdown Structure (gear icon near Segments)"));
    }
    if (!p.active().orElse(true)) {
      return List.of(
          Violation.of(
              "synclinx.location.inactive",
              "active",
              false,
              "the project is inactive in Procore; SyncLinx imports active projects only"));
    }
    if (p.projectNumber().filter(n -> !n.isBlank()).isEmpty()) {
      return List.of(
          Violation.of(
              "synclinx.location.no_project_number",
              "project_number",
              null,
              "the project has no project number, which is the ExakTime location ID: set one in"
                  + " Procore"));
    }
    if (source.subJob().isPresent()
        && source.subJob().get().code().filter(c -> !c.isBlank()).isEmpty()) {
      return List.of(
          Violation.of(
              "synclinx.location.sub_job_code",
              "sub_job.code",
              null,
              "the sub job has no code, which is part of the ExakTime location ID: set one in"
                  + " Procore"));
    }
    return List.of();
  }

  /**
   * Returns the ExakTime location of a project or sub job.
   *
   * @param source the source (one without violations)
   * @param grouping how projects group their locations
   * @return the location
   */
  public static ExakTimeLocation location(LocationSource source, SyncLinxProjectGrouping grouping) {
    Project p = source.project();
    String name =
        source.subJob().isEmpty()
            ? p.name()
            : p.name()
                + "."
                + source.subJob().get().name().orElse(source.subJob().get().code().orElse(""));
    ExakTimeLocation.Builder b =
        ExakTimeLocation.builder()
            .identifier(locationKey(source))
            .name(name)
            .address1(p.address())
            .city(p.city())
            .state(p.stateCode())
            .zip(p.zip())
            .startDate(p.startDate())
            .isActive(true);
    if (grouping == SyncLinxProjectGrouping.MOBILE_GROUPS) {
      b.mobileGroup(p.name());
    } else if (grouping == SyncLinxProjectGrouping.LOCATION_CATEGORIES) {
      b.category(p.name());
    }
    return b.build();
  }

  /**
   * Returns the key of a cost-code source: its full code (or code), or {@code cost_codes} when
   * Procore refused the list.
   *
   * @param source the source
   * @return the key
   */
  public static String costCodeKey(CostCodeSource source) {
    if (source.disabled() || source.code().isEmpty()) {
      return "cost_codes";
    }
    StandardCostCode c = source.code().get();
    return c.fullCode().or(c::code).filter(s -> !s.isBlank()).orElse("procore:cost_code:" + c.id());
  }

  /**
   * Returns why a cost-code source cannot be imported: cost codes not enabled, a division, or no
   * name.
   *
   * @param source the source
   * @return the violations; empty when it can be
   */
  public static List<Violation> costCodeViolations(CostCodeSource source) {
    if (source.disabled() || source.code().isEmpty()) {
      return List.of(
          Violation.of(
              "synclinx.cost_code.disabled",
              "cost_codes",
              null,
              "Procore refused the cost codes (\"You have insufficient rights to access the"
                  + " CostCode form\"): enable the Cost Codes feature in Procore, System Management"
                  + " > Licensing > Enable/Disable Features"));
    }
    StandardCostCode c = source.code().get();
    if (c.parentId().isEmpty()) {
      return List.of(
          Violation.of(
              "synclinx.cost_code.division",
              "parent_id",
              null,
              "a division: SyncLinx imports the cost codes in it, never the division itself"));
    }
    if (c.name().filter(n -> !n.isBlank()).isEmpty()) {
      return List.of(
          Violation.of(
              "synclinx.cost_code.no_name", "name", null, "the cost code has no name in Procore"));
    }
    return List.of();
  }

  /**
   * Returns the ExakTime cost code of a Procore cost code.
   *
   * @param source the source (one without violations)
   * @return the cost code
   */
  public static ExakTimeCostCode costCode(CostCodeSource source) {
    StandardCostCode c = source.code().orElseThrow();
    return ExakTimeCostCode.builder()
        .identifier(costCodeKey(source))
        .name(c.name().orElseThrow())
        .isActive(true)
        .build();
  }

  /**
   * Returns why a Procore work classification cannot be imported: it has no name.
   *
   * @param c the work classification
   * @return the violations; empty when it can be
   */
  public static List<Violation> workClassificationViolations(WorkClassification c) {
    return c.name().filter(n -> !n.isBlank()).isPresent()
        ? List.of()
        : List.of(
            Violation.of(
                "synclinx.work_classification.no_name",
                "name",
                null,
                "the work classification has no name in Procore"));
  }

  /**
   * Returns the ExakTime work classification of a Procore one: the identifier is the Procore id,
   * which employees carry as their work classification.
   *
   * @param c the work classification (one with a name)
   * @return the ExakTime work classification
   */
  public static ExakTimeWorkClassification workClassification(WorkClassification c) {
    return ExakTimeWorkClassification.builder()
        .identifier(Long.toString(c.id()))
        .name(c.name().orElseThrow().trim())
        .abbreviation(c.abbreviation().filter(a -> !a.isBlank()))
        .isActive(true)
        .build();
  }

  /**
   * Returns why a Procore timecard time type cannot be imported: it has no name.
   *
   * @param t the time type
   * @return the violations; empty when it can be
   */
  public static List<Violation> timeTypeViolations(TimecardTimeType t) {
    return t.timeType().filter(n -> !n.isBlank()).isPresent()
        ? List.of()
        : List.of(
            Violation.of(
                "synclinx.time_type.no_name",
                "time_type",
                null,
                "the time type has no name in Procore"));
  }

  /**
   * Returns the ExakTime time type of a Procore timecard time type (identifier: the Procore id).
   *
   * @param t the time type (one with a name)
   * @return the ExakTime time type
   */
  public static ExakTimeTimeType timeType(TimecardTimeType t) {
    return ExakTimeTimeType.builder()
        .identifier(Long.toString(t.id()))
        .name(t.timeType().orElseThrow().trim())
        .abbreviation(t.abbreviatedTimeType().filter(a -> !a.isBlank()))
        .isActive(true)
        .build();
  }

  /**
   * Returns the ExakTime custom field of one field of the fieldset ({@code FIELDSET.NAME}).
   *
   * @param fieldset the one fieldset SyncLinx uses
   * @param field the field, already checked by {@link SyncLinxCustomField}
   * @return the ExakTime custom field
   */
  public static ExakTimeCustomField customField(String fieldset, SyncLinxCustomField field) {
    return ExakTimeCustomField.builder()
        .identifier(fieldset.trim() + "." + field.name().trim())
        .name(field.name().trim())
        .fieldset(fieldset.trim())
        .type(field.type().name().toLowerCase(java.util.Locale.ROOT))
        .values(field.values())
        .build();
  }
}
