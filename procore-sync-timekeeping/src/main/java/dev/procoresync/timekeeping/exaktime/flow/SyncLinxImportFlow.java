package dev.procoresync.timekeeping.exaktime.flow;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.error.ProcoreApiException;
import dev.procoresync.core.flow.Mapped;
import dev.procoresync.core.flow.RecordMapper;
import dev.procoresync.core.flow.UpsertTemplate;
import dev.procoresync.core.model.CompanyUser;
import dev.procoresync.core.model.Crew;
import dev.procoresync.core.model.CrewMember;
import dev.procoresync.core.model.Project;
import dev.procoresync.core.model.StandardCostCode;
import dev.procoresync.core.model.StandardCostCodeList;
import dev.procoresync.core.model.SubJob;
import dev.procoresync.core.model.TimecardTimeType;
import dev.procoresync.core.model.WorkClassification;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.core.validation.Violation;
import dev.procoresync.timekeeping.exaktime.client.ExakTimeClient;
import dev.procoresync.timekeeping.exaktime.mapping.SyncLinxMapping;
import dev.procoresync.timekeeping.exaktime.model.ExakTimeCostCode;
import dev.procoresync.timekeeping.exaktime.model.ExakTimeCustomField;
import dev.procoresync.timekeeping.exaktime.model.ExakTimeEmployee;
import dev.procoresync.timekeeping.exaktime.model.ExakTimeLocation;
import dev.procoresync.timekeeping.exaktime.model.ExakTimeTimeType;
import dev.procoresync.timekeeping.exaktime.model.ExakTimeWorkClassification;
import dev.procoresync.timekeeping.exaktime.model.SyncLinxCustomField;
import dev.procoresync.timekeeping.exaktime.model.SyncLinxOptions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The SyncLinx import: Procore workers, projects with their sub jobs, and company cost codes into
 * ExakTime employees, locations and cost codes, field by field as the guide's mapping tables say
 * ({@link SyncLinxMapping}).
 *
 * <p>Each import is one run of the {@link UpsertTemplate} keyed by the ExakTime ID: new records are
 * created, changed ones replaced, unchanged ones not written; nothing is deleted (ExakTime only
 * deactivates). What the guide says needs a Procore admin setting is a SKIPPED outcome that names
 * the setting: a worker not marked "Is Employee of the company" or without an Employee ID, sub jobs
 * not enabled (Procore refuses the sub-job list), cost codes not enabled (Procore refuses the cost
 * code list). Inactive workers and projects are SKIPPED (SyncLinx imports active ones only); a
 * worker already in ExakTime who became inactive is deactivated there.
 *
 * <pre>{@code
 * SyncLinxImportFlow flow = SyncLinxImportFlow.create(procore, exak, clock);
 * SyncReport employees = flow.importEmployees(SyncLinxOptions.defaults(), RunOptions.defaults());
 * SyncReport locations = flow.importLocations(SyncLinxOptions.defaults(), RunOptions.defaults());
 * SyncReport costCodes = flow.importCostCodes(RunOptions.defaults());
 * }</pre>
 */
public final class SyncLinxImportFlow {
  /** The employee import's name in reports. */
  public static final String EMPLOYEES = "synclinx-employees";

  /** The location import's name in reports. */
  public static final String LOCATIONS = "synclinx-locations";

  /** The cost-code import's name in reports. */
  public static final String COST_CODES = "synclinx-cost-codes";

  /** The work-classification import's name in reports. */
  public static final String WORK_CLASSIFICATIONS = "synclinx-work-classifications";

  /** The time-type import's name in reports. */
  public static final String TIME_TYPES = "synclinx-time-types";

  /** The custom-field import's name in reports. */
  public static final String CUSTOM_FIELDS = "synclinx-custom-fields";

  private final CompanyClient procore;
  private final ExakTimeClient exak;
  private final Clock clock;
  private final int windowSize;

  private SyncLinxImportFlow(
      CompanyClient procore, ExakTimeClient exak, Clock clock, int windowSize) {
    this.procore = procore;
    this.exak = exak;
    this.clock = clock;
    this.windowSize = windowSize;
  }

  /**
   * Creates the flow.
   *
   * @param procore the Procore company to import from
   * @param exak the ExakTime account to import into
   * @param clock stamps the reports
   * @return the flow
   */
  public static SyncLinxImportFlow create(CompanyClient procore, ExakTimeClient exak, Clock clock) {
    return new SyncLinxImportFlow(
        Objects.requireNonNull(procore, "procore"),
        Objects.requireNonNull(exak, "exak"),
        Objects.requireNonNull(clock, "clock"),
        100);
  }

  /**
   * Returns a copy that writes at most {@code windowSize} records between checkpoints (default
   * 100). Each record is one request (ExakTime has no batch route).
   *
   * @param windowSize 1 to 1,000
   * @return the copy
   * @throws IllegalArgumentException when {@code windowSize} is out of range
   */
  public SyncLinxImportFlow withWindowSize(int windowSize) {
    if (windowSize < 1 || windowSize > 1_000) {
      throw new IllegalArgumentException("windowSize must be 1 to 1000, got " + windowSize);
    }
    return new SyncLinxImportFlow(procore, exak, clock, windowSize);
  }

  /**
   * Imports the company's workers as employees.
   *
   * @param options the import settings (crews as mobile groups)
   * @param run dry run, listener, cancellation, resume
   * @return the report, one outcome per Procore worker, keyed by the employee ID (or {@code
   *     procore:user:<id>} when it has none)
   */
  public SyncReport importEmployees(SyncLinxOptions options, RunOptions run) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(run, "run");
    Map<String, TreeSet<String>> crews = new TreeMap<>();
    if (options.importCrewsAsMobileGroups()) {
      List<Project> projects = new ArrayList<>();
      procore.projects().list().forEach(projects::add);
      for (Project p : projects) {
        if (!p.active().orElse(true)) {
          continue;
        }
        for (Crew crew : procore.crews().list(p.id())) {
          for (CrewMember m : crew.members()) {
            m.employeeId()
                .filter(e -> !e.isBlank())
                .ifPresent(
                    e ->
                        crews
                            .computeIfAbsent(e.trim(), k -> new TreeSet<>())
                            .add(crew.name().orElse("crew " + crew.id())));
          }
        }
      }
    }
    EntityTarget<ExakTimeEmployee> target =
        new EntityTarget<>(
            "employee",
            exak.unverified().employees(),
            ExakTimeEmployee::identifier,
            SyncLinxDigests.EMPLOYEE_DIGEST,
            e -> exak.unverified().createEmployee(e),
            e -> exak.unverified().updateEmployee(e),
            windowSize);
    RecordMapper<CompanyUser, ExakTimeEmployee> mapper =
        (user, context) -> {
          List<Violation> refused = SyncLinxMapping.employeeViolations(user);
          String key =
              user.employeeId()
                  .map(String::trim)
                  .filter(s -> !s.isEmpty())
                  .orElse("procore:user:" + user.id());
          boolean active = user.isActive().orElse(true);
          if (!refused.isEmpty()) {
            return Mapped.decided(key, RecordOutcome.skipped(key, refused));
          }
          ExakTimeEmployee employee =
              SyncLinxMapping.employee(user, List.copyOf(crews.getOrDefault(key, new TreeSet<>())));
          if (!active) {
            if (context.targetIdOf(key).isPresent()) {
              return Mapped.upsert(employee.toBuilder().isActive(false).build());
            }
            return Mapped.decided(
                key,
                RecordOutcome.skipped(
                    key,
                    List.of(
                        Violation.of(
                            "synclinx.employee.inactive",
                            "is_active",
                            false,
                            "the worker is inactive in Procore; SyncLinx imports active workers"
                                + " only"))));
          }
          return Mapped.upsert(employee);
        };
    return UpsertTemplate.of(EMPLOYEES, target, clock)
        .run("company:" + procore.companyId(), procore.companyUsers().list(), mapper, run);
  }

  /**
   * Imports the company's active projects (and, when the settings say so, their sub jobs) as
   * locations.
   *
   * @param options the import settings (sub jobs, grouping)
   * @param run dry run, listener, cancellation, resume
   * @return the report, one outcome per project and sub job, keyed by the location ID ({@code 200}
   *     or {@code 200.005})
   */
  public SyncReport importLocations(SyncLinxOptions options, RunOptions run) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(run, "run");
    List<SyncLinxMapping.LocationSource> sources = new ArrayList<>();
    List<Project> projects = new ArrayList<>();
    procore.projects().list().forEach(projects::add); // read whole before the nested sub-job reads
    for (Project p : projects) {
      sources.add(new SyncLinxMapping.LocationSource(p, Optional.empty(), Optional.empty()));
      if (!options.importSubJobs()
          || !p.active().orElse(true)
          || p.projectNumber().filter(n -> !n.isBlank()).isEmpty()) {
        continue;
      }
      try {
        List<SubJob> subJobs = new ArrayList<>();
        procore.subJobs().list(p.id()).forEach(subJobs::add);
        for (SubJob s : subJobs) {
          sources.add(new SyncLinxMapping.LocationSource(p, Optional.of(s), Optional.empty()));
        }
      } catch (ProcoreApiException e) {
        if (e.status() != 403) {
          throw e;
        }
        sources.add(
            new SyncLinxMapping.LocationSource(
                p, Optional.empty(), Optional.of(SyncLinxMapping.SUB_JOBS_DISABLED)));
      }
    }
    EntityTarget<ExakTimeLocation> target =
        new EntityTarget<>(
            "location",
            exak.unverified().locations(),
            ExakTimeLocation::identifier,
            SyncLinxDigests.LOCATION_DIGEST,
            l -> exak.unverified().createLocation(l),
            l -> exak.unverified().updateLocation(l),
            windowSize);
    RecordMapper<SyncLinxMapping.LocationSource, ExakTimeLocation> mapper =
        (source, context) -> {
          String key = SyncLinxMapping.locationKey(source);
          List<Violation> refused = SyncLinxMapping.locationViolations(source);
          if (!refused.isEmpty()) {
            return Mapped.decided(key, RecordOutcome.skipped(key, refused));
          }
          return Mapped.upsert(SyncLinxMapping.location(source, options.projectGrouping()));
        };
    return UpsertTemplate.of(LOCATIONS, target, clock)
        .run("company:" + procore.companyId(), sources, mapper, run);
  }

  /**
   * Imports the company's cost codes that belong to a division as cost codes (never the division
   * itself).
   *
   * @param run dry run, listener, cancellation, resume
   * @return the report, one outcome per Procore cost code, keyed by its full code; when Procore
   *     refuses the cost-code list (cost codes not enabled) one SKIPPED outcome {@code cost_codes}
   *     saying how to enable them
   */
  public SyncReport importCostCodes(RunOptions run) {
    Objects.requireNonNull(run, "run");
    List<SyncLinxMapping.CostCodeSource> sources = new ArrayList<>();
    try {
      for (StandardCostCodeList list : procore.costCodes().listStandardLists()) {
        Map<Long, StandardCostCode> byId = new TreeMap<>();
        procore.costCodes().listStandardCodes(list.id()).forEach(c -> byId.put(c.id(), c));
        for (StandardCostCode c : byId.values()) {
          sources.add(
              new SyncLinxMapping.CostCodeSource(
                  Optional.of(c), c.parentId().map(byId::get), false));
        }
      }
    } catch (ProcoreApiException e) {
      if (e.status() != 403) {
        throw e;
      }
      sources.clear();
      sources.add(new SyncLinxMapping.CostCodeSource(Optional.empty(), Optional.empty(), true));
    }
    EntityTarget<ExakTimeCostCode> target =
        new EntityTarget<>(
            "cost code",
            exak.costCodes().list(),
            ExakTimeCostCode::identifier,
            SyncLinxDigests.COST_CODE_DIGEST,
            c -> exak.costCodes().create(c),
            c -> exak.costCodes().update(c),
            windowSize);
    RecordMapper<SyncLinxMapping.CostCodeSource, ExakTimeCostCode> mapper =
        (source, context) -> {
          String key = SyncLinxMapping.costCodeKey(source);
          List<Violation> refused = SyncLinxMapping.costCodeViolations(source);
          if (!refused.isEmpty()) {
            return Mapped.decided(key, RecordOutcome.skipped(key, refused));
          }
          return Mapped.upsert(SyncLinxMapping.costCode(source));
        };
    return UpsertTemplate.of(COST_CODES, target, clock)
        .run("company:" + procore.companyId(), sources, mapper, run);
  }

  /**
   * Runs every import as SyncLinx does: the work classifications, time types and custom fields that
   * the guide says are imported in the background alongside, then employees, locations and cost
   * codes.
   *
   * <pre>{@code
   * for (SyncReport r : flow.importAll(options, RunOptions.defaults())) {
   *   System.out.println(r.toText());
   * }
   * }</pre>
   *
   * @param options the import settings
   * @param run dry run, listener, cancellation (each import is its own run)
   * @return the reports, in the order above
   */
  public List<SyncReport> importAll(SyncLinxOptions options, RunOptions run) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(run, "run");
    return List.of(
        importWorkClassifications(run),
        importTimeTypes(run),
        importCustomFields(options, run),
        importEmployees(options, run),
        importLocations(options, run),
        importCostCodes(run));
  }

  /**
   * Imports the company's work classifications (employees refer to them by the Procore id, which
   * becomes the ExakTime identifier).
   *
   * @param run dry run, listener, cancellation, resume
   * @return the report, one outcome per Procore work classification, keyed by its id
   */
  public SyncReport importWorkClassifications(RunOptions run) {
    Objects.requireNonNull(run, "run");
    EntityTarget<ExakTimeWorkClassification> target =
        new EntityTarget<>(
            "work classification",
            exak.unverified().workClassifications(),
            ExakTimeWorkClassification::identifier,
            SyncLinxDigests.WORK_CLASSIFICATION_DIGEST,
            c -> exak.unverified().createWorkClassification(c),
            c -> exak.unverified().updateWorkClassification(c),
            windowSize);
    RecordMapper<WorkClassification, ExakTimeWorkClassification> mapper =
        (c, context) -> {
          String key = Long.toString(c.id());
          List<Violation> refused = SyncLinxMapping.workClassificationViolations(c);
          return refused.isEmpty()
              ? Mapped.upsert(SyncLinxMapping.workClassification(c))
              : Mapped.decided(key, RecordOutcome.skipped(key, refused));
        };
    return UpsertTemplate.of(WORK_CLASSIFICATIONS, target, clock)
        .run("company:" + procore.companyId(), procore.workClassifications().list(), mapper, run);
  }

  /**
   * Imports the company's timecard time types (REG, OT, DT ...).
   *
   * @param run dry run, listener, cancellation, resume
   * @return the report, one outcome per Procore time type, keyed by its id
   */
  public SyncReport importTimeTypes(RunOptions run) {
    Objects.requireNonNull(run, "run");
    EntityTarget<ExakTimeTimeType> target =
        new EntityTarget<>(
            "time type",
            exak.unverified().timeTypes(),
            ExakTimeTimeType::identifier,
            SyncLinxDigests.TIME_TYPE_DIGEST,
            t -> exak.unverified().createTimeType(t),
            t -> exak.unverified().updateTimeType(t),
            windowSize);
    RecordMapper<TimecardTimeType, ExakTimeTimeType> mapper =
        (t, context) -> {
          String key = Long.toString(t.id());
          List<Violation> refused = SyncLinxMapping.timeTypeViolations(t);
          return refused.isEmpty()
              ? Mapped.upsert(SyncLinxMapping.timeType(t))
              : Mapped.decided(key, RecordOutcome.skipped(key, refused));
        };
    return UpsertTemplate.of(TIME_TYPES, target, clock)
        .run(
            "company:" + procore.companyId(),
            procore.timecardTimeTypes().listForCompany(),
            mapper,
            run);
  }

  /**
   * Imports the custom fields of the settings' one fieldset, with their values. The settings have
   * already refused more than 5 fields, unsupported types and values their type does not take.
   *
   * @param options the settings holding the fieldset and its fields
   * @param run dry run, listener, cancellation, resume
   * @return the report, one outcome per field, keyed {@code FIELDSET.NAME}; empty when the settings
   *     name no fieldset
   */
  public SyncReport importCustomFields(SyncLinxOptions options, RunOptions run) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(run, "run");
    String fieldset = options.customFieldset().orElse("");
    EntityTarget<ExakTimeCustomField> target =
        new EntityTarget<>(
            "custom field",
            exak.unverified().customFields(),
            ExakTimeCustomField::identifier,
            SyncLinxDigests.CUSTOM_FIELD_DIGEST,
            f -> exak.unverified().createCustomField(f),
            f -> exak.unverified().updateCustomField(f),
            windowSize);
    RecordMapper<SyncLinxCustomField, ExakTimeCustomField> mapper =
        (f, context) -> Mapped.upsert(SyncLinxMapping.customField(fieldset, f));
    return UpsertTemplate.of(CUSTOM_FIELDS, target, clock)
        .run("fieldset:" + fieldset, options.customFields(), mapper, run);
  }

  @Override
  public String toString() {
    return "SyncLinxImportFlow{company=" + procore.companyId() + ", " + exak + "}";
  }
}
