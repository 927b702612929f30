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
 * CostCodeUpdate item = ImmutableCostCodeUpdate.builder().code("200").name("Rough carpentry").parentId(500L).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCostCodeUpdate.class)
@JsonDeserialize(as = ImmutableCostCodeUpdate.class)
public abstract class CostCodeUpdate {

  CostCodeUpdate() {}

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
}
