package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body that creates or updates a budget modification (wrapped as {@code budget_modification}).
 */
@Value.Immutable
@JsonSerialize(as = BudgetModificationUpdateBuilder.ImmutableBudgetModificationUpdate.class)
@JsonDeserialize(as = BudgetModificationUpdateBuilder.ImmutableBudgetModificationUpdate.class)
public abstract class BudgetModificationUpdate {

  BudgetModificationUpdate() {}

  /**
   * Returns a new, empty builder of {@code BudgetModificationUpdate} values.
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
   * The line the amount leaves.
   *
   * @return the line the amount leaves, or empty when Procore leaves it out
   */
  public abstract Optional<Long> fromBudgetLineItemId();

  /**
   * The line the amount goes to (required to create).
   *
   * @return the line the amount goes to (required to create), or empty when Procore leaves it out
   */
  public abstract Optional<Long> toBudgetLineItemId();

  /**
   * The amount moved (required to create).
   *
   * @return the amount moved (required to create), or empty when Procore leaves it out
   */
  public abstract Optional<BigDecimal> transferAmount();

  /**
   * Notes.
   *
   * @return Notes, or empty when Procore leaves it out
   */
  public abstract Optional<String> notes();

  /**
   * The other system's key kept by Procore, such as {@code bc:po:PO-0042}.
   *
   * @return the other system's key kept by Procore, such as {@code bc:po:PO-0042}, or empty when
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
   * Builds {@code BudgetModificationUpdate} values: a setter per attribute (plus {@code
   * add*}/{@code addAll*} for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)}
   * to start from a value, and {@code build()}. Get one from {@link #builder()} or {@link
   * #toBuilder()}; a builder is not thread safe.
   */
  public static final class Builder extends BudgetModificationUpdateBuilder {
    Builder() {}
  }
}
