package dev.procoresync.bc.mapping;

import dev.procoresync.bc.model.BcJobJournalLine;
import dev.procoresync.core.model.DirectCostLineItemUpdate;
import dev.procoresync.core.model.DirectCostType;
import dev.procoresync.core.model.DirectCostUpdate;
import dev.procoresync.core.validation.Validated;
import dev.procoresync.core.validation.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The guide's rules for a posted project journal line and its mapping to a Procore direct cost
 * (type {@code expense}, one line item on the line's budget code).
 *
 * <p>Required: Job No., Job Task No., Segment Code, "Entry Type = Budget" (read from the field
 * {@link JournalBudgetField} names) and Amount (Total Cost) &gt; 0; then the project must be linked
 * to Procore and the budget code (Segment Code . Job Task No. . Cost Type) must exist there. A line
 * of another type is refused with the guide's own message, {@value #NOT_BUDGET_MESSAGE}
 *
 * <pre>{@code
 * Validated<DirectCostDraft> d = JournalLineRules.map(line, JournalBudgetField.LINE_TYPE, links, codes);
 * }</pre>
 */
public final class JournalLineRules {
  /** The guide's message for a line whose entry type is not Budget. */
  public static final String NOT_BUDGET_MESSAGE =
      "Only Journal Lines with Entry Type = 'Budget' are eligible for Procore Direct Cost"
          + " synchronization.";

  /** Violation code: Job No. is blank. */
  public static final String JOB_MISSING = "journal.job_no.missing";

  /** Violation code: Job Task No. is blank. */
  public static final String TASK_MISSING = "journal.job_task_no.missing";

  /** Violation code: Segment Code is blank. */
  public static final String SEGMENT_MISSING = "journal.segment_code.missing";

  /** Violation code: the entry type is not Budget. */
  public static final String NOT_BUDGET = "journal.entry_type.not_budget";

  /** Violation code: the amount is missing, zero or negative. */
  public static final String AMOUNT_NOT_POSITIVE = "journal.amount.not_positive";

  /** Violation code: the project is not linked to a Procore project. */
  public static final String NOT_LINKED = "journal.job_no.not_linked";

  /** Violation code: the project has no such budget code in Procore. */
  public static final String NO_BUDGET_CODE = "journal.budget_code.unknown";

  private JournalLineRules() {}

  /**
   * Returns the line's key in Procore's {@code origin_id}: {@code bc:job_journal_line:{Entry No.}}
   * (the SystemId when the page sends no entry number).
   *
   * @param line the line
   * @return the key
   */
  public static String key(BcJobJournalLine line) {
    return "bc:job_journal_line:"
        + line.entryNo().map(String::valueOf).or(line::id).orElse("(no key)");
  }

  /**
   * Describes the line for messages: its document number and entry number.
   *
   * @param line the line
   * @return such as {@code journal line JNL0001 entry 7}
   */
  public static String label(BcJobJournalLine line) {
    return "journal line "
        + line.documentNumber().orElse("(no document no.)")
        + " entry "
        + line.entryNo().map(String::valueOf).or(line::id).orElse("?");
  }

  /**
   * Checks the guide's required fields, in the guide's order.
   *
   * @param line the line
   * @param budgetField which field must say Budget
   * @return every violation (empty when the line is eligible)
   */
  public static List<Violation> check(BcJobJournalLine line, JournalBudgetField budgetField) {
    Objects.requireNonNull(budgetField, "budgetField");
    String doc = label(line);
    List<Violation> found = new ArrayList<>();
    blank(found, line.jobNo(), JOB_MISSING, "Job No.", doc);
    blank(found, line.jobTaskNo(), TASK_MISSING, "Job Task No.", doc);
    blank(found, line.segmentCode(), SEGMENT_MISSING, "Segment Code", doc);
    Optional<String> type =
        budgetField == JournalBudgetField.LINE_TYPE ? line.lineType() : line.entryType();
    if (type.map(String::trim).filter(JournalLineRules::isBudget).isEmpty()) {
      found.add(
          Violation.of(
              NOT_BUDGET,
              budgetField == JournalBudgetField.LINE_TYPE ? "Line Type" : "Entry Type",
              type.orElse(null),
              NOT_BUDGET_MESSAGE + " (" + doc + " has '" + type.orElse("") + "')"));
    }
    Optional<BigDecimal> amount = line.totalCost();
    if (amount.isEmpty() || amount.get().signum() <= 0) {
      found.add(
          Violation.of(
              AMOUNT_NOT_POSITIVE,
              "Amount",
              amount.map(BigDecimal::toPlainString).orElse(null),
              doc
                  + ": Amount must be greater than 0, was "
                  + amount.map(BigDecimal::toPlainString).orElse("empty")));
    }
    return found;
  }

  private static boolean isBudget(String value) {
    return value.equalsIgnoreCase("Budget") || value.equalsIgnoreCase("Both Budget and Billable");
  }

  private static void blank(
      List<Violation> found, Optional<String> value, String code, String field, String doc) {
    if (value.isEmpty() || value.get().isBlank()) {
      found.add(Violation.of(code, field, value.orElse(null), doc + ": " + field + " is required"));
    }
  }

  /**
   * Checks the line and maps it to a direct cost.
   *
   * @param line the line
   * @param budgetField which field must say Budget
   * @param links which projects are linked to Procore
   * @param codes the budget codes of a Procore project
   * @return the direct cost, or the violations
   */
  public static Validated<DirectCostDraft> map(
      BcJobJournalLine line,
      JournalBudgetField budgetField,
      ProjectLinks links,
      Function<Long, BudgetCodeIndex> codes) {
    List<Violation> found = check(line, budgetField);
    if (!found.isEmpty()) {
      return Validated.invalid(found);
    }
    String doc = label(line);
    String job = line.jobNo().orElseThrow();
    OptionalLong project = links.procoreProjectId(job);
    if (project.isEmpty()) {
      return Validated.invalid(
          List.of(
              Violation.of(
                  NOT_LINKED,
                  "Job No.",
                  job,
                  doc
                      + ": project "
                      + job
                      + " has no Procore Project ID yet; push the project first")));
    }
    BudgetCodeKey code =
        new BudgetCodeKey(line.jobTaskNo().orElseThrow(), line.costType(), line.segmentCode());
    OptionalLong wbs = codes.apply(project.getAsLong()).find(code);
    if (wbs.isEmpty()) {
      return Validated.invalid(
          List.of(
              Violation.of(
                  NO_BUDGET_CODE,
                  "Job Task No.",
                  code.describe(),
                  doc
                      + ": Procore project "
                      + project.getAsLong()
                      + " has no budget code "
                      + code.describe()
                      + " (Segment Code . Job Task No. . Cost Type); push the job task first")));
    }
    String key = key(line);
    String what =
        "BC "
            + job
            + " / "
            + code.describe()
            + line.documentNumber().map(d -> " / " + d).orElse("");
    DirectCostUpdate header =
        DirectCostUpdate.builder()
            .originId(key)
            .originData(what)
            .directCostType(DirectCostType.EXPENSE)
            .directCostDate(line.postingDate())
            .description(line.description().orElse(what))
            .build();
    DirectCostLineItemUpdate item =
        DirectCostLineItemUpdate.builder()
            .originId(key)
            .wbsCodeId(wbs.getAsLong())
            .amount(line.totalCost().orElseThrow())
            .quantity(line.quantity())
            .unitCost(line.unitCost())
            .description(line.description())
            .build();
    return Validated.valid(new DirectCostDraft(project.getAsLong(), header, List.of(item)));
  }
}
