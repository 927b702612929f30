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
@JsonSerialize(as = ImmutableStandardCostCodeUpdate.class)
@JsonDeserialize(as = ImmutableStandardCostCodeUpdate.class)
public abstract class StandardCostCodeUpdate {

  StandardCostCodeUpdate() {}

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
}
