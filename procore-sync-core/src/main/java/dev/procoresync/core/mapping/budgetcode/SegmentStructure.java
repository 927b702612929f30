package dev.procoresync.core.mapping.budgetcode;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Whether a WBS segment's items are a flat list or tiered (parents and children). */
public enum SegmentStructure {
  /** {@code flat}: one level. */
  FLAT,
  /** {@code tiered}: several levels joined by the tier separator, such as {@code 06-200}. */
  TIERED;

  /**
   * Reads Procore's wire value; anything but {@code "tiered"} (any case) is {@link #FLAT}.
   *
   * @param wire the wire value
   * @return the structure
   */
  public static SegmentStructure fromWire(@Nullable String wire) {
    return wire != null && wire.trim().toLowerCase(Locale.ROOT).equals("tiered") ? TIERED : FLAT;
  }
}
