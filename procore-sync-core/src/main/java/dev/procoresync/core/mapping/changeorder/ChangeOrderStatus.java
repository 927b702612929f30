package dev.procoresync.core.mapping.changeorder;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Procore's change-order status values (packages, PCOs, CCOs), tolerant of case, spaces and unknown
 * values.
 */
public enum ChangeOrderStatus {
  /** {@code draft}. */
  DRAFT,
  /** {@code not_pricing}. */
  NOT_PRICING,
  /** {@code pricing}. */
  PRICING,
  /** {@code pending}. */
  PENDING,
  /** {@code pending_billable}. */
  PENDING_BILLABLE,
  /** {@code revised}. */
  REVISED,
  /** {@code proceeding}. */
  PROCEEDING,
  /** {@code not_proceeding}. */
  NOT_PROCEEDING,
  /** {@code no_charge}. */
  NO_CHARGE,
  /** {@code approved}. */
  APPROVED,
  /** {@code rejected}. */
  REJECTED,
  /** {@code void}. */
  VOID,
  /** A value this version does not know (kept raw in {@link ChangeOrderFacts#rawStatus()}). */
  UNKNOWN;

  /**
   * Reads a wire value such as {@code "approved"}, {@code "Approved"} or {@code "No Charge"}.
   *
   * @param wire the wire value
   * @return the status; {@link #UNKNOWN} for {@code null}, blank or unknown values
   */
  public static ChangeOrderStatus fromWire(@Nullable String wire) {
    if (wire == null || wire.isBlank()) {
      return UNKNOWN;
    }
    String key = wire.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (ChangeOrderStatus s : values()) {
      if (s.name().equals(key)) {
        return s;
      }
    }
    return UNKNOWN;
  }
}
