package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A cost type, which Procore calls a line item type ({@code /rest/v1.0/line_item_types}).
 *
 * <pre>{@code
 * LineItemType labor = LineItemType.builder().id(3L).code("L").name("Labor").baseType(LineItemBaseType.LABOR).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = LineItemTypeBuilder.ImmutableLineItemType.class)
@JsonDeserialize(as = LineItemTypeBuilder.ImmutableLineItemType.class)
public abstract class LineItemType {

  LineItemType() {}

  /**
   * Returns a new, empty builder of {@code LineItemType} values.
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
   * Procore's id of the record.
   *
   * @return Procore's id of the record (Procore always sends it)
   */
  public abstract long id();

  /**
   * The cost type's name, such as {@code Labor}.
   *
   * @return the cost type's name, such as {@code Labor}, or empty when Procore leaves it out
   */
  public abstract Optional<String> name();

  /**
   * The cost type's code, such as {@code L}.
   *
   * @return the cost type's code, such as {@code L}, or empty when Procore leaves it out
   */
  public abstract Optional<String> code();

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
   * When the record was created.
   *
   * @return When the record was created, or empty when Procore leaves it out
   */
  public abstract Optional<Instant> createdAt();

  /**
   * When the record was last updated.
   *
   * @return When the record was last updated, or empty when Procore leaves it out
   */
  public abstract Optional<Instant> updatedAt();

  /**
   * Builds {@code LineItemType} values: a setter per attribute (plus {@code add*}/{@code addAll*}
   * for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a
   * value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder
   * is not thread safe.
   */
  public static final class Builder extends LineItemTypeBuilder {
    Builder() {}
  }
}
