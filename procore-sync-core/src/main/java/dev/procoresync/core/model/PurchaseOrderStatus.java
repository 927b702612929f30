package dev.procoresync.core.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * The state of a purchase order contract (Procore spells these with capitals and spaces).
 *
 * <p>{@link #UNKNOWN} stands for any value Procore adds after this library was built; it is only
 * ever read, never sent.
 */
public enum PurchaseOrderStatus {
  /** Being prepared. */
  @JsonProperty("Draft")
  DRAFT("Draft"),

  /** Being processed. */
  @JsonProperty("Processing")
  PROCESSING("Processing"),

  /** Submitted to the vendor. */
  @JsonProperty("Submitted")
  SUBMITTED("Submitted"),

  /** Partly received. */
  @JsonProperty("Partially Received")
  PARTIALLY_RECEIVED("Partially Received"),

  /** Received. */
  @JsonProperty("Received")
  RECEIVED("Received"),

  /** Approved; vendor and schedule of values are locked. */
  @JsonProperty("Approved")
  APPROVED("Approved"),

  /** Closed. */
  @JsonProperty("Closed")
  CLOSED("Closed"),

  /** A value this library does not know yet. */
  @JsonEnumDefaultValue
  @JsonProperty("unknown")
  UNKNOWN("unknown");

  private final String wireValue;

  PurchaseOrderStatus(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * Returns the spelling Procore uses for this value.
   *
   * @return the wire value, such as {@code "Draft"}
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
  public static PurchaseOrderStatus fromWireValue(String wireValue) {
    Objects.requireNonNull(wireValue, "wireValue");
    for (PurchaseOrderStatus value : values()) {
      if (value != UNKNOWN && value.wireValue.equalsIgnoreCase(wireValue)) {
        return value;
      }
    }
    return UNKNOWN;
  }
}
