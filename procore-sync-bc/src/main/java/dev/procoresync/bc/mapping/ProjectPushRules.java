package dev.procoresync.bc.mapping;

import dev.procoresync.bc.model.BcJobTask;
import dev.procoresync.bc.model.BcPlanningLine;
import dev.procoresync.bc.model.BcProject;
import dev.procoresync.bc.model.BcSegmentCode;
import dev.procoresync.core.model.BudgetLineItemUpdate;
import dev.procoresync.core.model.CalculationStrategy;
import dev.procoresync.core.model.CostCodeUpdate;
import dev.procoresync.core.model.ProjectUpdate;
import dev.procoresync.core.model.SubJobUpdate;
import dev.procoresync.core.validation.Validated;
import dev.procoresync.core.validation.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The guide's flow 1, "Project", as pure mappings: a Business Central project with "Send to
 * Procore" becomes a Procore project; its segment codes become sub jobs; its job tasks cost codes
 * under the sub job of their segment code; its planning lines with "Send Budget Line to Procore"
 * budget line items on the cost code of their job task and the cost type (line item type) of the
 * line. Each refusal is a violation naming the record and the field (decision 0214).
 *
 * <p>Keys ({@code origin_id}): {@code bc:job:{No.}}, {@code bc:segment_code:{Job No.}:{Code}},
 * {@code bc:job_task:{Job No.}:{Job Task No.}}, {@code bc:planning_line:{Job No.}:{Job Task
 * No.}:{Line No.}}.
 *
 * <pre>{@code
 * Validated<ProjectUpdate> p = ProjectPushRules.project(bcProject);
 * }</pre>
 */
public final class ProjectPushRules {
  /** Violation code: the project has no name. */
  public static final String NAME_MISSING = "project.name.missing";

  /** Violation code: the segment code is blocked. */
  public static final String SEGMENT_BLOCKED = "segment_code.blocked";

  /** Violation code: the job task is not of type Posting. */
  public static final String TASK_NOT_POSTING = "job_task.type.not_posting";

  /** Violation code: the job task's segment code has no sub job in Procore. */
  public static final String TASK_SEGMENT_UNKNOWN = "job_task.segment_code.unknown";

  /** Violation code: the planning line's job task has no cost code in Procore. */
  public static final String LINE_TASK_UNKNOWN = "planning_line.job_task_no.unknown";

  /** Violation code: the planning line has no cost type. */
  public static final String LINE_COST_TYPE_MISSING = "planning_line.cost_type.missing";

  /** Violation code: the planning line's cost type is no Procore line item type. */
  public static final String LINE_COST_TYPE_UNKNOWN = "planning_line.cost_type.unknown";

  /** Violation code: the planning line has no amount. */
  public static final String LINE_AMOUNT_MISSING = "planning_line.total_cost.missing";

  /** Violation code: the planning line has no line number. */
  public static final String LINE_NO_MISSING = "planning_line.line_no.missing";

  private ProjectPushRules() {}

  /**
   * Returns the project's key: {@code bc:job:{No.}}.
   *
   * @param project the project
   * @return the key
   */
  public static String projectKey(BcProject project) {
    return "bc:job:" + project.number();
  }

  /**
   * Returns a segment code's key within a project: {@code bc:segment_code:{Job No.}:{Code}}.
   *
   * @param jobNo the project's number
   * @param code the segment code
   * @return the key
   */
  public static String segmentKey(String jobNo, String code) {
    return "bc:segment_code:" + jobNo + ":" + code;
  }

  /**
   * Returns a job task's key: {@code bc:job_task:{Job No.}:{Job Task No.}}.
   *
   * @param task the job task
   * @return the key
   */
  public static String taskKey(BcJobTask task) {
    return "bc:job_task:" + task.jobNo() + ":" + task.jobTaskNo();
  }

  /**
   * Returns a planning line's key: {@code bc:planning_line:{Job No.}:{Job Task No.}:{Line No.}}.
   *
   * @param line the planning line
   * @return the key
   */
  public static String lineKey(BcPlanningLine line) {
    return "bc:planning_line:"
        + line.jobNo()
        + ":"
        + line.jobTaskNo()
        + ":"
        + line.lineNo().map(String::valueOf).or(line::id).orElse("(no line no.)");
  }

  /**
   * Maps a project to the Procore project: name (Description, else No.), number, address, dates;
   * the customer (Bill-to Customer No. and name), which Procore's project has no field for, travels
   * in {@code origin_data} (decision 0214).
   *
   * @param project the project
   * @return the update, or the violation when the project has no name
   */
  public static Validated<ProjectUpdate> project(BcProject project) {
    Objects.requireNonNull(project, "project");
    String name = project.displayName().filter(s -> !s.isBlank()).orElse(null);
    if (name == null) {
      return Validated.invalid(
          Violation.of(
              NAME_MISSING,
              "Description",
              null,
              "project " + project.number() + ": Description is required (the Procore name)"));
    }
    ProjectUpdate.Builder b =
        ProjectUpdate.builder()
            .name(name)
            .projectNumber(project.number())
            .originId(projectKey(project))
            .originCode(project.number())
            .originData(customer(project));
    String address =
        String.join(" ", project.addressLine1().orElse(""), project.addressLine2().orElse(""))
            .trim();
    if (!address.isEmpty()) {
      b.address(address);
    }
    project.city().filter(s -> !s.isBlank()).ifPresent(b::city);
    project.state().filter(s -> !s.isBlank()).ifPresent(b::stateCode);
    project.postalCode().filter(s -> !s.isBlank()).ifPresent(b::zip);
    project.country().filter(s -> !s.isBlank()).ifPresent(b::countryCode);
    project.startingDate().ifPresent(b::startDate);
    project.endingDate().ifPresent(b::completionDate);
    return Validated.valid(b.build());
  }

  /**
   * Returns what {@code origin_data} carries for a project: its customer.
   *
   * @param project the project
   * @return such as {@code customer C00010 Adatum Corporation}, or {@code customer (none)}
   */
  public static String customer(BcProject project) {
    String number = project.billToCustomerNumber().filter(s -> !s.isBlank()).orElse("(none)");
    return ("customer " + number + " " + project.billToCustomerName().orElse("")).trim();
  }

  /**
   * Maps a segment code of a project to a Procore sub job.
   *
   * @param jobNo the project's number
   * @param segment the segment code
   * @return the sub job, or the violation when the segment code is blocked
   */
  public static Validated<SubJobUpdate> subJob(String jobNo, BcSegmentCode segment) {
    if (segment.blocked().orElse(false)) {
      return Validated.invalid(
          Violation.of(
              SEGMENT_BLOCKED,
              "Blocked",
              "true",
              "segment code " + segment.code() + " of " + jobNo + " is blocked"));
    }
    return Validated.valid(
        SubJobUpdate.builder()
            .code(segment.code())
            .name(segment.description().filter(s -> !s.isBlank()).orElse(segment.code()))
            .originId(segmentKey(jobNo, segment.code()))
            .build());
  }

  /**
   * Maps a job task to a Procore cost code under the sub job of its segment code (or of the project
   * when it has none).
   *
   * @param task the job task
   * @param subJobId the Procore sub job of each segment code of the task's project
   * @return the cost code, or the violations
   */
  public static Validated<CostCodeUpdate> costCode(
      BcJobTask task, java.util.function.Function<String, OptionalLong> subJobId) {
    String doc = "job task " + task.jobNo() + " " + task.jobTaskNo();
    String type = task.jobTaskType().orElse("Posting");
    if (!type.equalsIgnoreCase("Posting")) {
      return Validated.invalid(
          Violation.of(
              TASK_NOT_POSTING,
              "Job Task Type",
              type,
              doc + ": only Posting job tasks become Procore cost codes (type is " + type + ")"));
    }
    CostCodeUpdate.Builder b =
        CostCodeUpdate.builder()
            .code(task.jobTaskNo())
            .name(task.description().filter(s -> !s.isBlank()).orElse(task.jobTaskNo()))
            .originId(taskKey(task));
    Optional<String> segment = task.segmentCode().filter(s -> !s.isBlank());
    if (segment.isPresent()) {
      OptionalLong sub = subJobId.apply(segment.get());
      if (sub.isEmpty()) {
        return Validated.invalid(
            Violation.of(
                TASK_SEGMENT_UNKNOWN,
                "Segment Code",
                segment.get(),
                doc
                    + ": segment code "
                    + segment.get()
                    + " has no Procore sub job (it is not a segment code of "
                    + task.jobNo()
                    + ", or it was refused)"));
      }
      b.subJobId(sub.getAsLong());
    }
    return Validated.valid(b.build());
  }

  /**
   * Maps a planning line to a Procore budget line item on the cost code of its job task and the
   * line item type of its cost type: original budget amount = Total Cost, quantity, unit of
   * measure, unit cost.
   *
   * @param line the planning line
   * @param costCodeId the Procore cost code of each job task of the line's project
   * @param lineItemTypeId the Procore line item type of each cost type code
   * @return the budget line item, or every violation
   */
  public static Validated<BudgetLineItemUpdate> budgetLine(
      BcPlanningLine line,
      java.util.function.Function<String, OptionalLong> costCodeId,
      java.util.function.Function<String, OptionalLong> lineItemTypeId) {
    String doc =
        "planning line "
            + line.jobNo()
            + " "
            + line.jobTaskNo()
            + " "
            + line.lineNo().map(String::valueOf).orElse("?");
    List<Violation> found = new ArrayList<>();
    if (line.lineNo().isEmpty()) {
      found.add(Violation.of(LINE_NO_MISSING, "Line No.", null, doc + ": Line No. is required"));
    }
    OptionalLong cc = costCodeId.apply(line.jobTaskNo());
    if (cc.isEmpty()) {
      found.add(
          Violation.of(
              LINE_TASK_UNKNOWN,
              "Job Task No.",
              line.jobTaskNo(),
              doc + ": job task " + line.jobTaskNo() + " has no Procore cost code"));
    }
    Optional<String> costType = line.costType().filter(s -> !s.isBlank());
    OptionalLong type = OptionalLong.empty();
    if (costType.isEmpty()) {
      found.add(
          Violation.of(LINE_COST_TYPE_MISSING, "Cost Type", null, doc + ": Cost Type is required"));
    } else {
      type = lineItemTypeId.apply(costType.get());
      if (type.isEmpty()) {
        found.add(
            Violation.of(
                LINE_COST_TYPE_UNKNOWN,
                "Cost Type",
                costType.get(),
                doc + ": cost type " + costType.get() + " is no Procore line item type"));
      }
    }
    Optional<BigDecimal> amount = line.totalCost();
    if (amount.isEmpty()) {
      found.add(
          Violation.of(LINE_AMOUNT_MISSING, "Total Cost", null, doc + ": Total Cost is required"));
    }
    if (!found.isEmpty()) {
      return Validated.invalid(found);
    }
    BudgetLineItemUpdate.Builder b =
        BudgetLineItemUpdate.builder()
            .costCodeId(cc.getAsLong())
            .lineItemTypeId(type.getAsLong())
            .originalBudgetAmount(amount.get())
            .calculationStrategy(CalculationStrategy.MANUAL)
            .originId(lineKey(line));
    line.quantity().ifPresent(b::quantity);
    line.unitOfMeasureCode().filter(s -> !s.isBlank()).ifPresent(b::uom);
    line.unitCost().ifPresent(b::unitCost);
    return Validated.valid(b.build());
  }
}
