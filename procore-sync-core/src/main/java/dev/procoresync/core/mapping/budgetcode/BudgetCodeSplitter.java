package dev.procoresync.core.mapping.budgetcode;

import dev.procoresync.core.validation.Validated;
import dev.procoresync.core.validation.Violation;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The splitter the Business Central time sheet flow uses: budget code to cost code (Job Task No.) +
 * cost type, and sub job to Segment Code. It prefers Procore's {@code flat_code} (the server's own
 * composition) over a code composed elsewhere.
 *
 * <pre>{@code
 * BudgetCodeSplitter splitter = BudgetCodeSplitter.of(BudgetCodeFormat.procoreDefault());
 * SplitBudgetCode s = splitter.split(wbsCode.flatCode(), null).value();
 * s.costCode(); // "06-200" -> Job Task No.
 * s.costType(); // Optional[LAB] -> Cost Type
 * s.subJob();   // Optional[P] -> Segment Code
 * }</pre>
 */
public final class BudgetCodeSplitter {

  /** Violation code: neither a flat code nor a fallback code was given. */
  public static final String MISSING = "budget_code.missing";

  private final BudgetCodeFormat format;
  private final SegmentItems items;

  private BudgetCodeSplitter(BudgetCodeFormat format, SegmentItems items) {
    this.format = format;
    this.items = items;
  }

  /**
   * Returns a splitter that checks nothing against segment items (ambiguity is a violation).
   *
   * @param format the project's budget code format
   * @return the splitter
   * @throws NullPointerException when {@code format} is {@code null}
   */
  public static BudgetCodeSplitter of(BudgetCodeFormat format) {
    return of(format, SegmentItems.none());
  }

  /**
   * Returns a splitter that resolves ambiguity and checks existence against the project's items.
   *
   * @param format the project's budget code format
   * @param items the project's segment items
   * @return the splitter
   * @throws NullPointerException when an argument is {@code null}
   */
  public static BudgetCodeSplitter of(BudgetCodeFormat format, SegmentItems items) {
    return new BudgetCodeSplitter(
        Objects.requireNonNull(format, "format"), Objects.requireNonNull(items, "items"));
  }

  /**
   * Splits a budget code string.
   *
   * @param code the budget code
   * @return the split, or violations saying where the code broke
   * @throws NullPointerException when {@code code} is {@code null}
   */
  public Validated<SplitBudgetCode> split(String code) {
    return format.split(code, items);
  }

  /**
   * Splits Procore's {@code flat_code} when present (not blank), else the fallback code.
   *
   * @param flatCode Procore's {@code flat_code}, or {@code null}
   * @param fallback a code composed elsewhere, or {@code null}
   * @return the split, or a {@code budget_code.missing} violation when neither is given
   */
  public Validated<SplitBudgetCode> split(@Nullable String flatCode, @Nullable String fallback) {
    if (flatCode != null && !flatCode.isBlank()) {
      return format.split(flatCode, items);
    }
    if (fallback != null && !fallback.isBlank()) {
      return format.split(fallback, items);
    }
    return Validated.invalid(
        Violation.of(
            MISSING,
            "flatCode",
            null,
            "no budget code: neither flat_code nor a fallback code was given"));
  }
}
