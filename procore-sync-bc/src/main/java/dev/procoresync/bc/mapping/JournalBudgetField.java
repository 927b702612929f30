package dev.procoresync.bc.mapping;

/**
 * Which field of a posted project journal line carries the guide's "Entry Type = Budget" rule
 * (decision 0211): in Business Central's Job Journal Line, {@code Entry Type} is Usage or Sale and
 * {@code Budget} is a value of {@code Line Type}, so the default is {@link #LINE_TYPE}; a
 * ProjectPro page that exposes its own "Entry Type" with a Budget value uses {@link #ENTRY_TYPE}.
 */
public enum JournalBudgetField {
  /** {@code lineType} must be {@code Budget} (or {@code Both Budget and Billable}). */
  LINE_TYPE,
  /** {@code entryType} must be {@code Budget}. */
  ENTRY_TYPE
}
