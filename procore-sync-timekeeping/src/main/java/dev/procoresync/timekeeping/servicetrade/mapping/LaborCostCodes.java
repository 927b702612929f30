package dev.procoresync.timekeeping.servicetrade.mapping;

import dev.procoresync.core.model.BudgetDetailRow;
import dev.procoresync.core.model.CostCode;
import dev.procoresync.core.model.LineItemBaseType;
import dev.procoresync.core.model.LineItemType;
import dev.procoresync.timekeeping.servicetrade.model.LaborCostCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The cost codes a clock-event sync offers: only those on the project's budget with a cost type
 * whose base type is Labor (ServiceTrade's guide; Procore feeds the budget's timecard hours only
 * from such entries). A pure function for a host's picker.
 *
 * <pre>{@code
 * List<LaborCostCode> choices = LaborCostCodes.offer(budgetRows, projectCostCodes, lineItemTypes);
 * }</pre>
 */
public final class LaborCostCodes {
  private LaborCostCodes() {}

  /**
   * Returns the cost code and Labor cost type pairs of a project's budget, once each, ordered by
   * full code then cost type.
   *
   * @param budgetRows the budget's detail rows (each names a cost code and a cost type, its {@code
   *     category_id})
   * @param costCodes the project's cost codes (for codes and names)
   * @param lineItemTypes the company's cost types (for their base type)
   * @return the pairs; empty when the budget has no Labor line
   */
  public static List<LaborCostCode> offer(
      Iterable<BudgetDetailRow> budgetRows,
      Iterable<CostCode> costCodes,
      Iterable<LineItemType> lineItemTypes) {
    Objects.requireNonNull(budgetRows, "budgetRows");
    Map<Long, CostCode> codes = new HashMap<>();
    Objects.requireNonNull(costCodes, "costCodes").forEach(c -> codes.put(c.id(), c));
    Map<Long, LineItemType> labor = new HashMap<>();
    for (LineItemType t : Objects.requireNonNull(lineItemTypes, "lineItemTypes")) {
      if (t.baseType().filter(b -> b == LineItemBaseType.LABOR).isPresent()) {
        labor.put(t.id(), t);
      }
    }
    Map<String, LaborCostCode> found = new LinkedHashMap<>();
    for (BudgetDetailRow row : budgetRows) {
      if (row.costCodeId().isEmpty() || row.categoryId().isEmpty()) {
        continue;
      }
      LineItemType type = labor.get(row.categoryId().get());
      if (type == null) {
        continue;
      }
      long codeId = row.costCodeId().get();
      CostCode code = codes.get(codeId);
      found.putIfAbsent(
          codeId + "/" + type.id(),
          LaborCostCode.builder()
              .costCodeId(codeId)
              .fullCode(code == null ? java.util.Optional.empty() : code.fullCode().or(code::code))
              .costCodeName(code == null ? java.util.Optional.empty() : code.name())
              .lineItemTypeId(type.id())
              .lineItemTypeName(type.name())
              .build());
    }
    List<LaborCostCode> out = new ArrayList<>(found.values());
    out.sort(
        Comparator.comparing((LaborCostCode c) -> c.fullCode().orElse(""))
            .thenComparingLong(LaborCostCode::costCodeId)
            .thenComparingLong(LaborCostCode::lineItemTypeId));
    return List.copyOf(out);
  }

  /**
   * Tells whether a cost code and cost type pair is one of {@code offered}.
   *
   * @param offered what {@link #offer} returned
   * @param costCodeId the cost code
   * @param lineItemTypeId the cost type
   * @return whether the pair may be used
   */
  public static boolean allows(List<LaborCostCode> offered, long costCodeId, long lineItemTypeId) {
    return offered.stream()
        .anyMatch(c -> c.costCodeId() == costCodeId && c.lineItemTypeId() == lineItemTypeId);
  }
}
