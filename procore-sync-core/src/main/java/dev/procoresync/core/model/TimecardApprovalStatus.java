package dev.procoresync.core.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * The approval state of a timecard entry; Procore's {@code approval_status}.
 *
 * <p>{@link #UNKNOWN} stands for any value Procore adds after this library was built; it is only
 * ever read, never sent.
 */
public enum TimecardApprovalStatus {
  /** Entered, not yet reviewed. */
  @JsonProperty("pending")
  PENDING("pending"),

  /** Reviewed by a supervisor. */
  @JsonProperty("reviewed")
  REVIEWED("reviewed"),

  /** Approved; it can no longer be deleted. */
  @JsonProperty("approved")
  APPROVED("approved"),

  /** Completed; it can no longer be edited. */
  @JsonProperty("completed")
  COMPLETED("completed"),

  /** A value this library does not know yet. */
  @JsonEnumDefaultValue
  @JsonProperty("unknown")
  UNKNOWN("unknown");

  private final String wireValue;

  TimecardApprovalStatus(String wireValue) {
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
  public static TimecardApprovalStatus fromWireValue(String wireValue) {
    Objects.requireNonNull(wireValue, "wireValue");
    for (TimecardApprovalStatus value : values()) {
      if (value != UNKNOWN && value.wireValue.equalsIgnoreCase(wireValue)) {
        return value;
      }
    }
    return UNKNOWN;
  }
}
