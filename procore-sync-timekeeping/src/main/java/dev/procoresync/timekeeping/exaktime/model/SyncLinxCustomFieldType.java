package dev.procoresync.timekeeping.exaktime.model;

import java.util.Locale;
import java.util.Objects;

/** The custom-field types SyncLinx and AccountLinx support; Procore has more, which are refused. */
public enum SyncLinxCustomFieldType {
  /** Plain text (short), up to 255 characters. */
  PLAIN_TEXT,
  /** A date. */
  DATE,
  /** A checkbox. */
  CHECKBOX,
  /** A single select (drop-down). */
  SINGLE_SELECT;

  /**
   * Reads a Procore custom-field type name, such as {@code plain_text} or {@code single_select}.
   *
   * @param procoreType the type name
   * @return the type
   * @throws IllegalArgumentException naming the value when SyncLinx does not support it
   */
  public static SyncLinxCustomFieldType fromProcore(String procoreType) {
    String text =
        Objects.requireNonNull(procoreType, "procoreType").trim().toUpperCase(Locale.ROOT);
    for (SyncLinxCustomFieldType t : values()) {
      if (t.name().equals(text)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "customField.type '"
            + procoreType
            + "' is not supported by SyncLinx; supported: plain_text (up to 255 characters),"
            + " date, checkbox, single_select");
  }
}
