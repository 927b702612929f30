package dev.procoresync.timekeeping.exaktime.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The SyncLinx import settings of the guide: crews as mobile groups, sub jobs on or off, projects
 * as location mobile groups or location categories, and one custom fieldset of at most 5 fields of
 * the supported types (each with its values).
 *
 * <p>Building options SyncLinx does not support throws {@link IllegalArgumentException} naming the
 * field and the value, such as a 6th custom field or a plain text value of 256 characters.
 *
 * <pre>{@code
 * SyncLinxOptions options = SyncLinxOptions.builder()
 *     .importCrewsAsMobileGroups(true)
 *     .projectGrouping(SyncLinxProjectGrouping.LOCATION_CATEGORIES)
 *     .customFieldset("Payroll")
 *     .addCustomFields(SyncLinxCustomField.builder()
 *         .name("Certified").type(SyncLinxCustomFieldType.CHECKBOX).build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = SyncLinxOptionsBuilder.ImmutableSyncLinxOptions.class)
@JsonDeserialize(as = SyncLinxOptionsBuilder.ImmutableSyncLinxOptions.class)
public abstract class SyncLinxOptions {

  SyncLinxOptions() {}

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
   * Whether Procore crews become employee mobile groups (default false).
   *
   * @return whether Procore crews become employee mobile groups (default false)
   */
  @Value.Default
  public boolean importCrewsAsMobileGroups() {
    return false;
  }

  /**
   * Whether the sub jobs of imported projects become locations {@code PROJECT.SUBJOB} (default
   * true).
   *
   * @return whether the sub jobs of imported projects become locations {@code PROJECT.SUBJOB}
   *     (default true)
   */
  @Value.Default
  public boolean importSubJobs() {
    return true;
  }

  /**
   * How projects group their locations (default {@link SyncLinxProjectGrouping#NONE}).
   *
   * @return how projects group their locations (default {@link SyncLinxProjectGrouping#NONE})
   */
  @Value.Default
  public SyncLinxProjectGrouping projectGrouping() {
    return SyncLinxProjectGrouping.NONE;
  }

  /**
   * The one company fieldset used.
   *
   * @return the one company fieldset used, or empty when not set
   */
  public abstract Optional<String> customFieldset();

  /**
   * The custom fields of the fieldset, at most 5.
   *
   * @return the custom fields of the fieldset, at most 5 (empty when none)
   */
  public abstract List<SyncLinxCustomField> customFields();

  /** The most custom fields SyncLinx supports. */
  public static final int MAX_CUSTOM_FIELDS = 5;

  /**
   * Returns the default settings: sub jobs on, crews off, no grouping, no custom fields.
   *
   * @return the defaults
   */
  public static SyncLinxOptions defaults() {
    return builder().build();
  }

  @Value.Check
  void check() {
    if (customFields().size() > MAX_CUSTOM_FIELDS) {
      throw new IllegalArgumentException(
          "customFields["
              + MAX_CUSTOM_FIELDS
              + "] '"
              + customFields().get(MAX_CUSTOM_FIELDS).name()
              + "' is custom field number "
              + (MAX_CUSTOM_FIELDS + 1)
              + " of "
              + customFields().size()
              + " in fieldset '"
              + customFieldset().orElse("")
              + "'; SyncLinx supports at most "
              + MAX_CUSTOM_FIELDS);
    }
    java.util.Set<String> names = new java.util.HashSet<>();
    for (SyncLinxCustomField f : customFields()) {
      if (!names.add(f.name().trim().toLowerCase(java.util.Locale.ROOT))) {
        throw new IllegalArgumentException(
            "customFields holds '" + f.name() + "' twice; each field is imported once");
      }
    }
    if (!customFields().isEmpty() && customFieldset().filter(s -> !s.isBlank()).isEmpty()) {
      throw new IllegalArgumentException(
          "customFields need their customFieldset (only one fieldset can be used)");
    }
  }

  /**
   * Builds {@code SyncLinxOptions} values: a setter per attribute, {@code from(value)} and {@code
   * build()}. Not thread safe.
   */
  public static final class Builder extends SyncLinxOptionsBuilder {
    Builder() {}
  }
}
