package dev.procoresync.core.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * The state of a budget change.
 *
 * <p>{@link #UNKNOWN} stands for any value Procore adds after this library was built; it is only
 * ever read, never sent.
 */
public enum BudgetChangeStatus {
  /** Being prepared. */
  @JsonProperty("draft")
  DRAFT("draft"),

  /** Waiting for review. */
  @JsonProperty("under_review")
  UNDER_REVIEW("under_review"),

  /** Approved; the budget moved. */
  @JsonProperty("approved")
  APPROVED("approved"),

  /** Voided. */
  @JsonProperty("void")
  VOID("void"),

  /** A value this library does not know yet. */
  @JsonEnumDefaultValue
  @JsonProperty("unknown")
  UNKNOWN("unknown");

  private final String wireValue;

  BudgetChangeStatus(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * Returns the spelling Procore uses for this value.
   *
   * @return the wire value, such as {@code "draft"}
   */
  public String wireValue() {
    return wireValue;
  }

  /**
   * Finds the constant Procore spells {@code wireValue}, ignoring case.
   *
   * @param wireValue the value as Procore sends it
   * @return the matching constant, or {@link #UNKNOWN} when none matches
   * @throws NullPointerException when {@code wireValue} is null
   */
  public static BudgetChangeStatus fromWireValue(String wireValue) {
    Objects.requireNonNull(wireValue, "wireValue");
    for (BudgetChangeStatus value : values()) {
      if (value != UNKNOWN && value.wireValue.equalsIgnoreCase(wireValue)) {
        return value;
      }
    }
    return UNKNOWN;
  }
}
