package dev.procoresync.core.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Whether a segment's items form a tree; Procore's segment {@code structure}.
 *
 * <p>{@link #UNKNOWN} stands for any value Procore adds after this library was built; it is only
 * ever read, never sent.
 */
public enum WbsSegmentStructure {
  /** A flat list. */
  @JsonProperty("flat")
  FLAT("flat"),

  /** A tree whose tiers are joined in codes, such as {@code 06-200}. */
  @JsonProperty("tiered")
  TIERED("tiered"),

  /** A value this library does not know yet. */
  @JsonEnumDefaultValue
  @JsonProperty("unknown")
  UNKNOWN("unknown");

  private final String wireValue;

  WbsSegmentStructure(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * Returns the spelling Procore uses for this value.
   *
   * @return the wire value, such as {@code "flat"}
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
  public static WbsSegmentStructure fromWireValue(String wireValue) {
    Objects.requireNonNull(wireValue, "wireValue");
    for (WbsSegmentStructure value : values()) {
      if (value != UNKNOWN && value.wireValue.equalsIgnoreCase(wireValue)) {
        return value;
      }
    }
    return UNKNOWN;
  }
}
