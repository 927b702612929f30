package dev.procoresync.timekeeping.exaktime.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One Procore timesheet custom field chosen for SyncLinx/AccountLinx, with its values; only the
 * types the guide lists are supported: plain text (up to 255 characters), date, checkbox and single
 * select.
 *
 * <p>Building one with a value its type does not take throws {@link IllegalArgumentException}
 * naming the field and the value: a plain text of 256 characters, a date that is not {@code
 * YYYY-MM-DD}, a checkbox value other than {@code true}/{@code false}, a single select without
 * options.
 *
 * <pre>{@code
 * SyncLinxCustomField phase = SyncLinxCustomField.builder()
 *     .name("Phase").type(SyncLinxCustomFieldType.SINGLE_SELECT)
 *     .addValues("Rough-in", "Trim", "Punch").build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = SyncLinxCustomFieldBuilder.ImmutableSyncLinxCustomField.class)
@JsonDeserialize(as = SyncLinxCustomFieldBuilder.ImmutableSyncLinxCustomField.class)
public abstract class SyncLinxCustomField {

  SyncLinxCustomField() {}

  /**
   * Returns a new, empty builder.
   *
   * <p>Its {@code build()} throws {@link IllegalStateException} naming every required attribute
   * left unset; a setter given {@code null} for a required attribute throws {@link
   * NullPointerException} naming it.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a new builder holding this value's attributes, to make a changed copy.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * The field's name in Procore.
   *
   * @return the field's name in Procore
   */
  public abstract String name();

  /**
   * The field's type.
   *
   * @return the field's type
   */
  public abstract SyncLinxCustomFieldType type();

  /**
   * The field's values: the options of a single select; for the other types the values in use
   * (texts of at most 255 characters, {@code YYYY-MM-DD} dates, {@code true}/{@code false}).
   *
   * @return the values (empty when none)
   */
  public abstract List<String> values();

  /** Plain text is supported up to this many characters. */
  public static final int MAX_PLAIN_TEXT_LENGTH = 255;

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("customField.name must not be blank");
    }
    if (type() == SyncLinxCustomFieldType.SINGLE_SELECT && values().isEmpty()) {
      throw new IllegalArgumentException(
          "customField '" + name() + "' is a single select without options: give its values");
    }
    for (String value : values()) {
      String refused = refusal(value);
      if (refused != null) {
        throw new IllegalArgumentException(
            "customField '" + name() + "' value '" + shortened(value) + "' " + refused);
      }
    }
  }

  private @Nullable String refusal(String value) {
    switch (type()) {
      case PLAIN_TEXT:
        return value.length() > MAX_PLAIN_TEXT_LENGTH
            ? "has "
                + value.length()
                + " characters; SyncLinx supports plain text up to "
                + MAX_PLAIN_TEXT_LENGTH
            : null;
      case DATE:
        try {
          LocalDate.parse(value);
          return null;
        } catch (DateTimeParseException e) {
          return "is not a date (YYYY-MM-DD)";
        }
      case CHECKBOX:
        return value.equals("true") || value.equals("false")
            ? null
            : "is not a checkbox value (true or false)";
      default:
        return value.isBlank() ? "is a blank option" : null;
    }
  }

  private static String shortened(String value) {
    return value.length() <= 40 ? value : value.substring(0, 37) + "...";
  }

  /**
   * Builds {@code SyncLinxCustomField} values: a setter per attribute, {@code from(value)} and
   * {@code build()}. Not thread safe.
   */
  public static final class Builder extends SyncLinxCustomFieldBuilder {
    Builder() {}
  }
}
