package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The writable attributes of a cost type: a create or update body (wrapped as {@code
 * line_item_type}) and one item of {@code PATCH /rest/v1.0/line_item_types/sync}, where the code
 * travels as {@code csv_import_code}.
 */
@Value.Immutable
@JsonSerialize(as = LineItemTypeUpdateBuilder.ImmutableLineItemTypeUpdate.class)
@JsonDeserialize(as = LineItemTypeUpdateBuilder.ImmutableLineItemTypeUpdate.class)
public abstract class LineItemTypeUpdate {

  LineItemTypeUpdate() {}

  /**
   * Returns a new, empty builder of {@code LineItemTypeUpdate} values.
   *
   * <p>Its {@code build()} throws {@link IllegalStateException} naming every required attribute
   * left unset; a setter given {@code null} for a required attribute throws {@link
   * NullPointerException} naming it ({@code null} for an optional attribute leaves it empty).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a new builder holding this value's attributes, to make a changed copy; this value is
   * left as it is.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * The id of the cost type to update; empty to create one (or to match by origin id).
   *
   * @return the id of the cost type to update; empty to create one (or to match by origin id), or
   *     empty when Procore leaves it out
   */
  public abstract Optional<Long> id();

  /**
   * The cost type's name.
   *
   * @return the cost type's name, or empty when Procore leaves it out
   */
  public abstract Optional<String> name();

  /**
   * The cost type's code.
   *
   * @return the cost type's code, or empty when Procore leaves it out
   */
  public abstract Optional<String> csvImportCode();

  /**
   * What the cost type stands for.
   *
   * @return What the cost type stands for, or empty when Procore leaves it out
   */
  public abstract Optional<LineItemBaseType> baseType();

  /**
   * The other system's key kept by Procore, such as {@code bc:vendor:V0042}.
   *
   * @return the other system's key kept by Procore, such as {@code bc:vendor:V0042}, or empty when
   *     Procore leaves it out
   */
  public abstract Optional<String> originId();

  /**
   * Free text for the integration, never shown to users.
   *
   * @return Free text for the integration, never shown to users, or empty when Procore leaves it
   *     out
   */
  public abstract Optional<String> originData();

  /**
   * Builds {@code LineItemTypeUpdate} values: a setter per attribute (plus {@code add*}/{@code
   * addAll*} for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start
   * from a value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a
   * builder is not thread safe.
   */
  public static final class Builder extends LineItemTypeUpdateBuilder {
    Builder() {}
  }
}
