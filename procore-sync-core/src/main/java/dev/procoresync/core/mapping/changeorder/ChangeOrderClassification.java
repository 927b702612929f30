package dev.procoresync.core.mapping.changeorder;

import dev.procoresync.core.validation.Violation;
import java.util.List;
import org.immutables.value.Value;

/**
 * The class of one change order and, when it is not eligible, every reason why (each also as a
 * {@link Violation} ready for a SKIPPED outcome).
 */
@Value.Immutable
public abstract class ChangeOrderClassification {

  /**
   * Returns the class.
   *
   * @return REGULAR, NPC or NOT_ELIGIBLE
   */
  public abstract ChangeOrderCategory category();

  /**
   * Returns the reasons it is not eligible, in rule order.
   *
   * @return the reasons; empty unless NOT_ELIGIBLE
   */
  public abstract List<IneligibleReason> reasons();

  /**
   * Returns one violation per reason, naming the change order, the field and the value.
   *
   * @return the violations; empty unless NOT_ELIGIBLE
   */
  public abstract List<Violation> violations();

  /**
   * Tells whether the change order is to be synced (REGULAR or NPC).
   *
   * @return {@code true} unless NOT_ELIGIBLE
   */
  public boolean isEligible() {
    return category() != ChangeOrderCategory.NOT_ELIGIBLE;
  }

  @Value.Check
  void check() {
    if ((category() == ChangeOrderCategory.NOT_ELIGIBLE) == reasons().isEmpty()) {
      throw new IllegalStateException(
          "NOT_ELIGIBLE needs at least one reason, and only NOT_ELIGIBLE may have reasons");
    }
  }
}
