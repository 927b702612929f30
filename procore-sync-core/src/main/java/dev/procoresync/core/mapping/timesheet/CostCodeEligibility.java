package dev.procoresync.core.mapping.timesheet;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Tells whether time may be booked to a cost code (and cost type) on a project: to feed Procore's
 * budget, a timecard's cost code needs a budget line whose cost type has base type Labor.
 *
 * <pre>{@code
 * CostCodeEligibility eligible = CostCodeEligibility.fromBudget(budgetLines,
 *     l -> "" + l.projectId(), BudgetLine::costCode, BudgetLine::costType,
 *     l -> "labor".equals(l.baseType()));
 * }</pre>
 */
@FunctionalInterface
public interface CostCodeEligibility {

  /**
   * Tells whether the combination is eligible.
   *
   * @param project the project key
   * @param costCode the cost code key
   * @param costType the cost type key, or {@code null} when the entry has none (then any eligible
   *     cost type of the cost code counts)
   * @return {@code true} when eligible
   */
  boolean isEligible(String project, String costCode, @Nullable String costType);

  /**
   * Builds the eligibility from budget lines: a (project, cost code, cost type) is eligible when a
   * line for it passes {@code eligibleLine} (for example, cost type base type Labor).
   *
   * @param lines the budget lines
   * @param project reads a line's project key
   * @param costCode reads a line's cost code key
   * @param costType reads a line's cost type key
   * @param eligibleLine tells whether a line makes its combination eligible
   * @param <L> the line type
   * @return the eligibility
   * @throws NullPointerException when an argument is {@code null}
   */
  static <L> CostCodeEligibility fromBudget(
      Iterable<? extends L> lines,
      Function<? super L, String> project,
      Function<? super L, String> costCode,
      Function<? super L, String> costType,
      Predicate<? super L> eligibleLine) {
    Objects.requireNonNull(lines, "lines");
    Set<String> full = new HashSet<>();
    Set<String> anyType = new HashSet<>();
    for (L line : lines) {
      if (eligibleLine.test(line)) {
        String p = project.apply(line);
        String c = costCode.apply(line);
        full.add(key(p, c, costType.apply(line)));
        anyType.add(key(p, c, null));
      }
    }
    Set<String> fullCopy = Set.copyOf(full);
    Set<String> anyCopy = Set.copyOf(anyType);
    return (p, c, t) ->
        t == null ? anyCopy.contains(key(p, c, null)) : fullCopy.contains(key(p, c, t));
  }

  private static String key(String project, String costCode, @Nullable String costType) {
    return project.length() + ":" + project + costCode.length() + ":" + costCode + "|" + costType;
  }
}
