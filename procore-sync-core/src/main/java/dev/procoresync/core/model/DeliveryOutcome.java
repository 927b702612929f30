package dev.procoresync.core.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * What became of a webhook delivery.
 *
 * <p>{@link #UNKNOWN} stands for any value Procore adds after this library was built; it is only
 * ever read, never sent.
 */
public enum DeliveryOutcome {
  /** Delivered. */
  @JsonProperty("ok")
  OK("ok"),

  /** Given up after 12 hours of retries. */
  @JsonProperty("discarded")
  DISCARDED("discarded"),

  /** Failed, will be retried. */
  @JsonProperty("retried")
  RETRIED("retried"),

  /** Failed. */
  @JsonProperty("failed")
  FAILED("failed"),

  /** A value this library does not know yet. */
  @JsonEnumDefaultValue
  @JsonProperty("unknown")
  UNKNOWN("unknown");

  private final String wireValue;

  DeliveryOutcome(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * Returns the spelling Procore uses for this value.
   *
   * @return the wire value, such as {@code "ok"}
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
  public static DeliveryOutcome fromWireValue(String wireValue) {
    Objects.requireNonNull(wireValue, "wireValue");
    for (DeliveryOutcome value : values()) {
      if (value != UNKNOWN && value.wireValue.equalsIgnoreCase(wireValue)) {
        return value;
      }
    }
    return UNKNOWN;
  }
}
