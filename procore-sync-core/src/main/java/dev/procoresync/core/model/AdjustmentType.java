package dev.procoresync.core.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * What an adjustment line item of a budget change comes from.
 *
 * <p>{@link #UNKNOWN} stands for any value Procore adds after this library was built; it is only
 * ever read, never sent.
 */
public enum AdjustmentType {
  /** Entered on the budget change. */
  @JsonProperty("budget_change")
  BUDGET_CHANGE("budget_change"),

  /** Carried from a change event line item. */
  @JsonProperty("change_event")
  CHANGE_EVENT("change_event"),

  /** A value this library does not know yet. */
  @JsonEnumDefaultValue
  @JsonProperty("unknown")
  UNKNOWN("unknown");

  private final String wireValue;

  AdjustmentType(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * Returns the spelling Procore uses for this value.
   *
   * @return the wire value, such as {@code "budget_change"}
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
  public static AdjustmentType fromWireValue(String wireValue) {
    Objects.requireNonNull(wireValue, "wireValue");
    for (AdjustmentType value : values()) {
      if (value != UNKNOWN && value.wireValue.equalsIgnoreCase(wireValue)) {
        return value;
      }
    }
    return UNKNOWN;
  }
}
