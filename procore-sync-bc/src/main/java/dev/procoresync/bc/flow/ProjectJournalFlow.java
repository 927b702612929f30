package dev.procoresync.bc.flow;

import dev.procoresync.bc.client.BcClient;
import dev.procoresync.bc.client.BcEntitySet;
import dev.procoresync.bc.client.ODataQuery;
import dev.procoresync.bc.mapping.BudgetCodeIndex;
import dev.procoresync.bc.mapping.DirectCostDraft;
import dev.procoresync.bc.mapping.JournalBudgetField;
import dev.procoresync.bc.mapping.JournalLineRules;
import dev.procoresync.bc.mapping.ProjectLinks;
import dev.procoresync.bc.model.BcJobJournalLine;
import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.flow.Mapped;
import dev.procoresync.core.flow.RecordMapper;
import dev.procoresync.core.flow.UpsertTarget;
import dev.procoresync.core.flow.UpsertTemplate;
import dev.procoresync.core.mapping.budgetcode.BudgetCodeFormat;
import dev.procoresync.core.mapping.budgetcode.BudgetCodeSplitter;
import dev.procoresync.core.sync.RecordOutcome;
import dev.procoresync.core.sync.RunOptions;
import dev.procoresync.core.sync.SyncReport;
import dev.procoresync.core.validation.Validated;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Flow 4 of the guide, "Project Journal": each posted project journal line becomes a Procore direct
 * cost (type {@code expense}) in the line's project, with one line item on its budget code (Segment
 * Code . Job Task No.). Job No., Job Task No., Segment Code, "Entry Type = Budget" and Amount &gt;
 * 0 are required ({@link JournalLineRules}); a refused line is SKIPPED with the rule's message,
 * another entry type with the guide's own. Keys: {@code bc:job_journal_line:{Entry No.}}; a rerun
 * with nothing changed writes nothing.
 *
 * <pre>{@code
 * SyncReport r = ProjectJournalFlow.create(bc, procore.forCompany(7), Clock.systemUTC())
 *     .run(RunOptions.defaults());
 * }</pre>
 */
public final class ProjectJournalFlow {
  /** The flow's name in reports. */
  public static final String NAME = "bc-project-journal";

  private final @Nullable BcClient bc;
  private final CompanyClient procore;
  private final Clock clock;
  private final JournalBudgetField budgetField;
  private final BudgetCodeFormat format;
  private final int windowSize;

  private ProjectJournalFlow(
      @Nullable BcClient bc,
      CompanyClient procore,
      Clock clock,
      JournalBudgetField budgetField,
      BudgetCodeFormat format,
      int windowSize) {
    this.bc = bc;
    this.procore = procore;
    this.clock = clock;
    this.budgetField = budgetField;
    this.format = format;
    this.windowSize = windowSize;
  }

  /**
   * Creates the flow between a Business Central company and a Procore company.
   *
   * @param bc the Business Central client
   * @param procore the Procore company
   * @param clock stamps the reports
   * @return the flow
   */
  public static ProjectJournalFlow create(BcClient bc, CompanyClient procore, Clock clock) {
    return new ProjectJournalFlow(
        Objects.requireNonNull(bc, "bc"),
        Objects.requireNonNull(procore, "procore"),
        Objects.requireNonNull(clock, "clock"),
        JournalBudgetField.LINE_TYPE,
        BudgetCodeFormat.procoreDefault(),
        UpsertTarget.DEFAULT_WINDOW_SIZE);
  }

  /**
   * Creates the flow for journal lines the host reads itself ({@link #run(Iterable, ProjectLinks,
   * RunOptions)} only).
   *
   * @param procore the Procore company
   * @param clock stamps the reports
   * @return the flow
   */
  public static ProjectJournalFlow forRecords(CompanyClient procore, Clock clock) {
    return new ProjectJournalFlow(
        null,
        Objects.requireNonNull(procore, "procore"),
        Objects.requireNonNull(clock, "clock"),
        JournalBudgetField.LINE_TYPE,
        BudgetCodeFormat.procoreDefault(),
        UpsertTarget.DEFAULT_WINDOW_SIZE);
  }

  /**
   * Returns a copy that reads "Entry Type = Budget" from another field (default {@link
   * JournalBudgetField#LINE_TYPE}, decision 0211).
   *
   * @param field the field
   * @return the copy
   */
  public ProjectJournalFlow withBudgetField(JournalBudgetField field) {
    return new ProjectJournalFlow(
        bc, procore, clock, Objects.requireNonNull(field, "field"), format, windowSize);
  }

  /**
   * Returns a copy that reads the Procore projects' budget codes in another format (default {@link
   * BudgetCodeFormat#procoreDefault()}).
   *
   * @param format the format
   * @return the copy
   */
  public ProjectJournalFlow withBudgetCodeFormat(BudgetCodeFormat format) {
    return new ProjectJournalFlow(
        bc, procore, clock, budgetField, Objects.requireNonNull(format, "format"), windowSize);
  }

  /**
   * Returns a copy that writes windows of another size.
   *
   * @param windowSize 1 to 1,000 direct costs per window
   * @return the copy
   * @throws IllegalArgumentException when out of range
   */
  public ProjectJournalFlow withWindowSize(int windowSize) {
    return new ProjectJournalFlow(
        bc, procore, clock, budgetField, format, Flows.windowSize(windowSize));
  }

  /**
   * Reads the linked projects and the posted journal lines from Business Central and writes them.
   *
   * @param options dry run, progress, cancellation, resume
   * @return the report
   * @throws IllegalStateException when the flow was made {@link #forRecords}
   */
  public SyncReport run(RunOptions options) {
    BcClient client = Flows.requireBc(bc, NAME);
    ProjectLinks links = ProjectLinks.of(client.list(BcEntitySet.PROJECTS, ODataQuery.all()));
    return run(client.list(BcEntitySet.JOB_LEDGER_ENTRIES, ODataQuery.all()), links, options);
  }

  /**
   * Writes the given posted journal lines.
   *
   * @param lines the lines, read once in order
   * @param links which Business Central projects are linked to which Procore projects
   * @param options dry run, progress, cancellation, resume
   * @return the report: every line has exactly one outcome
   */
  public SyncReport run(Iterable<BcJobJournalLine> lines, ProjectLinks links, RunOptions options) {
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(links, "links");
    Objects.requireNonNull(options, "options");
    BudgetCodeSplitter splitter = BudgetCodeSplitter.of(format);
    Map<Long, BudgetCodeIndex> codes = new ConcurrentHashMap<>();
    RecordMapper<BcJobJournalLine, DirectCostDraft> mapper =
        (line, context) -> {
          String key = JournalLineRules.key(line);
          Validated<DirectCostDraft> d =
              JournalLineRules.map(
                  line,
                  budgetField,
                  links,
                  project ->
                      codes.computeIfAbsent(
                          project,
                          p ->
                              BudgetCodeIndex.of(
                                  procore.workBreakdownStructure().listBudgetCodes(p), splitter)));
          return d.isValid()
              ? Mapped.upsert(d.value())
              : Mapped.decided(key, RecordOutcome.skipped(key, d.violations()));
        };
    DirectCostTarget target =
        new DirectCostTarget("direct cost", procore, links::procoreProjectIds, windowSize);
    return UpsertTemplate.of(NAME, target, clock)
        .run("company:" + procore.companyId(), lines, mapper, options);
  }

  @Override
  public String toString() {
    return "ProjectJournalFlow{company=" + procore.companyId() + ", " + budgetField + "}";
  }
}
