package dev.procoresync.core.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * The approval state of a daily timesheet; {@code update_approval} accepts only pending and
 * approved.
 *
 * <p>{@link #UNKNOWN} stands for any value Procore adds after this library was built; it is only
 * ever read, never sent.
 */
public enum TimesheetStatus {
  /** Not yet approved. */
  @JsonProperty("pending")
  PENDING("pending"),

  /** Approved. */
  @JsonProperty("approved")
  APPROVED("approved"),

  /** Reviewed. */
  @JsonProperty("reviewed")
  REVIEWED("reviewed"),

  /** Completed. */
  @JsonProperty("completed")
  COMPLETED("completed"),

  /** A value this library does not know yet. */
  @JsonEnumDefaultValue
  @JsonProperty("unknown")
  UNKNOWN("unknown");

  private final String wireValue;

  TimesheetStatus(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * Returns the spelling Procore uses for this value.
   *
   * @return the wire value, such as {@code "pending"}
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
  public static TimesheetStatus fromWireValue(String wireValue) {
    Objects.requireNonNull(wireValue, "wireValue");
    for (TimesheetStatus value : values()) {
      if (value != UNKNOWN && value.wireValue.equalsIgnoreCase(wireValue)) {
        return value;
      }
    }
    return UNKNOWN;
  }
}
