package dev.procoresync.testkit.bc;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ready-made {@link GeneratedRows} for a large company: projects {@code JOB000000}, {@code
 * JOB000001} ... with one posting task {@code 1000} each and their budget planning lines, generated
 * in project order so that {@code $filter=jobNo eq 'JOB000042'} reads only that project's rows. For
 * memory and volume tests:
 *
 * <pre>{@code
 * bc.serveGenerated(BcApi.CUSTOM, "projects", 5_000, BcGenerated.projects());
 * bc.serveGenerated(BcApi.CUSTOM, "jobTasks", 5_000, BcGenerated.jobTasks());
 * bc.serveGenerated(BcApi.CUSTOM, "jobPlanningLines", 1_000_000, BcGenerated.planningLines(200));
 * }</pre>
 */
public final class BcGenerated {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Pattern JOB = Pattern.compile("JOB(\\d{6})");

  private BcGenerated() {}

  /**
   * Returns the number of project {@code index}.
   *
   * @param index from 0
   * @return e.g. {@code JOB000042}
   */
  public static String projectNumber(long index) {
    return String.format(Locale.ROOT, "JOB%06d", index);
  }

  /**
   * Projects flagged "Send to Procore", one per index.
   *
   * @return the generator
   */
  public static GeneratedRows projects() {
    return perProject(
        1,
        (project, i) ->
            JSON.objectNode()
                .put("number", projectNumber(project))
                .put("displayName", "Generated project " + project)
                .put("status", "Open")
                .put("projectClass", "Base Project")
                .put("sendToProcore", true),
        "number");
  }

  /**
   * One posting job task {@code 1000} per project.
   *
   * @return the generator
   */
  public static GeneratedRows jobTasks() {
    return perProject(
        1,
        (project, i) ->
            JSON.objectNode()
                .put("jobNo", projectNumber(project))
                .put("jobTaskNo", "1000")
                .put("description", "Generated task")
                .put("jobTaskType", "Posting"),
        "jobNo");
  }

  /**
   * Budget planning lines sent to Procore, {@code linesPerProject} per project under task {@code
   * 1000}, line numbers 10000, 20000 ...
   *
   * @param linesPerProject at least 1
   * @return the generator
   * @throws IllegalArgumentException when below 1
   */
  public static GeneratedRows planningLines(int linesPerProject) {
    if (linesPerProject < 1) {
      throw new IllegalArgumentException(
          "linesPerProject must be at least 1, got: " + linesPerProject);
    }
    return perProject(
        linesPerProject,
        (project, i) ->
            JSON.objectNode()
                .put("jobNo", projectNumber(project))
                .put("jobTaskNo", "1000")
                .put("lineNo", (int) (i + 1) * 10000)
                .put("planningDate", "2025-09-22")
                .put("lineType", "Budget")
                .put("type", "Resource")
                .put("number", "R" + (i % 50))
                .put("description", "Generated line " + i)
                .put("quantity", BigDecimal.valueOf(1 + i % 9))
                .put("unitOfMeasureCode", "HOUR")
                .put("unitCost", new BigDecimal("55.50"))
                .put("totalCost", new BigDecimal("55.50").multiply(BigDecimal.valueOf(1 + i % 9)))
                .put("sendBudgetLineToProcore", true),
        "jobNo");
  }

  private interface Row {
    ObjectNode make(long project, long indexInProject);
  }

  private static GeneratedRows perProject(int perProject, Row row, String jobField) {
    return new GeneratedRows() {
      @Override
      public ObjectNode row(long index) {
        return row.make(index / perProject, index % perProject);
      }

      @Override
      public Optional<Range> narrow(String field, String value) {
        if (!field.equals(jobField)) {
          return Optional.empty();
        }
        Matcher m = JOB.matcher(value);
        if (!m.matches()) {
          return Optional.of(new Range(0, 0));
        }
        long project = Long.parseLong(m.group(1));
        return Optional.of(new Range(project * perProject, (project + 1) * perProject));
      }
    };
  }
}
