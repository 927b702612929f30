package dev.procoresync.core.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * What a segment of the work breakdown structure holds; Procore's segment {@code type}.
 *
 * <p>{@link #UNKNOWN} stands for any value Procore adds after this library was built; it is only
 * ever read, never sent.
 */
public enum WbsSegmentType {
  /** Cost codes (tiered). */
  @JsonProperty("cost_code")
  COST_CODE("cost_code"),

  /** Cost types. */
  @JsonProperty("line_item_type")
  LINE_ITEM_TYPE("line_item_type"),

  /** Sub jobs. */
  @JsonProperty("sub_job")
  SUB_JOB("sub_job"),

  /** A custom segment. */
  @JsonProperty("custom")
  CUSTOM("custom"),

  /** A value this library does not know yet. */
  @JsonEnumDefaultValue
  @JsonProperty("unknown")
  UNKNOWN("unknown");

  private final String wireValue;

  WbsSegmentType(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * Returns the spelling Procore uses for this value.
   *
   * @return the wire value, such as {@code "cost_code"}
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
  public static WbsSegmentType fromWireValue(String wireValue) {
    Objects.requireNonNull(wireValue, "wireValue");
    for (WbsSegmentType value : values()) {
      if (value != UNKNOWN && value.wireValue.equalsIgnoreCase(wireValue)) {
        return value;
      }
    }
    return UNKNOWN;
  }
}
