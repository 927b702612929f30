package dev.procoresync.core.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * The state of a work order contract (subcontract); Procore spells these with capitals and spaces.
 *
 * <p>{@link #UNKNOWN} stands for any value Procore adds after this library was built; it is only
 * ever read, never sent.
 */
public enum WorkOrderStatus {
  /** Being prepared. */
  @JsonProperty("Draft")
  DRAFT("Draft"),

  /** Out for bid. */
  @JsonProperty("Out For Bid")
  OUT_FOR_BID("Out For Bid"),

  /** Out for signature. */
  @JsonProperty("Out For Signature")
  OUT_FOR_SIGNATURE("Out For Signature"),

  /** Approved; vendor and schedule of values are locked. */
  @JsonProperty("Approved")
  APPROVED("Approved"),

  /** Complete. */
  @JsonProperty("Complete")
  COMPLETE("Complete"),

  /** Terminated. */
  @JsonProperty("Terminated")
  TERMINATED("Terminated"),

  /** Voided. */
  @JsonProperty("Void")
  VOID("Void"),

  /** A value this library does not know yet. */
  @JsonEnumDefaultValue
  @JsonProperty("unknown")
  UNKNOWN("unknown");

  private final String wireValue;

  WorkOrderStatus(String wireValue) {
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
  public static WorkOrderStatus fromWireValue(String wireValue) {
    Objects.requireNonNull(wireValue, "wireValue");
    for (WorkOrderStatus value : values()) {
      if (value != UNKNOWN && value.wireValue.equalsIgnoreCase(wireValue)) {
        return value;
      }
    }
    return UNKNOWN;
  }
}
