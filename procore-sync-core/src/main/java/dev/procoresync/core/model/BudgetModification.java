package dev.procoresync.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A legacy budget modification: an amount moved between two budget lines ({@code
 * /rest/v1.0/projects/{project_id}/budget_modifications}). Procore answers 405 once the company
 * uses budget changes instead.
 */
@Value.Immutable
@JsonSerialize(as = BudgetModificationBuilder.ImmutableBudgetModification.class)
@JsonDeserialize(as = BudgetModificationBuilder.ImmutableBudgetModification.class)
public abstract class BudgetModification {

  BudgetModification() {}

  /**
   * Returns a new, empty builder of {@code BudgetModification} values.
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
   * The line the amount leaves.
   *
   * @return the line the amount leaves, or empty when Procore leaves it out
   */
  public abstract Optional<Long> fromBudgetLineItemId();

  /**
   * The line the amount goes to.
   *
   * @return the line the amount goes to, or empty when Procore leaves it out
   */
  public abstract Optional<Long> toBudgetLineItemId();

  /**
   * The amount moved.
   *
   * @return the amount moved, or empty when Procore leaves it out
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
   * Builds {@code BudgetModification} values: a setter per attribute (plus {@code add*}/{@code
   * addAll*} for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start
   * from a value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a
   * builder is not thread safe.
   */
  public static final class Builder extends BudgetModificationBuilder {
    Builder() {}
  }
}
