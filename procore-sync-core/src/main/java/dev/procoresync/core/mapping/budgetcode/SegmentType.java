package dev.procoresync.core.mapping.budgetcode;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The type of a WBS segment, as Procore's segment {@code type} field names it. */
public enum SegmentType {
  /** {@code sub_job}: the project's sub jobs (Business Central: Segment Code). */
  SUB_JOB,
  /** {@code cost_code}: the (usually tiered) cost codes (Business Central: Job Task No.). */
  COST_CODE,
  /** {@code line_item_type}: the cost type (Business Central: Cost Type). */
  LINE_ITEM_TYPE,
  /** {@code custom}: a company-defined segment. */
  CUSTOM,
  /** Any value this version does not know; treated like {@link #CUSTOM}. */
  UNKNOWN;

  /**
   * Reads Procore's wire value, tolerating case and unknown values.
   *
   * @param wire the wire value, such as {@code "cost_code"}
   * @return the type; {@link #UNKNOWN} for {@code null} or an unknown value
   */
  public static SegmentType fromWire(@Nullable String wire) {
    if (wire == null) {
      return UNKNOWN;
    }
    switch (wire.trim().toLowerCase(Locale.ROOT)) {
      case "sub_job":
        return SUB_JOB;
      case "cost_code":
        return COST_CODE;
      case "line_item_type":
        return LINE_ITEM_TYPE;
      case "custom":
        return CUSTOM;
      default:
        return UNKNOWN;
    }
  }
}
