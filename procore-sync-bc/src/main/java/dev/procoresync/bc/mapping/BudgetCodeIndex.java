package dev.procoresync.bc.mapping;

import dev.procoresync.core.mapping.budgetcode.BudgetCodeSplitter;
import dev.procoresync.core.mapping.budgetcode.SplitBudgetCode;
import dev.procoresync.core.model.WbsCode;
import dev.procoresync.core.validation.Validated;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A Procore project's budget codes (WBS codes) by their parts, so that a ProjectPro line's Job Task
 * No. + Cost Type + Segment Code finds its {@code wbs_code_id}. Each code's {@code flat_code} is
 * split with core's {@link BudgetCodeSplitter}; a code that does not split is left out.
 *
 * <pre>{@code
 * BudgetCodeIndex index = BudgetCodeIndex.of(procore.workBreakdownStructure().listBudgetCodes(pid),
 *     BudgetCodeSplitter.of(BudgetCodeFormat.procoreDefault()));
 * index.find(new BudgetCodeKey("1000", Optional.of("M"), Optional.of("01")));
 * }</pre>
 */
public final class BudgetCodeIndex {
  private final Map<BudgetCodeKey, Long> ids;

  private BudgetCodeIndex(Map<BudgetCodeKey, Long> ids) {
    this.ids = Map.copyOf(ids);
  }

  /**
   * Indexes a project's budget codes.
   *
   * @param codes the project's WBS codes
   * @param splitter how the project's codes are composed
   * @return the index
   */
  public static BudgetCodeIndex of(Iterable<WbsCode> codes, BudgetCodeSplitter splitter) {
    Objects.requireNonNull(splitter, "splitter");
    Map<BudgetCodeKey, Long> ids = new HashMap<>();
    for (WbsCode code : codes) {
      Validated<SplitBudgetCode> split = splitter.split(code.flatCode().orElse(null), null);
      if (split.isValid()) {
        SplitBudgetCode s = split.value();
        ids.putIfAbsent(new BudgetCodeKey(s.costCode(), s.costType(), s.subJob()), code.id());
      }
    }
    return new BudgetCodeIndex(ids);
  }

  /**
   * Indexes given ids.
   *
   * @param ids keys to WBS code ids
   * @return the index
   */
  public static BudgetCodeIndex ofMap(Map<BudgetCodeKey, Long> ids) {
    return new BudgetCodeIndex(Objects.requireNonNull(ids, "ids"));
  }

  /**
   * Finds the budget code of a key.
   *
   * @param key the parts
   * @return the WBS code id, or empty when the project has no such code
   */
  public OptionalLong find(BudgetCodeKey key) {
    Long id = ids.get(key);
    return id == null ? OptionalLong.empty() : OptionalLong.of(id);
  }

  /**
   * Returns the number of codes indexed.
   *
   * @return the size
   */
  public int size() {
    return ids.size();
  }

  @Override
  public String toString() {
    return "BudgetCodeIndex{" + ids.size() + " codes}";
  }
}
