package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The writable attributes of a standard cost code: a create or update body and one item of {@code
 * PATCH /rest/v1.0/standard_cost_codes/sync}.
 */
@Value.Immutable
@JsonSerialize(as = StandardCostCodeUpdateBuilder.ImmutableStandardCostCodeUpdate.class)
@JsonDeserialize(as = StandardCostCodeUpdateBuilder.ImmutableStandardCostCodeUpdate.class)
public abstract class StandardCostCodeUpdate {

  StandardCostCodeUpdate() {}

  /**
   * Returns a new, empty builder of {@code StandardCostCodeUpdate} values.
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
   * The id of the code to update; empty to create one (or to match by origin id).
   *
   * @return the id of the code to update; empty to create one (or to match by origin id), or empty
   *     when Procore leaves it out
   */
  public abstract Optional<Long> id();

  /**
   * This tier's code.
   *
   * @return This tier's code, or empty when Procore leaves it out
   */
  public abstract Optional<String> code();

  /**
   * The code's name.
   *
   * @return the code's name, or empty when Procore leaves it out
   */
  public abstract Optional<String> name();

  /**
   * The id of the parent code.
   *
   * @return the id of the parent code, or empty when Procore leaves it out
   */
  public abstract Optional<Long> parentId();

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
   * Builds {@code StandardCostCodeUpdate} values: a setter per attribute (plus {@code add*}/{@code
   * addAll*} for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start
   * from a value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a
   * builder is not thread safe.
   */
  public static final class Builder extends StandardCostCodeUpdateBuilder {
    Builder() {}
  }
}
