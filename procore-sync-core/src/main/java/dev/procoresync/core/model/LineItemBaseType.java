package dev.procoresync.core.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * What a cost type (line item type) stands for; Procore's {@code base_type}.
 *
 * <p>{@link #UNKNOWN} stands for any value Procore adds after this library was built; it is only
 * ever read, never sent.
 */
public enum LineItemBaseType {
  /** Labor (feeds the budget's timecard hours). */
  @JsonProperty("labor")
  LABOR("labor"),

  /** Equipment. */
  @JsonProperty("equipment")
  EQUIPMENT("equipment"),

  /** Materials. */
  @JsonProperty("materials")
  MATERIALS("materials"),

  /** Subcontracts and purchase orders. */
  @JsonProperty("commitment")
  COMMITMENT("commitment"),

  /** Owner costs. */
  @JsonProperty("owner_cost")
  OWNER_COST("owner_cost"),

  /** Professional services. */
  @JsonProperty("professional_services")
  PROFESSIONAL_SERVICES("professional_services"),

  /** Anything else. */
  @JsonProperty("other")
  OTHER("other"),

  /** A value this library does not know yet. */
  @JsonEnumDefaultValue
  @JsonProperty("unknown")
  UNKNOWN("unknown");

  private final String wireValue;

  LineItemBaseType(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * Returns the spelling Procore uses for this value.
   *
   * @return the wire value, such as {@code "labor"}
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
  public static LineItemBaseType fromWireValue(String wireValue) {
    Objects.requireNonNull(wireValue, "wireValue");
    for (LineItemBaseType value : values()) {
      if (value != UNKNOWN && value.wireValue.equalsIgnoreCase(wireValue)) {
        return value;
      }
    }
    return UNKNOWN;
  }
}
