package dev.procoresync.timekeeping.exaktime.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One Procore timesheet custom field chosen for SyncLinx/AccountLinx; only the types the guide
 * lists are supported.
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

  /** Plain text is supported up to this many characters. */
  public static final int MAX_PLAIN_TEXT_LENGTH = 255;

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("customField.name must not be blank");
    }
  }

  /**
   * Builds {@code SyncLinxCustomField} values: a setter per attribute, {@code from(value)} and
   * {@code build()}. Not thread safe.
   */
  public static final class Builder extends SyncLinxCustomFieldBuilder {
    Builder() {}
  }
}
