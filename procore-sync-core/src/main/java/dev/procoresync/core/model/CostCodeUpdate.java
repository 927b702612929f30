package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The writable attributes of a project cost code: the body of a create or update (wrapped as {@code
 * cost_code}) and one item of {@code PATCH /rest/v1.0/cost_codes/sync}.
 *
 * <pre>{@code
 * CostCodeUpdate item = CostCodeUpdate.builder().code("200").name("Rough carpentry").parentId(500L).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = CostCodeUpdateBuilder.ImmutableCostCodeUpdate.class)
@JsonDeserialize(as = CostCodeUpdateBuilder.ImmutableCostCodeUpdate.class)
public abstract class CostCodeUpdate {

  CostCodeUpdate() {}

  /**
   * Returns a new, empty builder of {@code CostCodeUpdate} values.
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
   * The id of the cost code to update; empty to create one (or to match by origin id).
   *
   * @return the id of the cost code to update; empty to create one (or to match by origin id), or
   *     empty when Procore leaves it out
   */
  public abstract Optional<Long> id();

  /**
   * This tier's code, without the parents' prefixes (required to create).
   *
   * @return This tier's code, without the parents' prefixes (required to create), or empty when
   *     Procore leaves it out
   */
  public abstract Optional<String> code();

  /**
   * The sub job the cost code belongs to ({@code sub_job_id}); empty for a cost code of the project
   * itself.
   *
   * @return the sub job's id, or empty for the project's own cost code
   */
  public abstract Optional<Long> subJobId();

  /**
   * The cost code's name (required to create).
   *
   * @return the cost code's name (required to create), or empty when Procore leaves it out
   */
  public abstract Optional<String> name();

  /**
   * The id of the parent cost code.
   *
   * @return the id of the parent cost code, or empty when Procore leaves it out
   */
  public abstract Optional<Long> parentId();

  /**
   * The company standard cost code it mirrors.
   *
   * @return the company standard cost code it mirrors, or empty when Procore leaves it out
   */
  public abstract Optional<Long> standardCostCodeId();

  /**
   * The sort position.
   *
   * @return the sort position, or empty when Procore leaves it out
   */
  public abstract Optional<Long> position();

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
   * Builds {@code CostCodeUpdate} values: a setter per attribute (plus {@code add*}/{@code addAll*}
   * for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a
   * value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder
   * is not thread safe.
   */
  public static final class Builder extends CostCodeUpdateBuilder {
    Builder() {}
  }
}
