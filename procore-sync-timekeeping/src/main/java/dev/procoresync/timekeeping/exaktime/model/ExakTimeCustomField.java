package dev.procoresync.timekeeping.exaktime.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * An ExakTime custom field (<b>unverified</b> route {@code /v1/Time/CustomFields}, decision 0323):
 * one field of the one Procore fieldset SyncLinx imports, with its type and values.
 *
 * <pre>{@code
 * ExakTimeCustomField f = ExakTimeCustomField.builder().identifier("Payroll.Phase")
 *     .name("Phase").fieldset("Payroll").type("single_select").addValues("Rough-in").build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ExakTimeCustomFieldBuilder.ImmutableExakTimeCustomField.class)
@JsonDeserialize(as = ExakTimeCustomFieldBuilder.ImmutableExakTimeCustomField.class)
public abstract class ExakTimeCustomField {

  ExakTimeCustomField() {}

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
   * The identifier: {@code FIELDSET.NAME}.
   *
   * @return the identifier
   */
  public abstract String identifier();

  /**
   * The field's name.
   *
   * @return the field's name
   */
  public abstract String name();

  /**
   * The fieldset the field belongs to.
   *
   * @return the fieldset
   */
  public abstract String fieldset();

  /**
   * The type: {@code plain_text}, {@code date}, {@code checkbox} or {@code single_select}.
   *
   * @return the type
   */
  public abstract String type();

  /**
   * The values (the options of a single select).
   *
   * @return the values (empty when none)
   */
  public abstract List<String> values();

  /**
   * Builds {@code ExakTimeCustomField} values: a setter per attribute, {@code from(value)} and
   * {@code build()}. Not thread safe.
   */
  public static final class Builder extends ExakTimeCustomFieldBuilder {
    Builder() {}
  }
}
