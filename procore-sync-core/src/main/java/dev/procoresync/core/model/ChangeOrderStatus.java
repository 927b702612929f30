package dev.procoresync.core.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * The state shared by change order packages, potential change orders, change order requests and
 * commitment change orders.
 *
 * <p>{@link #UNKNOWN} stands for any value Procore adds after this library was built; it is only
 * ever read, never sent.
 */
public enum ChangeOrderStatus {
  /** Being prepared. */
  @JsonProperty("draft")
  DRAFT("draft"),

  /** Not being priced. */
  @JsonProperty("not_pricing")
  NOT_PRICING("not_pricing"),

  /** Being priced. */
  @JsonProperty("pricing")
  PRICING("pricing"),

  /** Pending. */
  @JsonProperty("pending")
  PENDING("pending"),

  /** Revised. */
  @JsonProperty("revised")
  REVISED("revised"),

  /** Proceeding. */
  @JsonProperty("proceeding")
  PROCEEDING("proceeding"),

  /** Not proceeding. */
  @JsonProperty("not_proceeding")
  NOT_PROCEEDING("not_proceeding"),

  /** Pending and billable. */
  @JsonProperty("pending_billable")
  PENDING_BILLABLE("pending_billable"),

  /** No charge. */
  @JsonProperty("no_charge")
  NO_CHARGE("no_charge"),

  /** Approved; the schedule of values is locked. */
  @JsonProperty("approved")
  APPROVED("approved"),

  /** Rejected. */
  @JsonProperty("rejected")
  REJECTED("rejected"),

  /** Voided. */
  @JsonProperty("void")
  VOID("void"),

  /** A value this library does not know yet. */
  @JsonEnumDefaultValue
  @JsonProperty("unknown")
  UNKNOWN("unknown");

  private final String wireValue;

  ChangeOrderStatus(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * Returns the spelling Procore uses for this value.
   *
   * @return the wire value, such as {@code "draft"}
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
  public static ChangeOrderStatus fromWireValue(String wireValue) {
    Objects.requireNonNull(wireValue, "wireValue");
    for (ChangeOrderStatus value : values()) {
      if (value != UNKNOWN && value.wireValue.equalsIgnoreCase(wireValue)) {
        return value;
      }
    }
    return UNKNOWN;
  }
}
