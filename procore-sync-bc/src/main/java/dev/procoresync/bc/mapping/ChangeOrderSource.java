package dev.procoresync.bc.mapping;

import dev.procoresync.core.model.PotentialChangeOrder;
import java.util.Objects;

/**
 * One Procore change order as the change-order flows read it: the potential change order and the
 * Procore project it belongs to (Procore's record does not carry its project id).
 *
 * <pre>{@code
 * ChangeOrderSource s = new ChangeOrderSource(5001L, pco);
 * }</pre>
 *
 * @param projectId the Procore project
 * @param changeOrder the change order
 */
public record ChangeOrderSource(long projectId, PotentialChangeOrder changeOrder) {
  /**
   * Checks the parts.
   *
   * @param projectId the Procore project
   * @param changeOrder the change order
   * @throws NullPointerException when a part is null
   */
  public ChangeOrderSource {
    Objects.requireNonNull(changeOrder, "changeOrder");
  }

  /**
   * Returns the change order's key in reports and in Business Central: {@code
   * procore:change_order:{id}}.
   *
   * @return the key
   */
  public String key() {
    return BcChangeOrderRules.key(changeOrder.id());
  }
}
