package dev.procoresync.core.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * How the company rounds clock-in and clock-out times; Procore's rounding {@code rule}.
 *
 * <p>{@link #UNKNOWN} stands for any value Procore adds after this library was built; it is only
 * ever read, never sent.
 */
public enum RoundingRule {
  /** Round both times up. */
  @JsonProperty("up")
  UP("up"),

  /** Round both times down. */
  @JsonProperty("down")
  DOWN("down"),

  /** Round both times to the nearest increment. */
  @JsonProperty("nearest")
  NEAREST("nearest"),

  /** Round the start down and the stop up. */
  @JsonProperty("favor_employee")
  FAVOR_EMPLOYEE("favor_employee"),

  /** A value this library does not know yet. */
  @JsonEnumDefaultValue
  @JsonProperty("unknown")
  UNKNOWN("unknown");

  private final String wireValue;

  RoundingRule(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * Returns the spelling Procore uses for this value.
   *
   * @return the wire value, such as {@code "up"}
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
  public static RoundingRule fromWireValue(String wireValue) {
    Objects.requireNonNull(wireValue, "wireValue");
    for (RoundingRule value : values()) {
      if (value != UNKNOWN && value.wireValue.equalsIgnoreCase(wireValue)) {
        return value;
      }
    }
    return UNKNOWN;
  }
}
