package dev.procoresync.core.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * What a direct cost is.
 *
 * <p>{@link #UNKNOWN} stands for any value Procore adds after this library was built; it is only
 * ever read, never sent.
 */
public enum DirectCostType {
  /** A vendor invoice. */
  @JsonProperty("invoice")
  INVOICE("invoice"),

  /** An expense. */
  @JsonProperty("expense")
  EXPENSE("expense"),

  /** Payroll. */
  @JsonProperty("payroll")
  PAYROLL("payroll"),

  /** A subcontractor invoice. */
  @JsonProperty("subcontractor_invoice")
  SUBCONTRACTOR_INVOICE("subcontractor_invoice"),

  /** A value this library does not know yet. */
  @JsonEnumDefaultValue
  @JsonProperty("unknown")
  UNKNOWN("unknown");

  private final String wireValue;

  DirectCostType(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * Returns the spelling Procore uses for this value.
   *
   * @return the wire value, such as {@code "invoice"}
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
  public static DirectCostType fromWireValue(String wireValue) {
    Objects.requireNonNull(wireValue, "wireValue");
    for (DirectCostType value : values()) {
      if (value != UNKNOWN && value.wireValue.equalsIgnoreCase(wireValue)) {
        return value;
      }
    }
    return UNKNOWN;
  }
}
